import { finishBulk } from "../queue/bulk-members.js";
import type { Job } from "bullmq";
import type { Worker } from "bullmq";
import { BULK_MAX, type JobData } from "../queue/queues.js";
import { startWorker } from "../queue/worker.js";
import type { AppContext, WorkerFactory } from "../runtime/context.js";
import { warmDuplicateScoring } from "./duplicates.js";
import { RouteBatcher } from "./route-batch.js";

/**
 * Transactions a route worker keeps open at once. The pool has 10 connections per process and the
 * same process may run intake and the API: routing takes a few, more only queue on the pool.
 */
export const ROUTE_TRANSACTIONS = 4;
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
  opts: { transactions?: number; batchMax?: number } = {},
) {
  const batcher = new RouteBatcher(ctx, {
    maxInFlight: opts.transactions ?? ROUTE_TRANSACTIONS,
    maxBatch: opts.batchMax ?? ROUTE_BATCH_MAX,
  });
  return async (data: JobData<"route">, _job: Job): Promise<string | BulkRouteResult> => {
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
}

/** The route queue's consumer: decides and dispatches each new or returned ticket. */
export function routeWorkers(
  ctx: AppContext,
  opts: { concurrency?: number; transactions?: number; batchMax?: number } = {},
): Worker[] {
  // jieba's and opencc's dictionaries are loaded now, at start, not by the first route job (about
  // 0.25 s of CPU).
  warmDuplicateScoring(ctx.config);
  return [
    startWorker("route", batchedRouteHandler(ctx, opts), {
      connection: ctx.redis,
      prefix: ctx.env.QUEUE_PREFIX,
      log: ctx.log,
      // Jobs taken from Redis at once; they wait for a transaction slot in memory, so many in flight
      // cost little and let a busy worker fill its batches.
      concurrency: opts.concurrency ?? ctx.env.ROUTE_CONCURRENCY,
    }),
  ];
}

export const routeWorkerFactory: WorkerFactory = (ctx) => routeWorkers(ctx);
