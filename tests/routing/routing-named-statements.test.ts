import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { isStalePlan } from "../../src/db/stale-statements.js";
import { duplicateSearchFor, findDuplicatesForBatch } from "../../src/routing/duplicates.js";
import { RouteBatcher } from "../../src/routing/route-batch.js";
import type { RouteOutcome } from "../../src/routing/route-ticket.js";
import { loadForRouting } from "../../src/routing/routing-reads.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { waitFor } from "../support/wait-for.js";
import { fileTicket, reload } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
}, 120_000);
afterAll(async () => {
  await t.close();
});

let building = 1;
async function fileLift(phone: string, n = building++) {
  clock.advance(60_000);
  return fileTicket(
    t,
    {
      summary: `西盛家园${n}号楼电梯坏了`,
      description: `西盛家园${n}号楼电梯坏了两天了，老人上下楼很困难。`,
      location: { text: `西盛家园${n}号楼` },
    },
    phone,
  );
}

/** The named statements of the one connection `db` holds, with how often each was planned. */
async function prepared(db: Database, prefix: string) {
  const r = await db.db.execute<{ name: string; generic_plans: number; custom_plans: number }>(
    sql`SELECT name, generic_plans::int, custom_plans::int FROM pg_prepared_statements
         WHERE name LIKE ${`${prefix}%`}`,
  );
  return r.rows;
}

/** What the caller keeps of a search: per ticket, the candidates' ids and suggestions in order. */
function answer(found: Awaited<ReturnType<typeof findDuplicatesForBatch>>) {
  return [...found.entries()].map(([id, list]) => [
    id,
    list.map((m) => `${m.ticket.id}:${m.score.suggestion}:${m.score.score.toFixed(6)}`),
  ]);
}

async function routeWithRetries(
  batcher: RouteBatcher,
  ticketId: string,
): Promise<{ out: RouteOutcome; failures: unknown[] }> {
  const failures: unknown[] = [];
  for (;;) {
    try {
      return { out: await batcher.route({ ticketId, round: 1 }), failures };
    } catch (err) {
      // The queue's retry: the job runs again.
      failures.push(err);
      if (failures.length > 3) throw err;
    }
  }
}

describe("routing's statements as named prepared statements", () => {
  it("give the unnamed statement's answers, from custom plans, from the generic plan and after a reconnect", async () => {
    // Pairs of reports of one lift each (the later one a duplicate of the earlier), others between.
    const first = [];
    for (let i = 0; i < 4; i++) first.push(await fileLift(`1390000${1000 + i}`, 40 + i));
    for (let i = 0; i < 6; i++) await fileLift(`1390000${2000 + i}`);
    const later = [];
    for (let i = 0; i < 4; i++)
      later.push(await reload(t, (await fileLift(`1390000${3000 + i}`, 40 + i)).id));
    await t.ctx.database.db.execute(sql`ANALYZE tickets`);

    const one = openDatabase(t.databaseUrl, { max: 1 });
    try {
      const reference = answer(await findDuplicatesForBatch(t.ctx.database.db, t.ctx, later));
      // Every ticket's earlier report is offered as its duplicate.
      expect(reference.map(([, list]) => (list as string[])[0]?.split(":")[0])).toEqual(
        first.map((f) => f.id),
      );
      const unnamed = await one.db.execute(duplicateSearchFor(t.ctx, later));
      const sortRows = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();

      // Five custom plans, then PostgreSQL's generic one: every run the same answer.
      for (let run = 0; run < 8; run++) {
        expect(answer(await findDuplicatesForBatch(one.db, t.ctx, later))).toEqual(reference);
        // And one batch at a time, as the worker sends them.
        expect(answer(await findDuplicatesForBatch(one.db, t.ctx, [later[run % 4]!]))).toEqual([
          reference[run % 4],
        ]);
      }
      const stmts = await prepared(one, "routing_duplicate_search_");
      expect(stmts).toHaveLength(1);
      expect(stmts[0]!.generic_plans).toBeGreaterThan(0);
      expect(stmts[0]!.custom_plans).toBe(5);
      // The raw rows of the named statement are the unnamed statement's, field for field.
      const { executeNamed } = await import("../../src/db/named-statements.js");
      const named = await executeNamed(one.db, "routing_duplicate_search", duplicateSearchFor(t.ctx, later));
      expect(sortRows(named.rows)).toEqual(sortRows(unnamed.rows));

      // The connection goes away (a PostgreSQL restart, a failover): the pool opens another, on
      // which the statement is prepared again.
      const [{ pid }] = (await one.db.execute<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`)).rows as [
        { pid: number },
      ];
      await t.ctx.database.db.execute(sql`SELECT pg_terminate_backend(${pid})`);
      await waitFor(() => one.pool.totalCount === 0, 15_000, "the pool to drop the terminated connection");
      expect(answer(await findDuplicatesForBatch(one.db, t.ctx, later))).toEqual(reference);
      const [{ pid: again }] = (await one.db.execute<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`))
        .rows as [{ pid: number }];
      expect(again).not.toBe(pid);
      expect(await prepared(one, "routing_duplicate_search_")).toEqual([
        expect.objectContaining({ custom_plans: 1, generic_plans: 0 }),
      ]);
    } finally {
      await one.close();
    }
  }, 180_000);

  it("plans a route transaction's statements once per connection, from its first run, and only inside it", async () => {
    const kept = await fileLift("13900007001", 80);
    const dup = await reload(t, (await fileLift("13900007002", 80)).id);
    const one = openDatabase(t.databaseUrl, { max: 1 });
    try {
      const reference = answer(await findDuplicatesForBatch(t.ctx.database.db, t.ctx, [dup]));
      expect((reference[0]![1] as string[])[0]).toMatch(new RegExp(`^${kept.id}:`));
      for (let run = 0; run < 3; run++) {
        const found = await one.db.transaction(async (tx) => {
          const views = await loadForRouting(tx, [dup.id], "200ms", true);
          return findDuplicatesForBatch(tx, t.ctx, [views.get(dup.id)!.ticket]);
        });
        expect(answer(found)).toEqual(reference);
      }
      expect(await prepared(one, "routing_duplicate_search_")).toEqual([
        expect.objectContaining({ generic_plans: 3, custom_plans: 0 }),
      ]);
      // SET LOCAL: the connection's later statements plan as PostgreSQL chooses again.
      const mode = await one.db.execute<{ plan_cache_mode: string }>(sql`SHOW plan_cache_mode`);
      expect(mode.rows[0]!.plan_cache_mode).toBe("auto");
    } finally {
      await one.close();
    }
  }, 60_000);

  it("reads the same routing rows named as unnamed", async () => {
    const a = await fileLift("13900004001");
    const b = await fileLift("13900004002");
    const one = openDatabase(t.databaseUrl, { max: 1 });
    try {
      const reference = await one.db.transaction((tx) => loadForRouting(tx, [a.id, b.id], "200ms"));
      for (let run = 0; run < 7; run++) {
        const got = await one.db.transaction((tx) => loadForRouting(tx, [a.id, b.id], "200ms"));
        expect(got).toEqual(reference);
        expect(await loadForRouting(one.db, [b.id])).toEqual(new Map([[b.id, reference.get(b.id)]]));
      }
      expect(reference.get(a.id)!.ticket).toEqual(await reload(t, a.id));
      expect((await prepared(one, "routing_load_")).map((s) => s.generic_plans > 0)).toEqual([true, true]);
    } finally {
      await one.close();
    }
  }, 60_000);

  it("recovers after a migration changes a column a prepared statement returns: one failed call, then routed once", async () => {
    const pool = openDatabase(t.databaseUrl, { max: 3 });
    try {
      // Three connections, each with routing's statements prepared.
      await Promise.all(
        [0, 1, 2].map(() =>
          pool.db.transaction(async (tx) => {
            await loadForRouting(tx, [], "200ms");
            await new Promise((r) => setTimeout(r, 100));
          }),
        ),
      );
      expect(pool.pool.totalCount).toBe(3);
      // A migration run by another process while this one keeps its statements: the column's type
      // changes, so the statement's result type does.
      await t.ctx.database.db.execute(
        sql`ALTER TABLE ticket_sla ALTER COLUMN resolve_basis TYPE varchar(200)`,
      );
      const ticket = await fileLift("13900005001");
      const failures: unknown[] = [];
      let got: Awaited<ReturnType<typeof loadForRouting>> | undefined;
      for (let attempt = 0; attempt < 6; attempt++) {
        try {
          got = await pool.db.transaction((tx) => loadForRouting(tx, [ticket.id], "200ms"));
        } catch (err) {
          failures.push(err);
        }
      }
      // Only the first use of a stale statement fails; the pool's other connections forget theirs.
      expect(failures).toHaveLength(1);
      expect(isStalePlan(failures[0])).toBe(true);
      expect(got?.get(ticket.id)?.ticket.id).toBe(ticket.id);
      // Outside a transaction too.
      expect((await loadForRouting(pool.db, [ticket.id])).get(ticket.id)?.ticket.id).toBe(ticket.id);
    } finally {
      await pool.close();
    }

    // The worker's own pool, warmed by routing before the change: the route job that meets the
    // stale statement fails and is retried, and each ticket is routed and dispatched once.
    const batcher = new RouteBatcher(t.ctx, { maxInFlight: 2, maxBatch: 25 });
    const warm = await Promise.all(
      [await fileLift("13900006001"), await fileLift("13900006002")].map((f) =>
        batcher.route({ ticketId: f.id, round: 1 }),
      ),
    );
    expect(warm.map((o) => o.outcome)).toEqual(["dispatched", "dispatched"]);
    await t.ctx.database.db.execute(sql`ALTER TABLE ticket_sla ALTER COLUMN resolve_basis TYPE text`);
    const filed = [
      await fileLift("13900006003"),
      await fileLift("13900006004"),
      await fileLift("13900006005"),
    ];
    const routed = [];
    for (const f of filed) routed.push(await routeWithRetries(batcher, f.id));
    expect(routed.map((r) => r.out.outcome)).toEqual(["dispatched", "dispatched", "dispatched"]);
    const failures = routed.flatMap((r) => r.failures);
    expect(failures.length).toBeLessThanOrEqual(1);
    expect(failures.every(isStalePlan)).toBe(true);
    const { rows: dispatches } = await t.ctx.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ticket_events
           WHERE action = 'dispatch' AND ticket_id IN (${sql.join(
             filed.map((f) => sql`${f.id}::uuid`),
             sql`, `,
           )})
           GROUP BY ticket_id`,
    );
    expect(dispatches.map((d) => d.n)).toEqual([1, 1, 1]);
  }, 120_000);
});
