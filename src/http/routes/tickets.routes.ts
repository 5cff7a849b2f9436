import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError, notFound } from "../../domain/app-error.js";
import type { Complaint } from "../../domain/complaint.schema.js";
import { findOrCreateResident } from "../../db/repositories/residents.repository.js";
import { createTicket, findTicket, listTicketEvents } from "../../db/repositories/tickets.repository.js";
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
  phone: z.string().nullable(),
  reportedAt: z.iso.datetime(),
});

/** Staff API v1: tickets. */
export function ticketRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/tickets",
      {
        schema: {
          tags: ["tickets"],
          summary: "Create a ticket by hand (e.g. a hotline agent typing one in)",
          body: CreateTicketBody,
          response: { 201: TicketView, 400: ErrorBody, 422: ErrorBody },
        },
      },
      async (req, reply) => {
        const body = req.body;
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
        const ticket = await ctx.database.db.transaction(async (tx) => {
          const resident = body.contact.phone
            ? await findOrCreateResident(tx, "sms", body.contact.phone, body.contact)
            : null;
          return createTicket(tx, {
            complaint,
            channel: body.channel,
            residentId: resident?.residentId ?? null,
            tier: body.tier,
            actor: { type: "staff", id: req.staff?.id ?? null, unitId: req.staff?.unitId ?? null },
            timeZone: ctx.config.jurisdiction.timezone,
            now: ctx.now(),
          });
        });
        ctx.relay.kick();
        return reply.status(201).send(toTicketView(ticket, req.staff));
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
            phone: maskPhone(r.phone),
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
