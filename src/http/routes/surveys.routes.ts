import { and, asc, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { audit, requestAudit } from "../../auth/audit.js";
import { ticketScopeSql } from "../../auth/scope.js";
import { findTicket } from "../../db/repositories/tickets.repository.js";
import { callbackTasks, residents, surveys, ticketReporters, tickets } from "../../db/schema/index.js";
import { AppError, forbidden, notFound } from "../../domain/app-error.js";
import type { AppContext } from "../../runtime/context.js";
import { freeTextPolicy, maskFreeText, maskFreeTextOrNull } from "../../auth/free-text-mask.js";
import { maskName, maskPhone } from "../../runtime/redact.js";
import {
  listCallbackTasks,
  numberToCall,
  recordCallbackResult,
  reportOf,
} from "../../survey/callback-tasks.js";
import { ErrorBody } from "../schemas.js";
import type { StaffPrincipal } from "../../auth/staff-principal.js";

/**
 * The staff API's answer when nobody is signed in. The access-control plugin sets `req.staff`;
 * tests set it with an onRequest hook (see tests/survey/support.ts).
 */
export function requireStaff(req: FastifyRequest): StaffPrincipal {
  if (!req.staff) throw new AppError("AUTH.REQUIRED", "请先登录", 401);
  return req.staff;
}

/** Callback work is the centre's: dispatchers/agents and admins record results; leaders may read. */
const CALLBACK_WRITERS = ["admin", "dispatcher"] as const;
const CALLBACK_READERS = ["admin", "dispatcher", "leader"] as const;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const ts = z.iso.datetime().nullable();

const SurveyView = z.object({
  id: z.number(),
  round: z.number(),
  status: z.enum(["scheduled", "sent", "clarifying", "answered", "unreachable"]),
  method: z.string(),
  reporterChannel: z.string(),
  deliveryChannel: z.string().nullable(),
  unitId: z.string().nullable(),
  handlerId: z.string().nullable(),
  attempts: z.number(),
  clarifications: z.number(),
  resolvedAt: z.iso.datetime(),
  dueAt: ts,
  firstSentAt: ts,
  lastSentAt: ts,
  answeredAt: ts,
  answeredBy: z.string().nullable(),
  resolved: z.string().nullable().describe("yes | no | unknown"),
  satisfaction: z.string().nullable().describe("satisfied | basically | dissatisfied, or null"),
  comment: z.string().nullable(),
  unreachableReason: z.string().nullable().describe("no_answer | opted_out | no_channel | send_failed"),
  sendFailures: z.number(),
  lastSendError: z.string().nullable(),
  overturned: z.boolean().describe("a spot check (抽查) replaced the resident's answer"),
  lateReply: z.string().nullable().describe("an answer received after the survey expired (not counted)"),
  resident: z.object({ id: z.uuid(), name: z.string().nullable(), phone: z.string().nullable() }),
});

const TaskView = z.object({
  id: z.number(),
  kind: z.enum(["survey_call", "spot_check"]),
  status: z.enum(["open", "done", "expired"]),
  ticketId: z.uuid(),
  ref: z.string(),
  summary: z.string(),
  ticketStatus: z.string(),
  round: z.number(),
  unitId: z.string().nullable(),
  surveyId: z.number().nullable(),
  survey: z.object({ satisfaction: z.string().nullable(), resolved: z.string().nullable() }).nullable(),
  resident: z
    .object({
      id: z.uuid(),
      name: z.string().nullable(),
      phone: z
        .string()
        .nullable()
        .describe("the number to call: the one the resident named for this report, else theirs"),
      callbackFor: z
        .enum(["relative"])
        .nullable()
        .describe("set when the number to call is a relative's the resident named, not their own"),
    })
    .nullable()
    .describe(
      "in clear for dispatchers and admins (they make the call; the reveal is audited), masked otherwise",
    ),
  dueAt: ts,
  result: z.record(z.string(), z.unknown()).nullable(),
  overturned: z.boolean(),
  completedBy: z.string().nullable(),
  completedAt: ts,
  createdAt: z.iso.datetime(),
});

const csv = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .optional()
    .transform((s) => (s ? s.split(",").map((x) => x.trim()) : undefined))
    .pipe(z.array(z.enum(values)).optional());

const CallbackResultBody = z.strictObject({
  reached: z.boolean().describe("whether the resident was reached on the phone"),
  resolved: z.enum(["yes", "no", "unknown"]).optional(),
  satisfaction: z.enum(["satisfied", "basically", "dissatisfied"]).nullable().optional(),
  comment: z.string().trim().max(500).nullable().optional(),
});

/** Staff API v1: callback survey results for a ticket, and the centre's callback tasks (回访/抽查). */
export function surveyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/tickets/:idOrRef/surveys",
      {
        schema: {
          tags: ["surveys"],
          summary: "Callback surveys (回访) of a ticket, every round, with their callback tasks",
          params: z.object({ idOrRef: z.string().max(64) }),
          response: {
            200: z.object({
              ticketId: z.uuid(),
              ref: z.string(),
              round: z.number(),
              surveys: z.array(SurveyView),
              callbackTasks: z.array(TaskView.omit({ resident: true, survey: true })),
            }),
            401: ErrorBody,
            404: ErrorBody,
          },
        },
      },
      async (req) => {
        const viewer = requireStaff(req);
        const ticket = await findTicket(ctx.database.db, req.params.idOrRef);
        if (!ticket || (req.canSeeTicket && !req.canSeeTicket(ticket)))
          throw notFound("TICKET.NOT_FOUND", `no ticket ${req.params.idOrRef}`);
        // The number the reporter asked to be called back on about this ticket (a relative's) is the
        // one the survey reaches, so it is the one shown.
        const rows = await ctx.database.db
          .select({
            s: surveys,
            name: residents.name,
            phone: numberToCall,
          })
          .from(surveys)
          .innerJoin(residents, eq(residents.id, surveys.residentId))
          .leftJoin(ticketReporters, reportOf(surveys.ticketId, surveys.residentId))
          .where(eq(surveys.ticketId, ticket.id))
          .orderBy(asc(surveys.round), asc(surveys.id));
        const tasks = await ctx.database.db
          .select()
          .from(callbackTasks)
          .where(eq(callbackTasks.ticketId, ticket.id))
          .orderBy(asc(callbackTasks.id));
        return {
          ticketId: ticket.id,
          ref: ticket.ref,
          round: ticket.round,
          surveys: rows.map(({ s, name, phone }) => ({
            id: s.id,
            round: s.round,
            status: s.status,
            method: s.method,
            reporterChannel: s.reporterChannel,
            deliveryChannel: s.deliveryChannel,
            unitId: s.unitId,
            handlerId: s.handlerId,
            attempts: s.attempts,
            clarifications: s.clarifications,
            resolvedAt: s.resolvedAt.toISOString(),
            dueAt: iso(s.dueAt),
            firstSentAt: iso(s.firstSentAt),
            lastSentAt: iso(s.lastSentAt),
            answeredAt: iso(s.answeredAt),
            answeredBy: s.answeredBy,
            resolved: s.resolved,
            satisfaction: s.satisfaction,
            comment: maskFreeTextOrNull(s.comment, freeTextPolicy(viewer, ticket)),
            unreachableReason: s.unreachableReason,
            sendFailures: s.sendFailures,
            lastSendError: s.lastSendError,
            overturned: s.overturned,
            lateReply: s.lateReply,
            resident: { id: s.residentId, name: maskName(name), phone: maskPhone(phone) },
          })),
          callbackTasks: tasks.map((t) =>
            taskView(
              {
                task: t,
                ref: ticket.ref,
                summary: ticket.summary,
                ticketStatus: ticket.status,
                unitId: ticket.unitId,
              },
              viewer,
            ),
          ),
        };
      },
    );

    app.get(
      "/callback-tasks",
      {
        schema: {
          tags: ["surveys"],
          summary: "The centre's callback tasks: surveys by phone and spot checks (抽查), newest first",
          querystring: z.object({
            status: csv(["open", "done", "expired"]).describe("comma-separated; default open"),
            kind: csv(["survey_call", "spot_check"]),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: z.object({ items: z.array(TaskView) }), 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (req) => {
        const staff = requireStaff(req);
        if (!(CALLBACK_READERS as readonly string[]).includes(staff.role))
          throw forbidden("AUTH.FORBIDDEN", "回访任务仅限指挥中心查看");
        const reveal = (CALLBACK_WRITERS as readonly string[]).includes(staff.role);
        const rows = await listCallbackTasks(ctx, {
          status: req.query.status ?? ["open"],
          kind: req.query.kind,
          limit: req.query.limit,
          scope: ticketScopeSql(ctx.config, staff),
        });
        if (reveal && rows.some((r) => r.phone))
          await audit(ctx.database.db, {
            ...requestAudit(req),
            action: "reveal.callback_tasks",
            at: ctx.now(),
            targetType: "callback_task",
            data: { taskIds: rows.filter((r) => r.phone).map((r) => r.task.id) },
          });
        return {
          items: rows.map((r) => ({
            ...taskView(r, staff),
            survey: r.task.surveyId ? { satisfaction: r.satisfaction, resolved: r.resolved } : null,
            resident: r.task.residentId
              ? {
                  id: r.task.residentId,
                  name: reveal ? r.name : maskName(r.name),
                  phone: reveal ? r.phone : maskPhone(r.phone),
                  callbackFor: r.callbackFor ?? null,
                }
              : null,
          })),
        };
      },
    );

    app.post(
      "/callback-tasks/:id/result",
      {
        schema: {
          tags: ["surveys"],
          summary: "Record a callback's result; a dissatisfied spot check reopens the closed ticket",
          description:
            "reached=false: the resident could not be reached (a phone survey then ends as unreachable, 未回访). " +
            "reached=true needs satisfaction, or resolved=no. Survey calls close or reopen the ticket like a " +
            "message answer; a spot check that finds the resident dissatisfied or the problem unsolved overturns " +
            "the survey and reopens the ticket for another round (tier + 1).",
          params: z.object({ id: z.coerce.number().int().positive() }),
          body: CallbackResultBody,
          response: {
            200: z.object({
              task: TaskView.omit({ resident: true, survey: true }),
              outcome: z.enum(["reopened", "closed", "waiting", "none", "recorded"]),
              overturned: z.boolean(),
            }),
            400: ErrorBody,
            401: ErrorBody,
            403: ErrorBody,
            404: ErrorBody,
            409: ErrorBody,
          },
        },
      },
      async (req) => {
        const staff = requireStaff(req);
        if (!(CALLBACK_WRITERS as readonly string[]).includes(staff.role))
          throw forbidden("AUTH.FORBIDDEN", "仅指挥中心人员可登记回访结果");
        const r = await recordCallbackResult(ctx, req.params.id, req.body, staff);
        const [t] = await ctx.database.db
          .select({
            ref: tickets.ref,
            summary: tickets.summary,
            status: tickets.status,
            unitId: tickets.unitId,
          })
          .from(tickets)
          .where(and(eq(tickets.id, r.task.ticketId)))
          .limit(1);
        await audit(ctx.database.db, {
          ...requestAudit(req),
          action: "callback.result",
          at: ctx.now(),
          ticketId: r.task.ticketId,
          targetType: "callback_task",
          targetId: String(r.task.id),
          data: { kind: r.task.kind, outcome: r.outcome, overturned: r.overturned },
        });
        return {
          task: taskView(
            {
              task: r.task,
              ref: t!.ref,
              summary: t!.summary,
              ticketStatus: t!.status,
              unitId: t!.unitId,
            },
            staff,
          ),
          outcome: r.outcome,
          overturned: r.overturned,
        };
      },
    );
  };
}

function taskView(
  r: {
    task: typeof callbackTasks.$inferSelect;
    ref: string;
    summary: string;
    ticketStatus: string;
    unitId: string | null;
  },
  staff: StaffPrincipal,
) {
  const t = r.task;
  return {
    id: t.id,
    kind: t.kind,
    status: t.status,
    ticketId: t.ticketId,
    ref: r.ref,
    summary: maskFreeText(r.summary, freeTextPolicy(staff, { unitId: r.unitId })),
    ticketStatus: r.ticketStatus,
    round: t.round,
    unitId: r.unitId,
    surveyId: t.surveyId,
    dueAt: iso(t.dueAt),
    result: t.result,
    overturned: t.overturned,
    completedBy: t.completedBy,
    completedAt: iso(t.completedAt),
    createdAt: t.createdAt.toISOString(),
  };
}
