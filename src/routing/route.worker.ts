import { finishBulk } from "../queue/bulk-members.js";
import type { Job } from "bullmq";
import type { Worker } from "bullmq";
import { BULK_MAX, type JobData } from "../queue/queues.js";
import { PeerPresence } from "../queue/peer-presence.js";
import { startWorker } from "../queue/worker.js";
import type { AppContext, WorkerFactory } from "../runtime/context.js";
import { warmDuplicateScoring } from "./duplicates.js";
import { RouteBatcher } from "./route-batch.js";

/**
 * Route transactions open at once in the whole deployment, shared out among the processes running
 * a route worker (routeSlots). The pool has 10 connections per process and the same process may
 * run intake and the API: routing takes a few, more only queue on the pool.
 *
 * Why per deployment, not per process: a batch forms only while all of a process's slots are busy.
 * With two worker processes each routes half the stream; with 4 slots each (8 in all) most jobs
 * found a free slot and started alone, and lone merges into the same kept ticket from the two
 * processes queued on its row lock (perf-scale29: route transactions per message 3-4x, row-lock
 * waits 3-7x those of one worker).
 */
export const ROUTE_TRANSACTIONS = 4;

/** The heartbeat group of the processes running a route worker (see PeerPresence). */
export const ROUTE_PRESENCE_GROUP = "route";

/** One process's share of `total` route transactions when `peers` processes route (never 0). */
export function routeSlots(total: number, peers: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, peers)));
}
/**
 * Tickets per routing transaction at most: a whole bulk job. A failed batch is redone ticket by
 * ticket. Measured (1,000-ticket bench): 100 a transaction cost about a third less CPU per ticket,
 * in this process and in PostgreSQL, than 25 (fewer statements; a candidate shared by several
 * tickets of a batch is read and prepared once).
 */
export const ROUTE_BATCH_MAX = BULK_MAX;

/** What a bulk route job returns: how many of its tickets ended how. */
export type BulkRouteResult = Record<string, number>;

/**
 * The route queue's handler: jobs running at once share a few transactions (see RouteBatcher).
 * A bulk job (many tickets, see BULK_JOBS) hands all its tickets to the batcher together. A ticket
 * that fails even alone fails alone: it goes back to the queue as the job it would have been on its
 * own (its own id, BullMQ's retries and backoff), and the bulk job completes with the others.
 */
export function batchedRouteHandler(
  ctx: AppContext,
  opts: {
    /** The deployment's route transactions (ROUTE_TRANSACTIONS); this process takes its share. */
    transactions?: number;
    batchMax?: number;
    /** The processes routing now; without it this process takes all `transactions`. */
    peers?: PeerPresence;
  } = {},
) {
  const total = opts.transactions ?? ROUTE_TRANSACTIONS;
  const batcher = new RouteBatcher(ctx, {
    maxInFlight: routeSlots(total, opts.peers?.peers ?? 1),
    maxBatch: opts.batchMax ?? ROUTE_BATCH_MAX,
  });
  if (opts.peers)
    opts.peers.onChange = (peers) => {
      const slots = routeSlots(total, peers);
      ctx.log.info({ peers, slots }, "route workers running changed; route transactions of this process");
      batcher.setMaxInFlight(slots);
    };
  const handler = async (data: JobData<"route">, _job: Job): Promise<string | BulkRouteResult> => {
    if (!("bulk" in data)) return (await batcher.route(data)).outcome;
    const settled = await batcher.routeAll(data.bulk.map((m) => m.data));
    return finishBulk(
      ctx.queues.route,
      "route",
      data.bulk,
      settled,
      (routed) => routed.outcome,
      (failed) =>
        ctx.log.warn({ tickets: failed }, "route bulk job: tickets that failed go back to the queue alone"),
    );
  };
  // The batcher rides along for tests (how many transactions are open, how many may be).
  return Object.assign(handler, { batcher });
}

/** The route queue's consumer: decides and dispatches each new or returned ticket. */
export function routeWorkers(
  ctx: AppContext,
  opts: {
    concurrency?: number;
    transactions?: number;
    batchMax?: number;
    /**
     * Who else routes: the route workers' heartbeat timing (tests shorten it), a presence of the
     * caller's, or `false`: this process takes all `transactions`.
     */
    presence?: { beatMs?: number; ttlMs?: number } | PeerPresence | false;
  } = {},
): Worker[] {
  // jieba's and opencc's dictionaries are loaded now, at start, not by the first route job (about
  // 0.25 s of CPU).
  warmDuplicateScoring(ctx.config);
  // The route workers running now, from a heartbeat each keeps in Redis: each takes its share of
  // the deployment's transactions. Until the first beat answers this one takes them all; a peer
  // that closes leaves at once, one that dies drops out when its beat runs out (PRESENCE_TTL_MS),
  // and meanwhile the others route on their smaller share (slower batches, nothing lost: the dead
  // process's jobs come back as stalled jobs and are routed once, by their version check).
  const peers =
    opts.presence === false
      ? undefined
      : opts.presence instanceof PeerPresence
        ? opts.presence
        : new PeerPresence(ctx.redis, ctx.env.QUEUE_PREFIX, {
            group: "route",
            log: ctx.log,
            ...opts.presence,
          });
  const worker = startWorker("route", batchedRouteHandler(ctx, { ...opts, peers }), {
    connection: ctx.redis,
    prefix: ctx.env.QUEUE_PREFIX,
    log: ctx.log,
    // Jobs taken from Redis at once; they wait for a transaction slot in memory, so many in flight
    // cost little and let a busy worker fill its batches.
    concurrency: opts.concurrency ?? ctx.env.ROUTE_CONCURRENCY,
  });
  if (peers) {
    // A closing worker takes no new job: it leaves the count now, so the others take its share.
    // The leave is queued on the shared connection ahead of anything that closes it.
    worker.once("closing", () => void peers.stop());
    void peers.start();
  }
  return [worker];
}

export const routeWorkerFactory: WorkerFactory = (ctx) => routeWorkers(ctx);
