import type { z } from "zod";
import {
  decodeCursor,
  type Cursor,
  type TicketEventRow,
  type TicketFilter,
  type TicketRow,
} from "../db/repositories/tickets.repository.js";
import { AppError } from "../domain/app-error.js";
import type { ListTicketsQuery, TicketView } from "./schemas.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toTicketView(t: TicketRow): TicketView {
  return {
    id: t.id,
    ref: t.ref,
    kind: t.kind,
    category: t.category,
    summary: t.summary,
    description: t.description,
    location: { text: t.locationText, community: t.communityId, lat: t.lat, lng: t.lng },
    urgency: t.urgency,
    alarmedAt: iso(t.alarmedAt),
    tier: t.tier,
    status: t.status,
    unitId: t.unitId,
    triage: t.triage,
    supervised: t.supervised,
    round: t.round,
    transferCount: t.transferCount,
    mergedIntoId: t.mergedIntoId,
    channel: t.channel,
    engine: t.engine,
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

export function toEventView(e: TicketEventRow) {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorType: e.actorType,
    actorId: e.actorId,
    actorUnitId: e.actorUnitId,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    reason: e.reason,
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
