import type { Worker } from "bullmq";
import { startWorker } from "../queue/worker.js";
import type { AppContext, WorkerFactory } from "../runtime/context.js";
import { routeHandler } from "./route-ticket.js";

/** The route queue's consumer: decides and dispatches each new or returned ticket. */
export function routeWorkers(ctx: AppContext, opts: { concurrency?: number } = {}): Worker[] {
  return [
    startWorker("route", routeHandler(ctx), {
      connection: ctx.redis,
      prefix: ctx.env.QUEUE_PREFIX,
      log: ctx.log,
      // Routing waits on PostgreSQL far more than it computes: several tickets in flight keep the
      // process busy while each waits for its commit.
      concurrency: opts.concurrency ?? ctx.env.ROUTE_CONCURRENCY,
    }),
  ];
}

export const routeWorkerFactory: WorkerFactory = (ctx) => routeWorkers(ctx);
