import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tickets } from "../../src/db/schema/index.js";
import { OPEN_STATUSES, TICKET_STATUSES } from "../../src/domain/ticket-status.js";
import { lightsOf } from "../../src/sla/live-lights.js";
import { supervisionPage } from "../../src/tickets/supervision-list.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

// 督办's candidates come from a partial index since migration 0061 (covering since 0062), and the page's full rows are
// read after the candidates' lights. These tests hold the page to the tickets the condition itself
// picks, read without that index (every ticket green: oldest first), and to sorting every full
// candidate by its light, as the route did.
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

const UNIT_A = "community.xisheng";
const UNIT_B = "community.luxi";

/** The candidates as the condition picks them with the partial index out of the planner's reach. */
async function byCondition(scope: ReturnType<typeof sql>[] = [], limit = 1000): Promise<string[]> {
  return t.ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_indexscan = off`);
    await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
    const r = await tx.execute<{ id: string }>(sql`SELECT id FROM tickets
      WHERE supervised AND status IN (${sql.join(
        OPEN_STATUSES.map((s) => sql`${s}`),
        sql`, `,
      )}) ${scope.length ? sql`AND ${sql.join(scope, sql` AND `)}` : sql``}
      ORDER BY created_at LIMIT ${limit}`);
    return r.rows.map((row) => row.id);
  });
}

/** The page as the route built it before: every full candidate, lit by lightsOf, sorted. */
const everyCandidate = async (scope: ReturnType<typeof sql>[], limit: number) => {
  const rows = await t.ctx.database.db
    .select()
    .from(tickets)
    .where(
      sql`${tickets.supervised} AND ${tickets.status} IN (${sql.join(
        OPEN_STATUSES.map((st) => sql`${st}`),
        sql`, `,
      )}) ${scope.length ? sql`AND ${sql.join(scope, sql` AND `)}` : sql``}`,
    )
    .orderBy(tickets.createdAt);
  const lights = await lightsOf(t.ctx, t.ctx.database.db, rows);
  const order = { red: 0, yellow: 1, green: 2 } as const;
  return rows
    .map((r, i) => ({ id: r.id, rank: order[lights[i]!.light] }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((r) => r.id);
};

const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id);

beforeAll(async () => {
  t = await createTestEnv({ clock });
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe("the supervision list's candidates", () => {
  it("is empty when nothing is supervised", async () => {
    expect(await supervisionPage(t.ctx, t.ctx.database.db, [], 100)).toEqual([]);
  });

  it("holds exactly the open supervised tickets, oldest first, in the caller's scope", async () => {
    const db = t.ctx.database.db;
    // Every status, supervised or not, in two units, each at its own minute.
    let i = 0;
    for (const status of TICKET_STATUSES)
      for (const supervised of [true, false])
        for (const unit of [UNIT_A, UNIT_B]) {
          i++;
          const at = new Date(Date.UTC(2026, 10, 20, 0, (i * 37) % 600)).toISOString();
          await db.execute(sql`INSERT INTO tickets (ref, kind, category, summary, description, urgency,
              status, unit_id, supervised, channel, engine, created_at, updated_at)
            VALUES (${`ZT20261120-${String(i).padStart(4, "0")}`}, 'complaint', 'other', '督办', '督办',
              'normal', ${status}, ${unit}, ${supervised}, 'web', 'offline', ${at}, ${at})`);
        }
    const all = await ids(supervisionPage(t.ctx, db, [], 1000));
    expect(all).toEqual(await byCondition());
    // Each open status twice (two units), nothing merged, closed or cancelled.
    expect(all).toHaveLength(OPEN_STATUSES.length * 2);
    const scope = [sql`${tickets.unitId} = ${UNIT_A}`];
    expect(await ids(supervisionPage(t.ctx, db, scope, 1000))).toEqual(await byCondition(scope));
    expect(await ids(supervisionPage(t.ctx, db, [sql`false`], 100))).toEqual([]);
    expect(await ids(supervisionPage(t.ctx, db, [], 3))).toEqual(await byCondition([], 3));
  });

  it("follows a ticket in and out of the list as its mark and status change", async () => {
    const db = t.ctx.database.db;
    await db.execute(sql`UPDATE tickets SET status = 'closed' WHERE ref = 'ZT20261120-0001'`);
    await db.execute(sql`UPDATE tickets SET supervised = true WHERE ref = 'ZT20261120-0002'`);
    await db.execute(sql`UPDATE tickets SET supervised = false WHERE ref = 'ZT20261120-0005'`);
    expect(await ids(supervisionPage(t.ctx, db, [], 1000))).toEqual(await byCondition());
  });

  it("pages red, then yellow, then green, oldest first within each, as sorting every candidate did", async () => {
    const db = t.ctx.database.db;
    const now = t.ctx.now().getTime();
    const at = (hours: number) => new Date(now + hours * 3_600_000).toISOString();
    // Lights of every kind among the supervised open tickets: acceptance overdue (red), acceptance
    // due soon (yellow), an emergency no unit holds (red), and the rest without deadlines (green).
    const deadlines = (ref: string, yellow: number, red: number) =>
      db.execute(sql`UPDATE tickets SET status = 'dispatched', dispatched_at = ${at(-72)},
          first_contact_due_at = ${at(-71)}, accept_yellow_at = ${at(yellow)}, accept_red_at = ${at(red)},
          resolve_due_at = ${at(96)}
        WHERE ref = ${ref}`);
    await deadlines("ZT20261120-0009", -48, -24);
    await deadlines("ZT20261120-0010", -1, 24);
    await deadlines("ZT20261120-0013", -30, -2);
    await deadlines("ZT20261120-0017", -2, 10);
    await db.execute(sql`UPDATE tickets SET urgency = 'emergency', status = 'received', unit_id = NULL
      WHERE ref = 'ZT20261120-0021'`);
    const scope = [sql`${tickets.unitId} = ${UNIT_A}`];
    for (const limit of [1, 3, 5, 100]) {
      expect(await ids(supervisionPage(t.ctx, db, [], limit)), `limit ${limit}`).toEqual(
        await everyCandidate([], limit),
      );
      expect(await ids(supervisionPage(t.ctx, db, scope, limit)), `scoped, limit ${limit}`).toEqual(
        await everyCandidate(scope, limit),
      );
    }
    const page = await supervisionPage(t.ctx, db, [], 100);
    const lights = (await lightsOf(t.ctx, db, page)).map((l) => l.light);
    // The lights really differ: three red first, then two yellow, then green.
    expect(lights.slice(0, 5)).toEqual(["red", "red", "red", "yellow", "yellow"]);
    expect(new Set(lights.slice(5))).toEqual(new Set(["green"]));
    // Full rows, as the route shows them.
    expect(page[0]).toHaveProperty("summary", "督办");
    expect(await supervisionPage(t.ctx, db, [sql`false`], 100)).toEqual([]);
  });

  it("lights a candidate from its SLA row, read in the same statement, as lightsOf does", async () => {
    const db = t.ctx.database.db;
    const now = t.ctx.now().getTime();
    const at = (hours: number) => new Date(now + hours * 3_600_000).toISOString();
    // Accepted in time, resolution due in four days: green by its own deadlines, yellow only by the
    // "due soon" instant its SLA row holds (a policy's offset the ticket row does not carry).
    await db.execute(sql`UPDATE tickets SET status = 'accepted', dispatched_at = ${at(-72)},
        first_contact_due_at = ${at(-71)}, accept_yellow_at = ${at(-60)}, accept_red_at = ${at(-48)},
        accepted_at = ${at(-70)}, first_contact_at = ${at(-70)}, resolve_due_at = ${at(96)}
      WHERE ref = 'ZT20261120-0030'`);
    await db.execute(sql`INSERT INTO ticket_sla (ticket_id, resolve_yellow_at)
      SELECT id, ${at(-1)}::timestamptz FROM tickets WHERE ref = 'ZT20261120-0030'`);
    const scope = [sql`${tickets.unitId} = ${UNIT_B}`];
    for (const limit of [1, 4, 100]) {
      expect(await ids(supervisionPage(t.ctx, db, [], limit)), `limit ${limit}`).toEqual(
        await everyCandidate([], limit),
      );
      expect(await ids(supervisionPage(t.ctx, db, scope, limit)), `scoped, limit ${limit}`).toEqual(
        await everyCandidate(scope, limit),
      );
    }
    const page = await supervisionPage(t.ctx, db, [], 100);
    const lit = await lightsOf(t.ctx, db, page);
    expect(lit[page.findIndex((r) => r.ref === "ZT20261120-0030")]!.light).toBe("yellow");
    // Without its SLA row the same ticket is green again, and moves behind every yellow.
    await db.execute(
      sql`DELETE FROM ticket_sla WHERE ticket_id = (SELECT id FROM tickets WHERE ref = 'ZT20261120-0030')`,
    );
    expect(await ids(supervisionPage(t.ctx, db, [], 100))).toEqual(await everyCandidate([], 100));
  });

  it("reads the candidates from the covering index alone", async () => {
    const db = t.ctx.database.db;
    await db.execute(sql`VACUUM ANALYZE tickets`);
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
      const plan = await tx.execute<{ "QUERY PLAN": string }>(sql`EXPLAIN SELECT id, status, urgency,
          triage, unit_id, tier, dispatched_at, accepted_at, first_contact_at, resolved_at,
          first_contact_due_at, accept_yellow_at, accept_red_at, resolve_due_at
        FROM tickets WHERE supervised = true AND status IN (${sql.join(
          OPEN_STATUSES.map((s) => sql`${s}`),
          sql`, `,
        )}) ORDER BY created_at LIMIT 1000`);
      expect(plan.rows.map((r) => r["QUERY PLAN"]).join("\n")).toContain(
        "Index Only Scan using tickets_supervised_open_idx",
      );
    });
  });

  it("is served by the partial index, whose statuses are the open ones", async () => {
    const db = t.ctx.database.db;
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const plan = await tx.execute<{ "QUERY PLAN": string }>(sql`EXPLAIN SELECT * FROM tickets
        WHERE supervised = true AND status IN (${sql.join(
          OPEN_STATUSES.map((s) => sql`${s}`),
          sql`, `,
        )}) ORDER BY created_at LIMIT 1000`);
      expect(plan.rows.map((r) => r["QUERY PLAN"]).join("\n")).toContain("tickets_supervised_open_idx");
    });
    const r = await db.execute<{ def: string }>(
      sql`SELECT pg_get_indexdef('tickets_supervised_open_idx'::regclass) AS def`,
    );
    const listed = [...r.rows[0]!.def.matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...OPEN_STATUSES].sort());
  });
});
