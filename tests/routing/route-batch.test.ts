import type { Worker } from "bullmq";
import pg from "pg";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { RouteBatcher } from "../../src/routing/route-batch.js";
import { routeWorkers } from "../../src/routing/route.worker.js";
import { createContext, type RunningContext } from "../../src/runtime/create-context.js";
import { parseEnv } from "../../src/runtime/env.schema.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countOf, eventually, fileTicket, rows } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z"); // Monday 10:00 in Shanghai
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

let nextBuilding = 1;
/** A ticket of its own building (never a duplicate of another), reported by its own resident. */
async function fileDistinct() {
  const n = nextBuilding++;
  return fileTicket(
    t,
    {
      summary: `西盛家园${n}号楼楼道灯不亮`,
      description: `西盛家园${n}号楼楼道灯不亮了，晚上看不见路。`,
      location: { text: `西盛家园${n}号楼` },
    },
    `1390001${String(n).padStart(4, "0")}`,
  );
}

/** Each ticket's dispatch events, unit notices and resident status messages, counted. */
async function effects(ids: string[]) {
  const list = ids.map((id) => `'${id}'`).join(",");
  return {
    dispatches: await rows<{ ticket_id: string; n: number }>(
      t,
      `SELECT ticket_id, count(*)::int AS n FROM ticket_events WHERE action='dispatch' AND ticket_id IN (${list}) GROUP BY 1`,
    ),
    notices: await countOf(
      t,
      `SELECT count(*)::int AS n FROM notifications WHERE purpose='dispatch' AND ticket_id IN (${list})`,
    ),
    messages: await countOf(
      t,
      `SELECT count(*)::int AS n FROM messages WHERE direction='out' AND payload->>'ticketId' IN (${list})`,
    ),
  };
}

describe("route jobs routed in shared transactions", () => {
  it("routes once and sends one dispatch notice when the same jobs are delivered twice in one batch", async () => {
    const filed = [await fileDistinct(), await fileDistinct(), await fileDistinct()];
    const [a, b, c] = filed.map((f) => ({ ticketId: f.id, round: 1 }));
    // One slot: the first job runs alone, the other six share the next transaction.
    const batcher = new RouteBatcher(t.ctx, { maxInFlight: 1, maxBatch: 25 });
    const outcomes = await Promise.all([a, b, c, a, b, c, a].map((j) => batcher.route(j!)));
    const dispatched = outcomes.filter((o) => o.outcome === "dispatched");
    expect(dispatched).toHaveLength(3);
    expect(outcomes.filter((o) => o.outcome === "skipped")).toHaveLength(4);

    // Redelivered later (a recovered job), alone or in a batch: nothing more happens.
    expect((await batcher.route(a!)).outcome).toBe("skipped");
    expect((await Promise.all([b, c].map((j) => batcher.route(j!)))).map((o) => o.outcome)).toEqual([
      "skipped",
      "skipped",
    ]);
    const e = await effects(filed.map((f) => f.id));
    expect(e.dispatches.map((d) => d.n)).toEqual([1, 1, 1]);
    expect(e.notices).toBe(3);
    expect(e.messages).toBe(3);
  });

  it("does not let a failing ticket hold back or duplicate the others of its batch", async () => {
    const filed = [await fileDistinct(), await fileDistinct(), await fileDistinct(), await fileDistinct()];
    const poison = filed[2]!;
    // A real failure inside PostgreSQL for that one ticket's write, whatever the batch holds.
    await rows(
      t,
      `CREATE FUNCTION poison_ticket() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'poisoned ticket'; END $$`,
    );
    await rows(
      t,
      `CREATE TRIGGER poison_ticket BEFORE UPDATE ON tickets FOR EACH ROW
       WHEN (OLD.id = '${poison.id}') EXECUTE FUNCTION poison_ticket()`,
    );
    try {
      const batcher = new RouteBatcher(t.ctx, { maxInFlight: 1, maxBatch: 25 });
      const blocker = batcher.route({ ticketId: filed[0]!.id, round: 1 });
      const settled = await Promise.allSettled(
        filed.slice(1).map((f) => batcher.route({ ticketId: f.id, round: 1 })),
      );
      expect((await blocker).outcome).toBe("dispatched");
      expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
      expect((settled[1] as PromiseRejectedResult).reason).toBeInstanceOf(Error);
      const e = await effects(filed.map((f) => f.id));
      expect(e.dispatches.map((d) => d.ticket_id).sort()).toEqual(
        [filed[0]!.id, filed[1]!.id, filed[3]!.id].sort(),
      );
      expect(e.dispatches.every((d) => d.n === 1)).toBe(true);
      expect(e.notices).toBe(3);
    } finally {
      await rows(t, "DROP TRIGGER poison_ticket ON tickets");
      await rows(t, "DROP FUNCTION poison_ticket()");
    }
    // The queue retries the failed job: once the fault is gone it is routed, once.
    const batcher = new RouteBatcher(t.ctx, { maxInFlight: 1, maxBatch: 25 });
    expect((await batcher.route({ ticketId: poison.id, round: 1 })).outcome).toBe("dispatched");
    expect((await effects([poison.id])).dispatches).toEqual([{ ticket_id: poison.id, n: 1 }]);
  });
});

// Under libfaketime (LD_PRELOAD) PostgreSQL's lock_timeout never fires — checked directly: a
// 200 ms lock_timeout still waited after 20 s — so this test cannot run on a moved clock.
const underFaketime = /faketime/.test(process.env["LD_PRELOAD"] ?? "");

describe("a ticket locked by someone else", () => {
  it.skipIf(underFaketime)(
    "does not hold back the rest of its batch, and is routed once the lock is gone",
    async () => {
      const blockers = [await fileDistinct(), await fileDistinct()];
      const filed = [await fileDistinct(), await fileDistinct(), await fileDistinct()];
      const locked = filed[1]!;
      // A staff action (or anything) holding the ticket's row in an open transaction.
      const holder = new pg.Client({ connectionString: t.databaseUrl });
      await holder.connect();
      try {
        await holder.query("BEGIN");
        await holder.query(`SELECT 1 FROM tickets WHERE id = $1 FOR UPDATE`, [locked.id]);
        // Two slots busy with one job each; the three that arrive meanwhile form the next batch.
        const batcher = new RouteBatcher(t.ctx, { maxInFlight: 2, maxBatch: 25 });
        const first = blockers.map((b) => batcher.route({ ticketId: b.id, round: 1 }));
        const rest = filed.map((f) => batcher.route({ ticketId: f.id, round: 1 }));
        await Promise.all(first);
        const others = [filed[0]!, filed[2]!];
        await eventually(
          async () =>
            (await countOf(
              t,
              `SELECT count(*)::int AS n FROM tickets WHERE status='dispatched' AND id IN ('${others[0]!.id}','${others[1]!.id}')`,
            )) === 2,
          30_000,
          "the unlocked tickets dispatched while the other is locked",
        );
        expect(
          (await rows<{ status: string }>(t, `SELECT status FROM tickets WHERE id='${locked.id}'`))[0],
        ).toEqual({
          status: "received",
        });
        await holder.query("COMMIT");
        expect((await Promise.all(rest)).map((o) => o.outcome)).toEqual([
          "dispatched",
          "dispatched",
          "dispatched",
        ]);
      } finally {
        await holder.end();
      }
      const e = await effects(filed.map((f) => f.id));
      expect(e.dispatches.map((d) => d.n)).toEqual([1, 1, 1]);
      expect(e.notices).toBe(3);
    },
  );
});

describe("two route workers on one database and one queue", () => {
  let other: RunningContext;
  const workers: Worker[] = [];

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await other?.close();
  });

  it("route every ticket exactly once between them", async () => {
    const env = parseEnv({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      QUEUE_PREFIX: t.prefix,
      OUTBOX_POLL_MS: "200",
    });
    other = await createContext(
      env,
      { databaseUrl: t.databaseUrl, redisUrl: inject("redisUrl") },
      pino({ level: "silent" }),
      {
        now: clock.now,
      },
    );
    const completed: string[][] = [[], []];
    for (const [i, ctx] of [t.ctx, other].entries())
      for (const w of routeWorkers(ctx, { concurrency: 16, transactions: 2, batchMax: 5 })) {
        w.on("completed", (job) => completed[i]!.push((job.data as { ticketId: string }).ticketId));
        workers.push(w);
      }
    const filed = [];
    for (let i = 0; i < 40; i++) filed.push(await fileDistinct());
    // Both processes relay the outbox, as two `serve --role worker` would.
    await Promise.all([t.ctx.relay.start(), other.relay.start()]);
    const ids = filed.map((f) => f.id);
    const list = ids.map((id) => `'${id}'`).join(",");
    await eventually(
      async () =>
        (await countOf(
          t,
          `SELECT count(*)::int AS n FROM tickets WHERE status='dispatched' AND id IN (${list})`,
        )) === 40,
      60_000,
      "all 40 tickets dispatched",
    );
    await eventually(
      async () => ids.every((id) => [...completed[0]!, ...completed[1]!].includes(id)),
      30_000,
      "40 jobs completed",
    );
    const e = await effects(ids);
    expect(e.dispatches).toHaveLength(40);
    expect(e.dispatches.every((d) => d.n === 1)).toBe(true);
    expect(e.notices).toBe(40);
    expect(e.messages).toBe(40);
    // Each job ran in one process only (the earlier tests' jobs, relayed too, are skipped ones).
    const ran = [...completed[0]!, ...completed[1]!].filter((id) => ids.includes(id));
    expect(ran.sort()).toEqual([...ids].sort());
  });
});
