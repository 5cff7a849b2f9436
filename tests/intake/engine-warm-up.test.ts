import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { messages } from "../../src/db/schema/index.js";
import { inboundIntakeDeps } from "../../src/inbound/inbound.worker.js";
import { readEvaluationCases } from "../../src/intake/evaluate.js";
import { WARM_UP_ROUNDS, warmUpEngine } from "../../src/intake/engine-warm-up.js";
import type { ExtractionInput } from "../../src/intake/extraction-engine.js";
import { intakeWorkers } from "../../src/intake/intake.worker.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import type { StageWorker } from "../../src/runtime/context.js";
import { parseEnv } from "../../src/runtime/env.schema.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";
import { createTestEnv, type TestEnv } from "../support/test-context.js";
import { storeReceivedSms, waitFor } from "./support/inbound.js";
import { workersReady } from "./support/workers-ready.js";

/**
 * The worker reads made-up messages with the offline engine before its first claim, so the first
 * residents after a start do not pay for compiling and building what the engine needs. It runs in
 * the background (the worker starts at once) and must leave no trace: the same answers afterwards,
 * nothing written, no message claimed before it ends.
 */
let t: TestEnv;
let engine: OfflineEngine;
beforeAll(async () => {
  t = await createTestEnv({ env: { INTAKE_WARM_UP: "on" } });
  engine = await OfflineEngine.create(t.ctx.config);
});
afterAll(async () => {
  await t?.close();
});

describe("engine warm-up at worker start", () => {
  it("is on unless configured off", () => {
    expect(parseEnv({ NODE_ENV: "test" }).INTAKE_WARM_UP).toBe("on");
    expect(parseEnv({ NODE_ENV: "test", INTAKE_WARM_UP: "off" }).INTAKE_WARM_UP).toBe("off");
  });

  it("leaves the engine answering exactly as a fresh one does", async () => {
    const cold = await OfflineEngine.create(await loadDomainConfig("config"));
    const warm = await OfflineEngine.create(await loadDomainConfig("config"));
    const seen: ExtractionInput[] = [];
    await warmUpEngine((input) => {
      seen.push(input);
      return warm.extractSync(input);
    });
    expect(seen.length % WARM_UP_ROUNDS).toBe(0);
    expect(new Set(seen.map((s) => s.channel))).toEqual(new Set(["wechat", "sms", "web", "hotline"]));
    const cases = (await readEvaluationCases("data/intake/dev-cases.jsonl")).slice(0, 60);
    for (const c of cases) {
      const input = { text: c.text, channel: c.channel };
      expect(warm.extractSync(input)).toEqual(cold.extractSync(input));
    }
  });

  it("runs before the worker claims a message that was waiting, which is then handled once", async () => {
    const waiting = await storeReceivedSms(t.ctx, "13900007001", "小区门口的路灯不亮了");
    const order: string[] = [];
    const extractSync = engine.extractSync.bind(engine);
    const spy = vi.spyOn(engine, "extractSync").mockImplementation((input) => {
      // The whole text: a made-up sample may name a street lamp too.
      order.push(input.text === "小区门口的路灯不亮了" ? "resident" : "warm-up");
      return extractSync(input);
    });
    let workers: StageWorker[] = [];
    try {
      workers = await intakeWorkers(t.ctx, { ...inboundIntakeDeps(), engine });
      await waitFor(async () => {
        const [row] = await t.ctx.database.db
          .select({ status: messages.status })
          .from(messages)
          .where(eq(messages.id, waiting));
        return row?.status === "processed";
      });
    } finally {
      await Promise.all(workers.map((w) => w.close()));
      spy.mockRestore();
    }
    const warmUps = order.filter((o) => o === "warm-up").length;
    expect(warmUps).toBeGreaterThan(0);
    expect(warmUps % WARM_UP_ROUNDS).toBe(0);
    expect(order.indexOf("resident")).toBe(warmUps);
    // The made-up messages reached no table: the resident's is the only inbound message, and no
    // conversation or ticket carries a word of theirs.
    const [counts] = (
      await t.ctx.database.db.execute(
        sql`SELECT (SELECT count(*)::int FROM messages WHERE direction = 'in') AS inbound,
                   (SELECT count(*)::int FROM messages WHERE text LIKE '%煤气味%') AS sample_messages,
                   (SELECT count(*)::int FROM tickets WHERE description LIKE '%煤气味%') AS sample_tickets`,
      )
    ).rows as { inbound: number; sample_messages: number; sample_tickets: number }[];
    expect(counts).toEqual({ inbound: 1, sample_messages: 0, sample_tickets: 0 });
  });

  it("stops at shutdown without claiming what waits", async () => {
    const waiting = await storeReceivedSms(t.ctx, "13900007002", "楼道里堆满了杂物");
    const spy = vi.spyOn(engine, "extractSync");
    try {
      const workers = await intakeWorkers(t.ctx, { ...inboundIntakeDeps(), engine });
      await workersReady(workers);
      await Promise.all(workers.map((w) => w.close()));
      const calls = spy.mock.calls.length;
      let whole = 0;
      await warmUpEngine(() => whole++);
      expect(calls).toBeLessThan(whole);
      expect(spy.mock.calls.some(([input]) => input.text.includes("杂物"))).toBe(false);
    } finally {
      spy.mockRestore();
    }
    const [row] = await t.ctx.database.db
      .select({ status: messages.status })
      .from(messages)
      .where(eq(messages.id, waiting));
    expect(row?.status).toBe("received");
  });

  it("is skipped when configured off", async () => {
    const off = await createTestEnv();
    const spy = vi.spyOn(engine, "extractSync");
    let workers: StageWorker[] = [];
    try {
      workers = await intakeWorkers(off.ctx, { ...inboundIntakeDeps(), engine });
      await workersReady(workers);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      await Promise.all(workers.map((w) => w.close()));
      spy.mockRestore();
      await off.close();
    }
  });
});
