import type pg from "pg";
import type { Tx } from "../db/client.js";
import type { conversations, messages } from "../db/schema/index.js";
import { deliveryChannel } from "../channels-runtime/channel-rules.js";

type MessageRow = typeof messages.$inferSelect;
type ConversationRow = typeof conversations.$inferSelect;

/**
 * The intake turns' side of PostgreSQL, in as few round trips as the guarantees allow, for one
 * message or a batch of messages of different residents: one statement takes the dialogues'
 * locks, one locks the messages and loads everything the turns read, one writes everything they
 * produced. Each is a named prepared statement, parsed and planned once per connection.
 *
 * A batch whose turns file no ticket therefore costs BEGIN + 3 statements + COMMIT whatever its
 * size, where one turn used to cost about nineteen. A batch that files tickets adds one statement
 * for all of them (turn-filings.ts), and one photo look-up per ticket with photos.
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
  /** Purpose of the last message sent to the resident ("survey", "reply" …); null when none, or when the dialogue awaits no answer (not read then). */
  lastOutboundPurpose: string | null;
}

/** What a turn writes at its end, in one statement. */
export interface TurnWrite {
  messageId: number;
  residentId: string;
  channel: string;
  now: Date;
  conversation: { id: string; draft: Record<string, unknown> };
  /** A conversation found idle past the TTL, closed (or expired, with a draft) by this turn. */
  retire: { id: string; state: "closed" | "expired" } | null;
  replies: { texts: string[]; identity: ReplyIdentity | null; sendAfter: Date | null };
  /** Contact details the resident gave while filing: remembered on their profile. */
  profile: { phone: string | null; name: string | null } | null;
}

const LOCK_DIALOGUES = {
  name: "intake_lock_dialogues",
  // Two first messages of one resident must not open two conversations, and one conversation's
  // messages are never handled at once: each turn holds an advisory lock on (resident, channel).
  // A batch takes its locks in key order (PostgreSQL evaluates a volatile function of the target
  // list after the ORDER BY), so two batches never wait on each other in a circle. The messages'
  // rows are locked first, as the worker's claim locks them (intake-claims.ts: rows, then dialogue
  // locks): a turn asked for by id that took the dialogue lock first and then waited for a row the
  // claim held, while the claim waited for that dialogue lock, was a deadlock.
  text: `SELECT pg_advisory_xact_lock(k)::text AS "locked" FROM (
      SELECT DISTINCT hashtextextended('intake:' || resident_id::text || ':' || channel, 0) AS k
      FROM (
        SELECT resident_id, channel FROM messages
        WHERE id = ANY($1::bigint[]) AND direction = 'in' AND status = 'received' AND resident_id IS NOT NULL
        ORDER BY id
        FOR UPDATE
      ) AS locked_messages
    ) AS keys ORDER BY k`,
};

const LOAD_TURNS = {
  name: "intake_load_turns",
  // Runs after the advisory locks are held, so its snapshot sees every conversation committed by
  // an earlier turn of the same dialogue. One row per message: the message (row-locked), its
  // resident's active conversation on that channel (row-locked: the expiry sweeps skip it), and
  // what the turn reads about the resident. The conversation is locked FOR NO KEY UPDATE: a turn
  // changes none of its key columns, and the weaker mode still keeps out the sweeps (FOR UPDATE
  // SKIP LOCKED) and other turns, while a route write's foreign-key check on it (FOR KEY SHARE, for
  // a reporter row naming the conversation) no longer waits for the turn to commit (PostgreSQL's
  // row-level lock table: those two modes do not conflict).
  // The ids are hidden in a scalar sub-select: with `ANY($1)` in view PostgreSQL costs a custom plan
  // for the ids at hand below the generic one's guess of ten and plans every call for ever; hidden,
  // both are the same primary-key scan and the statement goes generic after its first five runs.
  text: `SELECT m.id::float8 AS "id", m.channel AS "channel", m.provider AS "provider",
      m.channel_message_id AS "channelMessageId", m.direction AS "direction",
      m.conversation_id AS "conversationId", m.resident_id AS "residentId", m.kind AS "kind",
      m.text AS "text", m.payload AS "payload", m.status AS "status", m.error AS "error",
      m.reply_to_message_id::float8 AS "replyToMessageId", m.send_after AS "sendAfter",
      m.created_at AS "createdAt", m.processed_at AS "processedAt",
      c.id AS "c_id", c.state AS "c_state", c.draft AS "c_draft", c.created_at AS "c_createdAt",
      c.updated_at AS "c_updatedAt", c.last_message_at AS "c_lastMessageAt", c.version AS "c_version",
      (SELECT r.phone FROM residents r WHERE r.id = m.resident_id) AS "knownPhone",
      (SELECT coalesce(json_agg(json_build_object('id', i.id, 'channel', i.channel, 'address', i.address)
          ORDER BY i.last_inbound_at IS NOT NULL DESC, i.last_inbound_at DESC), '[]'::json)
        FROM resident_identities i WHERE i.resident_id = m.resident_id) AS "identities",
      (EXISTS (SELECT 1 FROM surveys s WHERE s.resident_id = m.resident_id
          AND s.status IN ('sent', 'clarifying'))
        OR EXISTS (SELECT 1 FROM surveys s WHERE s.resident_id = m.resident_id
          AND s.status = 'unreachable' AND s.updated_at >= $2)) AS "surveyMayWait",
      -- Read only while the dialogue waits for an answer: the survey router needs it only then.
      CASE WHEN c.draft->>'awaiting' IS NOT NULL THEN
        (SELECT o.payload->>'purpose' FROM messages o WHERE o.resident_id = m.resident_id
          AND o.direction = 'out' ORDER BY o.id DESC LIMIT 1)
      END AS "lastOutboundPurpose"
    FROM messages m
    LEFT JOIN LATERAL (
      SELECT cv.id, cv.state, cv.draft, cv.created_at, cv.updated_at, cv.last_message_at, cv.version
      FROM conversations cv
      WHERE m.direction = 'in' AND m.status = 'received'
        AND cv.resident_id = m.resident_id AND cv.channel = m.channel AND cv.state = 'active'
      ORDER BY cv.created_at DESC LIMIT 1
      FOR NO KEY UPDATE
    ) c ON true
    WHERE m.id = ANY((SELECT $1::bigint[])::bigint[])
    ORDER BY m.id
    FOR UPDATE OF m`,
};

const WRITE_TURNS = {
  name: "intake_write_turns",
  // Data-modifying CTEs all run, referenced or not, and see one snapshot; the replies' foreign key
  // to a conversation created by this very statement is checked at its end. Replies get ids in
  // their order (ORDER BY the ordinality): messages to a resident leave in id order.
  // The outbox rows follow src/queue/outbox.ts: job id `out_<message id>` (jobId("out", id)), and
  // no pg_notify (a notifying transaction serialises commits): the caller kicks its relay after
  // the commit, other processes' relays poll.
  text: `WITH
    turn AS (
      SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::timestamptz[])
        AS t(message_id, conversation_id, resident_id, channel, draft, at)
    ),
    retired AS (
      UPDATE conversations cv SET state = r.state, updated_at = r.at, version = cv.version + 1
      FROM unnest($7::uuid[], $8::text[], $9::timestamptz[]) AS r(id, state, at)
      WHERE cv.id = r.id
    ),
    conv AS (
      INSERT INTO conversations AS c
        (id, resident_id, channel, state, draft, created_at, updated_at, last_message_at, version)
      SELECT conversation_id, resident_id, channel, 'active', draft::jsonb, at, at, at, 1 FROM turn
      ON CONFLICT (id) DO UPDATE
        SET draft = EXCLUDED.draft, last_message_at = EXCLUDED.last_message_at,
            updated_at = EXCLUDED.updated_at, version = c.version + 1
    ),
    inbound AS (
      UPDATE messages m SET status = 'processed', processed_at = t.at, conversation_id = t.conversation_id
      FROM turn t WHERE m.id = t.message_id
    ),
    profile AS (
      UPDATE residents r
      SET phone = coalesce(p.phone, r.phone), name = coalesce(p.name, r.name), updated_at = p.at
      FROM unnest($10::uuid[], $11::text[], $12::text[], $13::timestamptz[]) AS p(resident_id, phone, name, at)
      WHERE r.id = p.resident_id
        AND (r.phone IS DISTINCT FROM coalesce(p.phone, r.phone) OR r.name IS DISTINCT FROM coalesce(p.name, r.name))
    ),
    replies AS (
      INSERT INTO messages
        (channel, direction, conversation_id, resident_id, kind, text, payload, status,
         reply_to_message_id, send_after, created_at)
      SELECT q.channel, 'out', q.conversation_id, q.resident_id, 'text', q.body, q.payload::jsonb, 'queued',
        q.reply_to, q.send_after, q.at
      FROM unnest($14::text[], $15::uuid[], $16::uuid[], $17::text[], $18::text[], $19::bigint[],
          $20::timestamptz[], $21::timestamptz[])
        WITH ORDINALITY AS q(channel, conversation_id, resident_id, body, payload, reply_to, send_after, at, n)
      ORDER BY q.n
      RETURNING id, send_after
    ),
    jobs AS (
      INSERT INTO outbox (queue, job_name, job_id, payload, run_at)
      SELECT 'outbound', 'outbound', 'out_' || r.id, jsonb_build_object('messageId', r.id), r.send_after
      FROM replies r
      ON CONFLICT (queue, job_id) DO NOTHING
      RETURNING 1
    )
    SELECT count(*)::int AS "jobs" FROM jobs`,
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

/** One message of a batch as loaded, with what its turn reads (null snapshot: nothing to do). */
export interface LoadedTurn {
  message: MessageRow;
  snapshot: TurnSnapshot;
}

/**
 * Locks the dialogues of the messages still to be handled, then the messages themselves, and loads
 * everything their turns read. A redelivered job waits here for the first one to commit, then
 * finds its message processed. Messages not found are left out.
 */
export async function lockAndLoadTurns(
  tx: Tx,
  messageIds: readonly number[],
  surveyLateSince: Date,
): Promise<LoadedTurn[]> {
  await connectionOf(tx).query({ ...LOCK_DIALOGUES, values: [messageIds] });
  return loadTurns(tx, messageIds, surveyLateSince);
}

/**
 * Locks the messages and loads everything their turns read; the caller holds their dialogues'
 * locks already (lockAndLoadTurns, or the claim of intake-claims.ts).
 */
export async function loadTurns(
  tx: Tx,
  messageIds: readonly number[],
  surveyLateSince: Date,
): Promise<LoadedTurn[]> {
  const { rows } = await connectionOf(tx).query({ ...LOAD_TURNS, values: [messageIds, surveyLateSince] });
  return (rows as Record<string, unknown>[]).map((r) => ({
    message: {
      id: r["id"],
      channel: r["channel"],
      provider: r["provider"],
      channelMessageId: r["channelMessageId"],
      direction: r["direction"],
      conversationId: r["conversationId"],
      residentId: r["residentId"],
      kind: r["kind"],
      text: r["text"],
      payload: r["payload"],
      status: r["status"],
      error: r["error"],
      replyToMessageId: r["replyToMessageId"],
      sendAfter: r["sendAfter"],
      createdAt: r["createdAt"],
      processedAt: r["processedAt"],
    } as MessageRow,
    snapshot: {
      conversation:
        r["c_id"] === null
          ? null
          : ({
              id: r["c_id"],
              residentId: r["residentId"],
              channel: r["channel"],
              state: r["c_state"],
              draft: r["c_draft"],
              createdAt: r["c_createdAt"],
              updatedAt: r["c_updatedAt"],
              lastMessageAt: r["c_lastMessageAt"],
              version: r["c_version"],
            } as ConversationRow),
      knownPhone: (r["knownPhone"] as string | null) ?? null,
      identities: r["identities"] as ReplyIdentity[],
      surveyMayWait: r["surveyMayWait"] === true,
      lastOutboundPurpose: (r["lastOutboundPurpose"] as string | null) ?? null,
    },
  }));
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
 * Writes the results of a batch of turns in one statement: the conversations (created or updated,
 * version bumped), idle conversations retired, the messages' status, profiles, the replies and
 * their outbox jobs. `resolve` rewrites the replies and the serialised dialogue states on the way
 * (the reference numbers of the tickets the batch filed).
 */
export async function writeTurns(
  tx: Tx,
  turns: readonly TurnWrite[],
  resolve: (text: string) => string = (text) => text,
): Promise<void> {
  if (turns.length === 0) return;
  const retired = turns.flatMap((w) => (w.retire ? [{ ...w.retire, at: w.now }] : []));
  const profiles = turns.flatMap((w) =>
    w.profile ? [{ residentId: w.residentId, ...w.profile, at: w.now }] : [],
  );
  const replies = turns.flatMap((w) => {
    const identity = w.replies.identity;
    if (!identity) return [];
    const payload = JSON.stringify({ purpose: "reply", identityId: identity.id, address: identity.address });
    const channel = deliveryChannel(identity.channel);
    return w.replies.texts.map((text) => ({ w, text: resolve(text), payload, channel }));
  });
  await connectionOf(tx).query({
    ...WRITE_TURNS,
    values: [
      turns.map((w) => w.messageId),
      turns.map((w) => w.conversation.id),
      turns.map((w) => w.residentId),
      turns.map((w) => w.channel),
      turns.map((w) => resolve(JSON.stringify(w.conversation.draft))),
      turns.map((w) => w.now),
      retired.map((r) => r.id),
      retired.map((r) => r.state),
      retired.map((r) => r.at),
      profiles.map((p) => p.residentId),
      profiles.map((p) => p.phone),
      profiles.map((p) => p.name),
      profiles.map((p) => p.at),
      replies.map((r) => r.channel),
      replies.map((r) => r.w.conversation.id),
      replies.map((r) => r.w.residentId),
      replies.map((r) => r.text),
      replies.map((r) => r.payload),
      replies.map((r) => r.w.messageId),
      replies.map((r) => r.w.replies.sendAfter),
      replies.map((r) => r.w.now),
    ],
  });
}
