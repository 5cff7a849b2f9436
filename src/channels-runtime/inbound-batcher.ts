import type pg from "pg";
import { EntryFailed, GroupCommit } from "../db/group-commit.js";
import type { StoredInbound } from "./store-inbound.js";
import { storeInboundBatch, type InboundEntry } from "./store-inbound-batch.js";
import { storeInboundStatement } from "./store-inbound-statement.js";

export interface InboundBatcherOptions {
  /** Most messages written by one statement (a request is never split between two batches). */
  maxBatch: number;
  /** Statements committing at once; while they do, new requests gather for the next one. */
  maxInFlight: number;
  /** Messages waiting before a statement starts beside one in flight (GroupCommitOptions.overlapAt). */
  overlapAt?: number;
  /** GroupCommitOptions.stallMs. */
  stallMs?: number;
  now: () => Date;
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

type Request = readonly InboundEntry[];

/**
 * Group commit for inbound messages (db/group-commit.ts): requests that arrive while earlier ones
 * are committing are written together by the next statement (store-inbound-statement.ts), and each
 * request's promise settles only after the commit holding its messages, so an acknowledged message
 * is durable. Nothing waits on a timer: a lone request is written at once, and batches only grow
 * while the database is the bottleneck. A batch that fails having committed nothing is retried
 * request by request, so one bad request (or a dropped connection) cannot fail its neighbours.
 */
export class InboundBatcher {
  private readonly group: GroupCommit<Request, StoredInbound[]>;

  constructor(
    private readonly pool: pg.Pool,
    private readonly opts: InboundBatcherOptions,
  ) {
    this.group = new GroupCommit(
      (requests) => this.writeRequests(requests),
      {
        maxBatch: opts.maxBatch,
        maxInFlight: opts.maxInFlight,
        overlapAt: opts.overlapAt,
        stallMs: opts.stallMs,
        size: (request) => request.length,
      },
      (timing) => {
        totals.waitMs += timing.waitMs;
        totals.writeMs += timing.writeMs;
      },
    );
  }

  store(entries: Request): Promise<StoredInbound[]> {
    if (entries.length === 0) return Promise.resolve([]);
    return this.group.submit(entries);
  }

  private async writeRequests(requests: readonly Request[]): Promise<(StoredInbound[] | EntryFailed)[]> {
    const stored = await this.write(requests.flat());
    let at = 0;
    return requests.map((request) => {
      const part = stored.slice(at, (at += request.length));
      // A message of this request was not committed (see `write`): no acknowledgement for it.
      const failed = part.find((s): s is EntryFailed => s instanceof EntryFailed);
      return failed ?? (part as StoredInbound[]);
    });
  }

  /**
   * One statement that commits by itself (store-inbound-statement.ts); the rare entries a
   * concurrent writer got in the way of are stored again in a transaction that waits for it. If
   * that second step fails, the first statement's messages are committed and answered, and only
   * the entries of the second step fail.
   */
  private async write(entries: readonly InboundEntry[]): Promise<(StoredInbound | EntryFailed)[]> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      const now = this.opts.now();
      const stored: (StoredInbound | null | EntryFailed)[] = await storeInboundStatement(
        client,
        entries,
        now,
      );
      totals.batches++;
      totals.messages += entries.length;
      const rest = stored.flatMap((s, n) => (s === null ? [n] : []));
      if (rest.length > 0) {
        try {
          // Its statements plan as PostgreSQL chooses, whatever the pool's plan_cache_mode: as plain
          // joins, a generic plan fixed on small tables would read them whole for the connection's life.
          await client.query("BEGIN; SET LOCAL plan_cache_mode = auto");
          const again = await storeInboundBatch(
            client,
            rest.map((n) => entries[n]!),
            now,
          );
          await client.query("COMMIT");
          rest.forEach((n, i) => (stored[n] = again[i]!));
        } catch (error) {
          broken = error as Error;
          for (const n of rest) stored[n] = new EntryFailed(error);
        }
      }
      return stored as (StoredInbound | EntryFailed)[];
    } catch (error) {
      // Failures are rare (a dead connection, a deadlock with another process): rather than find out
      // whether this connection is still usable and outside a transaction, the pool replaces it.
      broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
