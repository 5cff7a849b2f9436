import type { Queryable } from "../db/client.js";
import { appendEvent, findTicket } from "../db/repositories/tickets.repository.js";
import { jobId } from "../queue/queues.js";
import { enqueue } from "../queue/outbox.js";
import { updateTicketIfUnchanged } from "../tickets/ticket-store.js";
import type { AddedPlace } from "./dialogue/run-turn.js";

export interface AdditionPlace {
  ref: string;
  residentId: string;
  messageId: number | null;
  place: AddedPlace;
  now: Date;
}

/**
 * A resident's addition names a place (a WeChat location, "在海西苑东门") for a ticket filed without
 * one. Only a place the ticket lacks is written: coordinates when it has none, and the community the
 * place resolver found when it has none. When that gives a community to a ticket no unit holds yet
 * (waiting for routing or in triage), it goes back to the route worker, which decides the unit as
 * for any filing: the resident's words never pick a unit. A routed or dispatched ticket keeps its
 * unit; the dispatcher reads the place in the timeline. Returns the place text recorded, or null.
 * A duplicate delivery finds the place already there and changes nothing.
 */
export async function placeFromAddition(tx: Queryable, a: AdditionPlace): Promise<string | null> {
  const ticket = await findTicket(tx, a.ref);
  if (!ticket) return null;
  const { place } = a;
  const coords = ticket.lat === null && place.lat !== null && place.lng !== null;
  const community = !ticket.communityId && place.community ? place.community : null;
  if (!coords && !community) return null;
  const text = community ? (place.text ?? ticket.locationText) : ticket.locationText;
  const location = {
    ...(ticket.complaint?.location ?? {}),
    ...(coords ? { lat: place.lat, lng: place.lng } : {}),
    ...(community ? { community, text } : {}),
  };
  const reroute =
    community !== null && !ticket.unitId && ticket.status === "received" && !ticket.mergedIntoId;
  await updateTicketIfUnchanged(
    tx,
    ticket,
    {
      ...(coords ? { lat: place.lat, lng: place.lng } : {}),
      ...(community ? { communityId: community, locationText: text } : {}),
      ...(ticket.complaint
        ? { complaint: { ...ticket.complaint, location } as typeof ticket.complaint }
        : {}),
      // Out of triage: the route worker takes the ticket again with its new place.
      ...(reroute ? { triage: false } : {}),
    },
    a.now,
  );
  await appendEvent(
    tx,
    ticket.id,
    { type: "resident", id: a.residentId },
    {
      action: "resident_place",
      reason: text,
      data: {
        messageId: a.messageId,
        community,
        coordinates: coords,
        rerouted: reroute,
      },
      at: a.now,
    },
  );
  // The first routing used `route_<id>_<round>`; this one is per message, so a retry adds no second.
  if (reroute)
    await enqueue(
      tx,
      "route",
      { ticketId: ticket.id, round: ticket.round },
      { jobId: `${jobId("route", ticket.id, ticket.round)}_place${a.messageId ?? a.now.getTime()}` },
    );
  return text ?? place.text;
}
