import formbody from "@fastify/formbody";
import rateLimit from "@fastify/rate-limit";
import { createHash, timingSafeEqual } from "node:crypto";
import { and, desc, eq, gte, inArray, lte, notInArray, type SQL } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { findOrCreateResident } from "../../db/repositories/residents.repository.js";
import { createTicket, type TicketRow } from "../../db/repositories/tickets.repository.js";
import { residents, ticketReporters, tickets } from "../../db/schema/index.js";
import { AppError } from "../../domain/app-error.js";
import type { Complaint } from "../../domain/complaint.schema.js";
import { TICKET_REF_PATTERN } from "../../domain/ticket-ref.js";
import { OPEN_STATUSES, type TicketStatus } from "../../domain/ticket-status.js";
import { PlaceResolver } from "../../intake/place-resolver.js";
import type { AppContext } from "../../runtime/context.js";
import { maskPhonesInText } from "./console.routes.js";
import { coarseCoordinate, coarsePlace, publicSummary } from "../../tickets/public-view.js";

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2/), JSON only, under /open311/v2/.
 * Services are the taxonomy's categories; a service request is a ticket, identified by its
 * reference number. Errors use the spec's format, `[{"code": 400, "description": "…"}]`, since
 * Open311 clients parse that (the staff API's `{error}` shape would break them).
 *
 * Privacy: GET requests are public, so they show the status, a coarse place (community or road),
 * coordinates rounded to about 100 m and the dispatcher's summary with personal data removed —
 * never the resident's own words, name, phone or door — and omit kinds that concern one person
 * (disputes, requests for help, small wishes). A caller presenting an API key (`api_key`) gets the
 * full location and the summary with phones masked; a wrong key is refused, not downgraded.
 */
const PRIVATE_KINDS = ["dispute", "help", "wish"];
const MAX_LIST = 200;
const NINETY_DAYS = 90 * 86_400_000;

const STATUS_NOTES: Record<TicketStatus, string> = {
  received: "已受理，正在分派",
  dispatched: "已派至承办单位",
  accepted: "承办单位已签收，正在办理",
  // Under the centre's review the public is not told "已办结" before the resident is.
  pending_review: "承办单位已签收，正在办理",
  transferred: "正在重新分派",
  reopened: "群众不满意，重新办理中",
  resolved: "已办结，待回访",
  surveyed: "已回访",
  closed: "已办结",
  merged: "与其他诉求合并办理",
  cancelled: "已撤销",
};

class Open311Error extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendError(reply: FastifyReply, status: number, description: string) {
  return reply.status(status).send([{ code: status, description }]);
}

export function open311Routes(ctx: AppContext) {
  const keys = (ctx.env.OPEN311_API_KEYS ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => createHash("sha256").update(k).digest());
  const places = new PlaceResolver(ctx.config.jurisdiction);
  const categories = ctx.config.taxonomy.categories;
  const categoryName = new Map(categories.map((c) => [c.code, c.name]));

  const validKey = (given: unknown) => {
    if (typeof given !== "string" || !given || given.length > 200) return false;
    const h = createHash("sha256").update(given).digest();
    // Constant-time over equal-length digests: the comparison does not leak how much of a key matched.
    return keys.some((k) => timingSafeEqual(k, h));
  };

  /** Full detail for a valid key, the public view without one; a wrong key is the caller's mistake. */
  const detailWanted = (query: Record<string, string | undefined>) => {
    const given = query["api_key"];
    if (given === undefined || given === "") return false;
    if (!validKey(given)) throw new Open311Error(403, "api_key is invalid");
    return true;
  };

  const groupOf = (handler: string) =>
    handler === "community" ? "社区" : (ctx.config.units.get(handler)?.name ?? handler);

  /** The names of each ticket's reporters, to remove from public summaries. */
  const reporterNames = async (rows: readonly TicketRow[]) => {
    const byTicket = new Map<string, string[]>();
    if (rows.length === 0) return byTicket;
    const found = await ctx.database.db
      .select({ ticketId: ticketReporters.ticketId, name: residents.name })
      .from(ticketReporters)
      .innerJoin(residents, eq(residents.id, ticketReporters.residentId))
      .where(
        inArray(
          ticketReporters.ticketId,
          rows.map((r) => r.id),
        ),
      );
    for (const r of found)
      if (r.name) byTicket.set(r.ticketId, [...(byTicket.get(r.ticketId) ?? []), r.name]);
    return byTicket;
  };

  const render = async (rows: readonly TicketRow[], detail: boolean) => {
    const names = detail ? new Map<string, string[]>() : await reporterNames(rows);
    return rows.map((r) => view(r, detail, names.get(r.id) ?? []));
  };

  const view = (t: TicketRow, detail: boolean, reporterNames: readonly string[]) => {
    const open = (OPEN_STATUSES as readonly string[]).includes(t.status);
    const updated = t.closedAt ?? t.resolvedAt ?? t.updatedAt;
    return {
      service_request_id: t.ref,
      status: open ? "open" : "closed",
      status_notes: STATUS_NOTES[t.status],
      service_name: categoryName.get(t.category) ?? null,
      service_code: t.category,
      description: detail ? maskPhonesInText(t.summary) : publicSummary(t.summary, reporterNames),
      agency_responsible: t.unitId ? (ctx.config.units.get(t.unitId)?.name ?? null) : null,
      service_notice: null,
      requested_datetime: t.createdAt.toISOString(),
      updated_datetime: updated.toISOString(),
      expected_datetime: open && t.resolveDueAt ? t.resolveDueAt.toISOString() : null,
      // A key holder (a partner platform) gets the place as filed, door number included.
      address: detail
        ? t.locationText
        : coarsePlace(
            t.communityId ? (ctx.config.units.get(t.communityId)?.name ?? null) : null,
            t.locationText,
          ),
      address_id: null,
      zipcode: null,
      lat: detail ? t.lat : coarseCoordinate(t.lat),
      long: detail ? t.lng : coarseCoordinate(t.lng),
      media_url: null,
    };
  };

  return async (app: FastifyInstance) => {
    await app.register(formbody, { bodyLimit: 65_536 });
    await app.register(rateLimit, { global: false });
    app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown }, req, reply) => {
      if (err instanceof Open311Error || (err instanceof AppError && err.status < 500))
        return sendError(reply, err.status, err.message);
      const status = err.statusCode ?? 500;
      if (status < 500)
        return sendError(reply, status, status === 429 ? "Too many requests, retry later" : "Bad request");
      req.log.error({ err }, "open311 error");
      return sendError(reply, 500, "Internal error, retry later");
    });
    app.setNotFoundHandler((req, reply) =>
      sendError(reply, 404, `No such resource ${req.url.split("?")[0]}`),
    );

    app.get(
      "/services.json",
      { schema: { tags: ["open311"], summary: "GeoReport v2: service list" } },
      async () =>
        categories.map((c) => ({
          service_code: c.code,
          service_name: c.name,
          description: c.examples ?? null,
          metadata: false,
          type: "realtime",
          keywords: c.examples ? c.examples.split(/[、，,]/).join(",") : null,
          group: groupOf(c.handler),
        })),
    );

    app.get(
      "/services/:code.json",
      { schema: { tags: ["open311"], summary: "GeoReport v2: service definition" } },
      async (req: FastifyRequest<{ Params: { code: string } }>) => {
        const c = categories.find((x) => x.code === req.params.code);
        if (!c) throw new Open311Error(404, `No service ${req.params.code}`);
        // Our services need no extra attributes (metadata=false): the definition is empty.
        return { service_code: c.code, attributes: [] };
      },
    );

    app.get(
      "/requests/:id.json",
      { schema: { tags: ["open311"], summary: "GeoReport v2: one service request" } },
      async (
        req: FastifyRequest<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>,
      ) => {
        const detail = detailWanted(req.query);
        const id = req.params.id;
        if (!TICKET_REF_PATTERN.test(id)) throw new Open311Error(404, `No service request ${id}`);
        const rows = await ctx.database.db
          .select()
          .from(tickets)
          .where(and(inArray(tickets.ref, [id]), notInArray(tickets.kind, PRIVATE_KINDS)))
          .limit(1);
        if (!rows[0]) throw new Open311Error(404, `No service request ${id}`);
        return render(rows, detail);
      },
    );

    app.get(
      "/requests.json",
      {
        schema: {
          tags: ["open311"],
          summary: "GeoReport v2: service requests (at most 90 days, newest first)",
        },
      },
      async (req: FastifyRequest<{ Querystring: Record<string, string | undefined> }>) => {
        const q = req.query;
        const detail = detailWanted(q);
        const where: SQL[] = [notInArray(tickets.kind, PRIVATE_KINDS)];
        if (q.service_request_id) {
          const ids = q.service_request_id
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
            .slice(0, MAX_LIST);
          if (ids.some((id) => !TICKET_REF_PATTERN.test(id)))
            throw new Open311Error(
              400,
              "service_request_id: reference numbers like ZT20261121-0042, comma separated",
            );
          where.push(inArray(tickets.ref, ids));
        } else {
          const end = q.end_date ? parseDate(q.end_date, "end_date") : ctx.now();
          const start = q.start_date
            ? parseDate(q.start_date, "start_date")
            : new Date(end.getTime() - NINETY_DAYS);
          if (start.getTime() >= end.getTime())
            throw new Open311Error(400, "start_date must be before end_date");
          if (end.getTime() - start.getTime() > NINETY_DAYS)
            throw new Open311Error(400, "start_date to end_date may not span more than 90 days");
          // end_date is "the latest datetime to include" (spec): inclusive.
          where.push(gte(tickets.createdAt, start), lte(tickets.createdAt, end));
          if (q.service_code) {
            const codes = q.service_code.split(",").map((s) => s.trim());
            if (codes.some((c) => !categoryName.has(c)))
              throw new Open311Error(400, "service_code: unknown service");
            where.push(inArray(tickets.category, codes));
          }
          if (q.status) {
            const statuses = q.status.split(",").map((s) => s.trim());
            if (statuses.some((s) => s !== "open" && s !== "closed"))
              throw new Open311Error(400, "status: open or closed");
            if (statuses.length === 1)
              where.push(
                statuses[0] === "open"
                  ? inArray(tickets.status, [...OPEN_STATUSES])
                  : notInArray(tickets.status, [...OPEN_STATUSES]),
              );
          }
        }
        const rows = await ctx.database.db
          .select()
          .from(tickets)
          .where(and(...where))
          .orderBy(desc(tickets.createdAt))
          .limit(MAX_LIST);
        return render(rows, detail);
      },
    );

    app.post(
      "/requests.json",
      {
        config: { rateLimit: { max: 60, timeWindow: 60_000 } },
        schema: { tags: ["open311"], summary: "GeoReport v2: file a service request (api_key required)" },
      },
      async (
        req: FastifyRequest<{
          Body: Record<string, unknown> | undefined;
          Querystring: Record<string, string>;
        }>,
        reply,
      ) => {
        const b = (req.body && typeof req.body === "object" ? req.body : {}) as Record<string, unknown>;
        const str = (k: string, max: number) => {
          const v = b[k];
          if (v === undefined || v === null || v === "") return null;
          if (typeof v !== "string" && typeof v !== "number")
            throw new Open311Error(400, `${k}: must be text`);
          const s = String(v).trim();
          if (s.length > max) throw new Open311Error(400, `${k}: at most ${max} characters`);
          return s || null;
        };
        if (!keys.length)
          throw new Open311Error(403, "This server accepts no service requests (no API keys configured)");
        if (!validKey(b.api_key ?? req.query.api_key))
          throw new Open311Error(403, "api_key is missing or invalid");
        const code = str("service_code", 64);
        if (!code) throw new Open311Error(400, "service_code is required");
        if (!categoryName.has(code))
          throw new Open311Error(400, `service_code ${code} is not a service (see services.json)`);
        const description = str("description", 4000);
        if (!description) throw new Open311Error(400, "description is required");
        const address = str("address_string", 200);
        const lat = num(b.lat, -90, 90, "lat");
        const lng = num(b.long, -180, 180, "long");
        if (!address && (lat === null || lng === null) && !str("address_id", 200))
          throw new Open311Error(400, "a location is required: lat and long, address_string or address_id");
        const phone = str("phone", 20)?.replace(/[\s-]/g, "") ?? null;
        if (phone && !/^\+?\d{5,15}$/.test(phone)) throw new Open311Error(400, "phone: digits only");
        const name = [str("last_name", 25), str("first_name", 25)].filter(Boolean).join("") || null;
        const place = places.resolve(address ?? "") ?? places.resolve(description);
        const complaint: Complaint = {
          kind: "complaint",
          category: code,
          summary: summarize(description),
          description,
          location: { text: address ?? place?.place ?? null, community: place?.community ?? null, lat, lng },
          urgency: "normal",
          contact: { name, phone },
          missing: [],
          confidence: {},
          engine: "staff",
        };
        const ticket = await ctx.database.db.transaction(async (tx) => {
          // Status messages and the survey reach the reporter by SMS, like a hotline caller.
          const resident = phone ? await findOrCreateResident(tx, "sms", phone, { name, phone }) : null;
          return createTicket(tx, {
            complaint,
            channel: "open311",
            residentId: resident?.residentId ?? null,
            actor: { type: "system", id: "open311" },
            timeZone: ctx.config.jurisdiction.timezone,
            now: ctx.now(),
          });
        });
        ctx.relay.kick();
        return reply.status(201).send([
          {
            service_request_id: ticket.ref,
            service_notice: `您的诉求已受理，编号 ${ticket.ref}，我们将尽快派单办理。`,
          },
        ]);
      },
    );
  };
}

function parseDate(s: string, name: string): Date {
  const d = new Date(s);
  // Outside the service's era (year 0, 275760) a date is a mistake PostgreSQL would fail on.
  const t = d.getTime();
  if (
    Number.isNaN(t) ||
    !/^\d{4}-\d{2}-\d{2}/.test(s) ||
    t < Date.UTC(1970, 0, 1) ||
    t >= Date.UTC(2100, 0, 1)
  )
    throw new Open311Error(400, `${name}: a W3C date-time such as 2026-11-21T10:00:00+08:00`);
  return d;
}

function num(v: unknown, min: number, max: number, name: string): number | null {
  if (v === undefined || v === null || v === "") return null;
  const n = typeof v === "number" ? v : Number(v);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new Open311Error(400, `${name}: a number from ${min} to ${max}`);
  return n;
}

/** The first sentence, at most 30 characters: the summary dispatchers read in lists. */
function summarize(description: string): string {
  const first = description.split(/[。！？!?\n]/)[0]?.trim() || description.trim();
  const chars = [...first];
  return chars.length > 30 ? `${chars.slice(0, 29).join("")}…` : first;
}
