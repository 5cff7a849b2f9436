import type pg from "pg";
import { distinctRounds } from "../db/distinct-rounds.js";
import { GroupCommit } from "../db/group-commit.js";

/** One send's request to take its message (`queued` → `sending`). */
export interface ClaimRequest {
  messageId: number;
  /** Wall clock: written into the payload as `claimedAt`, the start of this send's lease. */
  claimedAt: Date;
  /** A `sending` row claimed before this was abandoned by a crashed process and may be taken over. */
  abandonedBefore: Date;
  /** Claim only if the message's `send_after` is not later than this (the passive-reply window). */
  notAfter: Date | null;
}

/** The message as the claim found it, and what was claimed (all null when it was not). */
export interface ClaimRow {
  status: string;
  sendAfter: Date | null;
  claimedId: number | null;
  channel: string | null;
  text: string | null;
  payload: Record<string, unknown> | null;
  identityResidentId: string | null;
  optedOutAt: Date | null;
  lastInboundAt: Date | null;
}

/**
 * Claims outbound messages in groups (db/group-commit.ts, as SentMarks writes their results): the
 * claims that arrive while one is being written, such as a bulk job's eight lanes, go together in
 * the next statement instead of one statement each. Nothing waits on a timer (a lone claim is
 * sent at once). Each row keeps the single claim's rules, checked under its row lock: only a
 * `queued` row (or one whose lease ran out) is taken, and not while an earlier message to the same
 * resident is `queued` or `sending` — the statement's snapshot sees every message of the group as
 * it was, so a later message in the same group waits for an earlier one, as it would have behind
 * the earlier one's own claim. Two requests for the same message (a job run twice) go in
 * successive statements, so the second finds the row taken exactly as it did alone.
 */
export class OutboundClaims {
  private readonly group: GroupCommit<ClaimRequest, ClaimRow | undefined>;

  constructor(readonly pool: pg.Pool) {
    // The statement is self-committing: a group that fails (a deadlock with another process's
    // group over the same rows) committed nothing and is retried claim by claim.
    this.group = new GroupCommit((claims) => this.write(claims), { maxBatch: 64, maxInFlight: 1 });
  }

  /** The row as found and claimed, or undefined when there is no such message. */
  claim(request: ClaimRequest): Promise<ClaimRow | undefined> {
    return this.group.submit(request);
  }

  private async write(claims: readonly ClaimRequest[]): Promise<(ClaimRow | undefined)[]> {
    const results: (ClaimRow | undefined)[] = new Array(claims.length);
    for (const round of distinctRounds(claims, (c) => c.messageId)) {
      const { rows } = await this.pool.query<ClaimRow & { ord: number }>({
        ...CLAIM_MANY,
        values: [
          round.map((i) => claims[i]!.messageId),
          round.map((i) => claims[i]!.claimedAt.toISOString()),
          round.map((i) => claims[i]!.abandonedBefore.toISOString()),
          round.map((i) => claims[i]!.notAfter?.toISOString() ?? null),
        ],
      });
      for (const { ord, ...row } of rows) results[round[ord - 1]!] = row;
    }
    return results;
  }
}

// Prepared once per connection; one text whatever the group's size. `cur` is each row as the
// statement found it (its status says why a claim failed); the claim itself re-checks under the
// row lock. A message being sent by a process
// that died (BullMQ re-runs the stalled job) is taken over once clearly abandoned: a send never
// takes as long as the lease (HTTP timeouts are 30 s at most). Messages to one resident leave in
// the order they were made: a dispatch notice must not overtake the confirmation still waiting for
// its passive-reply window (`failed` and `sent` earlier messages no longer hold the line). The
// identity written to (opt-out, send window) is the payload's `identityId`, else the channel's
// address; hotline identities are reached on their number by SMS. The arrays go through scalar
// sub-selects: in view, they let a custom plan cost itself for the rows at hand, cheaper than the
// generic one every time, and PostgreSQL planned every run; hidden, both plans cost alike (the same
// index probes) and the connection keeps the generic one after five runs.
const CLAIM_MANY = {
  name: "outbound_claim_many",
  text: `WITH req AS (
      SELECT * FROM unnest((SELECT $1::bigint[]), (SELECT $2::text[]), (SELECT $3::timestamptz[]),
          (SELECT $4::timestamptz[]))
        WITH ORDINALITY AS r(id, claimed_at, abandoned_before, not_after, ord)
    ), claimed AS (
      UPDATE messages m SET status = 'sending',
        payload = m.payload || jsonb_build_object('claimedAt', r.claimed_at)
      FROM req r
      WHERE m.id = ANY((SELECT $1::bigint[])::bigint[]) AND m.id = r.id
        AND m.direction = 'out'
        AND (r.not_after IS NULL OR m.send_after IS NULL OR m.send_after <= r.not_after)
        AND (m.status = 'queued'
          OR (m.status = 'sending'
            AND coalesce((m.payload->>'claimedAt')::timestamptz, 'epoch') < r.abandoned_before))
        AND NOT EXISTS (SELECT 1 FROM messages AS earlier
          WHERE earlier.resident_id = m.resident_id
            AND earlier.direction = 'out'
            AND earlier.id < m.id
            AND earlier.status IN ('queued', 'sending'))
      RETURNING m.id, m.channel, m.text, m.payload
    )
    SELECT r.ord::int AS ord, cur.status, cur.send_after AS "sendAfter", c.id::float8 AS "claimedId",
      c.channel, c.text, c.payload, i.resident_id AS "identityResidentId",
      i.opted_out_at AS "optedOutAt", i.last_inbound_at AS "lastInboundAt"
    FROM req r
    -- A probe per id, kept apart by OFFSET 0: joined plainly, the generic plan PostgreSQL keeps
    -- (made while the table is small) hashes a scan of every message.
    CROSS JOIN LATERAL (SELECT status, send_after FROM messages WHERE id = r.id OFFSET 0) cur
    LEFT JOIN claimed c ON c.id = r.id
    LEFT JOIN LATERAL (
      (SELECT ri.resident_id, ri.opted_out_at, ri.last_inbound_at FROM resident_identities ri
        WHERE c.payload->>'identityId' ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
          AND ri.id = (c.payload->>'identityId')::uuid)
      UNION ALL
      (SELECT ri.resident_id, ri.opted_out_at, ri.last_inbound_at FROM resident_identities ri
        WHERE NULLIF(c.payload->>'identityId', '') IS NULL
          AND ri.channel = c.channel AND ri.address = c.payload->>'address')
      LIMIT 1
    ) i ON c.id IS NOT NULL`,
};

/** The statement's text, for the plan test. */
export const OUTBOUND_CLAIM_STATEMENT = CLAIM_MANY;
