import type { AppContext } from "../runtime/context.js";
import { routeOnce, routeTicket, type RouteJob, type RouteOutcome } from "./route-ticket.js";

export interface RouteBatcherOptions {
  /** Transactions open at once (each holds one PostgreSQL connection of the pool). */
  maxInFlight: number;
  /** Tickets routed in one transaction at most. */
  maxBatch: number;
}

interface Waiting {
  job: RouteJob;
  resolve: (out: RouteOutcome) => void;
  reject: (err: unknown) => void;
}

/**
 * Routes the route jobs a worker runs at once in a few shared transactions instead of one each:
 * one commit (one WAL flush) for many tickets. Batches form only under load: a job that finds a
 * free transaction slot starts alone at once, so a quiet system pays no added latency.
 *
 * Each ticket is still routed by the one code path with its compare-and-set on `version`, so a
 * redelivered job skips. When anything in a batch fails (a poison ticket, a lost race, a deadlock)
 * the whole batch rolls back and every job of it is routed again alone, in its own transaction:
 * the others still go through, once, and only the failing job fails (and is retried by the queue).
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

  private pump(): void {
    while (this.inFlight < this.opts.maxInFlight && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.opts.maxBatch);
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
    let outcomes: RouteOutcome[];
    try {
      outcomes = await this.ctx.database.db.transaction(async (tx) => {
        const out: RouteOutcome[] = [];
        for (const w of ordered) out.push(await routeOnce(tx, this.ctx, w.job));
        return out;
      });
    } catch (err) {
      this.ctx.log.warn(
        { tickets: batch.length, err: err instanceof Error ? err.message : String(err) },
        "route batch rolled back; routing its tickets one by one",
      );
      // Nothing of the batch was committed: each job alone, one after the other (one connection).
      for (const w of ordered) await settle(w, () => routeTicket(this.ctx, w.job));
      return;
    }
    this.ctx.relay.kick();
    ordered.forEach((w, i) => w.resolve(outcomes[i]!));
  }
}

async function settle(w: Waiting, fn: () => Promise<RouteOutcome>): Promise<void> {
  try {
    w.resolve(await fn());
  } catch (err) {
    w.reject(err);
  }
}
