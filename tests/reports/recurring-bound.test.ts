import { sql, type SQL } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ticketScopeSql } from "../../src/auth/scope.js";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import type { TicketRow } from "../../src/db/repositories/tickets.repository.js";
import { backfillReporterExtra } from "../../src/reports/reporter-extra.js";
import { recurringProblemsOf } from "../../src/reports/recurring-problems.js";
import { performTicketAction } from "../../src/tickets/ticket-actions.js";
import { waitFor } from "../support/wait-for.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { plainTopTen } from "./plain-top-ten.js";
import { fileTicket, rows } from "../routing/helpers.js";

// Recurring problems count people through an upper bound per group (tickets plus the reporter rows
// marked extra) and count exactly only the groups that can reach the top ten. Every check compares
// with the plain answer: every group counted exactly by one independent query.

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

const dispatcher: StaffPrincipal = { id: "d1", role: "dispatcher", unitId: null };
const WEEK = { from: new Date("2026-11-22T16:00:00Z"), to: new Date("2026-11-29T16:00:00Z") };
const COMMUNITIES = ["community.xisheng", "community.luxi", "community.haixi"];
const CATEGORIES = ["heating", "property", "noise", "water_supply", "sanitation", "municipal"];

const street: StaffPrincipal = { id: "s1", role: "unit", unitId: "street.qimashan" };
const haixi: StaffPrincipal = { id: "c1", role: "unit", unitId: "community.haixi" };
const SCOPES: [string, StaffPrincipal, string[] | null][] = [
  ["everything", dispatcher, null],
  [
    "a street with its communities",
    street,
    ["street.qimashan", "community.luxi", "community.xisheng", "community.shuikujie"],
  ],
  ["one community", haixi, ["community.haixi"]],
];

async function expectEqualToPlain(period = WEEK) {
  for (const [, staff, units] of SCOPES) {
    const scope: SQL[] = ticketScopeSql(t.ctx.config, staff, { assisting: false });
    const got = await recurringProblemsOf(t.ctx.database.db, t.ctx.config, { ...period, scope });
    const want = await plainTopTen(t, period, units);
    expect(
      got.map(({ communityId, category, tickets, reporters }) => ({
        communityId,
        category,
        tickets,
        reporters,
      })),
    ).toEqual(want);
  }
}

/** Every ticket with reporters has exactly one row not marked extra; no row is left unmarked. */
async function expectMarksConsistent() {
  const bad = await rows(
    t,
    `SELECT ticket_id, count(*) FILTER (WHERE extra IS FALSE) AS first, count(*) FILTER (WHERE extra IS NULL) AS unmarked
       FROM ticket_reporters GROUP BY ticket_id
     HAVING count(*) FILTER (WHERE extra IS FALSE) <> 1 OR count(*) FILTER (WHERE extra IS NULL) > 0`,
  );
  expect(bad).toEqual([]);
}

const filed: TicketRow[] = [];

describe("recurring problems through the people bound", () => {
  it("equal the plain count after filing, merging, cancelling and reopening, in every scope", async () => {
    // Eighteen groups of uneven size, so the top ten is decided by the exact counts: residents who
    // write about the same group again, tickets typed in without a resident, some phones shared.
    let n = 0;
    for (const [ci, community] of COMMUNITIES.entries())
      for (const [ki, category] of CATEGORIES.entries()) {
        const size = 2 + ((ci * 7 + ki * 3) % 6);
        for (let i = 0; i < size; i++) {
          clock.set(new Date(Date.parse("2026-11-23T02:00:00Z") + n++ * 60_000));
          const phone =
            i === 3 ? null : `1390000${String(((ci + ki + i) % 9) + 100 * ki + 1000 * ci).padStart(4, "0")}`;
          filed.push(
            await fileTicket(t, { category, summary: `${category}${i}`, location: { community } }, phone),
          );
        }
      }
    // Units, so the scopes differ: the community's own tickets, a few at a department.
    await t.ctx.database.db.execute(sql`UPDATE tickets SET unit_id = CASE WHEN category = 'heating'
      THEN 'utility.heating' ELSE community_id END, status = 'dispatched'`);
    await expectEqualToPlain();
    await expectMarksConsistent();

    // Merges: within a group (the reporters are already counted there) and into another group's
    // ticket (they now count there too, through rows marked extra).
    const byGroup = (community: string, category: string) =>
      filed.filter((f) => f.communityId === community && f.category === category);
    const xh = byGroup("community.xisheng", "heating");
    await performTicketAction(t.ctx, dispatcher, xh[1]!.id, "merge", { into: xh[0]!.ref });
    await performTicketAction(t.ctx, dispatcher, byGroup("community.luxi", "noise")[0]!.id, "merge", {
      into: byGroup("community.luxi", "property")[0]!.ref,
    });
    await performTicketAction(t.ctx, dispatcher, byGroup("community.haixi", "municipal")[1]!.id, "merge", {
      into: byGroup("community.haixi", "property")[1]!.ref,
    });
    await expectEqualToPlain();
    await expectMarksConsistent();

    // Cancelled tickets leave their group; a reopened one is counted as before.
    for (const f of byGroup("community.haixi", "sanitation").slice(0, 2))
      await performTicketAction(t.ctx, dispatcher, f.id, "cancel", { reason: "重复提交，已撤销" });
    await t.ctx.database.db.execute(
      sql`UPDATE tickets SET status = 'reopened' WHERE id = ${byGroup("community.luxi", "water_supply")[0]!.id}`,
    );
    await expectEqualToPlain();
    // A period that cuts through the filings.
    await expectEqualToPlain({
      from: new Date("2026-11-23T02:20:00Z"),
      to: new Date("2026-11-23T03:10:00Z"),
    });
  });

  it("rank by exact people where the bound and the people disagree", async () => {
    // A week of its own. Ten groups of five people; one group of eight tickets from two residents
    // (the highest bound, few people: in the first ten by bound, it lets an eleventh in); one of four
    // tickets whose people grow to seven through merges from another group. The street's scope
    // leaves the eight-ticket group out: there the first ten have five people each, and the
    // four-ticket group is only counted if its bound includes the rows marked extra.
    const week = { from: new Date("2026-11-30T16:00:00Z"), to: new Date("2026-12-07T16:00:00Z") };
    let minute = 0;
    const file = (community: string, category: string, phone: string | null) => {
      clock.set(new Date(Date.parse("2026-12-01T02:00:00Z") + minute++ * 60_000));
      return fileTicket(t, { category, summary: `${category}问题`, location: { community } }, phone);
    };
    const cats = ["municipal", "sanitation", "water_supply", "power_supply", "gas_supply"];
    for (let g = 0; g < 10; g++)
      for (let i = 0; i < 5; i++)
        await file(
          COMMUNITIES[g % 2]!,
          cats[Math.floor(g / 2)]!,
          `13977${String(g * 10 + i).padStart(6, "0")}`,
        );
    for (let i = 0; i < 8; i++) await file("community.haixi", "noise", `1397800000${i % 2}`);
    const kept = [];
    for (let i = 0; i < 4; i++) kept.push(await file("community.shuikujie", "heating", `1397900000${i}`));
    const moved = [];
    for (let i = 0; i < 3; i++) moved.push(await file("community.shuikujie", "property", `1397910000${i}`));
    for (const [i, m] of moved.entries())
      await performTicketAction(t.ctx, dispatcher, m.id, "merge", { into: kept[i]!.ref });
    await t.ctx.database.db.execute(sql`UPDATE tickets SET unit_id = community_id
      WHERE created_at >= ${week.from.toISOString()}::timestamptz`);
    const [top] = await recurringProblemsOf(t.ctx.database.db, t.ctx.config, { ...week, scope: [] });
    expect(top).toMatchObject({
      communityId: "community.shuikujie",
      category: "heating",
      tickets: 4,
      reporters: 7,
    });
    await expectEqualToPlain(week);
  });

  it("keep one first reporter per ticket when two transactions add the first reporters at once", async () => {
    const typed = filed.find((f) => f.category === "property" && f.communityId === "community.xisheng")!;
    const bare = (await fileTicket(t, { category: "property", summary: "无人登记" }, null)).id;
    const [r1, r2] = await rows<{ id: string }>(
      t,
      `INSERT INTO residents (id, phone) VALUES (gen_random_uuid(), '13911110001'), (gen_random_uuid(), '13911110002') RETURNING id`,
    );
    const a = new pg.Client({ connectionString: t.databaseUrl });
    const b = new pg.Client({ connectionString: t.databaseUrl });
    await a.connect();
    await b.connect();
    try {
      const add = (c: pg.Client, resident: string) =>
        c.query(`INSERT INTO ticket_reporters (ticket_id, resident_id, channel) VALUES ($1, $2, 'sms')`, [
          bare,
          resident,
        ]);
      await a.query("BEGIN");
      await add(a, r1!.id);
      await b.query("BEGIN");
      const second = add(b, r2!.id);
      // The second waits for the first's lock on the ticket (it would otherwise see no reporter).
      await waitFor(async () => {
        const w = await rows<{ n: number }>(
          t,
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO ticket_reporters%'`,
        );
        return w[0]!.n === 1 || undefined;
      });
      await a.query("COMMIT");
      await second;
      await b.query("COMMIT");
    } finally {
      await a.end();
      await b.end();
    }
    const marks = await rows<{ extra: boolean }>(
      t,
      `SELECT extra FROM ticket_reporters WHERE ticket_id = '${bare}' ORDER BY extra`,
    );
    expect(marks.map((m) => m.extra)).toEqual([false, true]);
    expect(typed).toBeDefined();
    await expectMarksConsistent();
    await expectEqualToPlain();
  });

  it("equal the plain count with many writers filing and merging at once", async () => {
    clock.set("2026-11-24T05:00:00Z");
    const base = filed.filter((f) => f.communityId === "community.luxi");
    await Promise.all([
      ...Array.from({ length: 24 }, (_, i) =>
        fileTicket(
          t,
          { category: CATEGORIES[i % 3]!, summary: `同时${i}`, location: { community: COMMUNITIES[i % 2]! } },
          `1398888${String(i % 7).padStart(4, "0")}`,
        ),
      ),
      ...base
        .slice(2, 6)
        .map((f, i) =>
          performTicketAction(t.ctx, dispatcher, f.id, "merge", { into: base[6 + (i % 2)]!.ref }).catch(
            () => null,
          ),
        ),
    ]);
    await expectMarksConsistent();
    await expectEqualToPlain();
  });

  it("equal the plain count before and after the backfill marks rows written before the bound", async () => {
    // As after the upgrade: every row unmarked (counted as extra, so the bound is loose but holds).
    await t.ctx.database.db.execute(sql`UPDATE ticket_reporters SET extra = NULL`);
    await expectEqualToPlain();
    // Two processes backfilling at once, in small batches, beside a filing.
    const [one, two] = await Promise.all([
      backfillReporterExtra(t.ctx.database.db, { batch: 3 }),
      backfillReporterExtra(t.ctx.database.db, { batch: 5 }),
      fileTicket(t, {
        category: "noise",
        summary: "补标记时登记",
        location: { community: "community.haixi" },
      }),
    ]);
    expect(one.done && two.done).toBe(true);
    const total = await rows<{ n: number }>(t, `SELECT count(*)::int AS n FROM ticket_reporters`);
    expect(one.updated + two.updated).toBeLessThanOrEqual(total[0]!.n);
    await expectMarksConsistent();
    await expectEqualToPlain();
    // Idempotent: nothing left to mark.
    expect(await backfillReporterExtra(t.ctx.database.db)).toEqual({ updated: 0, done: true });
  });
  it("count a resident whose only first report in the group lies outside the period", async () => {
    // A week of its own. Last week's ticket is merged into this week's: its resident now reports a
    // ticket of this week only through a row marked extra, and is one more person here.
    const week = { from: new Date("2026-12-13T16:00:00Z"), to: new Date("2026-12-20T16:00:00Z") };
    const heating = (summary: string) => ({
      category: "heating",
      summary,
      location: { community: "community.luxi" },
    });
    clock.set("2026-12-10T02:00:00Z");
    const earlier = await fileTicket(t, heating("上周暖气就不热"), "13900009901");
    clock.set("2026-12-14T02:00:00Z");
    const kept = await fileTicket(t, heating("暖气不热"), "13900009902");
    clock.set("2026-12-14T03:00:00Z");
    await fileTicket(t, heating("暖气还是不热"), "13900009903");
    await performTicketAction(t.ctx, dispatcher, earlier.id, "merge", { into: kept.ref });
    await expectMarksConsistent();
    await expectEqualToPlain(week);
    const [cluster] = await recurringProblemsOf(t.ctx.database.db, t.ctx.config, { ...week, scope: [] });
    expect(cluster).toMatchObject({
      communityId: "community.luxi",
      category: "heating",
      tickets: 2,
      reporters: 3,
    });
  });
  it("equal the plain count where the loose bound admits groups the first reporters rule out, through merges, reopenings and re-routes", async () => {
    // A week of its own. Ten groups of eight tickets from six people (two of them write twice) have
    // the highest bounds (eight) and set the threshold at six. Four groups of five tickets each merge
    // one ticket into another of the same group: five people, and a loose bound (tickets plus
    // distinct extra residents) of six, so they reach the threshold until their extra resident is
    // found to be the group's own first reporter. One group of four tickets takes in three merges
    // from another group: a loose bound of seven, outside the first ten, and seven people, the top,
    // found only through the check of its extra residents. Then re-routes move tickets carrying
    // extra rows between groups and units, and a reopening, with every scope checked each time.
    const week = { from: new Date("2027-01-03T16:00:00Z"), to: new Date("2027-01-10T16:00:00Z") };
    let minute = 0;
    let phone = 0;
    const file = (
      community: string,
      category: string,
      number = `13966${String(phone++).padStart(6, "0")}`,
    ) => {
      clock.set(new Date(Date.parse("2027-01-04T02:00:00Z") + minute++ * 60_000));
      return fileTicket(t, { category, summary: `${category}又坏了`, location: { community } }, number);
    };
    const cats = [
      "municipal",
      "sanitation",
      "water_supply",
      "power_supply",
      "gas_supply",
      "noise",
      "property",
    ];
    for (let g = 0; g < 10; g++)
      for (let i = 0; i < 8; i++)
        await file(COMMUNITIES[g % 3]!, cats[g % 7]!, `13967${String(g * 10 + (i % 6)).padStart(6, "0")}`);
    const inGroup: TicketRow[][] = [];
    for (let g = 0; g < 4; g++) {
      const group: TicketRow[] = [];
      for (let i = 0; i < 5; i++)
        group.push(await file(COMMUNITIES[(g + 1) % 3]!, ["heating", "other"][g % 2]!));
      inGroup.push(group);
      await performTicketAction(t.ctx, dispatcher, group[4]!.id, "merge", { into: group[0]!.ref });
    }
    const kept: TicketRow[] = [];
    for (let i = 0; i < 4; i++) kept.push(await file("community.shuikujie", "heating"));
    const moved: TicketRow[] = [];
    for (let i = 0; i < 3; i++) moved.push(await file("community.shuikujie", "property"));
    for (const [i, m] of moved.entries())
      await performTicketAction(t.ctx, dispatcher, m.id, "merge", { into: kept[i]!.ref });
    await t.ctx.database.db.execute(sql`UPDATE tickets SET unit_id = community_id
      WHERE created_at >= ${week.from.toISOString()}::timestamptz AND status <> 'merged'`);
    await expectMarksConsistent();
    await expectEqualToPlain(week);
    const [top] = await recurringProblemsOf(t.ctx.database.db, t.ctx.config, { ...week, scope: [] });
    expect(top).toMatchObject({
      communityId: "community.shuikujie",
      category: "heating",
      tickets: 4,
      reporters: 7,
    });

    // Re-routes: the kept ticket carrying two extra residents moves to another category and unit;
    // a group's kept ticket moves away from its merged one (its extra resident is now someone new
    // in the group it joins, and the merged ticket still counts where it was).
    await performTicketAction(t.ctx, dispatcher, kept[0]!.id, "redispatch", {
      category: "noise",
      unitId: "utility.heating",
    });
    await performTicketAction(t.ctx, dispatcher, inGroup[1]![0]!.id, "redispatch", {
      category: "municipal",
      unitId: "community.luxi",
    });
    await expectEqualToPlain(week);
    // A reopening and a cancellation inside groups near the threshold.
    await t.ctx.database.db.execute(
      sql`UPDATE tickets SET status = 'reopened', resolved_at = NULL, closed_at = NULL WHERE id = ${inGroup[2]![1]!.id}`,
    );
    await performTicketAction(t.ctx, dispatcher, inGroup[3]![2]!.id, "cancel", {
      reason: "重复提交，已撤销",
    });
    await expectEqualToPlain(week);
    // The same resident writing again in a group where they already reported: an extra row that adds
    // nobody, beside one that adds someone.
    const [again] = await rows<{ resident_id: string }>(
      t,
      `SELECT resident_id FROM ticket_reporters WHERE ticket_id = '${inGroup[0]![1]!.id}'`,
    );
    const [stranger] = await rows<{ id: string }>(
      t,
      `INSERT INTO residents (id, phone) VALUES (gen_random_uuid(), '13966999999') RETURNING id`,
    );
    await rows(
      t,
      `INSERT INTO ticket_reporters (ticket_id, resident_id, channel) VALUES
         ('${inGroup[0]![2]!.id}', '${again!.resident_id}', 'sms'), ('${inGroup[2]![2]!.id}', '${stranger!.id}', 'sms')`,
    );
    await expectMarksConsistent();
    await expectEqualToPlain(week);
  });
});
