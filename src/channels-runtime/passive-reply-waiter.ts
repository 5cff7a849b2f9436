import { and, eq, ne } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { GroupCommit } from "../db/group-commit.js";
import { messages } from "../db/schema/index.js";

export interface PassiveReply {
  messageId: number;
  text: string;
}

/** A reply the poll found: its text (never changed once written) and whether it was still queued. */
interface FoundReply {
  id: number;
  text: string | null;
  queued: boolean;
}

/**
 * Waits for the intake bot's reply to an inbound WeChat message so that the webhook can answer it
 * passively (WeChat gives the request 5 s). One poller per process checks every waiting message in a
 * single indexed query per tick, so the cost stays flat however many requests are waiting; a
 * per-request poll would multiply queries under load. A tick runs when the intake worker says it
 * committed replies (`wake`, a Redis hint after each batch) and otherwise every `pollMs`, the
 * fallback for a hint lost: with the hint the poll can be slow, and each API process looks about
 * once per intake batch rather than once per poll interval. The reply is then claimed with a
 * compare-and-set (`queued` → `sent`), so a WeChat retry, another API process or the outbound worker
 * can never deliver it a second time.
 */
export class PassiveReplyWaiter {
  private readonly waiting = new Map<number, Array<(reply: FoundReply | null) => void>>();
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  /** A wake-up came while a tick ran: that tick may have read before the replies were committed. */
  private wokenWhileTicking = false;
  private closed = false;
  private looked = 0;
  /**
   * Claims of replies found by the same look go out together (db/group-commit.ts: no timer, a lone
   * claim is sent at once, the others gather behind it): one statement per look instead of one per
   * waiting request.
   */
  private readonly claims: GroupCommit<number, ClaimRow | undefined>;

  constructor(
    private readonly database: Database,
    private readonly opts: { pollMs: number; now: () => Date },
  ) {
    this.claims = new GroupCommit((ids) => this.claimMany(ids), { maxBatch: 64, maxInFlight: 1 });
  }

  /**
   * One statement for several claims. An id asked twice in one group (a WeChat retry beside its
   * original) is claimed for the first asker only; the other reads it as taken and repeats the
   * passive reply, as when the two claims went one after the other.
   */
  private async claimMany(ids: readonly number[]): Promise<(ClaimRow | undefined)[]> {
    const unique = [...new Set(ids)];
    const { rows } = await this.database.pool.query<ClaimRow & { id: number }>({
      ...CLAIM,
      values: [unique, this.opts.now()],
    });
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    const seen = new Set<number>();
    return ids.map((id) => {
      const row = byId.get(id);
      if (seen.has(id)) return row ? { claimed_text: null, status: "sent" } : undefined;
      seen.add(id);
      return row;
    });
  }

  /**
   * The passive reply for `inboundId`, claimed for this request, or null when none arrived within
   * `budgetMs` or it is too long to go passively (then the outbound worker sends it through the
   * customer-service API).
   */
  async waitAndClaim(
    inboundId: number,
    budgetMs: number,
    /** False for a reply that cannot go passively (too long): it is left `queued` for the outbound worker. */
    fits: (text: string) => boolean = () => true,
  ): Promise<PassiveReply | null> {
    if (budgetMs <= 0 || this.closed) return null;
    // A monotonic clock: the budget is real elapsed time, whatever the injected business clock says.
    const deadline = performance.now() + budgetMs;
    while (performance.now() < deadline) {
      const found = await this.waitFor(inboundId, deadline - performance.now());
      if (found === null) return null;
      const claimed = await this.claim(found, fits);
      if (claimed === "unfit") return null;
      if (claimed) return claimed;
      // A concurrent request (WeChat's retry of the same push) claimed it passively: repeat it.
      const given = await this.passiveReplyFor(inboundId);
      if (given) return given;
      // Someone else delivered that reply otherwise: look for another one until the deadline.
    }
    return null;
  }

  /**
   * The reply already given passively to `inboundId`, if any. WeChat retries a push only when it did
   * not get the answer in time, so a passive reply counts as delivered only if the retry gets it
   * again: `sent` here means "handed to an HTTP response", not "WeChat has it".
   */
  async passiveReplyFor(inboundId: number): Promise<PassiveReply | null> {
    const [row] = await this.database.db
      .select({ id: messages.id, text: messages.text })
      .from(messages)
      .where(
        and(
          eq(messages.replyToMessageId, inboundId),
          eq(messages.direction, "out"),
          eq(messages.status, "sent"),
          eq(messages.provider, "passive"),
        ),
      )
      .orderBy(messages.id)
      .limit(1);
    return row?.text ? { messageId: row.id, text: row.text } : null;
  }

  /** True when the message's reply went another way than passively (a WeChat retry must not get it again). */
  async alreadyAnswered(inboundId: number): Promise<boolean> {
    const rows = await this.database.db
      .select({ id: messages.id })
      .from(messages)
      .where(
        and(
          eq(messages.replyToMessageId, inboundId),
          eq(messages.direction, "out"),
          ne(messages.status, "queued"),
          // A passive reply is not "answered": it is repeated (it may have been claimed by a
          // concurrent request between the caller's passiveReplyFor and this query).
          ne(messages.provider, "passive"),
        ),
      )
      .limit(1);
    return rows.length > 0;
  }

  /** Looks at PostgreSQL done so far (a test waits for the first before writing the reply). */
  get looks(): number {
    return this.looked;
  }

  /** Replies were committed somewhere: look now for every waiting message. */
  wake(): void {
    if (this.closed || this.waiting.size === 0) return;
    if (this.ticking) {
      this.wokenWhileTicking = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    void this.tick();
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const resolvers of this.waiting.values()) for (const resolve of resolvers) resolve(null);
    this.waiting.clear();
  }

  private waitFor(inboundId: number, ms: number): Promise<FoundReply | null> {
    return new Promise((resolve) => {
      let done = false;
      const finish = (reply: FoundReply | null) => {
        if (done) return;
        done = true;
        clearTimeout(timeout);
        const list = this.waiting.get(inboundId)?.filter((r) => r !== finish) ?? [];
        if (list.length > 0) this.waiting.set(inboundId, list);
        else this.waiting.delete(inboundId);
        resolve(reply);
      };
      const timeout = setTimeout(() => finish(null), Math.max(0, ms));
      this.waiting.set(inboundId, [...(this.waiting.get(inboundId) ?? []), finish]);
      this.schedule(0);
    });
  }

  private schedule(delay: number): void {
    if (this.timer || this.closed || this.waiting.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.tick();
    }, delay);
  }

  private async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    this.wokenWhileTicking = false;
    try {
      const ids = [...this.waiting.keys()];
      if (ids.length === 0) return;
      const { rows } = await this.database.pool.query<LookRow>({ ...LOOK, values: [ids] });
      this.looked++;
      const first = new Map<number, FoundReply>();
      for (const row of rows) {
        const replyTo = Number(row.reply_to);
        if (!first.has(replyTo))
          first.set(replyTo, { id: Number(row.id), text: row.text, queued: row.status === "queued" });
      }
      for (const [inboundId, reply] of first) {
        for (const resolve of [...(this.waiting.get(inboundId) ?? [])]) resolve(reply);
      }
    } catch {
      // PostgreSQL hiccup: keep waiting; the request ends with `success` at its deadline anyway.
    } finally {
      this.ticking = false;
      this.schedule(this.wokenWhileTicking ? 0 : this.opts.pollMs);
    }
  }

  private async claim(
    found: FoundReply,
    fits: (text: string) => boolean,
  ): Promise<PassiveReply | "unfit" | null> {
    const replyId = found.id;
    // Checked before claiming, never after: a claimed row released later could miss its outbound job
    // (which skips rows that are no longer `queued`), so an unfit reply is simply never touched. The
    // poll's text serves: a stored reply's text never changes.
    if (found.queued && found.text && !fits(found.text)) return "unfit";
    const row = await this.claims.submit(replyId);
    if (row?.claimed_text) return { messageId: replyId, text: row.claimed_text };
    // Not claimed. The status came in the same round trip, but from the statement's snapshot: a
    // row that read \`queued\` may have been claimed by a concurrent request the update waited for,
    // so only a fresh read tells "held back behind an earlier message" (left to the outbound worker).
    if (row?.status !== "queued") return null;
    const { rows } = await this.database.pool.query<{ status: string }>({ ...STATUS, values: [replyId] });
    return rows[0]?.status === "queued" ? "unfit" : null;
  }
}

/**
 * A reply's status, read fresh. Named so a connection parses it once and keeps its generic plan
 * (a probe of the primary key) after five runs: sent unnamed by the query builder, PostgreSQL
 * parsed and planned it on every call.
 */
const STATUS = {
  name: "passive_reply_status",
  text: `SELECT status FROM messages WHERE id = $1::bigint`,
};

/** The fresh status read, for the plan test. */
export const PASSIVE_REPLY_STATUS_STATEMENT = STATUS;

interface LookRow {
  id: string;
  reply_to: string;
  text: string | null;
  status: string;
}

/**
 * Every waiting message's first reply in one look. Named, so each connection parses and plans it
 * once; one text whatever the number of waiting ids (an \`IN\` list was a new statement per count).
 * Each waiting id is a probe of its own whose only scan condition is the reply-to key (the other
 * conditions sit above an \`OFFSET 0\` fence): the generic plan PostgreSQL keeps after five runs,
 * made while the table was small, read every message on each look as \`= ANY($1)\`
 * (tests/channels/wechat/passive-reply-plan.test.ts).
 */
const LOOK = {
  name: "passive_reply_look",
  text: `SELECT r.id, w.id AS reply_to, r.text, r.status
    FROM unnest($1::bigint[]) AS w(id)
    CROSS JOIN LATERAL (
      SELECT m.id, m.text, m.status FROM (
        SELECT id, text, status, direction, channel, provider FROM messages
        WHERE reply_to_message_id = w.id AND reply_to_message_id IS NOT NULL
        OFFSET 0) m
      WHERE m.direction = 'out' AND m.channel = 'wechat'
        -- A reply already given passively wakes the waiters too: they repeat it (see claim).
        AND (m.status = 'queued' OR (m.status = 'sent' AND m.provider = 'passive'))
      ORDER BY m.id LIMIT 1) r`,
};

interface ClaimRow {
  claimed_text: string | null;
  status: string | null;
}

/**
 * The compare-and-set \`queued\` → \`sent\` (provider \`passive\`) of each reply asked, and each row's
 * status when it was not claimed, in one round trip. An earlier message to this resident still on
 * its way keeps the reply queued: it must not overtake it, so the outbound worker sends it after
 * that one. The status read is the statement's snapshot (see claim for what that means).
 */
const CLAIM = {
  name: "passive_reply_claim_many",
  text: `WITH claimed AS (
      UPDATE messages m SET status = 'sent', provider = 'passive', processed_at = $2::timestamptz
      WHERE m.id = ANY($1::bigint[]) AND m.status = 'queued' AND m.text IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM messages earlier
          WHERE earlier.resident_id = m.resident_id AND earlier.direction = 'out'
            AND earlier.id < m.id AND earlier.status IN ('queued', 'sending'))
      RETURNING m.id, m.text)
    SELECT w.id::float8 AS id, c.text AS claimed_text, cur.status
    FROM unnest($1::bigint[]) AS w(id)
    LEFT JOIN claimed c ON c.id = w.id
    -- A probe per id, kept apart by OFFSET 0: joined plainly, the generic plan PostgreSQL keeps
    -- (made while the table is small) hashes a scan of every message.
    LEFT JOIN LATERAL (SELECT status FROM messages WHERE id = w.id OFFSET 0) cur ON true`,
};

/** The waiter's statements as sent (their cached plans are checked in tests). */
export const PASSIVE_REPLY_STATEMENTS = { look: LOOK, claim: CLAIM } as const;
