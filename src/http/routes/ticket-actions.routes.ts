import { and, desc, eq, inArray, ne, or } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { freeTextPolicy, maskFreeText, ticketNames } from "../../auth/free-text-mask.js";
import { canSeeTicket } from "../../auth/scope.js";
import { findTicket } from "../../db/repositories/tickets.repository.js";
import { ticketEvents, ticketLinks, ticketSla, tickets } from "../../db/schema/index.js";
import { AppError, notFound } from "../../domain/app-error.js";
import { dismissDuplicate } from "../../tickets/merge-tickets.js";
import { supervisionPage } from "../../tickets/supervision-list.js";
import { returnQueue, reviewQueue, triageQueue } from "../../tickets/centre-queues.js";
import { latestDigest } from "../../reports/daily-digest.js";
import type { AppContext } from "../../runtime/context.js";
import {
  ACTION_BODIES,
  STAFF_ACTIONS,
  listAvailableActions,
  performTicketAction,
} from "../../tickets/ticket-actions.js";
import { ErrorBody, TicketView } from "../schemas.js";
import type { StaffPrincipal } from "../../auth/staff-principal.js";
import { toTicketView } from "../ticket-view.js";
import { lightsOf } from "../../sla/live-lights.js";

const Params = z.object({ idOrRef: z.string().min(1).max(64) });
const Errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const LightView = z.object({
  light: z.enum(["green", "yellow", "red"]),
  overdue: z.array(z.string()),
  nextCheckAt: z.iso.datetime().nullable(),
});
const ListItem = TicketView.extend({ sla: LightView.nullable() });

/**
 * `req.staff` is set by the access-control plugin (src/http/plugins/access-control.ts). Without it
 * (the plugin not registered, a test app) the staff routes answer 401 AUTH.REQUIRED.
 */
function staffOf(req: FastifyRequest): StaffPrincipal {
  if (!req.staff) throw new AppError("AUTH.REQUIRED", "请先登录 (sign in first)", 401);
  return req.staff;
}

/** The centre's decision queues are for those who decide: dispatchers and administrators. */
function centreOnly(staff: StaffPrincipal): void {
  if (staff.role !== "admin" && staff.role !== "dispatcher")
    throw new AppError("AUTH.FORBIDDEN", "当前角色无权执行此操作", 403);
}

/** Staff API v1: unit and centre actions on tickets, the supervision (督办) list, triage, duplicates, digest. */
export function ticketActionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const visible = async (req: FastifyRequest, idOrRef: string) => {
      const t = await findTicket(ctx.database.db, idOrRef);
      // Another unit's ticket is "not found", not "forbidden": its existence is not theirs to know.
      if (!t || (req.canSeeTicket && !req.canSeeTicket(t)))
        throw notFound("TICKET.NOT_FOUND", `没有工单 ${idOrRef}`);
      return t;
    };

    for (const action of STAFF_ACTIONS) {
      app.post(
        `/tickets/:idOrRef/actions/${action}`,
        {
          schema: {
            tags: ["ticket actions"],
            summary: `Ticket action: ${action}`,
            params: Params,
            body: ACTION_BODIES[action],
            response: { 200: z.object({ action: z.string(), ticket: TicketView }), ...Errors },
          },
        },
        async (req) => {
          const staff = staffOf(req);
          await visible(req, req.params.idOrRef);
          const r = await performTicketAction(ctx, staff, req.params.idOrRef, action, req.body);
          return { action: r.action, ticket: toTicketView(r.ticket, staff) };
        },
      );
    }

    app.get(
      "/tickets/:idOrRef/actions",
      {
        schema: {
          tags: ["ticket actions"],
          summary: "Actions the caller may take on this ticket now (the console's buttons)",
          params: Params,
          response: {
            200: z.object({
              ticketId: z.uuid(),
              ref: z.string(),
              status: z.string(),
              version: z.number(),
              actions: z.array(z.string()),
            }),
            ...Errors,
          },
        },
      },
      async (req) => {
        const staff = staffOf(req);
        await visible(req, req.params.idOrRef);
        return listAvailableActions(ctx, staff, req.params.idOrRef);
      },
    );

    app.get(
      "/tickets/:idOrRef/duplicates",
      {
        schema: {
          tags: ["ticket actions"],
          summary: "Tickets that look like the same problem (suggested or merged links)",
          params: Params,
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  linkId: z.number(),
                  ticketId: z.uuid(),
                  ref: z.string(),
                  summary: z.string(),
                  status: z.string(),
                  link: z.enum(["suggested", "merged", "dismissed"]),
                  direction: z.enum(["newer", "older"]),
                  score: z.number().nullable(),
                  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
                }),
              ),
            }),
            ...Errors,
          },
        },
      },
      async (req) => {
        const staff = staffOf(req);
        const t = await visible(req, req.params.idOrRef);
        // Dismissed suggestions were judged a different problem by the centre: no longer offered.
        const links = await ctx.database.db
          .select()
          .from(ticketLinks)
          .where(
            and(
              or(eq(ticketLinks.ticketId, t.id), eq(ticketLinks.otherTicketId, t.id)),
              ne(ticketLinks.status, "dismissed"),
            ),
          )
          .orderBy(desc(ticketLinks.score));
        const otherIds = links.map((l) => (l.ticketId === t.id ? l.otherTicketId : l.ticketId));
        const others = otherIds.length
          ? await ctx.database.db.select().from(tickets).where(inArray(tickets.id, otherIds))
          : [];
        const byId = new Map(others.map((o) => [o.id, o]));
        return {
          items: links.flatMap((l) => {
            const other = byId.get(l.ticketId === t.id ? l.otherTicketId : l.ticketId);
            // Another unit's ticket is not this caller's to know, not even that it exists.
            if (!other || !canSeeTicket(ctx.config, staff, other)) return [];
            return [
              {
                linkId: l.id,
                ticketId: other.id,
                ref: other.ref,
                summary: maskFreeText(other.summary, freeTextPolicy(staff, other), ticketNames(other)),
                status: other.status,
                link: l.status as "suggested" | "merged" | "dismissed",
                direction: (l.ticketId === t.id ? "older" : "newer") as "older" | "newer",
                score: l.score,
                reasons: l.reasons,
              },
            ];
          }),
        };
      },
    );

    app.post(
      "/tickets/:idOrRef/duplicates/:linkId/dismiss",
      {
        config: { roles: ["admin", "dispatcher"] },
        schema: {
          tags: ["ticket actions"],
          summary: "The centre dismisses a duplicate suggestion (a different problem); idempotent",
          params: Params.extend({ linkId: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }),
          body: z.strictObject({ reason: z.string().trim().min(1, "请填写理由").max(500) }),
          response: {
            200: z.object({ linkId: z.number(), status: z.literal("dismissed"), changed: z.boolean() }),
            ...Errors,
          },
        },
      },
      async (req) => {
        const staff = staffOf(req);
        if (staff.role !== "admin" && staff.role !== "dispatcher")
          throw new AppError("AUTH.FORBIDDEN", "当前角色无权执行此操作", 403);
        const r = await ctx.database.db.transaction(async (tx) => {
          const t = await findTicket(tx, req.params.idOrRef);
          if (!t) throw notFound("TICKET.NOT_FOUND", `没有工单 ${req.params.idOrRef}`);
          return dismissDuplicate(tx, {
            ticket: t,
            linkId: req.params.linkId,
            reason: req.body.reason,
            actor: { role: "centre", id: staff.id, unitId: staff.unitId },
            onBehalfOf: staff.unitId,
            now: ctx.now(),
          });
        });
        return r;
      },
    );

    const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
    // The light now (as the inbox computes it), not the last sweep's: an unheld emergency is red at
    // once and a ticket that just went red rises to the top of 督办 without waiting for the sweep.
    const withSla = async (rows: (typeof tickets.$inferSelect)[], staff: StaffPrincipal | undefined) => {
      if (!rows.length) return [];
      const [slas, lights] = await Promise.all([
        ctx.database.db
          .select()
          .from(ticketSla)
          .where(
            inArray(
              ticketSla.ticketId,
              rows.map((r) => r.id),
            ),
          ),
        lightsOf(ctx, ctx.database.db, rows),
      ]);
      const byId = new Map(slas.map((s) => [s.ticketId, s]));
      return rows.map((r, i) => ({
        ...toTicketView(r, staff),
        sla: {
          light: lights[i]!.light,
          overdue: lights[i]!.overdue,
          nextCheckAt: byId.get(r.id)?.nextCheckAt?.toISOString() ?? null,
        },
      }));
    };

    app.get(
      "/supervision",
      {
        schema: {
          tags: ["ticket actions"],
          summary:
            "督办 list: open tickets marked for supervision (red lights, escalations): red first, then yellow, then green; oldest first within each",
          querystring: listQuery,
          response: { 200: z.object({ items: z.array(ListItem) }), 401: ErrorBody },
        },
      },
      async (req) => {
        staffOf(req);
        const rows = await supervisionPage(ctx, ctx.database.db, req.staffScope?.() ?? [], req.query.limit);
        const order = { red: 0, yellow: 1, green: 2 } as const;
        const items = (await withSla(rows, req.staff))
          .sort((a, b) => order[a.sla.light] - order[b.sla.light])
          .slice(0, req.query.limit);
        return { items };
      },
    );

    app.get(
      "/triage",
      {
        config: { roles: ["admin", "dispatcher", "leader"] },
        schema: {
          tags: ["ticket actions"],
          summary: "The centre's manual triage queue: tickets routing could not place and tickets sent back",
          querystring: listQuery,
          response: { 200: z.object({ items: z.array(ListItem) }), 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (req) => {
        const staff = staffOf(req);
        if (staff.role === "unit") throw new AppError("AUTH.FORBIDDEN", "当前角色无权执行此操作", 403);
        const rows = await triageQueue(ctx.database.db, req.query.limit);
        return { items: await withSla(rows, req.staff) };
      },
    );

    const centreQueue = (summary: string) => ({
      config: { roles: ["admin", "dispatcher"] as const },
      schema: {
        tags: ["ticket actions"],
        summary,
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(ListItem) }), 401: ErrorBody, 403: ErrorBody },
      },
    });

    app.get(
      "/reviews",
      {
        config: { roles: ["admin", "dispatcher"] as const },
        schema: {
          tags: ["ticket actions"],
          summary: "办结审核 queue: resolutions waiting for the centre's approval, oldest first",
          querystring: listQuery,
          response: {
            200: z.object({
              items: z.array(
                ListItem.extend({
                  /** The unit's reply the centre is asked to approve. */
                  reply: z.string().nullable(),
                  submittedAt: z.iso.datetime().nullable(),
                }),
              ),
            }),
            401: ErrorBody,
            403: ErrorBody,
          },
        },
      },
      async (req) => {
        centreOnly(staffOf(req));
        const rows = await reviewQueue(ctx.database.db, req.query.limit);
        const replies = rows.length
          ? await ctx.database.db
              .select({ ticketId: ticketEvents.ticketId, data: ticketEvents.data })
              .from(ticketEvents)
              .where(
                and(
                  inArray(
                    ticketEvents.ticketId,
                    rows.map((r) => r.id),
                  ),
                  eq(ticketEvents.action, "resolve"),
                ),
              )
              .orderBy(desc(ticketEvents.id))
          : [];
        const replyOf = new Map<string, string>();
        for (const e of replies)
          if (!replyOf.has(e.ticketId) && typeof e.data.reply === "string")
            replyOf.set(e.ticketId, e.data.reply);
        const items = await withSla(rows, req.staff);
        return {
          items: items.map((item, i) => ({
            ...item,
            reply: replyOf.get(item.id) ?? null,
            submittedAt: rows[i]!.resolvedAt?.toISOString() ?? null,
          })),
        };
      },
    );

    app.get(
      "/returns",
      centreQueue("退单审核 queue: units' return requests waiting for the centre's decision, oldest first"),
      async (req) => {
        centreOnly(staffOf(req));
        const rows = await returnQueue(ctx.database.db, req.query.limit);
        return { items: await withSla(rows, req.staff) };
      },
    );

    app.get(
      "/digest/latest",
      {
        config: { roles: ["admin", "dispatcher", "leader"] },
        schema: {
          tags: ["ticket actions"],
          summary: "The latest daily digest: overdue and stuck tickets, failed notifications",
          response: {
            200: z.record(z.string(), z.unknown()),
            401: ErrorBody,
            403: ErrorBody,
            404: ErrorBody,
          },
        },
      },
      async (req) => {
        const staff = staffOf(req);
        if (staff.role === "unit") throw new AppError("AUTH.FORBIDDEN", "当前角色无权执行此操作", 403);
        const d = await latestDigest(ctx);
        if (!d) throw notFound("DIGEST.NONE", "还没有生成日报 (no digest yet)");
        return d as unknown as Record<string, unknown>;
      },
    );
  };
}
