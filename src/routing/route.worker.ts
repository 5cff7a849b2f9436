import type { Job } from "bullmq";
import type { Worker } from "bullmq";
import { startWorker } from "../queue/worker.js";
import type { AppContext, WorkerFactory } from "../runtime/context.js";
import { duplicateScoring } from "./duplicates.js";
import { RouteBatcher } from "./route-batch.js";
import type { RouteJob } from "./route-ticket.js";

/**
 * Transactions a route worker keeps open at once. The pool has 10 connections per process and the
 * same process may run intake and the API: routing takes a few, more only queue on the pool.
 */
export const ROUTE_TRANSACTIONS = 4;
/** Tickets per routing transaction at most: a failed batch is redone ticket by ticket. */
export const ROUTE_BATCH_MAX = 25;

/** The route queue's handler: jobs running at once share a few transactions (see RouteBatcher). */
export function batchedRouteHandler(
  ctx: AppContext,
  opts: { transactions?: number; batchMax?: number } = {},
) {
  const batcher = new RouteBatcher(ctx, {
    maxInFlight: opts.transactions ?? ROUTE_TRANSACTIONS,
    maxBatch: opts.batchMax ?? ROUTE_BATCH_MAX,
  });
  return async (data: RouteJob, _job: Job) => (await batcher.route(data)).outcome;
}

/** The route queue's consumer: decides and dispatches each new or returned ticket. */
export function routeWorkers(
  ctx: AppContext,
  opts: { concurrency?: number; transactions?: number; batchMax?: number } = {},
): Worker[] {
  // jieba's dictionary is loaded now, at start, not by the first route job (about 0.2 s of CPU).
  duplicateScoring(ctx.config);
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
