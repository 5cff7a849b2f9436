import type { AppContext } from "../runtime/context.js";
import {
  routeMany,
  routeTicket,
  type BatchOutcome,
  type RouteJob,
  type RouteOutcome,
} from "./route-ticket.js";

export interface RouteBatcherOptions {
  /** Transactions open at once (each holds one PostgreSQL connection of the pool). */
  maxInFlight: number;
  /** Tickets routed in one transaction at most. */
  maxBatch: number;
}

/**
 * How long a shared transaction waits for a row another transaction holds (a merge's kept ticket,
 * a ticket the other batch just dispatched) before giving up: waiting would chain whole batches
 * behind each other (and two batches may wait on each other until the deadlock detector fires).
 */
const BATCH_LOCK_TIMEOUT = "200ms";

interface Waiting {
  job: RouteJob;
  /** Its batch failed: it runs in a transaction of its own. */
  alone?: boolean;
  resolve: (out: RouteOutcome) => void;
  reject: (err: unknown) => void;
}

/**
 * Routes the route jobs a worker runs at once in a few shared transactions instead of one each:
 * one commit (one WAL flush) for many tickets. Batches form only under load: a job that finds a
 * free transaction slot starts alone at once, so a quiet system pays no added latency.
 *
 * A batch is routed by the one code path a ticket alone takes (routeMany): one statement per step
 * for the whole batch, every ticket's write a compare-and-set on `version`, so a redelivered job
 * skips. A job whose merge needs a ticket the batch itself writes is left for after the batch and
 * runs alone. When anything in a batch fails (a poison ticket, a lost race, a deadlock)
 * the whole batch rolls back and every job of it is routed again alone, in its own transaction:
 * the others still go through, once, and only the failing job fails (and is retried by the queue).
 * A shared transaction does not queue behind row locks for long (BATCH_LOCK_TIMEOUT): it gives up
 * and its tickets go alone, so one contended ticket never holds a whole batch.
 */
export class RouteBatcher {
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;

  constructor(
    private readonly ctx: AppContext,
    private readonly opts: RouteBatcherOptions,
  ) {}

  route(job: RouteJob): Promise<RouteOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.pump();
    });
  }

  /**
   * Routes many jobs at once (a bulk job's members): all join the line before a batch forms, so
   * they fill whole batches instead of the first few starting alone. Each settles on its own.
   */
  routeAll(jobs: readonly RouteJob[]): Promise<PromiseSettledResult<RouteOutcome>[]> {
    const all = jobs.map(
      (job) => new Promise<RouteOutcome>((resolve, reject) => this.waiting.push({ job, resolve, reject })),
    );
    this.pump();
    return Promise.allSettled(all);
  }

  private pump(): void {
    while (this.inFlight < this.opts.maxInFlight && this.waiting.length > 0) {
      let n = 1;
      if (!this.waiting[0]!.alone)
        while (n < this.opts.maxBatch && n < this.waiting.length && !this.waiting[n]!.alone) n++;
      const batch = this.waiting.splice(0, n);
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async run(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) return settle(batch[0]!, () => routeTicket(this.ctx, batch[0]!.job));
    // One lock order for every batch: two batches touching the same tickets wait, not deadlock.
    const ordered = [...batch].sort((a, b) => (a.job.ticketId < b.job.ticketId ? -1 : 1));
    let outcomes: BatchOutcome[];
    try {
      outcomes = await this.ctx.database.db.transaction((tx) =>
        routeMany(
          tx,
          this.ctx,
          ordered.map((w) => w.job),
          { lockTimeout: BATCH_LOCK_TIMEOUT },
        ),
      );
    } catch (err) {
      this.ctx.log.warn(
        { tickets: batch.length, err: err instanceof Error ? err.message : String(err) },
        "route batch rolled back; routing its tickets one by one",
      );
      // Nothing of the batch was committed: each job goes back to the front of the line, to run in
      // a transaction of its own in whichever slot is free next.
      for (const w of ordered) w.alone = true;
      this.waiting.unshift(...ordered);
      return;
    }
    this.ctx.relay.kick();
    const later: Waiting[] = [];
    ordered.forEach((w, i) => {
      const out = outcomes[i]!;
      if (out.outcome !== "deferred") return w.resolve(out);
      // Its merge needs what this batch just committed: it runs alone, after it.
      w.alone = true;
      later.push(w);
    });
    this.waiting.unshift(...later);
  }
}

async function settle(w: Waiting, fn: () => Promise<RouteOutcome>): Promise<void> {
  try {
    w.resolve(await fn());
  } catch (err) {
    w.reject(err);
  }
}
