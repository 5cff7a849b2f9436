import type pg from "pg";
import type { StoredInbound } from "./store-inbound.js";
import { storeInboundBatch, type InboundEntry } from "./store-inbound-batch.js";
import { storeInboundStatement } from "./store-inbound-statement.js";

export interface InboundBatcherOptions {
  /** Most messages written by one statement (a request is never split between two batches). */
  maxBatch: number;
  /** Transactions committing at once; while they do, new requests gather for the next one. */
  maxInFlight: number;
  now: () => Date;
}

interface Pending {
  entries: readonly InboundEntry[];
  resolve: (stored: StoredInbound[]) => void;
  reject: (error: unknown) => void;
  queuedAt: number;
}

/**
 * Ingest statements committed, messages they carried, time requests waited for a batch to start
 * and time batches took to write, in this process (read by the bench around a run).
 */
const totals = { batches: 0, messages: 0, waitMs: 0, writeMs: 0 };

/** How full the group commits are: compare two readings around a period of interest. */
export function inboundBatchStats(): Readonly<typeof totals> {
  return { ...totals };
}

/**
 * Group commit for inbound messages. Requests that arrive while earlier ones are committing are
 * written together by the next transaction, in one statement (store-inbound-statement.ts), and each
 * request's promise settles only after the commit of the transaction holding its messages, so an
 * acknowledged message is durable exactly as before. Nothing waits on a timer: a lone request is
 * written at once, and batches only grow when the database is the bottleneck — which is when
 * sharing one commit (one WAL flush) and one round trip per statement pays.
 * A batch that fails is retried request by request, so one bad request cannot fail its neighbours.
 */
export class InboundBatcher {
  private readonly queue: Pending[] = [];
  private inFlight = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly opts: InboundBatcherOptions,
  ) {}

  store(entries: readonly InboundEntry[]): Promise<StoredInbound[]> {
    if (entries.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ entries, resolve, reject, queuedAt: performance.now() });
      this.drain();
    });
  }

  private drain(): void {
    while (this.inFlight < this.opts.maxInFlight && this.queue.length > 0) {
      const batch: Pending[] = [this.queue.shift()!];
      let size = batch[0]!.entries.length;
      while (this.queue.length > 0 && size + this.queue[0]!.entries.length <= this.opts.maxBatch) {
        const next = this.queue.shift()!;
        size += next.entries.length;
        batch.push(next);
      }
      this.inFlight++;
      void this.flush(batch).finally(() => {
        this.inFlight--;
        this.drain();
      });
    }
  }

  private async flush(batch: Pending[]): Promise<void> {
    try {
      const started = performance.now();
      for (const p of batch) totals.waitMs += started - p.queuedAt;
      const stored = await this.write(batch.flatMap((p) => p.entries));
      totals.writeMs += performance.now() - started;
      let at = 0;
      for (const p of batch) {
        p.resolve(stored.slice(at, at + p.entries.length));
        at += p.entries.length;
      }
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // Find the request that failed the batch (or ride out a deadlock with another process).
      for (const p of batch) {
        try {
          p.resolve(await this.write(p.entries));
        } catch (alone) {
          p.reject(alone);
        }
      }
    }
  }

  /**
   * One statement that commits by itself (store-inbound-statement.ts); the rare entries a
   * concurrent writer got in the way of are stored again in a transaction that waits for it.
   */
  private async write(entries: readonly InboundEntry[]): Promise<StoredInbound[]> {
    const client = await this.pool.connect();
    let failed: Error | undefined;
    try {
      const now = this.opts.now();
      const stored = await storeInboundStatement(client, entries, now);
      totals.batches++;
      totals.messages += entries.length;
      const rest = stored.flatMap((s, n) => (s === null ? [n] : []));
      if (rest.length > 0) {
        await client.query("BEGIN");
        const again = await storeInboundBatch(
          client,
          rest.map((n) => entries[n]!),
          now,
        );
        await client.query("COMMIT");
        rest.forEach((n, i) => (stored[n] = again[i]!));
      }
      return stored as StoredInbound[];
    } catch (error) {
      // Failures are rare (a dead connection, a deadlock with another process): rather than find out
      // whether this connection is still usable and outside a transaction, the pool replaces it.
      failed = error as Error;
      throw error;
    } finally {
      client.release(failed);
    }
  }
}
