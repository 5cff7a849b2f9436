import path from "node:path";
import { onIntakeWake } from "../queue/intake-wake.js";
import { keepScheduler } from "../queue/keep-scheduler.js";
import { startWorker } from "../queue/worker.js";
import type { AppContext, StageWorker } from "../runtime/context.js";
import type { Env } from "../runtime/env.schema.js";
import { createEngine } from "./create-engine.js";
import { loadFaq } from "./dialogue/faq.js";
import { IntakeService, TURN_BATCHES_IN_FLIGHT, type IntakeDeps } from "./intake-service.js";
import { IntakePump } from "./intake-pump.js";

/** How often idle drafts are looked for; expiry is therefore at most this late. */
export const EXPIRY_SWEEP_EVERY_MS = 60_000;
const EXPIRY_SCHEDULER_ID = "intake-expiry-sweep";
/** How often emergencies waiting for their place are looked at: the wait is at most this much longer. */
export const EMERGENCY_SWEEP_EVERY_MS = 10_000;
const EMERGENCY_SCHEDULER_ID = "intake-emergency-sweep";

/**
 * The intake stage: claims received inbound messages (one dialogue turn each) and consumes `intake-expiry`
 * (BullMQ job schedulers that file emergencies whose place question, and reports whose safety
 * question, went unanswered, every few seconds, and close idle drafts every minute — durable in Redis, not a timer in
 * this process, so it survives restarts and runs once however many workers are up).
 */
export async function intakeWorkers(ctx: AppContext, deps: Partial<IntakeDeps> = {}): Promise<StageWorker[]> {
  const service = await createIntakeService(ctx, deps);
  const log = ctx.log.child({ stage: "intake" });
  const opts = { connection: ctx.redis, prefix: ctx.env.QUEUE_PREFIX, log };
  // Overdue emergencies go first on every sweep: neither sweep may let one wait behind the other.
  const expiry = startWorker(
    "intake-expiry",
    async (data) => {
      const emergencies = await service.fileOverdueDrafts();
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
  return [startIntakeClaimer(ctx, service), expiry];
}

/**
 * The turns themselves: no BullMQ job per message. The worker claims received messages straight
 * from PostgreSQL (intake-claims.ts), woken by the ingest's hint after each stored batch and by an
 * idle poll (INTAKE_POLL_MS), so Redis losing everything delays a message by one poll at most.
 * The offline engine claims batches of up to INTAKE_BATCH_MAX, two transactions at once; a remote
 * engine leases one message per turn, up to INTAKE_CONCURRENCY turns at once.
 */
export function startIntakeClaimer(ctx: AppContext, service: IntakeService): StageWorker {
  const log = ctx.log.child({ stage: "intake" });
  const offline = service.engineName === "offline";
  const batchSize = offline ? ctx.env.INTAKE_BATCH_MAX : 1;
  // The engine warms up in the background (the process's other stages and API start meanwhile);
  // claims wait for it, so messages stored meanwhile stay in PostgreSQL until a warm engine runs them.
  let stopping = false;
  const warmed = ctx.env.INTAKE_WARM_UP === "on" ? service.warmUp(() => stopping) : Promise.resolve();
  const pump = new IntakePump({
    run: offline
      ? async (claimed) => {
          await warmed;
          return stopping ? 0 : service.claimAndRun(batchSize, claimed);
        }
      : (claimed) => service.leaseAndRun(claimed),
    batchSize,
    lanes: intakeLanes(ctx.env, service.engineName),
    pollMs: ctx.env.INTAKE_POLL_MS,
    log,
  });
  const unsubscribe = onIntakeWake(ctx.redis, ctx.env.QUEUE_PREFIX, () => pump.wake(), log);
  // Whatever was stored while no worker ran.
  pump.wake();
  return {
    name: "intake",
    close: async () => {
      stopping = true;
      await unsubscribe();
      await pump.close();
      await warmed;
    },
  };
}

/**
 * Intake batches one worker process runs at once. The offline engine: two transactions (one
 * commits while the next runs; more only hold more of the pool). A remote engine: each lane is one
 * LLM call in flight, INTAKE_CONCURRENCY (default 16).
 */
export function intakeLanes(env: Pick<Env, "INTAKE_CONCURRENCY">, engineName: string): number {
  return engineName === "offline" ? TURN_BATCHES_IN_FLIGHT : (env.INTAKE_CONCURRENCY ?? 16);
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
