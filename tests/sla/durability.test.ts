import { pino } from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { StageWorker } from "../../src/runtime/context.js";
import type { UnitMessage, UnitNotifier } from "../../src/notify/unit-notifier.js";
import { createContext, type RunningContext } from "../../src/runtime/create-context.js";
import { parseEnv } from "../../src/runtime/env.schema.js";
import { ensureSchedulers, slaWorkerFactory } from "../../src/sla/sla.worker.js";
import { notifyWorkers, type NotifyWorkerOptions } from "../../src/notify/notify.worker.js";
import { routeWorkerFactory } from "../../src/routing/route.worker.js";
import type { AppContext } from "../../src/runtime/context.js";
import { startWorkers } from "../../src/runtime/workers.js";
import { sweepLights } from "../../src/sla/evaluate.js";
import { slaJobId } from "../../src/sla/schedule.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { loseRedisData } from "../support/redis-loss.js";
import { eventually, fileTicket, reload, rows } from "../routing/helpers.js";

/** The route, SLA and notify stages together, with a test notifier. */
const dispatchWorkers = (ctx: AppContext, opts: NotifyWorkerOptions = {}) =>
  startWorkers(ctx, [routeWorkerFactory, slaWorkerFactory, (c) => notifyWorkers(c, opts)]);

const START = "2026-11-23T02:00:00Z";
const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (ms: number) => new Date(new Date(START).getTime() + ms);

/** Records what units would receive; the SMS wire protocol is covered in tests/notify. */
class RecordingNotifier implements UnitNotifier {
  readonly name = "recording";
  sent: UnitMessage[] = [];
  send(msg: UnitMessage) {
    this.sent.push(msg);
    return Promise.resolve({ channel: "recording", providerMessageId: String(this.sent.length) });
  }
}

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

async function closeAll(workers: StageWorker[], ctx: RunningContext | TestEnv["ctx"]) {
  await Promise.all(workers.map((w) => w.close()));
  await ctx.close();
}

describe("deadlines survive restarts and Redis loss", () => {
  it("fires the first-contact light after the process restarts in the middle of the countdown", async () => {
    const clock = testClock(START);
    const t = await createTestEnv({ clock });
    const notifier = new RecordingNotifier();
    const workers = await dispatchWorkers(t.ctx, { notifier });
    const ticket = await fileTicket(t, {}, "13900000601");
    await t.ctx.relay.drain();
    const dispatched = await eventually(async () => {
      const r = await reload(t, ticket.id);
      return r.status === "dispatched" ? r : null;
    });
    await t.ctx.relay.drain();
    const jobKey = slaJobId(ticket.id, dispatched.firstContactDueAt!);
    await eventually(async () => (await t.ctx.queues.sla.getJob(jobKey)) ?? null);
    expect(await (await t.ctx.queues.sla.getJob(jobKey))!.getState()).toBe("delayed");
    await eventually(async () => notifier.sent.length === 1); // the dispatch SMS

    // Crash-free restart: every worker and connection closed, nothing kept in memory.
    await closeAll(workers, t.ctx);

    const clock2 = testClock(at(30 * MIN + 1000));
    const env = parseEnv({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      QUEUE_PREFIX: t.prefix,
      OUTBOX_POLL_MS: "200",
    });
    const ctx2 = await createContext(
      env,
      { databaseUrl: t.databaseUrl, redisUrl: inject("redisUrl") },
      pino({ level: "silent" }),
      {
        now: clock2.now,
      },
    );
    const notifier2 = new RecordingNotifier();
    const workers2 = await dispatchWorkers(ctx2, { notifier: notifier2 });
    cleanup.push(() => closeAll(workers2, ctx2));

    // The delayed job is still in Redis; its time has come.
    const job = await ctx2.queues.sla.getJob(jobKey);
    expect(job).toBeDefined();
    await job!.promote();
    await eventually(async () => {
      const r = await rows(
        { ...t, ctx: ctx2 },
        `SELECT 1 FROM ticket_alerts WHERE ticket_id='${ticket.id}' AND stage='first_contact'`,
      );
      return r.length === 1;
    });
    await ctx2.relay.drain();
    await eventually(async () => notifier2.sent.length === 1);
    expect(notifier2.sent[0]).toMatchObject({ unitId: "community.xisheng", phone: "13800000012" });
    expect(notifier2.sent[0]!.template?.code).toBe("ZT_UNIT_REMINDER");
  });

  it("rebuilds every light from PostgreSQL after the queue keys are flushed from Redis", async () => {
    const clock = testClock(START);
    const t = await createTestEnv({ clock });
    cleanup.push(() => t.close());
    const workers = await dispatchWorkers(t.ctx, { notifier: new RecordingNotifier() });
    const a = await fileTicket(t, {}, "13900000701");
    const b = await fileTicket(
      t,
      {
        summary: "鹿溪路灯不亮",
        description: "鹿溪路灯不亮",
        location: { community: "community.luxi", text: "鹿溪" },
      },
      "13900000702",
    );
    await t.ctx.relay.drain();
    await eventually(
      async () =>
        (await reload(t, b.id)).status === "dispatched" && (await reload(t, a.id)).status === "dispatched",
    );
    await t.ctx.relay.drain();
    await Promise.all(workers.map((w) => w.close()));

    // FLUSH: every key of this deployment's prefix is gone (delayed jobs and job schedulers too).
    expect(await loseRedisData(t)).toBeGreaterThan(0);
    expect(await t.ctx.queues.sla.getDelayedCount()).toBe(0);
    expect(await t.ctx.queues.sla.getJobSchedulers()).toEqual([]);

    clock.set(at(24 * HOUR));
    const result = await sweepLights(t.ctx);
    expect(result).toEqual({ checked: 2, fired: 4 });
    const alerts = await rows<{ stage: string; light: string }>(
      t,
      `SELECT stage, light FROM ticket_alerts WHERE ticket_id IN ('${a.id}','${b.id}') ORDER BY ticket_id, stage`,
    );
    expect(alerts.map((x) => `${x.stage}:${x.light}`).sort()).toEqual([
      "acceptance:yellow",
      "acceptance:yellow",
      "first_contact:yellow",
      "first_contact:yellow",
    ]);
    // The next checks (red at 48 h) are armed again in Redis, and the schedulers come back.
    const redAt = at(48 * HOUR);
    // (The sweep's outbox rows reach Redis through the relay, which may still be running.)
    await t.ctx.relay.drain();
    expect(await eventually(() => t.ctx.queues.sla.getJob(slaJobId(a.id, redAt)))).toBeDefined();
    await ensureSchedulers(t.ctx);
    const schedulers = await t.ctx.queues.sla.getJobSchedulers();
    expect(schedulers.map((s) => s.key).sort()).toEqual(["daily-digest", "sla-sweep"]);
    // A second sweep finds nothing new to announce.
    expect((await sweepLights(t.ctx)).fired).toBe(0);
  });
});
