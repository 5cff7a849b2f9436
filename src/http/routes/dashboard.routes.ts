import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { audit, requestAudit } from "../../auth/audit.js";
import { localDate, parseLocalDate } from "../../domain/local-time.js";
import { AppError } from "../../domain/app-error.js";
import type { AppContext } from "../../runtime/context.js";
import { Day, ErrorBody } from "../schemas.js";
import { buildOverview } from "../../reports/overview.js";
import { periodOf } from "../../reports/period.js";
import { weeklyCsv, weeklyReport } from "../../reports/weekly-report.js";
import { SafetyQuestions } from "../../reports/safety-questions.js";

const rate = z.number().nullable();
const Query = z.strictObject({
  period: z.enum(["week", "month"]).default("week").describe("week = 周通报 (Mon–Sun), month = 月考评"),
  date: Day.optional().describe("any day inside the period (YYYY-MM-DD, centre's time zone); default today"),
});
const OverviewBody = z.object({
  period: z.object({ kind: z.enum(["week", "month"]), from: z.string(), to: z.string(), label: z.string() }),
  totals: z.object({
    received: z.number(),
    closed: z.number(),
    closureRate: rate,
    responseRate: rate,
    resolutionRate: rate,
    satisfactionRate: rate,
    satisfactionScore: rate,
    open: z.number(),
    overdue: z.number(),
    red: z.number(),
    yellow: z.number(),
    late: z.number(),
  }),
  display: z.record(z.string(), z.string()),
  series: z.array(z.object({ day: z.string(), received: z.number(), closed: z.number() })),
  ranking: z.array(
    z.object({
      rank: z.number().nullable().describe("null: fewer tickets than policy.rankingMinTickets (样本不足)"),
      unitId: z.string(),
      unitName: z.string(),
      received: z.number(),
      closed: z.number(),
      closureRate: rate,
      late: z.number(),
      assisted: z.number(),
      onTimeRate: rate,
      responseRate: rate,
      resolutionRate: rate,
      satisfactionRate: rate,
      score: rate,
    }),
  ),
  rankingMinTickets: z.number().describe("Units that received fewer tickets are not ranked (样本不足)"),
  clusters: z.array(
    z.object({
      communityId: z.string(),
      communityName: z.string(),
      category: z.string(),
      categoryName: z.string(),
      tickets: z.number(),
      reporters: z.number(),
      refs: z.array(z.string()),
      summaries: z.array(z.string()),
    }),
  ),
  safety: SafetyQuestions.describe(
    "The safety question asked of reports filed in the period, and the answers",
  ),
});

const Table = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
});
const WeeklyBody = z.object({
  title: z.string(),
  period: OverviewBody.shape.period,
  summary: z.string(),
  series: OverviewBody.shape.series,
  totals: Table,
  ranking: Table,
  clusters: Table,
  safety: Table,
});

/** Dashboard figures and the weekly report (周通报), printed by the console and exported as CSV. */
export function dashboardRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const periodFor = (q: z.infer<typeof Query>) => {
      const tz = ctx.config.jurisdiction.timezone;
      let day;
      try {
        day = q.date ? parseLocalDate(q.date) : localDate(ctx.now(), tz);
      } catch {
        throw new AppError("REPORT.INVALID_DATE", "date must be YYYY-MM-DD");
      }
      return periodOf(q.period, day, tz);
    };

    app.get(
      "/reports/overview",
      {
        schema: {
          tags: ["reports"],
          summary:
            "Dashboard: volume, closure and survey rates, overdue/red/yellow now, daily series, per-unit ranking, recurring problems",
          querystring: Query,
          response: { 200: OverviewBody, 400: ErrorBody, 401: ErrorBody },
        },
      },
      async (req) => buildOverview(ctx, req.staff!, periodFor(req.query)),
    );

    app.get(
      "/reports/weekly",
      {
        config: { roles: ["admin", "dispatcher", "leader"] },
        schema: {
          tags: ["reports"],
          summary: "The weekly report (周通报) laid out as the console prints it: summary, series and tables",
          querystring: Query.omit({ period: true }),
          response: { 200: WeeklyBody, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (req) =>
        weeklyReport(
          await buildOverview(ctx, req.staff!, periodFor({ period: "week", date: req.query.date })),
        ),
    );

    app.get(
      "/reports/weekly.csv",
      {
        config: { roles: ["admin", "dispatcher", "leader"] },
        schema: {
          tags: ["reports"],
          summary: "The weekly report (周通报) as CSV, UTF-8 with BOM for Excel",
          querystring: Query.omit({ period: true }),
          response: { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (req, reply) => {
        const period = periodFor({ period: "week", date: req.query.date });
        const overview = await buildOverview(ctx, req.staff!, period);
        await audit(ctx.database.db, {
          ...requestAudit(req),
          action: "report.export",
          at: ctx.now(),
          data: { report: "weekly.csv", from: overview.period.from },
        });
        const day = new Date(period.from.getTime() + 12 * 3_600_000).toISOString().slice(0, 10);
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="zhitong-weekly-${day}.csv"`)
          .send(weeklyCsv(weeklyReport(overview)) as never);
      },
    );
  };
}
