import type { AppContext, StageWorker, WorkerFactory } from "./context.js";
import { channelWorkers } from "../channels-runtime/channel.workers.js";
import { inboundWorkerFactory } from "../inbound/inbound.worker.js";
import { notifyWorkerFactory } from "../notify/notify.worker.js";
import { routeWorkerFactory } from "../routing/route.worker.js";
import { slaWorkerFactory } from "../sla/sla.worker.js";
import { surveyWorkers } from "../survey/survey.worker.js";
import { recoveryWorkers } from "../queue/recovery-sweep.js";
import { mediaWorkers } from "../media/media.worker.js";

export type { WorkerFactory } from "./context.js";

/** One line per workflow stage; each stage folder owns its worker. */
export const WORKER_FACTORIES: WorkerFactory[] = [
  inboundWorkerFactory,
  (ctx) => channelWorkers(ctx),
  (ctx) => mediaWorkers(ctx),
  routeWorkerFactory,
  slaWorkerFactory,
  notifyWorkerFactory,
  surveyWorkers,
  (ctx) => recoveryWorkers(ctx),
];

export async function startWorkers(ctx: AppContext, factories = WORKER_FACTORIES): Promise<StageWorker[]> {
  const workers: StageWorker[] = [];
  for (const f of factories) workers.push(...(await f(ctx)));
  return workers;
}
