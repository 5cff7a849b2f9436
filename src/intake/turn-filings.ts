import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { Channel, Complaint } from "../domain/complaint.schema.js";
import { localDay } from "../domain/local-time.js";
import { complaintColumns, reporterCallback } from "../tickets/complaint-columns.js";

/** One ticket a turn files: what `createTicket` took, for a resident's own report. */
export interface TurnFiling {
  complaint: Complaint;
  /** The ticket's channel (the dialogue's). */
  channel: Channel;
  residentId: string;
  conversationId: string;
  messageIds: readonly number[];
  /** Photos the draft counted, noted on the ticket with the channel they came on. */
  media: { channel: string; mediaIds: readonly string[] } | null;
  now: Date;
}

/** A conversation the batch opens that a ticket points at: created before the tickets, in the same statement. */
export interface OpenedConversation {
  id: string;
  residentId: string;
  channel: string;
  now: Date;
}

const FILE_TURN_TICKETS = {
  name: "intake_file_tickets",
  // Everything filing a resident's ticket writes, for every ticket of a batch of turns, in the turns'
  // transaction: the conversations they point at (the turns' final write then updates them, as it
  // updates one opened earlier), the tickets with one reference number each (OFFSET 0 keeps the
  // subquery whole, so the number is drawn once per row and in the batch's order), the reporters,
  // the message links, the "created" and "attach_media" events (one insert, so a ticket's events
  // get their ids in that order) and the routing jobs. Foreign keys are checked at the statement's
  // end, when the conversations and tickets it inserted exist. The outbox rows follow
  // src/queue/outbox.ts: job id `route_<ticket id>_1` (jobId("route", id, 1)); the caller kicks its
  // relay after the commit.
  text: `WITH
    f AS (
      SELECT * FROM jsonb_to_recordset($1::jsonb) AS f(ord int, id uuid, day text, kind text,
        category text, summary text, description text, location_text text, community_id text,
        lat double precision, lng double precision, urgency text, channel text, engine text,
        complaint jsonb, dup_numbers text[], resident_id uuid, conversation_id uuid, message_ids bigint[],
        media_channel text, media_ids jsonb, callback_phone text, callback_for text, at timestamptz)),
    conv AS (
      INSERT INTO conversations
        (id, resident_id, channel, state, draft, created_at, updated_at, last_message_at, version)
      SELECT c.id, c.resident_id, c.channel, 'active', '{}'::jsonb, c.at, c.at, c.at, 0
      FROM jsonb_to_recordset($2::jsonb) AS c(id uuid, resident_id uuid, channel text, at timestamptz)
      RETURNING id),
    created AS (
      INSERT INTO tickets (id, ref, kind, category, summary, description, location_text, community_id,
        lat, lng, urgency, tier, status, channel, engine, complaint, dup_numbers, conversation_id, created_at, updated_at)
      SELECT g.id,
        'ZT' || g.day || '-' || CASE WHEN g.n < 10000 THEN lpad(g.n::text, 4, '0') ELSE g.n::text END,
        g.kind, g.category, g.summary, g.description, g.location_text, g.community_id, g.lat, g.lng,
        g.urgency, 'general', 'received', g.channel, g.engine, g.complaint, g.dup_numbers, g.conversation_id, g.at, g.at
      FROM (SELECT f.*, ticket_ref_next(f.day) AS n FROM f ORDER BY f.ord OFFSET 0) g
      RETURNING id, ref),
    reporters AS (
      INSERT INTO ticket_reporters
        (ticket_id, resident_id, channel, conversation_id, callback_phone, callback_for, created_at)
      SELECT id, resident_id, channel, conversation_id, callback_phone, callback_for, at FROM f
      ON CONFLICT DO NOTHING),
    linked AS (
      INSERT INTO ticket_messages (ticket_id, message_id)
      SELECT DISTINCT f.id, m.id FROM f, unnest(f.message_ids) AS m(id)
      ON CONFLICT DO NOTHING),
    events AS (
      INSERT INTO ticket_events (ticket_id, actor_type, actor_id, action, to_status, data, at)
      SELECT e.ticket_id, 'resident', e.actor_id, e.action, e.to_status, e.data, e.at FROM (
        SELECT f.ord, 0 AS step, f.id AS ticket_id, f.resident_id::text AS actor_id, 'create' AS action,
          'received' AS to_status,
          jsonb_build_object('channel', f.channel, 'engine', f.engine, 'category', f.category,
            'urgency', f.urgency) AS data, f.at
        FROM f
        UNION ALL
        SELECT f.ord, 1, f.id, f.resident_id::text, 'attach_media', NULL,
          jsonb_build_object('channel', f.media_channel, 'mediaIds', f.media_ids), f.at
        FROM f WHERE f.media_ids IS NOT NULL
      ) e ORDER BY e.ord, e.step),
    jobs AS (
      INSERT INTO outbox (queue, job_name, job_id, payload)
      SELECT 'route', 'route', 'route_' || f.id || '_1', jsonb_build_object('ticketId', f.id, 'round', 1)
      FROM f ORDER BY f.ord
      ON CONFLICT (queue, job_id) DO NOTHING)
    SELECT c.id::text AS "id", c.ref AS "ref" FROM created c`,
};

/** Stands for a ticket's reference number until the batch's statement has drawn it. */
const PLACEHOLDER = /⟦([0-9a-f-]{36})⟧/g;

/**
 * The tickets a batch of intake turns files, written together by one statement at the batch's end
 * instead of one ticket store call (two statements) per ticket during the turns.
 *
 * A turn's dialogue needs the reference number at once (it goes into the reply and the dialogue
 * state), but the number is only drawn when the statement runs. So `add` returns a placeholder
 * naming the ticket's random id, which no resident can type; after `write`, `resolve` puts the
 * numbers in place of the placeholders in the replies and the dialogue state before they are
 * written. Everything stays in the turns' transaction: a crash or an error before the commit leaves
 * no ticket, and the job's retry files it again (a reference number drawn then is a gap, as any
 * rolled-back filing leaves).
 */
export class TurnFilings {
  private readonly filings: { id: string; filing: TurnFiling }[] = [];
  private readonly opened: OpenedConversation[] = [];
  private readonly refs = new Map<string, string>();

  constructor(private readonly timeZone: string) {}

  /** Files `filing` with the batch; returns the placeholder of its reference number. */
  add(filing: TurnFiling): string {
    const id = randomUUID();
    this.filings.push({ id, filing });
    return `⟦${id}⟧`;
  }

  /** A conversation this batch opens and one of its tickets points at: inserted before the tickets. */
  openConversation(conversation: OpenedConversation): void {
    this.opened.push(conversation);
  }

  /** Writes every filing added since the last call, in one statement on the transaction's connection. */
  async write(client: pg.PoolClient): Promise<void> {
    if (this.filings.length === 0) return;
    const entries = this.filings.map(({ id, filing: f }, ord) => ({
      ord,
      id,
      day: localDay(f.now, this.timeZone),
      ...complaintColumns(f.complaint),
      channel: f.channel,
      resident_id: f.residentId,
      conversation_id: f.conversationId,
      message_ids: [...new Set(f.messageIds)],
      media_channel: f.media?.channel ?? null,
      media_ids: f.media && f.media.mediaIds.length ? f.media.mediaIds : null,
      ...reporterCallback(f.complaint),
      at: f.now,
    }));
    const conversations = this.opened.map((c) => ({
      id: c.id,
      resident_id: c.residentId,
      channel: c.channel,
      at: c.now,
    }));
    const { rows } = await client.query<{ id: string; ref: string }>({
      ...FILE_TURN_TICKETS,
      values: [JSON.stringify(entries), JSON.stringify(conversations)],
    });
    if (rows.length !== entries.length)
      throw new Error(`intake filing: ${rows.length} tickets written for ${entries.length}`);
    for (const r of rows) this.refs.set(r.id, r.ref);
    this.filings.length = 0;
    this.opened.length = 0;
  }

  /** `text` with the reference numbers written so far in place of their placeholders. */
  resolve(text: string): string {
    if (this.refs.size === 0) return text;
    return text.replace(PLACEHOLDER, (placeholder, id: string) => this.refs.get(id) ?? placeholder);
  }

  /** A JSON value (the dialogue state) with the reference numbers in place of their placeholders. */
  resolveJson<T>(value: T): T {
    if (this.refs.size === 0) return value;
    return JSON.parse(this.resolve(JSON.stringify(value))) as T;
  }
}
