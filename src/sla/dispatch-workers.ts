import type { Worker } from "bullmq";
import { createSmsProvider } from "../../channels/sms/create-sms-provider.js";
import { notifyHandler } from "../notify/notifications.js";
import { runDigest } from "../notify/digest.js";
import { SmsUnitNotifier, UnconfiguredNotifier, type UnitNotifier } from "../notify/unit-notifier.js";
import { startWorker } from "../queue/worker.js";
import { routeHandler } from "../routing/route-ticket.js";
import type { AppContext } from "../runtime/context.js";
import { evaluateTicket, sweepLights } from "./evaluate.js";

export interface DispatchWorkerOptions {
  /** How units are notified; default: SMS through the configured SMS provider (SMS_PROVIDER). */
  notifier?: UnitNotifier;
  concurrency?: number;
}

/** The unit notifier the environment configures: SMS through the channel SMS provider (SMS_PROVIDER). */
export function defaultUnitNotifier(ctx: AppContext): UnitNotifier {
  const provider = createSmsProvider(ctx.env);
  if (provider) return new SmsUnitNotifier(provider);
  ctx.log.warn(
    "no SMS provider configured (SMS_PROVIDER): unit notifications will fail and show in the digest",
  );
  return new UnconfiguredNotifier();
}

/**
 * Registers the repeatable jobs in Redis: the SLA sweep and the daily digest. Idempotent; re-run
 * periodically by the SLA worker so a Redis flush does not silence the sweep until the next restart.
 */
export async function ensureSchedulers(ctx: AppContext): Promise<void> {
  await ctx.queues.sla.upsertJobScheduler(
    "sla-sweep",
    { every: ctx.env.SLA_SWEEP_EVERY_MS },
    { name: "sweep", data: { sweep: true } },
  );
  await ctx.queues.sla.upsertJobScheduler(
    "daily-digest",
    { pattern: ctx.env.DIGEST_CRON, tz: ctx.config.jurisdiction.timezone },
    { name: "digest", data: { digest: true } },
  );
}

/** Route, SLA and notify workers (issue 5): one line in runtime/workers.ts. */
export async function dispatchWorkers(ctx: AppContext, opts: DispatchWorkerOptions = {}): Promise<Worker[]> {
  const base = { connection: ctx.redis, prefix: ctx.env.QUEUE_PREFIX, log: ctx.log };
  const notifier = opts.notifier ?? defaultUnitNotifier(ctx);
  const route = startWorker("route", routeHandler(ctx), { ...base, concurrency: opts.concurrency ?? 4 });
  const sla = startWorker(
    "sla",
    async (data) => {
      if (data.sweep) return sweepLights(ctx);
      if (data.digest) return (await runDigest(ctx)).day;
      if (data.ticketId) return (await evaluateTicket(ctx, data.ticketId))?.light ?? "none";
      return "nothing to do";
    },
    { ...base, concurrency: 2 },
  );
  const notify = startWorker(
    "notify",
    notifyHandler(ctx, { notifier, maxAttempts: ctx.env.NOTIFY_MAX_ATTEMPTS }),
    {
      ...base,
      concurrency: 4,
    },
  );
  await ensureSchedulers(ctx);
  const guard = setInterval(() => {
    ensureSchedulers(ctx).catch((err: unknown) =>
      ctx.log.warn({ err }, "cannot register SLA schedulers; will retry"),
    );
  }, ctx.env.SLA_SWEEP_EVERY_MS);
  guard.unref();
  // Redis came back (possibly empty): register again at once rather than at the next interval.
  const onReady = () => void ensureSchedulers(ctx).catch(() => {});
  ctx.redis.on("ready", onReady);
  sla.on("closed", () => {
    clearInterval(guard);
    ctx.redis.off("ready", onReady);
  });
  return [route, sla, notify];
}
