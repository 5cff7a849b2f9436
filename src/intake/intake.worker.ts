import path from "node:path";
import type { Worker } from "bullmq";
import { keepScheduler } from "../queue/keep-scheduler.js";
import { startWorker } from "../queue/worker.js";
import type { AppContext } from "../runtime/context.js";
import type { Env } from "../runtime/env.schema.js";
import { createEngine } from "./create-engine.js";
import { loadFaq } from "./dialogue/faq.js";
import { IntakeService, type IntakeDeps } from "./intake-service.js";

/** How often idle drafts are looked for; expiry is therefore at most this late. */
export const EXPIRY_SWEEP_EVERY_MS = 60_000;
const EXPIRY_SCHEDULER_ID = "intake-expiry-sweep";
/** How often emergencies waiting for their place are looked at: the wait is at most this much longer. */
export const EMERGENCY_SWEEP_EVERY_MS = 10_000;
const EMERGENCY_SCHEDULER_ID = "intake-emergency-sweep";

/**
 * The intake stage: consumes `intake` (one dialogue turn per inbound message) and `intake-expiry`
 * (BullMQ job schedulers that file emergencies whose place question went unanswered, every few
 * seconds, and close idle drafts every minute — durable in Redis, not a timer in
 * this process, so it survives restarts and runs once however many workers are up).
 */
export async function intakeWorkers(ctx: AppContext, deps: Partial<IntakeDeps> = {}): Promise<Worker[]> {
  const service = await createIntakeService(ctx, deps);
  const log = ctx.log.child({ stage: "intake" });
  const opts = { connection: ctx.redis, prefix: ctx.env.QUEUE_PREFIX, log };
  // Overdue emergencies go first on every sweep: neither sweep may let one wait behind the other.
  const expiry = startWorker(
    "intake-expiry",
    async (data) => {
      const emergencies = await service.fileOverdueEmergencies();
      return data.emergencies ? { emergencies } : { emergencies, expired: await service.expireIdle() };
    },
    { ...opts, concurrency: 1 },
  );
  await keepScheduler(
    ctx,
    "intake-expiry",
    EXPIRY_SCHEDULER_ID,
    EXPIRY_SWEEP_EVERY_MS,
    { name: "intake-expiry", data: { sweep: true } },
    expiry,
  );
  await keepScheduler(
    ctx,
    "intake-expiry",
    EMERGENCY_SCHEDULER_ID,
    EMERGENCY_SWEEP_EVERY_MS,
    { name: "intake-expiry", data: { sweep: true, emergencies: true } },
    expiry,
  );
  return [
    startWorker("intake", async ({ messageId }) => service.processMessage(messageId), {
      ...opts,
      concurrency: intakeConcurrency(ctx.env, service.engineName),
    }),
    expiry,
  ];
}

/**
 * Intake jobs a worker process takes at once. With the offline engine a job only waits in the turn
 * batcher, holding no connection, and more jobs taken means larger batches when there is a backlog
 * (fewer transactions, statements and round trips per turn). Three batches' worth: two in flight and
 * a full one gathering, so a batch that commits is followed at once by a full one, not by the few
 * jobs Redis has handed over since. A remote engine's job is an LLM call in flight: 16, as before.
 */
export function intakeConcurrency(
  env: Pick<Env, "INTAKE_CONCURRENCY" | "INTAKE_BATCH_MAX">,
  engineName: string,
): number {
  return env.INTAKE_CONCURRENCY ?? (engineName === "offline" ? Math.max(16, 3 * env.INTAKE_BATCH_MAX) : 16);
}

export async function createIntakeService(
  ctx: AppContext,
  deps: Partial<IntakeDeps> = {},
): Promise<IntakeService> {
  const log = ctx.log.child({ stage: "intake" });
  const engine =
    deps.engine ??
    (await createEngine(ctx.env, ctx.config, {
      onFallback: (reason) => log.warn({ reason }, "LLM engine fell back to the offline engine"),
    }));
  const faq = deps.faq ?? (await loadFaq(path.resolve(ctx.env.CONFIG_DIR)));
  return new IntakeService(ctx, { ...deps, engine, faq });
}
