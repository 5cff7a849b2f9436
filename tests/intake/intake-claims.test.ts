import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { inboundIntakeDeps } from "../../src/inbound/inbound.worker.js";
import { createEngine } from "../../src/intake/create-engine.js";
import type { ExtractionEngine } from "../../src/intake/extraction-engine.js";
import { retryDelayMs } from "../../src/intake/intake-claims.js";
import type { IntakeDeps } from "../../src/intake/intake-service.js";
import { intakeWorkers } from "../../src/intake/intake.worker.js";
import { wakeIntake } from "../../src/queue/intake-wake.js";
import type { StageWorker } from "../../src/runtime/context.js";
import { loseRedisData } from "../support/redis-loss.js";
import { countStatements, type StatementCounter } from "../support/statement-counter.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import {
  waitFor,
  storeReceivedSms,
  BACKLOG_TEXTS as TEXTS,
  backlogPhone as phone,
} from "./support/inbound.js";

/**
 * The intake worker claims received messages straight from PostgreSQL: no outbox row, no BullMQ
 * job per message. These tests run real workers (the pump, its wake-ups and its idle poll) on the
 * real PostgreSQL and Redis.
 */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let counter: StatementCounter;
let running: StageWorker[] = [];

/** Per message: what happens in its turn's transaction just before the commit. */
const hooks = new Map<
  number,
  (tx: Parameters<NonNullable<IntakeDeps["beforeCommit"]>>[0]) => Promise<void>
>();
/** Message ids in the order their turns reached the commit point, with the worker that ran them. */
const commitOrder: { id: number; worker: string }[] = [];

function deps(worker: string): Partial<IntakeDeps> {
  return {
    ...inboundIntakeDeps(),
    beforeCommit: async (tx, message) => {
      commitOrder.push({ id: message.id, worker });
      await hooks.get(message.id)?.(tx);
    },
  };
}

async function startWorker(name: string, env: Partial<TestEnv["ctx"]["env"]> = {}): Promise<StageWorker[]> {
  const w = await intakeWorkers({ ...t.ctx, env: { ...t.ctx.env, ...env } }, deps(name));
  running.push(...w);
  return w;
}

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: { INTAKE_RETRY_BASE_MS: "20", INTAKE_MAX_ATTEMPTS: "3", INTAKE_POLL_MS: "200" },
  });
  counter = countStatements(t.ctx.database.pool);
});
afterEach(async () => {
  await Promise.all(running.map((w) => w.close()));
  running = [];
  hooks.clear();
  commitOrder.length = 0;
});
afterAll(async () => {
  counter.stop();
  await t.close();
});

const store = (from: string, text: string): Promise<number> => storeReceivedSms(t.ctx, from, text);

/** Per inbound message: its status, error and how many replies answer it. */
async function answers(
  ids: readonly number[],
): Promise<Map<number, { status: string; error: string | null; replies: number }>> {
  const rows = (
    await t.ctx.database.db.execute(
      sql`SELECT m.id::int AS id, m.status, m.error,
            (SELECT count(*)::int FROM messages o WHERE o.direction = 'out' AND o.reply_to_message_id = m.id) AS replies
          FROM messages m WHERE m.id = ANY(${`{${ids.join(",")}}`}::bigint[])`,
    )
  ).rows as { id: number; status: string; error: string | null; replies: number }[];
  return new Map(rows.map((r) => [r.id, { status: r.status, error: r.error, replies: r.replies }]));
}

async function allDone(ids: readonly number[]): Promise<boolean> {
  const a = await answers(ids);
  return [...a.values()].every((m) => m.status !== "received");
}

async function expectAnsweredOnce(ids: readonly number[]): Promise<void> {
  for (const [id, a] of await answers(ids))
    expect({ id, ...a }).toEqual({ id, status: "processed", error: null, replies: 1 });
}

describe("intake claims received messages from PostgreSQL", () => {
  it("works off a backlog in full batches, with no outbox row and no BullMQ job for intake", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 70; i++) ids.push(await store(phone(7, i), TEXTS[i % 5]!));
    counter.reset();
    await startWorker("a");
    await waitFor(() => allDone(ids), 30_000, "the backlog processed");
    await expectAnsweredOnce(ids);
    // 70 turns in 32 + 32 + 6 (two lanes; the order of the last two may vary): three batches.
    const batches = counter.transactions().filter((s) => s.includes("intake_write_turns"));
    expect(batches).toHaveLength(3);
    for (const b of batches) expect(b.filter((s) => s === "intake_claim_batch")).toHaveLength(1);
    const [jobs] = (
      await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM outbox WHERE queue = 'intake'`)
    ).rows as { n: number }[];
    expect(jobs!.n).toBe(0);
    expect(await t.ctx.redis.keys(`${t.prefix}:intake:*`)).toEqual([]);
  });

  it("answers a lone message at once when woken, and one nobody announced by its idle poll", async () => {
    await startWorker("a");
    // Woken: the ingest's hint after its commit.
    const woken = await store(phone(8, 1), "路灯不亮了");
    wakeIntake(t.ctx.redis, t.ctx.env.QUEUE_PREFIX);
    await waitFor(() => allDone([woken]), 10_000, "the woken message processed");
    // Not woken (the hint was lost with Redis, or its writer died after the commit): the poll.
    const unannounced = await store(phone(8, 2), "井盖丢了");
    await waitFor(() => allDone([unannounced]), 10_000, "the unannounced message processed");
    await expectAnsweredOnce([woken, unannounced]);
  });

  it("keeps going when Redis loses everything mid-run: every message answered once", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 40; i++) ids.push(await store(phone(6, i), TEXTS[i % 5]!));
    // The first batch waits until Redis has lost its data.
    let lost: () => void = () => undefined;
    const redisLost = new Promise<void>((resolve) => (lost = resolve));
    hooks.set(ids[0]!, () => redisLost);
    await startWorker("a");
    await waitFor(async () => commitOrder.some((c) => c.id === ids[0]), 10_000, "the first batch running");
    await loseRedisData(t);
    lost();
    // A second backlog arrives after the loss, without any wake-up.
    const more: number[] = [];
    for (let i = 40; i < 60; i++) more.push(await store(phone(6, i), TEXTS[i % 5]!));
    await waitFor(() => allDone([...ids, ...more]), 30_000, "both backlogs processed");
    await expectAnsweredOnce([...ids, ...more]);
  });

  it("a worker killed mid-batch: its turns are rolled back and done once, by the other worker or after its restart", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) ids.push(await store(phone(5, i), TEXTS[i % 5]!));
    // Worker a's first batch dies after all its writes, before its commit: its connection is killed
    // (what a killed process leaves behind: PostgreSQL rolls back and releases the rows).
    hooks.set(ids[0]!, async (tx) => {
      hooks.delete(ids[0]!);
      await tx.execute(sql`SELECT pg_terminate_backend(pg_backend_pid())`);
    });
    const a = await startWorker("a");
    await startWorker("b");
    await waitFor(() => allDone(ids), 30_000, "the backlog processed");
    await Promise.all(a.map((w) => w.close()));
    await expectAnsweredOnce(ids);
    // The killed turn reached its commit point twice; every other turn once.
    const reached = commitOrder.filter((c) => c.id === ids[0]).length;
    expect(reached).toBe(2);
    expect(commitOrder.length).toBe(ids.length + 1);
  });

  it("two workers on one backlog: nothing done twice, each resident's messages in order", async () => {
    // Forty residents, three messages each, interleaved as they would arrive.
    const byResident = new Map<string, number[]>();
    const ids: number[] = [];
    const texts = ["小区门口垃圾没人清", "在3号楼下", "谢谢"];
    for (let round = 0; round < 3; round++)
      for (let r = 0; r < 40; r++) {
        const from = phone(4, r);
        const id = await store(from, texts[round]!);
        ids.push(id);
        byResident.set(from, [...(byResident.get(from) ?? []), id]);
      }
    // Whichever worker takes the first message holds that batch open until the other worker has
    // committed a turn: both work on the backlog at once, whatever the machine's load.
    hooks.set(ids[0]!, async () => {
      const me = commitOrder.findLast((c) => c.id === ids[0])!.worker;
      await waitFor(async () => commitOrder.some((c) => c.worker !== me), 60_000, "the other worker");
    });
    // Small batches: with the default 32, the worker that holds the first batch could take every
    // other resident's message in its second lane before the other worker's first claim, and the
    // hold above would wait for a commit that cannot come (a slow machine starts workers slowly).
    await Promise.all([startWorker("a", { INTAKE_BATCH_MAX: 4 }), startWorker("b", { INTAKE_BATCH_MAX: 4 })]);
    await waitFor(() => allDone(ids), 90_000, "the backlog processed");
    for (const [, a] of await answers(ids)) expect(a.status).toBe("processed");
    // Each message reached its commit point once, and a resident's in the order they were stored.
    expect(commitOrder.map((c) => c.id).sort((x, y) => x - y)).toEqual([...ids].sort((x, y) => x - y));
    const position = new Map(commitOrder.map((c, i) => [c.id, i]));
    for (const [, list] of byResident) {
      const order = list.map((id) => position.get(id)!);
      expect(order).toEqual([...order].sort((x, y) => x - y));
    }
    expect(new Set(commitOrder.map((c) => c.worker))).toEqual(new Set(["a", "b"]));
    // 120 messages stored and worked one batch after another: on a loaded machine that takes longer
    // than the default 30 s, which bounds only how long a failure takes to show.
  }, 120_000);

  it("a poisoned message is retried, then parked; nobody else waits for it", async () => {
    const poisonFrom = phone(3, 1);
    const poison = await store(poisonFrom, "路灯不亮了");
    const others = [await store(phone(3, 2), "井盖丢了"), await store(phone(3, 3), "噪音扰民")];
    // The same resident's next message waits for the poisoned one, then goes on.
    const after = await store(poisonFrom, "小区门口垃圾没人清");
    hooks.set(poison, async () => {
      throw new Error("poisoned turn");
    });
    await startWorker("a");
    await waitFor(() => allDone([poison, ...others, after]), 30_000, "the poisoned message parked");
    const a = await answers([poison, ...others, after]);
    expect(a.get(poison)).toEqual({
      status: "failed",
      error: "intake gave up after 3 attempts: Error",
      replies: 0,
    });
    for (const id of [...others, after]) expect(a.get(id)).toMatchObject({ status: "processed", replies: 1 });
    const [attempts] = (
      await t.ctx.database.db.execute(
        sql`SELECT attempts, last_error FROM intake_attempts WHERE message_id = ${poison}`,
      )
    ).rows as { attempts: number; last_error: string }[];
    expect(attempts).toEqual({ attempts: 3, last_error: "Error" });
    // Its turn was tried in the first batch (which failed whole), then alone three times; the
    // resident's next message ran after it was parked.
    expect(commitOrder.filter((c) => c.id === poison)).toHaveLength(4);
    const lastTry = commitOrder.map((c) => c.id).lastIndexOf(poison);
    expect(commitOrder.findIndex((c) => c.id === after)).toBeGreaterThan(lastTry);
  });

  it("a remote engine leases one message per turn: a failing one is retried, then parked; the others are answered once", async () => {
    const offline = await createEngine(t.ctx.env, t.ctx.config);
    // An LLM that fails on one resident's text every time (no fallback: the turn fails).
    const remote: ExtractionEngine = {
      name: "openai",
      extract: (input) =>
        input.text.includes("坏消息") ? Promise.reject(new Error("llm failed")) : offline.extract(input),
    };
    const poison = await store(phone(2, 1), "坏消息：路灯不亮了");
    const others = [await store(phone(2, 2), "井盖丢了"), await store(phone(2, 3), "噪音扰民")];
    running.push(...(await intakeWorkers(t.ctx, { ...deps("remote"), engine: remote })));
    await waitFor(() => allDone([poison, ...others]), 30_000, "the remote turns done or parked");
    const a = await answers([poison, ...others]);
    expect(a.get(poison)).toEqual({
      status: "failed",
      error: "intake gave up after 3 attempts: Error",
      replies: 0,
    });
    for (const id of others) expect(a.get(id)).toMatchObject({ status: "processed", replies: 1 });
    // Each answered message's lease was cleared with its turn; the parked one keeps its record.
    const leases = (
      await t.ctx.database.db.execute(
        sql`SELECT message_id::int AS id FROM intake_attempts WHERE message_id = ANY(${`{${[poison, ...others].join(",")}}`}::bigint[])`,
      )
    ).rows as { id: number }[];
    expect(leases.map((l) => l.id)).toEqual([poison]);
  });

  it("backs off exponentially with jitter, at most two minutes", () => {
    expect(retryDelayMs(1, 1000, () => 1)).toBe(1000);
    expect(retryDelayMs(3, 1000, () => 1)).toBe(4000);
    expect(retryDelayMs(3, 1000, () => 0)).toBe(2000);
    expect(retryDelayMs(20, 1000, () => 1)).toBe(120_000);
  });
});
