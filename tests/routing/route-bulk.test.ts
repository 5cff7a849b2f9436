import type { Job } from "bullmq";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sweepStuckWork } from "../../src/queue/recovery-sweep.js";
import type { JobData } from "../../src/queue/queues.js";
import { batchedRouteHandler, routeWorkers } from "../../src/routing/route.worker.js";
import { loseRedisData } from "../support/redis-loss.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countOf, eventually, fileTicket, rows, withPoisonedTicket } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z"); // Monday 10:00 in Shanghai
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});
// The handler is called directly in most tests: the jobs it was given stay in the queue.
afterEach(async () => {
  await t.ctx.queues.route.drain(true);
});

let nextBuilding = 1;
/** A ticket of its own building (never a duplicate of another), reported by its own resident. */
async function fileDistinct() {
  const n = nextBuilding++;
  return fileTicket(
    t,
    {
      summary: `鹿溪小区${n}号楼楼道灯不亮`,
      description: `鹿溪小区${n}号楼楼道灯不亮了，晚上看不见路。`,
      location: { text: `鹿溪小区${n}号楼`, community: "community.luxi" },
    },
    `1390002${String(n).padStart(4, "0")}`,
  );
}

/**
 * Relays every pending outbox row and returns how many: the relay skips a pass while its Redis
 * connection is still coming up (a loaded machine), so it is asked until nothing is pending.
 */
async function relayAll(): Promise<number> {
  let relayed = 0;
  await eventually(
    async () => {
      relayed += await t.ctx.relay.drain();
      return (await countOf(t, "SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL")) === 0;
    },
    15_000,
    "the outbox relayed",
  );
  return relayed;
}

/** The route queue's jobs that will still run, as the worker would receive them. */
async function liveRouteJobs(): Promise<{ id: string; name: string; data: JobData<"route"> }[]> {
  const jobs = await t.ctx.queues.route.getJobs(["wait", "delayed", "active", "prioritized"]);
  return jobs.map((j) => ({ id: j.id!, name: j.name, data: j.data as JobData<"route"> }));
}

/** Every ticket's dispatch events, unit notices and resident messages, counted per ticket. */
async function effects(ids: string[]) {
  const list = ids.map((id) => `'${id}'`).join(",");
  const per = async (query: string) =>
    Object.fromEntries(
      (await rows<{ id: string; n: number }>(t, query)).map((r) => [r.id, r.n] as const),
    ) as Record<string, number>;
  return {
    dispatches: await per(
      `SELECT ticket_id AS id, count(*)::int AS n FROM ticket_events WHERE action='dispatch' AND ticket_id IN (${list}) GROUP BY 1`,
    ),
    notices: await per(
      `SELECT ticket_id AS id, count(*)::int AS n FROM notifications WHERE purpose='dispatch' AND ticket_id IN (${list}) GROUP BY 1`,
    ),
    messages: await per(
      `SELECT payload->>'ticketId' AS id, count(*)::int AS n FROM messages WHERE direction='out' AND payload->>'ticketId' IN (${list}) GROUP BY 1`,
    ),
  };
}

const once = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 1]));

/**
 * The daily rollup (compacted counts plus pending deltas, written by the tickets' trigger) against a
 * recount of the tickets themselves: equal when every committed routing write was counted once and
 * nothing rolled back was counted.
 */
async function expectRollupExact(): Promise<void> {
  const tracked = await rows(
    t,
    `SELECT day::text, unit_id, closed_day::text, resolved, sum(n)::int AS n FROM (
       SELECT day, unit_id, closed_day, resolved, n FROM ticket_day_counts
       UNION ALL SELECT day, unit_id, closed_day, resolved, n FROM ticket_day_deltas) u
      GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4`,
  );
  const recounted = await rows(
    t,
    `SELECT d.day::text, d.unit_id, d.closed_day::text, d.resolved, count(*)::int AS n
       FROM tickets t, ticket_day_deltas_of(t, (SELECT timezone FROM report_settings), 1) d
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  );
  expect(recounted.length).toBeGreaterThan(0);
  expect(tracked).toEqual(recounted);
}
const noJob = {} as Job;

describe("route work handed over in bulk jobs", () => {
  it("carries several tickets in one job, routes each once, and a second delivery changes nothing", async () => {
    const filed = [await fileDistinct(), await fileDistinct(), await fileDistinct()];
    const ids = filed.map((f) => f.id);
    expect(await relayAll()).toBe(3);
    const jobs = await liveRouteJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.name).toBe("route-bulk");
    const data = jobs[0]!.data;
    expect("bulk" in data && data.bulk).toEqual(
      ids.map((id) => ({ jobId: `route_${id}_1`, data: { ticketId: id, round: 1 } })),
    );

    // Delivered twice at the same moment to two consumers (two processes), then once more later.
    const [a, b] = await Promise.all([
      batchedRouteHandler(t.ctx)(data, noJob),
      batchedRouteHandler(t.ctx)(data, noJob),
    ]);
    const sum = (...rs: (string | Record<string, number>)[]) =>
      rs.reduce<Record<string, number>>((acc, r) => {
        for (const [k, v] of Object.entries(typeof r === "string" ? { [r]: 1 } : r))
          acc[k] = (acc[k] ?? 0) + v;
        return acc;
      }, {});
    expect(sum(a!, b!)).toEqual({ dispatched: 3, skipped: 3 });
    expect(await batchedRouteHandler(t.ctx)(data, noJob)).toEqual({ skipped: 3 });
    expect(await effects(ids)).toEqual({ dispatches: once(ids), notices: once(ids), messages: once(ids) });
    // No member was sent back to the queue on its own.
    expect((await liveRouteJobs()).map((j) => j.name)).toEqual(["route-bulk"]);
  });

  it("hands a lone route row over as the ticket's own job", async () => {
    await relayAll();
    const lone = await fileDistinct();
    // Whichever pass relays it (this one, or one a previous routing kicked off), it goes alone.
    await relayAll();
    expect((await liveRouteJobs()).map((j) => [j.id, j.data])).toEqual([
      [`route_${lone.id}_1`, { ticketId: lone.id, round: 1 }],
    ]);
    expect(await batchedRouteHandler(t.ctx)({ ticketId: lone.id, round: 1 }, noJob)).toBe("dispatched");
  });

  it("lets a failing ticket fail alone: it goes back to the queue as its own job, the others are routed", async () => {
    const filed = [await fileDistinct(), await fileDistinct(), await fileDistinct()];
    const poison = filed[1]!;
    const data: JobData<"route"> = {
      bulk: filed.map((f) => ({ jobId: `route_${f.id}_1`, data: { ticketId: f.id, round: 1 } })),
    };
    await withPoisonedTicket(t, poison.id, async () => {
      expect(await batchedRouteHandler(t.ctx)(data, noJob)).toEqual({ dispatched: 2, retried: 1 });
    });
    const others = [filed[0]!.id, filed[2]!.id];
    expect((await effects(others)).dispatches).toEqual(once(others));
    expect(
      await countOf(
        t,
        `SELECT count(*)::int AS n FROM tickets WHERE id='${poison.id}' AND status='received'`,
      ),
    ).toBe(1);
    // Its own job, under the id the recovery sweep looks for, with the queue's retries and backoff.
    const retry = await t.ctx.queues.route.getJob(`route_${poison.id}_1`);
    expect(retry?.data).toEqual({ ticketId: poison.id, round: 1 });
    expect(retry?.opts.attempts).toBe(8);
    expect(await retry!.getState()).toBe("delayed");
    // The retry routes it; the bulk job delivered again routes nothing more.
    expect(await batchedRouteHandler(t.ctx)(retry!.data as JobData<"route">, noJob)).toBe("dispatched");
    expect(await batchedRouteHandler(t.ctx)(data, noJob)).toEqual({ skipped: 3 });
    const ids = filed.map((f) => f.id);
    expect(await effects(ids)).toEqual({ dispatches: once(ids), notices: once(ids), messages: once(ids) });
  });

  it("keeps the daily rollup exact when a bulk job with a failing ticket is delivered twice at once", async () => {
    const filed = [await fileDistinct(), await fileDistinct(), await fileDistinct(), await fileDistinct()];
    const ids = filed.map((f) => f.id);
    const poison = filed[2]!;
    const data: JobData<"route"> = {
      bulk: filed.map((f) => ({ jobId: `route_${f.id}_1`, data: { ticketId: f.id, round: 1 } })),
    };
    // The day counts are written by a statement trigger: a batch rolled back must leave no delta.
    await withPoisonedTicket(t, poison.id, async () => {
      await Promise.all([batchedRouteHandler(t.ctx)(data, noJob), batchedRouteHandler(t.ctx)(data, noJob)]);
    });
    const others = ids.filter((id) => id !== poison.id);
    expect((await effects(others)).dispatches).toEqual(once(others));
    await expectRollupExact();
    // The failed member's own retry routes it; the bulk job delivered once more changes nothing.
    const retry = await t.ctx.queues.route.getJob(`route_${poison.id}_1`);
    expect(await batchedRouteHandler(t.ctx)(retry!.data as JobData<"route">, noJob)).toBe("dispatched");
    expect(await batchedRouteHandler(t.ctx)(data, noJob)).toEqual({ skipped: 4 });
    expect(await effects(ids)).toEqual({ dispatches: once(ids), notices: once(ids), messages: once(ids) });
    await expectRollupExact();
  });

  it("after Redis loses its data, the sweep re-creates route work a bulk job carried; each ticket is routed once", async () => {
    const filed = [await fileDistinct(), await fileDistinct(), await fileDistinct(), await fileDistinct()];
    const ids = filed.map((f) => f.id);
    // The tickets whose route work is in the queue. A loaded machine's relay may split one pass's
    // rows over a bulk job and a single one; either way the work is there.
    const queued = async () =>
      (await liveRouteJobs())
        .flatMap((j) => ("bulk" in j.data ? j.data.bulk.map((m) => m.data.ticketId) : [j.data.ticketId]))
        .filter((id) => ids.includes(id))
        .sort();
    await relayAll();
    expect(await queued()).toEqual([...ids].sort());
    // While the bulk job waits, its tickets' work is present: nothing to re-create.
    expect((await sweepStuckWork(t.ctx)).route).toBe(0);

    await loseRedisData(t);
    expect(await liveRouteJobs()).toEqual([]);
    expect((await sweepStuckWork(t.ctx)).route).toBe(4);
    await relayAll();
    expect(await queued()).toEqual([...ids].sort());

    const workers = routeWorkers(t.ctx, { concurrency: 4 });
    try {
      await eventually(
        async () => Object.keys((await effects(ids)).dispatches).length === 4,
        30_000,
        "the four tickets dispatched",
      );
      await eventually(async () => (await liveRouteJobs()).length === 0, 30_000, "the route queue drained");
    } finally {
      await Promise.all(workers.map((w) => w.close()));
    }
    expect(await effects(ids)).toEqual({ dispatches: once(ids), notices: once(ids), messages: once(ids) });
    expect((await sweepStuckWork(t.ctx)).route).toBe(0);
    await expectRollupExact();
  });
});
