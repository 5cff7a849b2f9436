import type { Worker } from "bullmq";
import type { AppContext } from "./context.js";

/** A stage's consumers: started by `serve --role worker|all`, closed gracefully on shutdown. */
export type WorkerFactory = (ctx: AppContext) => Worker[] | Promise<Worker[]>;

/** One line per workflow stage. */
export const WORKER_FACTORIES: WorkerFactory[] = [];

export async function startWorkers(ctx: AppContext, factories = WORKER_FACTORIES): Promise<Worker[]> {
  const workers: Worker[] = [];
  for (const f of factories) workers.push(...(await f(ctx)));
  return workers;
}
