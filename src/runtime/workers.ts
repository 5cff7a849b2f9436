import type { Worker } from "bullmq";
import type { AppContext } from "./context.js";
import { channelWorkers } from "../channels-runtime/channel.workers.js";
import { intakeWorkers } from "../intake/intake.worker.js";
import { dispatchWorkers } from "../sla/dispatch-workers.js";
import { surveyWorkers } from "../survey/survey.worker.js";
import { recoveryWorkers } from "../queue/recovery-sweep.js";

/** A stage's consumers: started by `serve --role worker|all`, closed gracefully on shutdown. */
export type WorkerFactory = (ctx: AppContext) => Worker[] | Promise<Worker[]>;

/** One line per workflow stage. */
export const WORKER_FACTORIES: WorkerFactory[] = [
  (ctx) => intakeWorkers(ctx),
  (ctx) => channelWorkers(ctx),
  (ctx) => dispatchWorkers(ctx),
  (ctx) => surveyWorkers(ctx),
  (ctx) => recoveryWorkers(ctx),
];

export async function startWorkers(ctx: AppContext, factories = WORKER_FACTORIES): Promise<Worker[]> {
  const workers: Worker[] = [];
  for (const f of factories) workers.push(...(await f(ctx)));
  return workers;
}
