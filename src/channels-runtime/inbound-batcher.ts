import type pg from "pg";
import type { StoredInbound } from "./store-inbound.js";
import { storeInboundBatch, type InboundEntry } from "./store-inbound-batch.js";

export interface InboundBatcherOptions {
  /** Most messages written by one transaction (a request's messages always share one). */
  maxBatch: number;
  /** Transactions committing at once; while they do, new requests gather for the next one. */
  maxInFlight: number;
  now: () => Date;
}

interface Pending {
  entries: readonly InboundEntry[];
  resolve: (stored: StoredInbound[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for inbound messages. Requests that arrive while earlier ones are committing are
 * written together by the next transaction, in one set-based pass (store-inbound-batch.ts), and each
 * request's promise settles only after the COMMIT of the transaction holding its messages, so an
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
      this.queue.push({ entries, resolve, reject });
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
      const stored = await this.write(batch.flatMap((p) => p.entries));
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

  private async write(entries: readonly InboundEntry[]): Promise<StoredInbound[]> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      const stored = await storeInboundBatch(client, entries, this.opts.now());
      await client.query("COMMIT");
      return stored;
    } catch (error) {
      await client.query("ROLLBACK").catch((e: Error) => {
        // The connection is gone (the server rolled back by itself): do not return it to the pool.
        broken = e;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
