import { randomBytes } from "node:crypto";
import type { JobsOptions } from "bullmq";
import { inArray, lt, sql } from "drizzle-orm";
import type pg from "pg";
import type { Logger } from "pino";
import type { Database } from "../db/client.js";
import { outbox } from "../db/schema/index.js";
import { onOutboxRecorded } from "./outbox.js";
import { BULK_JOBS, BULK_MAX, jobId, type QueueName } from "./queues.js";
import type { QueueSet } from "./queue-set.js";

export interface OutboxRelayOptions {
  pollMs: number;
  batchSize?: number;
  log: Logger;
  /** False while the queues' Redis connection is down: the pass is skipped at once. */
  redisReady?: () => boolean;
  /**
   * The application's clock: `runAt` is stamped by it, so a job's BullMQ delay must be measured
   * against it too, never against the wall clock (tests and replays run on a clock of their own).
   */
  now: () => Date;
}

/** How long a relay may hold claimed rows before another relay takes them over. */
const CLAIM_LEASE_SECONDS = 60;
/** A hand-over to Redis that takes longer than this is given up (the row is retried later). */
const ADD_TIMEOUT_MS = 5000;

/**
 * Moves committed outbox rows to BullMQ. It is woken after a commit by `kick()` in the committing
 * process, shortly after `enqueue()` records a job in this process, by a NOTIFY from a process
 * without a running relay (`announce()`), and otherwise finds rows by polling every `pollMs`. Rows are claimed for a short lease (one statement with
 * SKIP LOCKED) so several relays (one per process) share the work, then handed to Redis with no
 * PostgreSQL transaction open: a Redis outage never holds a transaction or row locks. BullMQ's
 * jobId makes a double delivery harmless. If Redis is down the rows stay pending and are retried on
 * the next tick: nothing is lost, work resumes by itself.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private pruneTimer: NodeJS.Timeout | undefined;
  private listener: pg.PoolClient | undefined;
  /** The last pass started: the next one waits for it. */
  private tail: Promise<unknown> = Promise.resolve();
  private kickQueued = false;
  private stopped = false;
  /** start() was called: this relay polls and listens, so its process need not wake the others. */
  private running = false;
  private unsubscribe: (() => void) | undefined;
  private followUpTimer: NodeJS.Timeout | undefined;
  private followUpStep = 0;
  private announcing = false;
  private announceAgain = false;
  /** Claimed outbound rows waiting for their passive-reply window to end (see `holdable`). */
  private readonly held = new Map<number, { row: ClaimedRow; dueAt: number }>();
  private holdTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly database: Database,
    private readonly queues: QueueSet,
    private readonly opts: OutboxRelayOptions,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    this.running = true;
    await this.listen();
    this.schedule();
    this.unsubscribe = onOutboxRecorded(() => this.followUp());
    this.kick();
  }

  /**
   * Relay soon, in the background (several kicks during a pass coalesce into one more pass). Call
   * it after committing outbox rows. A process whose relay is not running (a command, a test)
   * also wakes the relays of running processes, after its commit and outside any transaction.
   */
  kick(): void {
    if (this.stopped) return;
    if (!this.running) this.announce();
    if (this.kickQueued) return;
    this.kickQueued = true;
    this.pass(false).catch((err: unknown) =>
      this.opts.log.warn({ err }, "outbox relay pass failed; will retry"),
    );
  }

  /**
   * Wakes every listening relay (all processes) at once. Sent in a transaction of its own with
   * asynchronous commit: a notifying transaction holds a database-wide lock until its commit ends,
   * and this one does not wait for a WAL flush while holding it. Losing the wake-up in a crash
   * costs one poll interval, nothing more. Calls made while one is on its way coalesce into one.
   */
  announce(): void {
    if (this.announcing) {
      this.announceAgain = true;
      return;
    }
    this.announcing = true;
    void this.sendWakeUp()
      .catch((err: unknown) => this.opts.log.debug({ err }, "outbox wake-up not sent; relays will poll"))
      .finally(() => {
        this.announcing = false;
        if (this.announceAgain && !this.stopped) {
          this.announceAgain = false;
          this.announce();
        }
      });
  }

  private async sendWakeUp(): Promise<void> {
    const client = await this.database.pool.connect();
    let failed: Error | undefined;
    try {
      // One round trip (simple protocol, several statements).
      await client.query("BEGIN; SET LOCAL synchronous_commit TO off; NOTIFY zhitong_outbox; COMMIT");
    } catch (err) {
      // The connection may be left inside the failed transaction: the pool replaces it.
      failed = err as Error;
      throw err;
    } finally {
      client.release(failed);
    }
  }

  /**
   * A job was recorded in this process by a transaction not yet committed: look again a few times
   * shortly after, sooner than the poll (most transactions commit within milliseconds).
   */
  private followUp(): void {
    if (this.stopped) return;
    this.followUpStep = 0;
    if (!this.followUpTimer) this.nextFollowUp();
  }

  private nextFollowUp(): void {
    const delay = FOLLOW_UP_MS[this.followUpStep];
    if (delay === undefined || this.stopped) {
      this.followUpTimer = undefined;
      return;
    }
    this.followUpTimer = setTimeout(() => {
      this.followUpStep++;
      this.kick();
      this.nextFollowUp();
    }, delay);
    this.followUpTimer.unref();
  }

  /**
   * Relays everything pending and returns how many rows were delivered. Passes of one relay never
   * overlap (a pass waits for the previous one), so when drain() resolves every row committed
   * before the call has been handed to BullMQ — unless another process's relay holds it.
   */
  drain(): Promise<number> {
    return this.pass(true);
  }

  /** `all`: hand held rows over too (drain's promise), else keep holding those not yet due. */
  private pass(all: boolean): Promise<number> {
    const pass = this.tail.then(async () => {
      this.kickQueued = false;
      let total = 0;
      for (;;) {
        const n = await this.relayBatch(all);
        total += n;
        if (n < (this.opts.batchSize ?? 100)) break;
      }
      if (all) total += await this.handOverHeld(true);
      return total;
    });
    this.tail = pass.catch(() => 0);
    return pass;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.followUpTimer) clearTimeout(this.followUpTimer);
    this.followUpTimer = undefined;
    if (this.timer) clearInterval(this.timer);
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    if (this.holdTimer) clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
    await this.tail;
    // Held rows go to BullMQ with what is left of their delay (as before holding existed); if Redis
    // cannot take them their lease is released, and any relay takes them over.
    await this.handOverHeld(true).catch((err: unknown) =>
      this.opts.log.warn({ err }, "held outbox rows not handed over at stop; another relay will"),
    );
    if (this.listener) {
      this.listener.removeAllListeners("notification");
      this.listener.release();
      this.listener = undefined;
    }
  }

  private schedule(): void {
    this.timer = setInterval(() => {
      if (!this.listener) void this.listen().catch(() => {});
      this.kick();
    }, this.opts.pollMs);
    this.timer.unref();
    // Relayed rows are history once BullMQ has the job: keep a week of them, then delete.
    this.pruneTimer = setInterval(() => {
      pruneOutbox(this.database, 7, this.opts.now()).catch((err: unknown) =>
        this.opts.log.warn({ err }, "outbox prune failed"),
      );
    }, PRUNE_EVERY_MS);
    this.pruneTimer.unref();
  }

  private async listen(): Promise<void> {
    try {
      const client = await this.database.pool.connect();
      client.on("notification", () => this.kick());
      client.on("error", () => {
        // The connection died (database restart): drop it; the poll loop reconnects.
        this.listener?.release(true);
        this.listener = undefined;
      });
      await client.query("LISTEN zhitong_outbox");
      this.listener = client;
    } catch (err) {
      this.opts.log.warn({ err }, "outbox relay cannot LISTEN; polling only until the database is back");
    }
  }

  private async relayBatch(all: boolean): Promise<number> {
    if (this.opts.redisReady && !this.opts.redisReady()) return 0;
    const limit = this.opts.batchSize ?? 100;
    const claimed = await this.claim(limit);
    if (claimed.length === 0) return 0;
    // The app's clock, the one that stamped runAt.
    const now = this.opts.now().getTime();
    const rows: ClaimedRow[] = [];
    for (const row of claimed) {
      const wait = all ? 0 : holdable(row, now);
      if (wait > 0) this.held.set(row.id, { row, dueAt: Date.now() + wait });
      else rows.push(row);
    }
    if (this.held.size > 0) this.scheduleHeld();
    if (rows.length === 0) return claimed.length;
    const { delivered, failed } = await this.handOver(rows, now);
    const n = delivered + (claimed.length - rows.length);
    // A partial batch after a failure ends the pass (Redis is likely down; the next tick retries).
    return failed ? Math.min(n, limit - 1) : n;
  }

  /** Hands claimed rows to BullMQ and marks them relayed. */
  private async handOver(rows: ClaimedRow[], now: number): Promise<{ delivered: number; failed: boolean }> {
    const delivered: number[] = [];
    const released: number[] = [];
    let failed = false;
    // One round trip to Redis per queue (addBulk), in id order within each queue.
    const byQueue = new Map<string, typeof rows>();
    for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
    for (const [queue, group] of byQueue) {
      if (failed) {
        released.push(...group.map((r) => r.id));
        continue;
      }
      try {
        await withTimeout(
          this.queues[queue as QueueName].addBulk(jobsFor(queue as QueueName, group, now)),
          ADD_TIMEOUT_MS,
        );
        delivered.push(...group.map((r) => r.id));
      } catch (err) {
        failed = true;
        await this.database.db
          .update(outbox)
          .set({
            attempts: sql`${outbox.attempts} + 1`,
            lastError: String(err).slice(0, 500),
            claimedUntil: null,
          })
          .where(
            inArray(
              outbox.id,
              group.map((r) => r.id),
            ),
          );
        this.opts.log.warn({ err, queue, jobs: group.length }, "outbox rows not relayed; will retry");
      }
    }
    if (delivered.length)
      await this.database.pool.query({ ...MARK_RELAYED, values: [this.opts.now(), delivered] });
    // Rows not tried after a failure go back at once instead of waiting for their lease.
    if (released.length)
      await this.database.db.update(outbox).set({ claimedUntil: null }).where(inArray(outbox.id, released));
    return { delivered: delivered.length, failed };
  }

  /** Lets any relay claim these rows again at once (their lease would otherwise have to run out). */
  private async releaseClaims(rows: readonly { id: number }[]): Promise<void> {
    await this.database.db
      .update(outbox)
      .set({ claimedUntil: null })
      .where(
        inArray(
          outbox.id,
          rows.map((r) => r.id),
        ),
      );
  }

  private scheduleHeld(): void {
    if (this.holdTimer || this.stopped) return;
    let earliest = Infinity;
    for (const { dueAt } of this.held.values()) earliest = Math.min(earliest, dueAt);
    if (earliest === Infinity) return;
    this.holdTimer = setTimeout(
      () => {
        this.holdTimer = undefined;
        const pass = this.tail.then(() => this.handOverHeld(false));
        this.tail = pass.catch((err: unknown) => {
          this.opts.log.warn({ err }, "held outbox rows not handed over; will retry");
          return 0;
        });
      },
      Math.max(0, earliest - Date.now()),
    );
    this.holdTimer.unref();
  }

  /**
   * Held rows whose window has ended (`all`: every one): those whose message is no longer waiting
   * (given passively, or sent or failed otherwise) are marked relayed without a job, in one
   * statement; the others are handed to BullMQ like any row. A failure leaves them pending in the
   * outbox (their lease released), so nothing is lost.
   */
  private async handOverHeld(all: boolean): Promise<number> {
    const horizon = Date.now() + HOLD_GATHER_MS;
    const due = [...this.held.values()].filter((h) => all || h.dueAt <= horizon).map((h) => h.row);
    for (const row of due) this.held.delete(row.id);
    if (this.held.size > 0) this.scheduleHeld();
    if (due.length === 0) return 0;
    let done: Set<number>;
    try {
      const { rows } = await this.database.pool.query<{ id: number }>({
        ...SKIP_ANSWERED,
        values: [this.opts.now(), due.map((r) => r.id)],
      });
      done = new Set(rows.map((r) => r.id));
    } catch (err) {
      await this.releaseClaims(due).catch(() => {});
      throw err;
    }
    const rest = due.filter((r) => !done.has(r.id));
    if (rest.length === 0 || (this.opts.redisReady && !this.opts.redisReady())) {
      if (rest.length) await this.releaseClaims(rest);
      return done.size;
    }
    return done.size + (await this.handOver(rest, this.opts.now().getTime())).delivered;
  }

  /** Claims up to `limit` pending rows for this relay (a lease, in one short statement). */
  private async claim(limit: number): Promise<ClaimedRow[]> {
    const { rows } = await this.database.pool.query<ClaimedRow>({
      ...CLAIM,
      values: [limit, CLAIM_LEASE_SECONDS],
    });
    return rows.sort((a, b) => a.id - b.id);
  }
}

type JobToAdd = { name: string; data: Record<string, unknown>; opts: JobsOptions };

/**
 * The BullMQ jobs for one queue's claimed rows: one job per row, except that the due rows of a
 * BULK_JOBS queue go together, up to BULK_MAX to a job, when there are several. A bulk job's id is
 * new each time: its members keep their own ids inside it, and a row relayed again (a lease that
 * ran out, the recovery sweep) must not be mistaken for a job BullMQ already finished.
 */
function jobsFor(queue: QueueName, rows: ClaimedRow[], now: number): JobToAdd[] {
  const one = (row: ClaimedRow): JobToAdd => ({
    name: row.jobName,
    data: row.payload,
    opts: { jobId: row.jobId, delay: row.runAt ? Math.max(0, row.runAt.getTime() - now) : undefined },
  });
  const bulk = BULK_JOBS[queue];
  // Held rows are handed over together when due within HOLD_GATHER_MS, the tolerance of the
  // outbound worker's window check: they count as due here too, so they can share a job.
  const isDue = (r: ClaimedRow) => !r.runAt || r.runAt.getTime() <= now + HOLD_GATHER_MS;
  const due = bulk ? rows.filter(isDue) : [];
  if (!bulk || due.length < 2) return rows.map(one);
  const jobs: JobToAdd[] = rows.filter((r) => !isDue(r)).map(one);
  for (let i = 0; i < due.length; i += BULK_MAX) {
    const members = due.slice(i, i + BULK_MAX);
    if (members.length === 1) jobs.push(one(members[0]!));
    else
      jobs.push({
        name: bulk.name,
        data: { bulk: members.map((r) => ({ jobId: r.jobId, data: r.payload })) },
        opts: { jobId: jobId(bulk.name, members[0]!.id, randomBytes(4).toString("hex")) },
      });
  }
  return jobs;
}

/** What the relay reads of a claimed row. */
interface ClaimedRow {
  id: number;
  queue: string;
  jobName: string;
  jobId: string;
  payload: Record<string, unknown>;
  runAt: Date | null;
}

// The relay's two statements of every pass, prepared once per connection: it runs after nearly
// every commit that records a job, and building them with the query builder each time cost more
// CPU than PostgreSQL spent running them.
const CLAIM = {
  name: "outbox_relay_claim",
  text: `UPDATE outbox SET claimed_until = now() + make_interval(secs => $2::int)
    WHERE id IN (
      SELECT id FROM outbox
      WHERE relayed_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
      ORDER BY id LIMIT $1::int
      FOR UPDATE SKIP LOCKED)
    RETURNING id::float8 AS "id", queue AS "queue", job_name AS "jobName", job_id AS "jobId",
      payload AS "payload", run_at AS "runAt"`,
};

// A held outbound row whose message is no longer waiting needs no job: the passive reply (or an
// earlier job) already settled it. Rows of a message still queued or being sent are left for BullMQ.
// The ids go through a scalar sub-select, as in the mark below: in view, their count let every
// custom plan cost itself below the generic one and PostgreSQL planned each run for the
// connection's life; hidden, both plans cost alike (the same probe of `outbox_pkey` per id) and
// the generic plan is kept after five runs.
const SKIP_ANSWERED = {
  name: "outbox_relay_skip_answered",
  text: `UPDATE outbox o SET relayed_at = $1, claimed_until = NULL
    WHERE o.id = ANY((SELECT $2::bigint[])::bigint[])
      AND NOT EXISTS (SELECT 1 FROM messages m
        WHERE m.id = CASE WHEN o.payload->>'messageId' ~ '^[0-9]+$' THEN (o.payload->>'messageId')::bigint END
          AND m.status IN ('queued', 'sending'))
    RETURNING o.id::float8 AS "id"`,
};

const MARK_RELAYED = {
  name: "outbox_relay_mark_relayed",
  text: `UPDATE outbox SET relayed_at = $1, claimed_until = NULL WHERE id = ANY((SELECT $2::bigint[])::bigint[])`,
};

/** The relay's statements over id arrays, for the plan test. */
export const OUTBOX_RELAY_STATEMENTS = { skipAnswered: SKIP_ANSWERED, markRelayed: MARK_RELAYED } as const;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const PRUNE_EVERY_MS = 3_600_000;
/**
 * An outbound row due within this many ms is held in memory rather than handed to BullMQ at once.
 * Such a row is a WeChat reply waiting for its passive-reply window (at most 4.5 s): most are given
 * in the webhook's answer, and their jobs would only find them sent. Well inside the 60 s claim
 * lease, so no other relay takes a held row over unless this process dies (then it is relayed when
 * the lease runs out: later, never lost).
 */
const HOLD_MAX_MS = 10_000;
/** Held rows due this soon after the earliest go with it (one statement for several). */
const HOLD_GATHER_MS = 50;

/** How long to hold `row` (ms, wall clock), or 0 to hand it over now. */
function holdable(row: ClaimedRow, now: number): number {
  if (row.queue !== "outbound" || !row.runAt) return 0;
  const wait = row.runAt.getTime() - now;
  return wait > 0 && wait <= HOLD_MAX_MS ? wait : 0;
}
/** When the relay looks again after a job is recorded in this process (ms after the previous look). */
const FOLLOW_UP_MS = [5, 20, 80, 320];

/** Deletes relayed rows older than the retention; rows still waiting for the relay are never touched. */
export async function pruneOutbox(database: Database, olderThanDays = 7, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanDays * 86_400_000);
  const res = await database.db
    .delete(outbox)
    .where(lt(outbox.relayedAt, cutoff))
    .returning({ id: outbox.id });
  return res.length;
}
