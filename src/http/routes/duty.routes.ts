import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { freeTextPolicy, maskFreeTextOrNull, ticketNames } from "../../auth/free-text-mask.js";
import { officerOnDuty } from "../../domain/duty-roster.js";
import { DUTY_ALARM_REASON_LABEL, type DutyAlarmReason } from "../../domain/labels.js";
import { acknowledgeDutyAlarm, openDutyAlarms } from "../../duty/duty-alarm-store.js";
import type { AppContext } from "../../runtime/context.js";
import { ErrorBody } from "../schemas.js";

const CENTRE_ROLES = ["admin", "dispatcher"] as const;
const Errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const AlarmView = z.object({
  id: z.number(),
  ref: z.string(),
  summary: z.string(),
  urgency: z.string(),
  reason: z.enum(Object.keys(DUTY_ALARM_REASON_LABEL) as [DutyAlarmReason, ...DutyAlarmReason[]]),
  raisedAt: z.iso.datetime(),
  officerName: z.string().nullable().describe("The roster officer alarmed; null when the duty unit was"),
  stage: z.string().nullable().describe("For a red light: the stage that went red"),
});

/** The centre's duty alarms (值班警报): the console banner's list and its 确认 button. */
export function dutyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/duty/alarms",
      {
        config: { roles: CENTRE_ROLES },
        schema: {
          tags: ["console"],
          summary: "Duty alarms nobody has acknowledged yet (oldest first), and who is on duty now",
          response: {
            200: z.object({
              items: z.array(AlarmView),
              onDuty: z.object({ name: z.string(), via: z.enum(["shift", "override"]) }).nullable(),
              dutyUnitName: z.string().describe("Alarmed when nobody is on the roster"),
            }),
            ...Errors,
          },
        },
      },
      async (req) => {
        const rows = await openDutyAlarms(ctx.database.db);
        const on = officerOnDuty(ctx.config.duty, ctx.now(), ctx.config.jurisdiction.timezone);
        const dutyUnit = ctx.config.jurisdiction.policy.dutyUnit;
        return {
          items: rows.map(({ alarm, ticket }) => ({
            id: alarm.id,
            ref: ticket.ref,
            summary:
              maskFreeTextOrNull(ticket.summary, freeTextPolicy(req.staff, ticket), ticketNames(ticket)) ??
              "",
            urgency: ticket.urgency,
            reason: alarm.reason,
            raisedAt: alarm.raisedAt.toISOString(),
            officerName: alarm.officerName,
            stage: typeof alarm.data.stage === "string" ? alarm.data.stage : null,
          })),
          onDuty: on ? { name: on.officer.name, via: on.via } : null,
          dutyUnitName: ctx.config.units.get(dutyUnit)?.name ?? dutyUnit,
        };
      },
    );

    app.post(
      "/duty/alarms/:id/ack",
      {
        config: { roles: CENTRE_ROLES },
        schema: {
          tags: ["console"],
          summary: "Acknowledge (确认) a duty alarm for everyone; recorded in the ticket's event log",
          params: z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }),
          body: z.strictObject({}).nullish(),
          response: {
            200: z.object({
              id: z.number(),
              changed: z.boolean().describe("false when someone had acknowledged it already"),
              acknowledgedAt: z.iso.datetime(),
            }),
            ...Errors,
          },
        },
      },
      async (req) => {
        const staff = req.staff!;
        const out = await ctx.database.db.transaction((tx) =>
          acknowledgeDutyAlarm(tx, req.params.id, staff, ctx.now()),
        );
        return {
          id: out.alarm.id,
          changed: out.changed,
          acknowledgedAt: out.alarm.acknowledgedAt!.toISOString(),
        };
      },
    );
  };
}
