import { eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { audit, requestAudit } from "../../auth/audit.js";
import { freeTextPolicy, maskFreeTextOrNull, ticketNames } from "../../auth/free-text-mask.js";
import { REVEAL_ALL_ROLES } from "../../auth/roles.js";
import { findTicket } from "../../db/repositories/tickets.repository.js";
import { residents, ticketReporters } from "../../db/schema/index.js";
import { ticketTranscript } from "../../tickets/ticket-transcript.js";
import { forbidden, notFound } from "../../domain/app-error.js";
import type { AppContext } from "../../runtime/context.js";
import { maskName } from "../../runtime/redact.js";
import { ErrorBody, ListTicketsQuery, TicketView } from "../schemas.js";
import { listTicketsFor, toTicketView } from "../ticket-view.js";
import { displayLight, lightOf, lightsOf } from "../../sla/live-lights.js";

const Params = z.object({ idOrRef: z.string().min(1).max(64) });
const LightView = z.object({
  light: z.enum(["green", "yellow", "red", "none"]).describe("none: closed, merged or cancelled"),
  overdue: z.array(z.string()),
  stages: z.array(
    z.object({
      stage: z.string(),
      light: z.string(),
      done: z.boolean(),
      late: z.boolean(),
      dueAt: z.string(),
    }),
  ),
});
const InboxItem = TicketView.extend({
  light: z.enum(["green", "yellow", "red", "none"]).describe("none: closed, merged or cancelled"),
  overdue: z.array(z.string()),
});
const Errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/**
 * Personal data inside free text shown outside the staff roles (Open311's public output): phones,
 * ID numbers, names and house numbers masked, as for the least privileged staff view.
 */
export function maskPhonesInText(text: string | null): string | null {
  return maskFreeTextOrNull(text, { houseNumbers: false });
}

/** Staff API for the console: the inbox with lights, lights, transcript and the audited reveal. */
export function consoleRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const visible = async (req: FastifyRequest, idOrRef: string) => {
      const t = await findTicket(ctx.database.db, idOrRef);
      // Another unit's ticket is "not found", not "forbidden": its existence is not theirs to know.
      if (!t || !req.canSeeTicket?.(t)) throw notFound("TICKET.NOT_FOUND", `没有工单 ${idOrRef}`);
      return t;
    };

    app.get(
      "/inbox",
      {
        schema: {
          tags: ["console"],
          summary: "The inbox: the ticket list (same filters as GET /tickets) with each ticket's light now",
          querystring: ListTicketsQuery,
          response: {
            200: z.object({ items: z.array(InboxItem), nextCursor: z.string().nullable() }),
            ...Errors,
          },
        },
      },
      async (req) => {
        const page = await listTicketsFor(ctx, req);
        const lights = await lightsOf(ctx, ctx.database.db, page.items);
        return {
          items: page.items.map((t, i) => ({
            ...toTicketView(t, req.staff),
            light: displayLight(t, lights[i]!),
            overdue: lights[i]!.overdue,
          })),
          nextCursor: page.nextCursor,
        };
      },
    );

    app.get(
      "/tickets/:idOrRef/lights",
      {
        schema: {
          tags: ["console"],
          summary: "The ticket's traffic light now, per stage (acceptance, first contact, resolution)",
          params: Params,
          response: { 200: LightView, ...Errors },
        },
      },
      async (req) => {
        const t = await visible(req, req.params.idOrRef);
        const [l] = await lightsOf(ctx, ctx.database.db, [t]);
        const live = l ?? lightOf(ctx, t, null);
        return { ...live, light: displayLight(t, live) };
      },
    );

    app.get(
      "/tickets/:idOrRef/messages",
      {
        schema: {
          tags: ["console"],
          summary:
            "The resident's messages this ticket was made from (and of tickets merged into it), with the bot's replies and the ticket's notices; personal data in the text masked",
          params: Params,
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.number(),
                  at: z.iso.datetime(),
                  channel: z.string(),
                  direction: z.enum(["in", "out"]),
                  kind: z.string(),
                  text: z.string().nullable(),
                  status: z.string(),
                }),
              ),
            }),
            ...Errors,
          },
        },
      },
      async (req) => {
        const t = await visible(req, req.params.idOrRef);
        const policy = freeTextPolicy(req.staff, t);
        const rows = await ticketTranscript(ctx.database.db, t.id);
        return {
          items: rows.map((m) => ({
            id: m.id,
            at: m.createdAt.toISOString(),
            channel: m.channel,
            direction: m.direction,
            kind: m.kind,
            text: maskFreeTextOrNull(m.text, policy, ticketNames(t)),
            status: m.status,
          })),
        };
      },
    );

    app.post(
      "/tickets/:idOrRef/reveal",
      {
        config: { roles: ["admin", "dispatcher", "unit"] },
        schema: {
          tags: ["console"],
          summary:
            "Show reporters' names and phones in clear (admin, dispatcher) or the phone to call back (unit handling the ticket); audit-logged",
          params: Params,
          body: z.strictObject({
            reason: z.string().trim().min(2).max(200).describe("Why (kept in the audit log)"),
          }),
          response: {
            200: z.object({
              reporters: z.array(
                z.object({
                  residentId: z.uuid(),
                  name: z.string().nullable(),
                  phone: z
                    .string()
                    .nullable()
                    .describe(
                      "the number to call back: the one the reporter named for this ticket, else theirs",
                    ),
                  callbackFor: z
                    .enum(["relative"])
                    .nullable()
                    .describe("set when that number is a relative's the reporter named, not their own"),
                }),
              ),
              description: z
                .string()
                .nullable()
                .describe("The resident's words in clear (admin, dispatcher); null for unit staff"),
            }),
            ...Errors,
          },
        },
      },
      async (req) => {
        const staff = req.staff!;
        const t = await visible(req, req.params.idOrRef);
        // Unit staff reveal only for a ticket their own unit handles now (not a child's, not a past one).
        if (staff.role === "unit" && t.unitId !== staff.unitId)
          throw forbidden(
            "AUTH.FORBIDDEN",
            "只有当前承办单位可查看联系电话 (only the handling unit may call back)",
          );
        const full = REVEAL_ALL_ROLES.includes(staff.role);
        const now = ctx.now();
        return ctx.database.db.transaction(async (tx) => {
          const rows = await tx
            .select({
              residentId: residents.id,
              name: residents.name,
              phone: residents.phone,
              callbackPhone: ticketReporters.callbackPhone,
              callbackFor: ticketReporters.callbackFor,
            })
            .from(ticketReporters)
            .innerJoin(residents, eq(residents.id, ticketReporters.residentId))
            .where(eq(ticketReporters.ticketId, t.id))
            .orderBy(ticketReporters.createdAt);
          // The resident's words in clear (names and numbers of others too) are a reveal of their own.
          if (full)
            await audit(tx, {
              ...requestAudit(req),
              action: "ticket.reveal_text",
              at: now,
              ticketId: t.id,
              targetType: "ticket",
              targetId: t.ref,
              data: { fields: ["description"], reason: req.body.reason, ref: t.ref },
            });
          for (const r of rows)
            await audit(tx, {
              ...requestAudit(req),
              action: "ticket.reveal",
              at: now,
              ticketId: t.id,
              targetType: "resident",
              targetId: r.residentId,
              // A relative's number named for this ticket is revealed in place of the resident's own.
              data: {
                fields: [...(full ? ["name"] : []), r.callbackPhone ? "callback_phone" : "phone"],
                reason: req.body.reason,
                ref: t.ref,
              },
            });
          return {
            reporters: rows.map((r) => ({
              residentId: r.residentId,
              name: full ? r.name : maskName(r.name),
              phone: r.callbackPhone ?? r.phone,
              callbackFor: r.callbackFor ?? null,
            })),
            description: full ? t.description : null,
          };
        });
      },
    );
  };
}
