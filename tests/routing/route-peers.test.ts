import type { Job, Worker } from "bullmq";
import { Redis } from "ioredis";
import pg from "pg";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PeerPresence } from "../../src/queue/peer-presence.js";
import type { JobData } from "../../src/queue/queues.js";
import {
  ROUTE_PRESENCE_GROUP,
  batchedRouteHandler,
  routeSlots,
  routeWorkers,
} from "../../src/routing/route.worker.js";
import { createContext, type RunningContext } from "../../src/runtime/create-context.js";
import { parseEnv } from "../../src/runtime/env.schema.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countOf, eventually, fileTicket, rows } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z"); // Monday 10:00 in Shanghai
let t: TestEnv;
/** Redis connections of the test's own (one per presence, so one can be cut off alone). */
const connections: Redis[] = [];

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  for (const c of connections) c.disconnect();
  await t.close();
});

/** Short beats, so a peer that stops beating drops out within a second. */
const FAST = { beatMs: 100, ttlMs: 800 };

function presence(group: string): PeerPresence {
  const redis = new Redis(inject("redisUrl"), { maxRetriesPerRequest: 1 });
  connections.push(redis);
  return new PeerPresence(redis, t.prefix, { group, ...FAST });
}

/** A process that dies: its connection is gone, so it neither beats nor leaves. */
function kill(p: PeerPresence): void {
  (p as unknown as { redis: Redis }).redis.disconnect();
}

let nextBuilding = 1;
/** A ticket of its own building (never a duplicate of another), reported by its own resident. */
async function fileDistinct() {
  const n = nextBuilding++;
  return fileTicket(
    t,
    {
      summary: `安和里${n}号楼电梯按钮失灵`,
      description: `安和里${n}号楼电梯按钮按了没反应，老人上下楼很不方便。`,
      location: { text: `安和里${n}号楼` },
    },
    `1370002${String(n).padStart(4, "0")}`,
  );
}

async function dispatchCounts(ids: string[]): Promise<number[]> {
  const list = ids.map((id) => `'${id}'`).join(",");
  const found = await rows<{ ticket_id: string; n: number }>(
    t,
    `SELECT ticket_id, count(*)::int AS n FROM ticket_events WHERE action='dispatch' AND ticket_id IN (${list}) GROUP BY 1`,
  );
  return ids.map((id) => found.find((r) => r.ticket_id === id)?.n ?? 0);
}

describe("a process's share of the route transactions", () => {
  it("is all of them alone, half with two, never none", () => {
    expect(routeSlots(4, 1)).toBe(4);
    expect(routeSlots(4, 2)).toBe(2);
    expect(routeSlots(4, 3)).toBe(2);
    expect(routeSlots(4, 8)).toBe(1);
    expect(routeSlots(4, 0)).toBe(4);
  });
});

describe("the route workers' heartbeat", () => {
  it("counts the processes beating, drops one that leaves at once and one that dies when its beat runs out", async () => {
    const [a, b, c] = [presence("count"), presence("count"), presence("count")];
    await Promise.all([a.start(), b.start(), c.start()]);
    await eventually(async () => [a, b, c].every((p) => p.peers === 3), 10_000, "three see three");

    // b closes: it leaves the set, and a's next beat no longer counts it.
    await b.stop();
    await a.beat();
    expect(a.peers).toBe(2);

    // c dies: no leave; its beat still counts until it runs out, then a is alone.
    kill(c);
    await eventually(async () => a.peers === 1, 10_000, "a alone once c's beat ran out");
    // c cannot reach Redis: once its own beat has run out it counts itself alone too.
    await eventually(async () => c.peers === 1, 10_000, "c, cut off, counts itself alone");
    await Promise.all([a.stop(), c.stop()]);
  });

  it("keeps groups and prefixes apart", async () => {
    const [a, b] = [presence("one-group"), presence("another-group")];
    await Promise.all([a.start(), b.start()]);
    expect([a.peers, b.peers]).toEqual([1, 1]);
    await Promise.all([a.stop(), b.stop()]);
  });
});

describe("two route workers sharing the route transactions", () => {
  let other: RunningContext;
  const workers: Worker[] = [];
  const presences: PeerPresence[] = [];

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await Promise.all(presences.map((p) => p.stop()));
    await other?.close();
  });

  it("take half each while both run and route every ticket exactly once between them", async () => {
    other = await createContext(
      parseEnv({ NODE_ENV: "test", LOG_LEVEL: "silent", QUEUE_PREFIX: t.prefix, OUTBOX_POLL_MS: "200" }),
      { databaseUrl: t.databaseUrl, redisUrl: inject("redisUrl") },
      pino({ level: "silent" }),
      { now: clock.now },
    );
    const completed: string[][] = [[], []];
    for (const [i, ctx] of [t.ctx, other].entries()) {
      const p = new PeerPresence(ctx.redis, t.prefix, { group: ROUTE_PRESENCE_GROUP, ...FAST });
      presences.push(p);
      for (const w of routeWorkers(ctx, { concurrency: 16, transactions: 4, batchMax: 5, presence: p })) {
        w.on("completed", (job) => {
          const data = job.data as JobData<"route">;
          completed[i]!.push(...("bulk" in data ? data.bulk.map((m) => m.data.ticketId) : [data.ticketId]));
        });
        workers.push(w);
      }
    }
    await eventually(async () => presences.every((p) => p.peers === 2), 10_000, "each sees the other");
    expect(presences.map((p) => routeSlots(4, p.peers))).toEqual([2, 2]);

    const filed = [];
    for (let i = 0; i < 30; i++) filed.push(await fileDistinct());
    const ids = filed.map((f) => f.id);
    await Promise.all([t.ctx.relay.start(), other.relay.start()]);
    const list = ids.map((id) => `'${id}'`).join(",");
    await eventually(
      async () =>
        (await countOf(
          t,
          `SELECT count(*)::int AS n FROM tickets WHERE status='dispatched' AND id IN (${list})`,
        )) === ids.length,
      60_000,
      "every ticket dispatched",
    );
    await eventually(
      async () => ids.every((id) => [...completed[0]!, ...completed[1]!].includes(id)),
      30_000,
      "every job completed",
    );
    expect(await dispatchCounts(ids)).toEqual(ids.map(() => 1));
    expect(
      await countOf(
        t,
        `SELECT count(*)::int AS n FROM notifications WHERE purpose='dispatch' AND ticket_id IN (${list})`,
      ),
    ).toBe(ids.length);
    // Each ticket's job ran in one process only.
    const ran = [...completed[0]!, ...completed[1]!].filter((id) => ids.includes(id));
    expect(ran.sort()).toEqual([...ids].sort());
  });
});

// Under libfaketime PostgreSQL's lock_timeout never fires (see route-batch.test.ts), and a batch
// that meets a held row would wait for good.
const underFaketime = /faketime/.test(process.env["LD_PRELOAD"] ?? "");

describe("a route worker whose peer dies", () => {
  it.skipIf(underFaketime)(
    "routes on its half while the peer's beat lasts, then opens all its transactions",
    async () => {
      const mine = presence(ROUTE_PRESENCE_GROUP + "-dies");
      const peer = presence(ROUTE_PRESENCE_GROUP + "-dies");
      const route = batchedRouteHandler(t.ctx, { transactions: 4, peers: mine });
      await Promise.all([mine.start(), peer.start()]);
      await eventually(async () => route.batcher.open.slots === 2, 10_000, "two workers: two slots each");

      const filed = [];
      for (let i = 0; i < 4; i++) filed.push(await fileDistinct());
      const ids = filed.map((f) => f.id);
      // Someone holds the four tickets' rows: every route transaction that starts waits on its lock.
      const holder = new pg.Client({ connectionString: t.databaseUrl });
      await holder.connect();
      const lockWaits = () =>
        countOf(
          t,
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
      try {
        await holder.query("BEGIN");
        await holder.query(`SELECT 1 FROM tickets WHERE id = ANY($1::uuid[]) FOR UPDATE`, [ids]);
        const outcomes = Promise.all(ids.map((id) => route({ ticketId: id, round: 1 }, {} as Job)));
        // Two start at once, two wait in line for a slot.
        expect(route.batcher.open).toEqual({ transactions: 2, slots: 2, waiting: 2 });
        await eventually(async () => (await lockWaits()) === 2, 10_000, "two transactions wait on the rows");

        kill(peer);
        await eventually(
          async () => {
            const open = route.batcher.open;
            return open.slots === 4 && open.transactions === 4 && open.waiting === 0;
          },
          15_000,
          "the peer's beat ran out: four transactions open",
        );
        await eventually(async () => (await lockWaits()) === 4, 10_000, "four transactions wait on the rows");

        await holder.query("COMMIT");
        expect(await outcomes).toEqual(ids.map(() => "dispatched"));
      } finally {
        await holder.end();
        await mine.stop();
      }
      expect(await dispatchCounts(ids)).toEqual([1, 1, 1, 1]);
    },
  );
});
