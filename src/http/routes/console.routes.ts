import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { audit, requestAudit } from "../../auth/audit.js";
import { REVEAL_ALL_ROLES } from "../../auth/roles.js";
import { findTicket, listTickets } from "../../db/repositories/tickets.repository.js";
import { messages, residents, ticketReporters } from "../../db/schema/index.js";
import { forbidden, notFound } from "../../domain/app-error.js";
import type { AppContext } from "../../runtime/context.js";
import { maskName, maskPhone } from "../../runtime/redact.js";
import { ErrorBody, ListTicketsQuery, TicketView } from "../schemas.js";
import { ticketListParams, toTicketView } from "../ticket-view.js";
import { lightOf, lightsOf } from "../../sla/live-lights.js";

const Params = z.object({ idOrRef: z.string().min(1).max(64) });
const Light = z.enum(["green", "yellow", "red"]);
const LightView = z.object({
  light: Light,
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
const InboxItem = TicketView.extend({ light: Light, overdue: z.array(z.string()) });
const Errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Mobile numbers inside free text (a resident typing "call me on 139…"): masked like the phone field. */
const PHONE_IN_TEXT = /(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)/g;
export function maskPhonesInText(text: string | null): string | null {
  return text === null ? null : text.replace(PHONE_IN_TEXT, (m) => maskPhone(m) ?? m);
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
        const { filter, cursor } = ticketListParams(req.query);
        const page = await listTickets(ctx.database.db, filter, {
          limit: req.query.limit,
          cursor,
          extraWhere: req.staffScope?.() ?? [],
        });
        const lights = await lightsOf(ctx, ctx.database.db, page.items);
        return {
          items: page.items.map((t, i) => ({
            ...toTicketView(t),
            light: lights[i]!.light,
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
        return l ?? lightOf(ctx, t, null);
      },
    );

    app.get(
      "/tickets/:idOrRef/messages",
      {
        schema: {
          tags: ["console"],
          summary: "The conversation transcript behind a ticket (phone numbers in the text masked)",
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
        const reporterConversations = await ctx.database.db
          .select({ id: ticketReporters.conversationId })
          .from(ticketReporters)
          .where(and(eq(ticketReporters.ticketId, t.id), isNotNull(ticketReporters.conversationId)));
        const ids = [
          ...new Set(
            [t.conversationId, ...reporterConversations.map((r) => r.id)].filter((x): x is string => !!x),
          ),
        ];
        const rows = ids.length
          ? await ctx.database.db
              .select()
              .from(messages)
              .where(inArray(messages.conversationId, ids))
              .orderBy(asc(messages.createdAt), asc(messages.id))
              .limit(500)
          : [];
        return {
          items: rows.map((m) => ({
            id: m.id,
            at: m.createdAt.toISOString(),
            channel: m.channel,
            direction: m.direction,
            kind: m.kind,
            text: maskPhonesInText(m.text),
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
                z.object({ residentId: z.uuid(), name: z.string().nullable(), phone: z.string().nullable() }),
              ),
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
            .select({ residentId: residents.id, name: residents.name, phone: residents.phone })
            .from(ticketReporters)
            .innerJoin(residents, eq(residents.id, ticketReporters.residentId))
            .where(eq(ticketReporters.ticketId, t.id))
            .orderBy(ticketReporters.createdAt);
          for (const r of rows)
            await audit(tx, {
              ...requestAudit(req),
              action: "ticket.reveal",
              at: now,
              ticketId: t.id,
              targetType: "resident",
              targetId: r.residentId,
              data: { fields: full ? ["name", "phone"] : ["phone"], reason: req.body.reason, ref: t.ref },
            });
          return {
            reporters: rows.map((r) => ({
              residentId: r.residentId,
              name: full ? r.name : maskName(r.name),
              phone: r.phone,
            })),
          };
        });
      },
    );
  };
}
