import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "../../src/db/schema/index.js";
import { inboundIntakeDeps } from "../../src/inbound/inbound.worker.js";
import type { IntakeDeps } from "../../src/intake/intake-service.js";
import { createIntakeService, intakeLanes, intakeWorkers } from "../../src/intake/intake.worker.js";
import type { StageWorker } from "../../src/runtime/context.js";
import { parseEnv } from "../../src/runtime/env.schema.js";
import { loseRedisData } from "../support/redis-loss.js";
import { countStatements, type StatementCounter } from "../support/statement-counter.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import {
  receive,
  waitFor,
  storeReceivedSms,
  BACKLOG_TEXTS as TEXTS,
  backlogPhone as phone,
} from "./support/inbound.js";

/**
 * A backlog of intake turns (a storm night, a provider replaying a day of messages) is worked off in
 * batches of up to INTAKE_BATCH_MAX turns per transaction: the worker claims them from PostgreSQL
 * (turns handed to the service directly gather in its turn batcher). Default settings throughout: these tests are about the defaults.
 */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let counter: StatementCounter;
/** Message ids whose batch's connection is killed once, after all its writes, before the commit. */
const killOnce = new Set<number>();
/** How often each message's turn reached its commit point. */
const reachedCommit = new Map<number, number>();
const deps: Partial<IntakeDeps> = {
  ...inboundIntakeDeps(),
  beforeCommit: async (tx, message) => {
    reachedCommit.set(message.id, (reachedCommit.get(message.id) ?? 0) + 1);
    if (killOnce.delete(message.id)) await tx.execute(sql`SELECT pg_terminate_backend(pg_backend_pid())`);
  },
};

beforeAll(async () => {
  t = await createTestEnv({ clock });
  counter = countStatements(t.ctx.database.pool);
});
afterAll(async () => {
  counter.stop();
  await t.close();
});

const store = (from: string, text: string): Promise<number> => storeReceivedSms(t.ctx, from, text);

/** Per inbound message: its status and how many replies answer it. */
async function answers(ids: readonly number[]): Promise<Map<number, { status: string; replies: number }>> {
  const rows = (
    await t.ctx.database.db.execute(
      sql`SELECT m.id::int AS id, m.status,
            (SELECT count(*)::int FROM messages o WHERE o.direction = 'out' AND o.reply_to_message_id = m.id) AS replies
          FROM messages m WHERE m.id = ANY(${`{${ids.join(",")}}`}::bigint[])`,
    )
  ).rows as { id: number; status: string; replies: number }[];
  return new Map(rows.map((r) => [r.id, { status: r.status, replies: r.replies }]));
}

async function allProcessed(ids: readonly number[]): Promise<boolean> {
  const [row] = await t.ctx.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(messages)
    .where(and(inArray(messages.id, [...ids]), eq(messages.status, "processed")));
  return row!.n === ids.length;
}

describe("intake backlog in large batches (default settings)", () => {
  it("runs two batches of up to 32 at once with the offline engine, and 16 turns with a remote one, unless configured", () => {
    const env = parseEnv({ NODE_ENV: "test" });
    expect(env.INTAKE_BATCH_MAX).toBe(32);
    expect(intakeLanes(env, "offline")).toBe(2);
    expect(intakeLanes(env, "openai")).toBe(16);
    expect(intakeLanes(parseEnv({ NODE_ENV: "test", INTAKE_CONCURRENCY: "8" }), "openai")).toBe(8);
    expect(intakeLanes(parseEnv({ NODE_ENV: "test", INTAKE_CONCURRENCY: "8" }), "offline")).toBe(2);
  });

  it("works off 70 turns arriving together in five transactions, each resident answered once", async () => {
    const service = await createIntakeService(t.ctx, deps);
    const ids: number[] = [];
    for (let i = 0; i < 70; i++) ids.push(await store(phone(7, i), TEXTS[i % 5]!));
    counter.reset();
    const outcomes = await Promise.all(ids.map((id) => service.processMessage(id)));
    expect(outcomes).toEqual(Array(70).fill("processed"));
    // The first two start at once, alone; the 68 that gathered meanwhile go 32, 32 and 4.
    const batches = counter.transactions().filter((s) => s.includes("intake_write_turns"));
    expect(batches).toHaveLength(5);
    expect(counter.statements.filter((s) => s === "intake_load_turns")).toHaveLength(5);
    for (const [, a] of await answers(ids)) expect(a).toEqual({ status: "processed", replies: 1 });
  });

  it("through the real worker: a batch killed before its commit, a turn asked for twice and lost Redis data each leave every message answered once", async () => {
    // A backlog stored before the worker starts (as the ingest stores it: no outbox row).
    const ids: number[] = [];
    for (let i = 0; i < 40; i++)
      ids.push(await receive(t.ctx, { channel: "sms", from: phone(6, i), text: TEXTS[i % 5]! }));
    // The transaction holding this turn dies after all its writes, before its commit.
    killOnce.add(ids[20]!);
    let workers: StageWorker[] = await intakeWorkers(t.ctx, deps);
    try {
      // The same turn asked for once more while the worker claims (another process's service).
      const other = await createIntakeService(t.ctx, deps);
      expect(["processed", "skipped"]).toContain(await other.processMessage(ids[5]!));
      await waitFor(() => allProcessed(ids), 30_000, "the backlog processed");
      expect(killOnce.size).toBe(0);
      expect(reachedCommit.get(ids[20]!)).toBe(2);
      for (const [, a] of await answers(ids)) expect(a).toEqual({ status: "processed", replies: 1 });
    } finally {
      await Promise.all(workers.map((w) => w.close()));
    }

    // Redis loses everything while a new backlog waits and no worker runs: nothing of intake was
    // in Redis, so nothing needs the recovery sweep; the restarted worker takes the backlog.
    const more: number[] = [];
    for (let i = 0; i < 30; i++)
      more.push(await receive(t.ctx, { channel: "sms", from: phone(5, i), text: TEXTS[i % 5]! }));
    await loseRedisData(t);
    workers = await intakeWorkers(t.ctx, deps);
    try {
      await waitFor(() => allProcessed(more), 30_000, "the backlog taken after the loss");
      for (const [, a] of await answers(more)) expect(a).toEqual({ status: "processed", replies: 1 });
    } finally {
      await Promise.all(workers.map((w) => w.close()));
    }
  });
});
