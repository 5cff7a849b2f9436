import { createHash, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError, notFound } from "../../domain/app-error.js";
import type { Complaint } from "../../domain/complaint.schema.js";
import { findTicket, listTicketEvents } from "../../db/repositories/tickets.repository.js";
import { audit } from "../../auth/audit.js";
import { ticketFilerFor } from "../../tickets/ticket-filer.js";
import { residents, ticketReporters } from "../../db/schema/index.js";
import { freeTextPolicy, ticketNames } from "../../auth/free-text-mask.js";
import { maskName, maskPhone } from "../../runtime/redact.js";
import type { AppContext } from "../../runtime/context.js";
import { CreateTicketBody, ErrorBody, ListTicketsQuery, TicketEventView, TicketView } from "../schemas.js";
import { listTicketsFor, toEventView, toTicketView } from "../ticket-view.js";
import { listTicketMedia } from "../../media/media-attachments.js";
import { mediaLinks } from "./media.routes.js";

const ReporterView = z.object({
  residentId: z.uuid(),
  channel: z.string(),
  name: z.string().nullable(),
  phone: z
    .string()
    .nullable()
    .describe("masked: the number to call back, the one named for this ticket else theirs"),
  callbackFor: z
    .enum(["relative"])
    .nullable()
    .describe("set when that number is a relative's the reporter named, not their own"),
  reportedAt: z.iso.datetime(),
});

/** `Idempotency-Key`: what clients usually send (a UUID, a ULID, a random token), nothing odd. */
const IdempotencyKey = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, "1 to 200 visible ASCII characters, e.g. a UUID")
  .optional();

/** Staff API v1: tickets. */
export function ticketRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const filer = ticketFilerFor(ctx.database, ctx.config.jurisdiction.timezone, ctx.now);
    app.post(
      "/tickets",
      {
        schema: {
          tags: ["tickets"],
          summary: "Create a ticket by hand (e.g. a hotline agent typing one in)",
          description:
            "With an `Idempotency-Key` header, repeating the request (a retry after a timeout, a double " +
            "click) files one ticket: the repeat is answered 200 with that ticket; the same key with " +
            "another body is refused (422 TICKET.IDEMPOTENCY_KEY_REUSED).",
          headers: z.looseObject({ "idempotency-key": IdempotencyKey }),
          body: CreateTicketBody,
          response: { 200: TicketView, 201: TicketView, 400: ErrorBody, 422: ErrorBody },
        },
      },
      async (req, reply) => {
        const body = req.body;
        const key = req.headers["idempotency-key"];
        assertKnownCodes(ctx, body.category, body.location.community);
        const complaint: Complaint = {
          kind: body.kind,
          category: body.category,
          summary: body.summary,
          description: body.description,
          location: body.location,
          urgency: body.urgency,
          contact: body.contact,
          missing: [],
          confidence: {},
          engine: "staff",
        };
        const staff = req.staff!;
        // Filed with its audit line, in a statement shared with concurrent requests (group commit):
        // answered only after that commit.
        const filed = await filer.file({
          ticketId: randomUUID(),
          complaint,
          channel: body.channel,
          tier: body.tier,
          contact: body.contact,
          staff,
          idempotency: key
            ? { key, requestHash: createHash("sha256").update(JSON.stringify(body)).digest("hex") }
            : null,
          audit: { ip: req.ip, requestId: req.id },
        });
        if (filed.outcome === "reused")
          throw new AppError(
            "TICKET.IDEMPOTENCY_KEY_REUSED",
            "该 Idempotency-Key 已用于另一份工单内容 (this Idempotency-Key was used for another request body)",
            422,
          );
        if (filed.outcome === "replay") {
          await audit(ctx.database.db, {
            staff,
            action: "api.post /api/v1/tickets",
            at: ctx.now(),
            ticketId: filed.ticket.id,
            targetType: "ticket",
            targetId: filed.ticket.id,
            ip: req.ip,
            requestId: req.id,
            data: { status: 200, replayed: true },
          });
          return reply.status(200).send(toTicketView(filed.ticket, staff));
        }
        ctx.relay.kick();
        return reply.status(201).send(toTicketView(filed.ticket, staff));
      },
    );

    app.get(
      "/tickets",
      {
        schema: {
          tags: ["tickets"],
          summary: "List tickets, newest first, with filters and cursor pagination",
          querystring: ListTicketsQuery,
          response: {
            200: z.object({ items: z.array(TicketView), nextCursor: z.string().nullable() }),
            400: ErrorBody,
            403: ErrorBody,
          },
        },
      },
      async (req) => {
        const page = await listTicketsFor(ctx, req);
        return { items: page.items.map((t) => toTicketView(t, req.staff)), nextCursor: page.nextCursor };
      },
    );

    app.get(
      "/tickets/:idOrRef",
      {
        schema: {
          tags: ["tickets"],
          summary: "One ticket with its event log and reporters (personal data masked)",
          params: z.object({ idOrRef: z.string().max(64) }),
          response: {
            200: TicketView.extend({ events: z.array(TicketEventView), reporters: z.array(ReporterView) }),
            404: ErrorBody,
          },
        },
      },
      async (req) => {
        const ticket = await findTicket(ctx.database.db, req.params.idOrRef);
        if (!ticket || (req.canSeeTicket && !req.canSeeTicket(ticket)))
          throw notFound("TICKET.NOT_FOUND", `no ticket ${req.params.idOrRef}`);
        const [events, reporters, media] = await Promise.all([
          listTicketEvents(ctx.database.db, ticket.id),
          ctx.database.db
            .select({
              residentId: ticketReporters.residentId,
              channel: ticketReporters.channel,
              name: residents.name,
              phone: residents.phone,
              callbackPhone: ticketReporters.callbackPhone,
              callbackFor: ticketReporters.callbackFor,
              reportedAt: ticketReporters.createdAt,
            })
            .from(ticketReporters)
            .innerJoin(residents, eq(residents.id, ticketReporters.residentId))
            .where(eq(ticketReporters.ticketId, ticket.id))
            .orderBy(ticketReporters.createdAt),
          listTicketMedia(ctx.database.db, ticket.id),
        ]);
        // Progress photos show under their note in the timeline.
        const notePhotos = new Map<number, { id: string; url: string; thumbnailUrl: string | null }[]>();
        for (const m of media)
          if (m.source === "progress" && m.eventId !== null)
            notePhotos.set(m.eventId, [
              ...(notePhotos.get(m.eventId) ?? []),
              { id: m.id, ...mediaLinks(ticket.id, m) },
            ]);
        return {
          ...toTicketView(
            ticket,
            req.staff,
            reporters.map((r) => r.name),
          ),
          events: events.map((e) => ({
            ...toEventView(e, freeTextPolicy(req.staff, ticket), [
              ...ticketNames(ticket),
              ...reporters.map((r) => r.name ?? ""),
            ]),
            ...(notePhotos.has(e.id) ? { photos: notePhotos.get(e.id) } : {}),
          })),
          reporters: reporters.map((r) => ({
            residentId: r.residentId,
            channel: r.channel,
            name: maskName(r.name),
            phone: maskPhone(r.callbackPhone ?? r.phone),
            callbackFor: r.callbackFor ?? null,
            reportedAt: r.reportedAt.toISOString(),
          })),
        };
      },
    );
  };
}

/** Category and community come from config; an unknown code is the caller's mistake (422), named. */
function assertKnownCodes(ctx: AppContext, category: string, community: string | null): void {
  if (!ctx.config.taxonomy.categories.some((c) => c.code === category))
    throw new AppError(
      "TICKET.UNKNOWN_CATEGORY",
      `category "${category}" is not in the taxonomy (see GET /api/v1/taxonomy)`,
      422,
    );
  if (community !== null) {
    const unit = ctx.config.units.get(community);
    if (!unit || unit.level !== "community")
      throw new AppError("TICKET.UNKNOWN_COMMUNITY", `"${community}" is not a community unit id`, 422);
  }
}
