import type pg from "pg";
import type { Tx } from "../db/client.js";
import type { conversations, messages } from "../db/schema/index.js";
import { deliveryChannel } from "../channels-runtime/channel-rules.js";

type MessageRow = typeof messages.$inferSelect;
type ConversationRow = typeof conversations.$inferSelect;

/**
 * The intake turn's side of PostgreSQL, in as few round trips as the guarantees allow: one
 * statement locks the inbound message, one loads everything the turn reads, one writes everything
 * it produced. Each is a named prepared statement, parsed and planned once per connection.
 *
 * A turn that files no ticket therefore costs BEGIN + 3 statements + COMMIT, where it used to cost
 * about nineteen. Filing a ticket adds the ticket store's own statements.
 */

/** A resident's channel identity as a reply needs it (where to send, on which channel). */
export interface ReplyIdentity {
  id: string;
  channel: string;
  address: string;
}

/** Everything a turn reads besides the message, loaded with the conversation locked. */
export interface TurnSnapshot {
  /** The newest active conversation of the resident on the message's channel, locked; null if none. */
  conversation: ConversationRow | null;
  /** The phone number the resident's profile already holds. */
  knownPhone: string | null;
  /** The resident's identities, the one they last wrote on first (the reply channel's candidates). */
  identities: ReplyIdentity[];
  /**
   * False only when the resident has no survey that could be waiting for an answer (none sent or
   * clarifying, none gone unreachable within the late-reply window): the survey stage is then not
   * asked at all. True means "ask it", not "it is one".
   */
  surveyMayWait: boolean;
  /** Purpose of the last message sent to the resident ("survey", "reply" …), null when none. */
  lastOutboundPurpose: string | null;
}

/** What a turn writes at its end, in one statement. */
export interface TurnWrite {
  messageId: number;
  residentId: string;
  channel: string;
  now: Date;
  conversation: { id: string; created: boolean; draft: Record<string, unknown> };
  /** A conversation found idle past the TTL, closed (or expired, with a draft) by this turn. */
  retire: { id: string; state: "closed" | "expired" } | null;
  replies: { texts: string[]; identity: ReplyIdentity | null; sendAfter: Date | null };
  /** Contact details the resident gave while filing: remembered on their profile. */
  profile: { phone: string | null; name: string | null } | null;
}

const LOCK_MESSAGE = {
  name: "intake_lock_message",
  // The advisory lock on (resident, channel) is taken in the same statement as the message's row
  // lock: two first messages of one resident must not open two conversations. Every intake turn
  // takes the two locks in this one statement, so they are always taken in the same order.
  text: `SELECT m.id::float8 AS "id", m.channel AS "channel", m.provider AS "provider",
      m.channel_message_id AS "channelMessageId", m.direction AS "direction",
      m.conversation_id AS "conversationId", m.resident_id AS "residentId", m.kind AS "kind",
      m.text AS "text", m.payload AS "payload", m.status AS "status", m.error AS "error",
      m.reply_to_message_id::float8 AS "replyToMessageId", m.send_after AS "sendAfter",
      m.created_at AS "createdAt", m.processed_at AS "processedAt",
      CASE WHEN m.direction = 'in' AND m.status = 'received' AND m.resident_id IS NOT NULL
        THEN pg_advisory_xact_lock(hashtextextended('intake:' || m.resident_id::text || ':' || m.channel, 0))::text
      END AS "locked"
    FROM messages m WHERE m.id = $1 FOR UPDATE OF m`,
};

const LOAD_TURN = {
  name: "intake_load_turn",
  text: `SELECT c.id AS "id", c.resident_id AS "residentId", c.channel AS "channel", c.state AS "state",
      c.draft AS "draft", c.created_at AS "createdAt", c.updated_at AS "updatedAt",
      c.last_message_at AS "lastMessageAt", c.version AS "version",
      (SELECT r.phone FROM residents r WHERE r.id = $1) AS "knownPhone",
      (SELECT coalesce(json_agg(json_build_object('id', i.id, 'channel', i.channel, 'address', i.address)
          ORDER BY i.last_inbound_at IS NOT NULL DESC, i.last_inbound_at DESC), '[]'::json)
        FROM resident_identities i WHERE i.resident_id = $1) AS "identities",
      EXISTS (SELECT 1 FROM surveys s WHERE s.resident_id = $1
        AND (s.status IN ('sent', 'clarifying') OR (s.status = 'unreachable' AND s.updated_at >= $3))
      ) AS "surveyMayWait",
      (SELECT o.payload->>'purpose' FROM messages o WHERE o.resident_id = $1 AND o.direction = 'out'
        ORDER BY o.id DESC LIMIT 1) AS "lastOutboundPurpose"
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (
      SELECT * FROM conversations
      WHERE resident_id = $1 AND channel = $2 AND state = 'active'
      ORDER BY created_at DESC LIMIT 1
      FOR UPDATE
    ) c ON true`,
};

const WRITE_TURN = {
  name: "intake_write_turn",
  // Data-modifying CTEs all run, referenced or not, and see one snapshot; the replies' foreign key
  // to a conversation created by this very statement is checked at its end. Replies get ids in
  // their order (ORDER BY the ordinality): messages to a resident leave in id order.
  // The outbox rows follow src/queue/outbox.ts: job id `out_<message id>` (jobId("out", id)),
  // and one pg_notify wakes the relays of other processes when a job was recorded.
  text: `WITH
    retired AS (
      UPDATE conversations SET state = $8, updated_at = $4, version = version + 1
      WHERE id = $7::uuid
    ),
    conv AS (
      INSERT INTO conversations AS c
        (id, resident_id, channel, state, draft, created_at, updated_at, last_message_at, version)
      VALUES ($5::uuid, $2, $3, 'active', $6, $4, $4, $4, 1)
      ON CONFLICT (id) DO UPDATE
        SET draft = EXCLUDED.draft, last_message_at = EXCLUDED.last_message_at,
            updated_at = EXCLUDED.updated_at, version = c.version + 1
    ),
    inbound AS (
      UPDATE messages SET status = 'processed', processed_at = $4, conversation_id = $5::uuid
      WHERE id = $1
    ),
    profile AS (
      UPDATE residents SET phone = coalesce($13, phone), name = coalesce($14, name), updated_at = $4
      WHERE id = $2 AND ($13::text IS NOT NULL OR $14::text IS NOT NULL)
        AND (phone IS DISTINCT FROM coalesce($13, phone) OR name IS DISTINCT FROM coalesce($14, name))
    ),
    replies AS (
      INSERT INTO messages
        (channel, direction, conversation_id, resident_id, kind, text, payload, status,
         reply_to_message_id, send_after, created_at)
      SELECT $9, 'out', $5::uuid, $2, 'text', t.body, $10, 'queued', $1, $11, $4
      FROM unnest($12::text[]) WITH ORDINALITY AS t(body, n)
      ORDER BY t.n
      RETURNING id
    ),
    jobs AS (
      INSERT INTO outbox (queue, job_name, job_id, payload, run_at)
      SELECT 'outbound', 'outbound', 'out_' || r.id, jsonb_build_object('messageId', r.id), $11
      FROM replies r
      ON CONFLICT (queue, job_id) DO NOTHING
      RETURNING 1
    )
    SELECT pg_notify('zhitong_outbox', 'outbound')::text AS "woken"
    FROM (SELECT 1 FROM jobs LIMIT 1) AS any_job`,
};

/**
 * The pooled connection of a drizzle transaction: the hot statements go to it directly as named
 * prepared statements (drizzle's own `.prepare()` cannot express data-modifying CTEs).
 */
export function connectionOf(tx: Tx): pg.PoolClient {
  const client = (tx as unknown as { session?: { client?: pg.PoolClient } }).session?.client;
  if (!client || typeof client.query !== "function") throw new Error("transaction without a connection");
  return client;
}

/**
 * Locks the inbound message and, when it is still to be handled, the resident's dialogue on its
 * channel. A redelivered job waits here for the first one to commit, then sees it processed.
 */
export async function lockMessage(tx: Tx, messageId: number): Promise<MessageRow | null> {
  const { rows } = await connectionOf(tx).query<MessageRow & { locked: string | null }>({
    ...LOCK_MESSAGE,
    values: [messageId],
  });
  const row = rows[0];
  if (!row) return null;
  const { locked: _locked, ...message } = row;
  return message;
}

/** Loads the conversation (locked), the profile, the identities and the survey facts in one statement. */
export async function loadTurn(
  tx: Tx,
  residentId: string,
  channel: string,
  surveyLateSince: Date,
): Promise<TurnSnapshot> {
  const { rows } = await connectionOf(tx).query({
    ...LOAD_TURN,
    values: [residentId, channel, surveyLateSince],
  });
  const r = rows[0] as Record<string, unknown>;
  const conversation =
    r["id"] === null
      ? null
      : ({
          id: r["id"],
          residentId: r["residentId"],
          channel: r["channel"],
          state: r["state"],
          draft: r["draft"],
          createdAt: r["createdAt"],
          updatedAt: r["updatedAt"],
          lastMessageAt: r["lastMessageAt"],
          version: r["version"],
        } as ConversationRow);
  return {
    conversation,
    knownPhone: (r["knownPhone"] as string | null) ?? null,
    identities: r["identities"] as ReplyIdentity[],
    surveyMayWait: r["surveyMayWait"] === true,
    lastOutboundPurpose: (r["lastOutboundPurpose"] as string | null) ?? null,
  };
}

/**
 * Creates the conversation before the turn's end when something written earlier in the turn must
 * point at it (a ticket filed on the first message). The final write then updates it.
 */
export async function insertConversation(
  tx: Tx,
  c: { id: string; residentId: string; channel: string; now: Date },
): Promise<void> {
  await connectionOf(tx).query({
    name: "intake_insert_conversation",
    text: `INSERT INTO conversations
        (id, resident_id, channel, state, draft, created_at, updated_at, last_message_at, version)
      VALUES ($1::uuid, $2, $3, 'active', '{}'::jsonb, $4, $4, $4, 0)`,
    values: [c.id, c.residentId, c.channel, c.now],
  });
}

/** The identity a reply goes to: the one on the message's channel, else the one written on last. */
export function replyIdentity(identities: readonly ReplyIdentity[], channel: string): ReplyIdentity | null {
  return identities.find((i) => i.channel === channel) ?? identities[0] ?? null;
}

/**
 * Writes the turn's results in one statement: the conversation (created or updated, version
 * bumped), a retired idle conversation, the message's status, the profile, the replies and their
 * outbox jobs.
 */
export async function writeTurn(tx: Tx, w: TurnWrite): Promise<void> {
  const identity = w.replies.identity;
  const texts = identity ? w.replies.texts : [];
  const payload = identity ? { purpose: "reply", identityId: identity.id, address: identity.address } : {};
  await connectionOf(tx).query({
    ...WRITE_TURN,
    values: [
      w.messageId,
      w.residentId,
      w.channel,
      w.now,
      w.conversation.id,
      JSON.stringify(w.conversation.draft),
      w.retire?.id ?? null,
      w.retire?.state ?? "closed",
      identity ? deliveryChannel(identity.channel) : w.channel,
      JSON.stringify(payload),
      w.replies.sendAfter,
      texts,
      w.profile?.phone ?? null,
      w.profile?.name ?? null,
    ],
  });
}
