import { sql, type SQL } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ticketScopeSql } from "../../src/auth/scope.js";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import type { TicketRow } from "../../src/db/repositories/tickets.repository.js";
import { compactDayCounts, ensureDayCounts, rebuildDayCounts } from "../../src/reports/day-counts.js";
import { periodOf } from "../../src/reports/period.js";
import { recurringGroupsSql, recurringProblemsOf } from "../../src/reports/recurring-problems.js";
import { parseLocalDate } from "../../src/domain/local-time.js";
import { performTicketAction } from "../../src/tickets/ticket-actions.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { plainTopTen } from "./plain-top-ten.js";
import { fileTicket, rows } from "../routing/helpers.js";

// The recurring problems' rollup (drizzle/0063_report_group_day_counts.sql) must never be wrong:
// every answer read through it is compared with the plain query over the tickets (every group
// counted, people exactly), after each kind of change a ticket goes through, and the rollup itself
// key by key with the tickets.

const TZ = "Asia/Shanghai";
// Monday 9 November 2026, 10:00 in Shanghai.
const clock = testClock("2026-11-09T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

const dispatcher: StaffPrincipal = { id: "d1", role: "dispatcher", unitId: null };
const street: StaffPrincipal = { id: "s1", role: "unit", unitId: "street.qimashan" };
const haixi: StaffPrincipal = { id: "c1", role: "unit", unitId: "community.haixi" };
const SCOPES: [StaffPrincipal, string[] | null][] = [
  [dispatcher, null],
  [street, ["street.qimashan", "community.luxi", "community.xisheng", "community.shuikujie"]],
  [haixi, ["community.haixi"]],
];
const week = (day: string) => periodOf("week", parseLocalDate(day), TZ);
const WEEK = week("2026-11-09");
const PREVIOUS = week("2026-11-02");

/** The dashboard's answer, through the rollup (unitIds given) or the tickets (left out). */
async function answer(
  period: { from: Date; to: Date },
  staff: StaffPrincipal,
  units: string[] | null | undefined,
) {
  const scope: SQL[] = ticketScopeSql(t.ctx.config, staff, { assisting: false });
  const got = await recurringProblemsOf(t.ctx.database.db, t.ctx.config, {
    ...period,
    scope,
    ...(units !== undefined ? { unitIds: units } : {}),
  });
  return got.map(({ communityId, category, tickets, reporters }) => ({
    communityId,
    category,
    tickets,
    reporters,
  }));
}

/** The rollup's netted keys equal the tickets counted per key, and its answers the plain ones. */
async function expectExact(periods: { from: Date; to: Date }[] = [WEEK, PREVIOUS]) {
  const rolled = await rows(
    t,
    `SELECT day::text, community_id, category, unit_id, sum(n)::int AS n FROM (
       SELECT day, community_id, category, unit_id, n FROM ticket_group_day_counts
       UNION ALL SELECT day, community_id, category, unit_id, n FROM ticket_group_day_deltas) u
     GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4`,
  );
  const counted = await rows(
    t,
    `SELECT (created_at AT TIME ZONE '${TZ}')::date::text AS day, community_id, category,
            coalesce(unit_id, '') AS unit_id, count(*)::int AS n
       FROM tickets WHERE community_id IS NOT NULL AND status <> 'cancelled'
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  );
  expect(rolled).toEqual(counted);
  for (const period of periods)
    for (const [staff, units] of SCOPES) {
      const want = await plainTopTen(t, period, units);
      expect(await answer(period, staff, units)).toEqual(want);
      expect(await answer(period, staff, undefined)).toEqual(want);
    }
}

/** Whether the statement read the rollup (its scan ran) rather than the tickets' fallback. */
async function readsRollup(period: { from: Date; to: Date }): Promise<boolean> {
  const { query } = recurringGroupsSql({ ...period, scope: [], unitIds: null, timeZone: TZ });
  const r = await t.ctx.database.db.execute<{ "QUERY PLAN": string }>(sql`EXPLAIN (ANALYZE) ${query}`);
  const scans = r.rows.map((x) => x["QUERY PLAN"]).filter((l) => l.includes("on ticket_group_day_counts"));
  expect(scans.length).toBeGreaterThan(0);
  return scans.every((l) => !l.includes("never executed"));
}

const at = (iso: string) => clock.set(new Date(iso));
const file = (community: string | null, category: string, phone: string | null) =>
  fileTicket(
    t,
    { category, summary: `${category}问题`, ...(community ? { location: { community } } : {}) },
    phone,
  );

/**
 * A copy of a ticket under a new id and reference, written by a bare INSERT (no events, no
 * reporters), so that it can also be deleted: no product path deletes a ticket, and its events are
 * append-only.
 */
const copySql = (id: string, suffix: string, category: string) =>
  `INSERT INTO tickets SELECT (jsonb_populate_record(NULL::tickets, to_jsonb(t) || jsonb_build_object(
      'id', gen_random_uuid(), 'ref', t.ref || '${suffix}', 'category', '${category}'))).*
    FROM tickets t WHERE id = '${id}' RETURNING id`;

const filed: TicketRow[] = [];

describe("the recurring problems' rollup", () => {
  it("is empty and answers nothing for a period without tickets", async () => {
    expect(await answer(WEEK, dispatcher, null)).toEqual([]);
    expect(await readsRollup(WEEK)).toBe(true);
    await expectExact();
  });

  it("counts a ticket at 23:59 and one at 00:00 local time on their own local days", async () => {
    // Sunday 8 November 23:59 and Monday 9 November 00:00 and 00:01 in Shanghai: the first belongs
    // to the previous week, with one more ticket of the same group that week.
    at("2026-11-08T02:00:00Z");
    filed.push(await file("community.haixi", "noise", "13955500001"));
    at("2026-11-08T15:59:00Z");
    filed.push(await file("community.haixi", "noise", "13955500002"));
    at("2026-11-08T16:00:00Z");
    filed.push(await file("community.haixi", "noise", "13955500003"));
    at("2026-11-08T16:01:00Z");
    filed.push(await file("community.haixi", "noise", "13955500004"));
    await t.ctx.database.db.execute(sql`UPDATE tickets SET unit_id = community_id, status = 'dispatched'`);
    const group = { communityId: "community.haixi", category: "noise" };
    expect(await answer(WEEK, dispatcher, null)).toEqual([{ ...group, tickets: 2, reporters: 2 }]);
    expect(await answer(PREVIOUS, dispatcher, null)).toEqual([{ ...group, tickets: 2, reporters: 2 }]);
    // A period of one local day that ends at the midnight between them.
    const sunday = { from: new Date("2026-11-07T16:00:00Z"), to: new Date("2026-11-08T16:00:00Z") };
    expect(await answer(sunday, dispatcher, null)).toEqual([{ ...group, tickets: 2, reporters: 2 }]);
    for (const [staff, units] of SCOPES)
      expect(await answer(sunday, staff, units)).toEqual(await plainTopTen(t, sunday, units));
    await expectExact();
  });

  it("equals the plain query through merges, transfers, reopenings, re-categorisation, cancellation and deletion", async () => {
    const communities = ["community.xisheng", "community.luxi", "community.haixi"];
    const categories = ["heating", "property", "water_supply"];
    let minute = 0;
    for (const [ci, community] of communities.entries())
      for (const [ki, category] of categories.entries())
        for (let i = 0; i < 2 + ((ci + ki) % 3); i++) {
          at(new Date(Date.parse("2026-11-10T01:00:00Z") + minute++ * 60_000).toISOString());
          // Some residents write about the same group twice; one ticket typed in without a resident.
          const phone = i === 2 ? null : `1396${ci}${ki}0000${i % 2}`;
          filed.push(await file(community, category, phone));
        }
    filed.push(await file(null, "heating", "13960000009"));
    await t.ctx.database.db.execute(sql`UPDATE tickets SET unit_id = community_id, status = 'dispatched'
      WHERE unit_id IS NULL AND community_id IS NOT NULL`);
    await expectExact();

    const of = (community: string, category: string) =>
      filed.filter((f) => f.communityId === community && f.category === category && f.createdAt >= WEEK.from);
    // Merged into another group's ticket: still counted in its own group; its reporter now counts
    // in the kept ticket's group too.
    await performTicketAction(t.ctx, dispatcher, of("community.luxi", "property")[0]!.id, "merge", {
      into: of("community.luxi", "heating")[0]!.ref,
    });
    await expectExact();
    // 转办: a unit hands a ticket back and the centre sends it to a department (the street office's
    // scope loses it); another waits without a unit.
    const moved = of("community.xisheng", "heating")[0]!;
    await performTicketAction(
      t.ctx,
      { id: "u1", role: "unit", unitId: moved.communityId },
      moved.id,
      "transfer_back",
      {
        reason: "不属于本单位职责",
      },
    );
    await performTicketAction(t.ctx, dispatcher, moved.id, "redispatch", { unitId: "dept.urban" });
    await t.ctx.database.db.execute(
      sql`UPDATE tickets SET status = 'transferred', unit_id = NULL WHERE id = ${of("community.xisheng", "water_supply")[0]!.id}`,
    );
    await expectExact();
    // 二次办理: closed, then reopened after the survey, as the survey worker writes it.
    const reopened = of("community.haixi", "property")[0]!.id;
    await t.ctx.database.db.execute(
      sql`UPDATE tickets SET status = 'closed', resolved_at = now(), closed_at = now() WHERE id = ${reopened}`,
    );
    await t.ctx.database.db.execute(
      sql`UPDATE tickets SET status = 'reopened', resolved_at = NULL, closed_at = NULL WHERE id = ${reopened}`,
    );
    await expectExact();
    // Re-categorised by the centre's re-dispatch: the ticket moves from one group to another.
    await performTicketAction(t.ctx, dispatcher, of("community.haixi", "water_supply")[0]!.id, "redispatch", {
      category: "heating",
      unitId: "community.haixi",
    });
    // The folds of the SLA sweep, halfway: compacted counts and pending deltas are read together.
    await compactDayCounts(t.ctx.database.db);
    expect(await rows(t, `SELECT * FROM ticket_group_day_deltas`)).toEqual([]);
    await expectExact();
    // Cancelled: leaves its group (a group of two drops out of the list).
    for (const f of of("community.luxi", "water_supply"))
      await performTicketAction(t.ctx, dispatcher, f.id, "cancel", { reason: "重复提交，已撤销" });
    // Deleted by hand (a copy: the originals have append-only events), and one moved to another
    // community.
    const [copied] = await rows<{ id: string }>(
      t,
      copySql(of("community.xisheng", "property")[0]!.id, "D", "property"),
    );
    await expectExact();
    await t.ctx.database.db.execute(sql`DELETE FROM tickets WHERE id = ${copied!.id}`);
    await t.ctx.database.db.execute(
      sql`UPDATE tickets SET community_id = 'community.luxi' WHERE id = ${of("community.haixi", "heating")[1]!.id}`,
    );
    await expectExact();
    await compactDayCounts(t.ctx.database.db);
    // Keys brought to zero by the fold are dropped, not kept as zero rows.
    expect(await rows(t, `SELECT * FROM ticket_group_day_counts WHERE n = 0`)).toEqual([]);
    await expectExact();
    expect(await readsRollup(WEEK)).toBe(true);
  });

  it("counts tickets filed by two connections at once, and nothing of one rolled back", async () => {
    const template = filed.find((f) => f.communityId === "community.haixi" && f.createdAt >= WEEK.from)!;
    const copy = (suffix: string) => copySql(template.id, suffix, "gas_supply");
    const a = new pg.Client({ connectionString: t.databaseUrl });
    const b = new pg.Client({ connectionString: t.databaseUrl });
    await a.connect();
    await b.connect();
    try {
      await a.query("BEGIN");
      await b.query("BEGIN");
      await a.query(copy("A1"));
      await b.query(copy("B1"));
      await a.query(copy("A2"));
      await b.query(copy("B2"));
      await b.query(copy("B3"));
      await Promise.all([a.query("COMMIT"), b.query("COMMIT")]);
      await a.query("BEGIN");
      await a.query(copy("A3"));
      await a.query("ROLLBACK");
    } finally {
      await a.end();
      await b.end();
    }
    const [gas] = (await answer(WEEK, dispatcher, null)).filter((c) => c.category === "gas_supply");
    expect(gas).toMatchObject({ communityId: "community.haixi", tickets: 5 });
    await expectExact();
  });

  it("is rebuilt at start-up after it was emptied, and by the rebuild command when stale", async () => {
    const want = await plainTopTen(t, WEEK, null);
    expect(want.length).toBeGreaterThan(2);
    // Emptied by hand: the start-up check (ensureDayCounts) sees counted tickets and no rollup.
    await t.ctx.database.db.execute(sql`TRUNCATE ticket_group_day_counts, ticket_group_day_deltas`);
    expect(await ensureDayCounts(t.ctx.database.db, TZ)).toBe(true);
    await expectExact();
    expect(await ensureDayCounts(t.ctx.database.db, TZ)).toBe(false);
    // Counted in another zone: the answers come from the tickets until start-up recounts it.
    await t.ctx.database.db.execute(sql`UPDATE report_settings SET timezone = 'UTC'`);
    expect(await answer(WEEK, dispatcher, null)).toEqual(want);
    expect(await readsRollup(WEEK)).toBe(false);
    expect(await ensureDayCounts(t.ctx.database.db, TZ)).toBe(true);
    await expectExact();
    // Wrong counts (a restore from an old dump): `zhitong migrate --rebuild-report-counts` recounts.
    await t.ctx.database.db.execute(sql`UPDATE ticket_group_day_counts SET n = n + 3`);
    expect(await answer(WEEK, dispatcher, null)).not.toEqual(want);
    await rebuildDayCounts(t.ctx.database.db, TZ);
    await expectExact();
  });
});
