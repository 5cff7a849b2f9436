import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../runtime/context.js";
import { ratesForStaff } from "../../reports/rates-request.js";
import { Day, ErrorBody, Instant } from "../schemas.js";
import { requireStaff } from "./surveys.routes.js";

const rate = (what: string) => z.number().min(0).max(1).nullable().describe(what);

const RatesRow = z.object({
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  received: z.number().describe("tickets received in the period (merged and cancelled excluded)"),
  closed: z.number().describe("of those, resolved / surveyed / closed before the end of the period"),
  surveyed: z.number().describe("surveys with a final outcome: answered + unreachable"),
  answered: z.number(),
  unreachable: z.number().describe("未回访: no answer after every retry, opted out, no channel, send failed"),
  unreachableByReason: z.record(z.string(), z.number()),
  pending: z.number().describe("surveys still waiting for an answer (in no rate)"),
  resolved: z.number().describe("answers saying the problem is solved"),
  satisfied: z.number(),
  basically: z.number(),
  dissatisfied: z.number(),
  responseRate: rate("响应率 = answered / surveyed"),
  resolutionRate: rate("解决率 = answered with resolved = yes / answered"),
  satisfactionRate: rate("满意率 = (satisfied + basically satisfied) / answered"),
  satisfactionScore: z
    .number()
    .nullable()
    .describe("满意度 0..100 = (100 × satisfied + 80 × basically) / answered"),
  closureRate: rate("办结率 = closed / received"),
  display: z.record(z.string(), z.string()).describe('the rates as centres print them, e.g. "99.81%"'),
});

const day = z.union([Instant, Day]);

/** Staff API v1: the figures of the monthly review (月复盘). */
export function reportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/reports/rates",
      {
        schema: {
          tags: ["reports"],
          summary: "Response, resolution, satisfaction and closure rates per unit and period",
          description: [
            "Survey rates count the callback surveys of handling rounds RESOLVED in [from, to), one survey per",
            "reporter per round, attributed to the unit responsible when the survey was sent:",
            "响应率 response rate = answered / (answered + unreachable);",
            "解决率 resolution rate = answered saying solved / answered (unknown counts as not solved);",
            "满意率 satisfaction rate = (满意 + 基本满意) / answered.",
            "办结率 closure rate = tickets RECEIVED in [from, to) that are resolved, surveyed or closed by `to`",
            "/ tickets received (merged and cancelled excluded), attributed to the ticket's current unit.",
            "Rates are null when their denominator is 0. Unreachable surveys (未回访) are never counted as satisfied.",
            "`unit` includes the unit's descendants (a street includes its communities). Dates without a time",
            "are midnight in the jurisdiction's time zone. Unit staff see only their own unit(s).",
          ].join(" "),
          querystring: z.object({
            unit: z.string().max(64).optional(),
            from: day.optional().describe("start (inclusive); default: 30 days before `to`"),
            to: day.optional().describe("end (exclusive); default: now"),
            groupBy: z.enum(["unit", "none"]).default("none"),
          }),
          response: {
            200: z.object({
              from: z.iso.datetime(),
              to: z.iso.datetime(),
              unit: z.string().nullable(),
              total: RatesRow,
              rows: z.array(RatesRow),
            }),
            400: ErrorBody,
            401: ErrorBody,
            403: ErrorBody,
          },
        },
      },
      async (req) => ratesForStaff(ctx, requireStaff(req), req.query),
    );
  };
}
