import type { TicketEventRow, TicketRow } from "../db/repositories/tickets.repository.js";
import type { TicketView } from "./schemas.js";

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
