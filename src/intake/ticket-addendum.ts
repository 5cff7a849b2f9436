import type pg from "pg";
import type { TicketStatus } from "../domain/ticket-status.js";
import type { AddendumOutcome } from "./dialogue/run-turn.js";

/** Where a ticket's work is over: an addition there would reach nobody, so it is not added. */
const FINISHED: readonly TicketStatus[] = ["resolved", "surveyed", "closed", "cancelled"];
/** Merges chain rarely; a loop in bad data must not hang the turn. */
const MAX_MERGE_HOPS = 5;

export interface Addendum {
  ref: string;
  residentId: string;
  messageId: number | null;
  /** The resident's words, as they wrote them (the console masks them like other free text). */
  text: string | null;
  media: { channel: string; mediaIds: readonly string[] } | null;
  now: Date;
}

/**
 * Adds a resident's message to their ticket, in the turn's transaction: the message joins the
 * ticket's transcript, a `resident_addendum` event carries the words (and an `attach_media` event
 * the photo, as a filing does). A merged ticket's addition goes to the ticket it was merged into.
 * Idempotent per message: a turn retried after a crash was rolled back whole, and a message
 * delivered twice finds its events already there.
 */
export async function addToTicket(client: pg.PoolClient, a: Addendum): Promise<AddendumOutcome | null> {
  const first = await ticketByRef(client, a.ref);
  if (!first) return null;
  const own = await client.query(
    "SELECT 1 FROM ticket_reporters WHERE ticket_id = $1 AND resident_id = $2 LIMIT 1",
    [first.id, a.residentId],
  );
  if (own.rowCount === 0) return null;
  let ticket = first;
  for (let hop = 0; ticket.status === "merged" && ticket.merged_into_id && hop < MAX_MERGE_HOPS; hop++) {
    const next = await ticketById(client, ticket.merged_into_id);
    if (!next) break;
    ticket = next;
  }
  if (ticket.status === "merged" || FINISHED.includes(ticket.status))
    return { added: false, ref: ticket.ref, status: ticket.status };
  if (a.messageId != null)
    await client.query(
      "INSERT INTO ticket_messages (ticket_id, message_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
      [ticket.id, a.messageId],
    );
  const events: { action: string; reason: string | null; data: Record<string, unknown> }[] = [
    {
      action: "resident_addendum",
      reason: a.text,
      data: { messageId: a.messageId, mediaIds: a.media?.mediaIds ?? [] },
    },
  ];
  if (a.media && a.media.mediaIds.length)
    events.push({
      action: "attach_media",
      reason: null,
      data: { channel: a.media.channel, mediaIds: a.media.mediaIds, messageId: a.messageId },
    });
  for (const e of events)
    await client.query(
      `INSERT INTO ticket_events (ticket_id, actor_type, actor_id, action, reason, data, at)
       SELECT $1, 'resident', $2, $3, $4, $5::jsonb, $6
       WHERE $7::bigint IS NULL OR NOT EXISTS (
         SELECT 1 FROM ticket_events WHERE ticket_id = $1 AND action = $3
           AND data->>'messageId' = $7::bigint::text)`,
      [ticket.id, a.residentId, e.action, e.reason, JSON.stringify(e.data), a.now, a.messageId],
    );
  return {
    added: true,
    ref: ticket.ref,
    mergedFrom: ticket.id === first.id ? null : first.ref,
    raisedTo: null,
    placed: null,
  };
}

interface TicketRow {
  id: string;
  ref: string;
  status: TicketStatus;
  merged_into_id: string | null;
}

async function ticketByRef(client: pg.PoolClient, ref: string): Promise<TicketRow | null> {
  const { rows } = await client.query<TicketRow>(
    "SELECT id::text, ref, status, merged_into_id::text FROM tickets WHERE ref = $1 LIMIT 1",
    [ref],
  );
  return rows[0] ?? null;
}

async function ticketById(client: pg.PoolClient, id: string): Promise<TicketRow | null> {
  const { rows } = await client.query<TicketRow>(
    "SELECT id::text, ref, status, merged_into_id::text FROM tickets WHERE id = $1",
    [id],
  );
  return rows[0] ?? null;
}
