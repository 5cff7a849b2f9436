import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { audit, requestAudit } from "../auth/audit.js";
import {
  freeTextPolicy,
  maskFreeText,
  maskFreeTextOrNull,
  ticketNames,
  type FreeTextPolicy,
} from "../auth/free-text-mask.js";
import { personalSearch } from "../auth/personal-search.js";
import { REVEAL_ALL_ROLES } from "../auth/roles.js";
import { visibleUnitIds } from "../auth/scope.js";
import {
  decodeCursor,
  encodeCursor,
  listTickets,
  type Cursor,
  type TicketEventRow,
  type TicketFilter,
  type TicketRow,
} from "../db/repositories/tickets.repository.js";
import { AppError, forbidden } from "../domain/app-error.js";
import { TICKET_REF_PATTERN } from "../domain/ticket-ref.js";
import type { AppContext } from "../runtime/context.js";
import type { StaffPrincipal } from "../auth/staff-principal.js";
import type { ListTicketsQuery, TicketView } from "./schemas.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const coarse = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

/**
 * A ticket as `staff` may see it: the resident's words, the summary and the place go through the
 * free-text mask (contact details always, house numbers unless the role needs the door).
 */
export function toTicketView(
  t: TicketRow,
  staff: StaffPrincipal | null | undefined,
  /** Reporters' names known from elsewhere (profiles), masked wherever they stand. */
  knownNames: readonly (string | null)[] = [],
): TicketView {
  const policy = freeTextPolicy(staff, t);
  const names = [...ticketNames(t), ...knownNames.filter((n): n is string => !!n)];
  return {
    id: t.id,
    ref: t.ref,
    kind: t.kind,
    category: t.category,
    summary: maskFreeText(t.summary, policy, names),
    description: maskFreeText(t.description, policy, names),
    location: {
      text: maskFreeTextOrNull(t.locationText, policy, names),
      community: t.communityId,
      // A shared location pins the door as exactly as a house number: about 100 m without the need.
      lat: policy.houseNumbers ? t.lat : coarse(t.lat),
      lng: policy.houseNumbers ? t.lng : coarse(t.lng),
    },
    urgency: t.urgency,
    alarmedAt: iso(t.alarmedAt),
    tier: t.tier,
    status: t.status,
    unitId: t.unitId,
    triage: t.triage,
    supervised: t.supervised,
    round: t.round,
    transferCount: t.transferCount,
    assistUnitIds: t.assistUnitIds,
    returnRequest: t.returnRequestedAt
      ? { at: t.returnRequestedAt.toISOString(), reason: maskFreeTextOrNull(t.returnReason, policy, names) }
      : null,
    mergedIntoId: t.mergedIntoId,
    channel: t.channel,
    engine: t.engine,
    categoryCandidates: t.complaint?.candidates ?? [],
    // How sure the engine was of the kind; staff-filed tickets have none.
    kindConfidence: t.complaint?.confidence?.kind ?? null,
    deadlines: {
      firstContact: iso(t.firstContactDueAt),
      acceptYellow: iso(t.acceptYellowAt),
      acceptRed: iso(t.acceptRedAt),
      resolve: iso(t.resolveDueAt),
    },
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** An event of the ticket's log; its reason (staff's or a resident's words) is masked like free text. */
export function toEventView(
  e: TicketEventRow,
  policy: FreeTextPolicy = { houseNumbers: false },
  names: readonly string[] = [],
) {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorType: e.actorType,
    actorId: e.actorId,
    actorUnitId: e.actorUnitId,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    reason: maskFreeTextOrNull(e.reason, policy, names),
    data: e.data,
  };
}

/** The list query's filters and cursor, shared by every route that lists tickets (API, console inbox). */
export function ticketListParams(q: z.infer<typeof ListTicketsQuery>): {
  filter: TicketFilter;
  cursor: Cursor | null;
} {
  const cursor = q.cursor ? decodeCursor(q.cursor) : null;
  if (q.cursor && !cursor)
    throw new AppError("REQUEST.INVALID_CURSOR", "cursor is not one this API returned");
  return {
    cursor,
    filter: {
      status: q.status,
      unitId: q.unit,
      category: q.category,
      tier: q.tier,
      channel: q.channel,
      urgency: q.urgency,
      communityId: q.community,
      triage: q.triage,
      supervised: q.supervised,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      q: q.q,
    },
  };
}

/**
 * Fills a page with rows the caller may see. The cursor always names the last row returned, never
 * a row skipped: a skipped row's id in a cursor would tell which tickets' hidden text matched.
 * Rows are read in batches until the page is full or the list ends.
 */
async function visiblePage(
  limit: number,
  cursor: Cursor | null,
  visible: (t: TicketRow) => boolean,
  read: (limit: number, from: Cursor | null) => Promise<{ items: TicketRow[]; nextCursor: string | null }>,
): Promise<{ items: TicketRow[]; nextCursor: string | null }> {
  const items: TicketRow[] = [];
  let from = cursor;
  for (;;) {
    const batch = await read(Math.max(limit, 50), from);
    for (const [i, t] of batch.items.entries()) {
      if (!visible(t)) continue;
      items.push(t);
      if (items.length < limit) continue;
      const more = i < batch.items.length - 1 || batch.nextCursor !== null;
      return { items, nextCursor: more ? encodeCursor(t) : null };
    }
    const last = batch.items.at(-1);
    if (!batch.nextCursor || !last) return { items, nextCursor: null };
    from = { createdAt: last.createdAt, id: last.id };
  }
}

/**
 * The ticket list behind GET /tickets and the console inbox, scoped to the caller. A search for
 * a phone or ID number is looking a person up: only roles that may reveal contact details run it,
 * and each such search is audited (the kind and the result count, never the number).
 */
export async function listTicketsFor(
  ctx: AppContext,
  req: FastifyRequest & { query: z.infer<typeof ListTicketsQuery> },
): Promise<{ items: TicketRow[]; nextCursor: string | null }> {
  const { filter, cursor } = ticketListParams(req.query);
  const personal = filter.q ? personalSearch(filter.q) : null;
  if (personal) {
    if (!req.staff || !REVEAL_ALL_ROLES.includes(req.staff.role))
      throw forbidden(
        "AUTH.FORBIDDEN",
        "按电话或证件号查询仅限指挥中心 (only the centre may search by phone or ID number)",
      );
    filter.q = undefined;
    filter.personalDigits = personal.digits;
  }
  // A word search finds only what the caller can read: a name or a door masked for them is not a
  // way to learn which tickets mention it.
  const term = filter.q && !TICKET_REF_PATTERN.test(filter.q.trim()) ? filter.q.trim().toLowerCase() : null;
  // A unit's staff: their units' scope as units, so the list reads it as two ordered walks
  // (listTickets); the same tickets as req.staffScope()'s condition.
  const units = req.staff ? visibleUnitIds(ctx.config, req.staff) : null;
  const read = (limit: number, from: Cursor | null) =>
    listTickets(ctx.database.db, filter, {
      limit,
      cursor: from,
      ...(units ? { units } : { extraWhere: req.staffScope?.() ?? [] }),
    });
  const visible = (word: string) => (t: TicketRow) => {
    const policy = freeTextPolicy(req.staff, t);
    const names = ticketNames(t);
    return [t.summary, t.description, t.locationText ?? ""].some((text) =>
      maskFreeText(text, policy, names).toLowerCase().includes(word),
    );
  };
  const page = term
    ? await visiblePage(req.query.limit, cursor, visible(term), read)
    : await read(req.query.limit, cursor);
  if (personal)
    await audit(ctx.database.db, {
      ...requestAudit(req),
      action: "ticket.search_personal",
      at: ctx.now(),
      targetType: "resident",
      data: { kind: personal.kind, results: page.items.length, refs: page.items.map((t) => t.ref) },
    });
  return page;
}
