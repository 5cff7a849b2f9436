import type pg from "pg";

/*
 * The intake stage's durable to-do is the inbound message row: `received` until its turn commits.
 * These statements pick the next messages to handle, straight from PostgreSQL.
 *
 * Which messages may be taken: inbound, still received, not waiting for a retry, and the oldest
 * received message of their resident (a resident's later message waits until the earlier one is
 * processed or parked). So two workers never hold two messages of one resident, and a resident's
 * messages are handled in the order they were stored. Oldest first across residents.
 *
 * The subquery about an earlier message reads the statement's snapshot and ignores row locks: a
 * message another worker holds, uncommitted, still counts as waiting, so its resident's next
 * message is not taken until that worker commits. It is a scalar subquery with LIMIT on purpose:
 * one probe of the resident's entries in messages_intake_todo_resident_idx per candidate. Written
 * as NOT EXISTS it became an anti-join that the planner, on fresh statistics, ran as a scan of the
 * whole index per candidate (11–40 ms per claim of 32 over a backlog of 1,000).
 */
const TAKEABLE = `m.direction = 'in' AND m.status = 'received'
    AND ($2::bigint IS NULL OR m.id = $2::bigint)
    AND (m.resident_id IS NULL OR m.id = (SELECT e.id FROM messages e WHERE e.resident_id = m.resident_id
      AND e.direction = 'in' AND e.status = 'received' ORDER BY e.id LIMIT 1))
    AND NOT EXISTS (SELECT 1 FROM intake_attempts a WHERE a.message_id = m.id AND a.retry_at > now())`;

const CLAIM_BATCH = {
  name: "intake_claim_batch",
  // Inside the batch's transaction: the rows stay locked until it commits (SKIP LOCKED: another
  // worker takes other messages), so a worker that dies mid-batch releases them with its
  // connection and nothing is half done. The dialogues' advisory locks are then taken in key order,
  // as turn-store's lock statement does for a given list, so the turns exclude every other writer
  // of those conversations (a redelivered turn, the expiry and emergency sweeps wait or skip).
  text: `WITH claimed AS MATERIALIZED (
      SELECT m.id, m.resident_id, m.channel FROM messages m
      WHERE ${TAKEABLE}
      ORDER BY m.id
      LIMIT $1
      FOR UPDATE OF m SKIP LOCKED
    ),
    locks AS MATERIALIZED (
      SELECT pg_advisory_xact_lock(k)::text AS locked FROM (
        SELECT DISTINCT hashtextextended('intake:' || resident_id::text || ':' || channel, 0) AS k
        FROM claimed WHERE resident_id IS NOT NULL
      ) AS keys ORDER BY k
    )
    SELECT c.id::float8 AS "id", (SELECT count(*) FROM locks)::int AS "locks"
    FROM claimed c ORDER BY c.id`,
};

/**
 * Claims up to `limit` messages for a batch in the open transaction on `client` (or exactly
 * `only`, if it is still takeable) and takes their dialogues' locks; returns their ids, oldest first.
 */
export async function claimBatch(
  client: pg.PoolClient,
  limit: number,
  only: number | null = null,
): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>({ ...CLAIM_BATCH, values: [limit, only] });
  return rows.map((r) => r.id);
}

const LEASE = {
  name: "intake_lease",
  // A remote engine prepares a turn (LLM calls) with no transaction open, so the claim cannot be a
  // held row lock: it is a lease recorded in intake_attempts, counted as an attempt. A worker that
  // dies while preparing leaves the lease to run out; the message is then taken again.
  // The conflict clause re-reads the committed attempt row: a lease another worker took since this
  // statement's snapshot is not taken twice.
  text: `WITH claimed AS (
      SELECT m.id FROM messages m
      WHERE ${TAKEABLE}
      ORDER BY m.id
      LIMIT $1
      FOR UPDATE OF m SKIP LOCKED
    )
    INSERT INTO intake_attempts AS a (message_id, attempts, retry_at, updated_at)
    SELECT id, 1, now() + make_interval(secs => $3::float8 / 1000), now() FROM claimed
    ON CONFLICT (message_id) DO UPDATE
      SET attempts = a.attempts + 1, retry_at = EXCLUDED.retry_at, updated_at = EXCLUDED.updated_at
      WHERE a.retry_at <= now()
    RETURNING a.message_id::float8 AS "id", a.attempts AS "attempts"`,
};

/** Leases up to `limit` messages for `leaseMs` (a remote engine's turns); each lease counts an attempt. */
export async function leaseForPrepare(
  pool: pg.Pool,
  limit: number,
  leaseMs: number,
): Promise<{ id: number; attempts: number }[]> {
  const { rows } = await pool.query<{ id: number; attempts: number }>({
    ...LEASE,
    values: [limit, null, leaseMs],
  });
  return rows.sort((a, b) => a.id - b.id);
}

const RECORD_FAILURE = {
  name: "intake_record_failure",
  // $4: count this failure as an attempt (a remote engine's lease already counted it). A message
  // whose attempts reach $5 is parked: failed, so its resident's later messages go on.
  text: `WITH a AS (
      INSERT INTO intake_attempts AS a (message_id, attempts, retry_at, last_error, updated_at)
      VALUES ($1, 1, now() + make_interval(secs => $2::float8 / 1000), $3, now())
      ON CONFLICT (message_id) DO UPDATE
        SET attempts = a.attempts + CASE WHEN $4::boolean THEN 1 ELSE 0 END,
            retry_at = EXCLUDED.retry_at, last_error = EXCLUDED.last_error, updated_at = EXCLUDED.updated_at
      RETURNING attempts
    ),
    parked AS (
      UPDATE messages m SET status = 'failed', processed_at = now(),
        error = 'intake gave up after ' || a.attempts || ' attempts: ' || $3
      FROM a
      WHERE m.id = $1 AND m.status = 'received' AND a.attempts >= $5
      RETURNING m.id
    )
    SELECT (SELECT attempts FROM a) AS "attempts", EXISTS (SELECT 1 FROM parked) AS "parked"`,
};

/**
 * Records a failed turn of `messageId` (its error's kind, never its text) and when to try again;
 * parks the message once it has failed `maxAttempts` times. Commits by itself.
 */
export async function recordFailure(
  pool: pg.Pool,
  messageId: number,
  failure: { kind: string; countAttempt: boolean; maxAttempts: number; retryBaseMs: number },
): Promise<{ attempts: number; parked: boolean }> {
  // The delay follows the attempt this failure makes; a lease counted it already.
  const { rows: before } = await pool.query<{ attempts: number }>({
    name: "intake_attempts_of",
    text: `SELECT attempts FROM intake_attempts WHERE message_id = $1`,
    values: [messageId],
  });
  const attempt = (before[0]?.attempts ?? 0) + (failure.countAttempt ? 1 : 0);
  const { rows } = await pool.query<{ attempts: number; parked: boolean }>({
    ...RECORD_FAILURE,
    values: [
      messageId,
      retryDelayMs(attempt, failure.retryBaseMs),
      failure.kind,
      failure.countAttempt,
      failure.maxAttempts,
    ],
  });
  return rows[0] ?? { attempts: attempt, parked: false };
}

/** Longest wait between two attempts at one message. */
const MAX_RETRY_DELAY_MS = 120_000;

/**
 * Exponential backoff with jitter in the upper half of each step (as BullMQ's retries had): a burst
 * of failures (the database restarting) does not come back as one stampede.
 */
export function retryDelayMs(attempt: number, baseMs: number, random = Math.random): number {
  const step = Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step * (0.5 + random() / 2));
}

/** Forgets a message's attempts once its turn committed (only a remote engine's leases leave one). */
export async function clearAttempts(pool: pg.Pool, messageIds: readonly number[]): Promise<void> {
  if (messageIds.length === 0) return;
  await pool.query({
    name: "intake_clear_attempts",
    text: `DELETE FROM intake_attempts WHERE message_id = ANY($1::bigint[])`,
    values: [messageIds],
  });
}

/** Parks a message at once (a lease found it out of attempts: it failed, or its worker died, too often). */
export async function park(pool: pg.Pool, messageId: number, attempts: number): Promise<void> {
  await pool.query({
    name: "intake_park",
    text: `UPDATE messages SET status = 'failed', processed_at = now(),
        error = 'intake gave up after ' || $2::int || ' attempts: ' || coalesce(
          (SELECT last_error FROM intake_attempts WHERE message_id = $1), 'worker lost')
      WHERE id = $1 AND status = 'received'`,
    values: [messageId, attempts],
  });
}
