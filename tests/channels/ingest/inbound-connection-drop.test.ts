import { sql } from "drizzle-orm";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InboundBatcher } from "../../../src/channels-runtime/inbound-batcher.js";
import type { InboundEntry } from "../../../src/channels-runtime/store-inbound-batch.js";
import { buildApp, type App } from "../../../src/http/app.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { wechatText } from "../support/inbound-message.js";
import { safePush, textXml, wechatEnv } from "../support/wechat-http.js";

/*
 * The database connection of an ingest batch dies while the batch is written (pg_terminate_backend
 * on a statement held back by a row lock, so the moment is certain): nothing of that batch is
 * acknowledged, nothing of it is half-stored, and the sender's retry stores each message once.
 */

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;

beforeAll(async () => {
  // Budget 0: the webhook answers `success` as soon as the message is committed (no passive wait).
  t = await createTestEnv({ clock, env: wechatEnv({ WECHAT_PASSIVE_REPLY_BUDGET_MS: "0" }) });
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const entry = (cmid: string, from: string): InboundEntry => ({
  message: wechatText(cmid, from, clock.now(), { text: "楼道灯不亮" }),
  phone: null,
});

async function rows(query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  return (await t.ctx.database.db.execute(query)).rows as Record<string, unknown>[];
}

/**
 * Messages stored for these channel message ids, and how many of them are intake's to-do (stored
 * `received`: the intake worker claims them; no intake job is written).
 */
async function stored(cmids: string[]): Promise<{ messages: number; jobs: number }> {
  const [n] = await rows(sql`
    SELECT (SELECT count(*)::int FROM messages WHERE channel_message_id IN ${cmids}) AS messages,
           (SELECT count(*)::int FROM messages
             WHERE status = 'received' AND direction = 'in' AND channel_message_id IN ${cmids}) AS jobs`);
  return n as { messages: number; jobs: number };
}

/** Holds a row lock on the identity of `address` (which must exist) until `release` is called. */
async function lockIdentity(address: string): Promise<{ release(): Promise<void> }> {
  const other: pg.PoolClient = await t.ctx.database.pool.connect();
  await other.query("BEGIN");
  await other.query("SELECT 1 FROM resident_identities WHERE address = $1 FOR UPDATE", [address]);
  return {
    async release() {
      await other.query("ROLLBACK");
      other.release();
    },
  };
}

/** Sessions already killed: one may still be listed, waiting, while it exits. */
const killed: number[] = [];

/** Waits until a session waits for a lock (the batch under test), then kills that session. */
async function dropTheWaitingConnection(): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    const found = await rows(sql`
      SELECT pid, pg_terminate_backend(pid) AS killed FROM pg_stat_activity
      WHERE wait_event_type = 'Lock' AND datname = current_database() AND pid <> pg_backend_pid()
        AND pid <> ALL(${`{${killed.join(",")}}`}::int[])`);
    if (found.length > 0) {
      killed.push(...found.map((r) => Number(r["pid"])));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("no batch ever waited for the lock");
}

/** The outcome of `promise`, observed at once (a rejection is never left unhandled meanwhile). */
const settle = <T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> =>
  promise.then(
    (value) => ({ status: "fulfilled", value }) as const,
    (reason: unknown) => ({ status: "rejected", reason }) as const,
  );

describe("an ingest connection dropped mid-batch", () => {
  it("acknowledges nothing of the lost batch, stores its neighbours, and a retry stores each message once", async () => {
    // One batch at a time, so the requests queued behind a held batch share the next one.
    const batcher = new InboundBatcher(t.ctx.database.pool, { maxBatch: 64, maxInFlight: 1, now: clock.now });
    await batcher.store([entry("drop-seed", "oDrop0")]);
    const lock = await lockIdentity("oDrop0");
    let outcome: PromiseSettledResult<{ id: number; inserted: boolean }[]>[];
    try {
      const first = settle(batcher.store([entry("drop-x", "oDrop0")]));
      // Queued behind the held batch: they are written together next, and that batch dies too.
      const a = settle(batcher.store([entry("drop-a", "oDrop0")]));
      const b = settle(batcher.store([entry("drop-b", "oDropB")]));
      await dropTheWaitingConnection();
      await dropTheWaitingConnection();
      // Retried request by request: the one behind the lock loses its connection once more.
      await dropTheWaitingConnection();
      outcome = await Promise.all([first, a, b]);
    } finally {
      await lock.release();
    }
    expect(outcome.map((o) => o.status)).toEqual(["rejected", "rejected", "fulfilled"]);
    expect(await stored(["drop-x", "drop-a"])).toEqual({ messages: 0, jobs: 0 });
    expect(await stored(["drop-b"])).toEqual({ messages: 1, jobs: 1 });
    const [b] = (outcome[2] as PromiseFulfilledResult<{ id: number; inserted: boolean }[]>).value;
    expect(b!.inserted).toBe(true);

    // The senders retry everything (the acknowledged one too, as a duplicate delivery).
    const again = await Promise.all(
      [entry("drop-x", "oDrop0"), entry("drop-a", "oDrop0"), entry("drop-b", "oDropB")].map((e) =>
        batcher.store([e]),
      ),
    );
    expect(again.map(([s]) => s!.inserted)).toEqual([true, true, false]);
    expect(again[2]![0]!.id).toBe(b!.id);
    expect(await stored(["drop-x", "drop-a", "drop-b"])).toEqual({ messages: 3, jobs: 3 });
  });

  it("with statements gathering behind the one in flight, a stuck statement holds the others back only briefly, and its loss acknowledges nothing", async () => {
    // The webhooks' settings (channel-port.ts): a second statement starts beside the first only with
    // 16 messages waiting, or once the first has been out for stallMs.
    const batcher = new InboundBatcher(t.ctx.database.pool, {
      maxBatch: 128,
      maxInFlight: 4,
      overlapAt: 16,
      stallMs: 50,
      now: clock.now,
    });
    await batcher.store([entry("stall-seed", "oStall0")]);
    const lock = await lockIdentity("oStall0");
    let stuck: PromiseSettledResult<{ id: number; inserted: boolean }[]>;
    try {
      const held = settle(batcher.store([entry("stall-x", "oStall0")]));
      // Another resident's message: it must not wait for the lock to go.
      const [other] = await batcher.store([entry("stall-b", "oStallB")]);
      expect(other!.inserted).toBe(true);
      expect(await stored(["stall-b"])).toEqual({ messages: 1, jobs: 1 });
      await dropTheWaitingConnection();
      stuck = await held;
    } finally {
      await lock.release();
    }
    expect(stuck.status).toBe("rejected");
    expect(await stored(["stall-x"])).toEqual({ messages: 0, jobs: 0 });
    // The sender's retry stores it once; a duplicate delivery after that stores nothing more.
    const [retry] = await batcher.store([entry("stall-x", "oStall0")]);
    const [duplicate] = await batcher.store([entry("stall-x", "oStall0")]);
    expect(retry!.inserted).toBe(true);
    expect(duplicate).toMatchObject({ inserted: false, id: retry!.id });
    expect(await stored(["stall-x", "stall-b"])).toEqual({ messages: 2, jobs: 2 });
  });

  it("answers the webhook 503 (WeChat retries) instead of `success`, and the retry and a duplicate store the push once", async () => {
    const seed = safePush(textXml("8300000000000000001", "路灯坏了", "oDropHook"), clock.now());
    expect((await app.inject(seed)).body).toBe("success");
    const lock = await lockIdentity("oDropHook");
    const push = safePush(textXml("8300000000000000002", "井盖丢了", "oDropHook"), clock.now());
    let lost;
    try {
      const answer = app.inject(push);
      await dropTheWaitingConnection();
      lost = await answer;
    } finally {
      await lock.release();
    }
    expect(lost.statusCode).toBe(503);
    expect(await stored(["8300000000000000002"])).toEqual({ messages: 0, jobs: 0 });

    const retry = await app.inject(push);
    expect(retry.statusCode).toBe(200);
    expect(retry.body).toBe("success");
    const duplicate = await app.inject(push);
    expect(duplicate.statusCode).toBe(200);
    expect(duplicate.body).toBe("success");
    expect(await stored(["8300000000000000002"])).toEqual({ messages: 1, jobs: 1 });
  });
});
