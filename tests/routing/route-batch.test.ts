import type { Worker } from "bullmq";
import pg from "pg";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { JobData } from "../../src/queue/queues.js";
import { RouteBatcher } from "../../src/routing/route-batch.js";
import type { RouteOutcome } from "../../src/routing/route-ticket.js";
import { routeWorkers } from "../../src/routing/route.worker.js";
import { createContext, type RunningContext } from "../../src/runtime/create-context.js";
import { parseEnv } from "../../src/runtime/env.schema.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countStatements } from "../support/statement-counter.js";
import { countOf, eventually, fileTicket, reload, rows, withPoisonedTicket } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z"); // Monday 10:00 in Shanghai
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

/** The tickets a route job carries: one, or a bulk job's members. */
/** A statement's first word, or a named statement's name without the hash of its shape. */
const verb = (s: string) =>
  s
    .split(" ")[0]!
    .toLowerCase()
    .replace(/_[0-9a-f]{12}$/, "");

function ticketsOf(data: JobData<"route">): string[] {
  return "bulk" in data ? data.bulk.map((m) => m.data.ticketId) : [data.ticketId];
}

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
    await withPoisonedTicket(t, poison.id, async () => {
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
    });
    // The queue retries the failed job: once the fault is gone it is routed, once.
    const batcher = new RouteBatcher(t.ctx, { maxInFlight: 1, maxBatch: 25 });
    expect((await batcher.route({ ticketId: poison.id, round: 1 })).outcome).toBe("dispatched");
    expect((await effects([poison.id])).dispatches).toEqual([{ ticket_id: poison.id, n: 1 }]);
  });
});

describe("merges in a shared transaction", () => {
  const fence = (n: number) => ({
    category: "municipal",
    summary: `文庙街${n}号楼门口施工围挡占用人行道`,
    description: `文庙街${n}号楼门口施工围挡把人行道全堵了，行人只能走机动车道，很危险。`,
    location: { community: "community.wenmiao", text: `文庙街${n}号楼` },
  });

  it("merges as routing alone would, and leaves merges into tickets of the batch for after it", async () => {
    // An open ticket two new reports duplicate, and a new ticket a newer report duplicates.
    const kept = await fileTicket(t, fence(8), "13900004001");
    expect(
      (await new RouteBatcher(t.ctx, { maxInFlight: 1, maxBatch: 25 }).route({ ticketId: kept.id })).outcome,
    ).toBe("dispatched");
    clock.advance(60_000);
    const dupA = await fileTicket(t, fence(8), "13900004002");
    const dupB = await fileTicket(t, fence(8), "13900004003");
    const fresh = await fileTicket(t, fence(9), "13900004004");
    clock.advance(60_000);
    const freshDup = await fileTicket(t, fence(9), "13900004005");
    const others = [await fileDistinct(), await fileDistinct()];

    const batcher = new RouteBatcher(t.ctx, { maxInFlight: 1, maxBatch: 25 });
    const blocker = batcher.route({ ticketId: others[0]!.id, round: 1 });
    const counter = countStatements(t.ctx.database.pool);
    let batchStatements: string[];
    let outcomes: RouteOutcome[];
    try {
      outcomes = await Promise.all(
        [dupA, dupB, fresh, freshDup, others[1]!].map((f) => batcher.route({ ticketId: f.id, round: 1 })),
      );
      await blocker;
      // The shared transaction is the longest; the deferred merges ran alone after it.
      const txs = counter.transactions();
      batchStatements = txs.reduce((a, b) => (b.length > a.length ? b : a));
      expect(txs).toHaveLength(1 + 1 + 2);
    } finally {
      counter.stop();
    }
    expect(outcomes.map((o) => o.outcome)).toEqual([
      "merged",
      "merged",
      "dispatched",
      "merged",
      "dispatched",
    ]);
    expect(outcomes[0]).toMatchObject({ intoTicketId: kept.id });
    expect(outcomes[1]).toMatchObject({ intoTicketId: kept.id });
    expect(outcomes[3]).toMatchObject({ intoTicketId: fresh.id });
    // One merge of the batch: its kept ticket locked, then read, in two statements of their own.
    expect(batchStatements.map(verb)).toEqual([
      "begin",
      "routing_load", // the batch's tickets
      "routing_duplicate_search", // their duplicate candidates
      "routing_lock_targets", // the kept ticket, locked
      "routing_load", // the kept ticket and its reporters, read after the lock
      "routing_write", // every row, SLA row, event, link and moved reporter
      "routing_dispatch_notices", // every notice
      "commit",
    ]);

    expect(await reload(t, dupA.id)).toMatchObject({ status: "merged", mergedIntoId: kept.id });
    expect(await reload(t, dupB.id)).toMatchObject({ status: "merged", mergedIntoId: kept.id });
    expect(await reload(t, freshDup.id)).toMatchObject({ status: "merged", mergedIntoId: fresh.id });
    expect(await reload(t, fresh.id)).toMatchObject({ status: "dispatched" });
    const reporters = await rows<{ ticket_id: string; n: number }>(
      t,
      `SELECT ticket_id, count(*)::int AS n FROM ticket_reporters
        WHERE ticket_id IN ('${kept.id}','${fresh.id}') GROUP BY 1 ORDER BY n DESC`,
    );
    expect(reporters).toEqual([
      { ticket_id: kept.id, n: 3 },
      { ticket_id: fresh.id, n: 2 },
    ]);
    // Each event once: the merge on each merged ticket, the merge_in on each kept one.
    const events = await rows<{ ticket_id: string; action: string; n: number }>(
      t,
      `SELECT ticket_id, action, count(*)::int AS n FROM ticket_events
        WHERE ticket_id IN ('${kept.id}','${dupA.id}','${dupB.id}','${fresh.id}','${freshDup.id}')
        GROUP BY 1, 2`,
    );
    const of = (id: string) =>
      Object.fromEntries(events.filter((e) => e.ticket_id === id).map((e) => [e.action, e.n]));
    expect(of(kept.id)).toEqual({ create: 1, dispatch: 1, merge_in: 2 });
    expect(of(dupA.id)).toEqual({ create: 1, merge: 1 });
    expect(of(dupB.id)).toEqual({ create: 1, merge: 1 });
    expect(of(fresh.id)).toEqual({ create: 1, dispatch: 1, merge_in: 1 });
    expect(of(freshDup.id)).toEqual({ create: 1, merge: 1 });
    const links = await rows<{
      ticket_id: string;
      other_ticket_id: string;
      status: string;
      decided_by: string;
    }>(
      t,
      `SELECT ticket_id, other_ticket_id, status, decided_by FROM ticket_links
        WHERE ticket_id IN ('${dupA.id}','${dupB.id}','${freshDup.id}') ORDER BY ticket_id`,
    );
    expect(links.map((l) => [l.ticket_id, l.other_ticket_id, l.status, l.decided_by]).sort()).toEqual(
      [
        [dupA.id, kept.id, "merged", "auto"],
        [dupB.id, kept.id, "merged", "auto"],
        [freshDup.id, fresh.id, "merged", "auto"],
      ].sort(),
    );
    // Each newly linked reporter is told once which number to follow; nobody is told twice.
    const told = await rows<{ resident_id: string; n: number }>(
      t,
      `SELECT resident_id, count(*)::int AS n FROM messages
        WHERE direction = 'out' AND text LIKE '%合并办理%'
          AND payload->>'ticketId' IN ('${kept.id}','${fresh.id}') GROUP BY 1`,
    );
    expect(told).toHaveLength(3);
    expect(told.every((r) => r.n === 1)).toBe(true);

    // Delivered again: nothing more happens.
    const again = await Promise.all(
      [dupA, dupB, freshDup].map((f) => batcher.route({ ticketId: f.id, round: 1 })),
    );
    expect(again.map((o) => o.outcome)).toEqual(["skipped", "skipped", "skipped"]);
    expect(
      await countOf(t, `SELECT count(*)::int AS n FROM ticket_reporters WHERE ticket_id='${kept.id}'`),
    ).toBe(3);
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
        w.on("completed", (job) => completed[i]!.push(...ticketsOf(job.data as JobData<"route">)));
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
    // Each ticket's job ran in one process only (the earlier tests' jobs, relayed too, are skipped
    // ones), whether it travelled alone or in a bulk job.
    const ran = [...completed[0]!, ...completed[1]!].filter((id) => ids.includes(id));
    expect(ran.sort()).toEqual([...ids].sort());
  });
});
