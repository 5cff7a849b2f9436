import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import { tickets } from "../../src/db/schema/index.js";
import { formatLocalDate, localDate, parseLocalDate, startOfLocalDay } from "../../src/domain/local-time.js";
import { computeRates } from "../../src/reports/compute-rates.js";
import { readDayCounts, readDayTotals } from "../../src/reports/day-counts-read.js";
import { compactDayCounts, ensureDayCounts, rebuildDayCounts } from "../../src/reports/day-counts.js";
import { dailySeries } from "../../src/reports/overview.js";
import { periodOf, type Period } from "../../src/reports/period.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { performTicketAction } from "../../src/tickets/ticket-actions.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countOf, fileTicket } from "../routing/helpers.js";

// Monday 2 November 2026, 10:00 in Shanghai.
const clock = testClock("2026-11-02T02:00:00Z");
const TZ = "Asia/Shanghai";
const H = 3_600_000;
let t: TestEnv;

const dispatcher: StaffPrincipal = { id: "d1", role: "dispatcher", unitId: null };
const COMMUNITIES = ["community.xisheng", "community.luxi", "community.haixi", "community.wenmiao"];
const UNITS = [...COMMUNITIES, "dept.urban", "utility.water"];
const unitStaff = (unitId: string): StaffPrincipal => ({ id: `s-${unitId}`, role: "unit", unitId });

beforeAll(async () => {
  t = await createTestEnv({ clock });
  await history();
});
afterAll(async () => {
  await t.close();
});

let s = 11;
const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

/** What the random history actually did (asserted, so the comparison is not over an idle table). */
const done = { accept: 0, redispatch: 0, resolve: 0, reopen: 0, close: 0, merge: 0, cancel: 0 };

/** Runs an action and ignores the ones the ticket's state refuses (the sequence is random). */
async function act(name: keyof typeof done, p: Promise<unknown>): Promise<void> {
  if (
    await p.then(
      () => true,
      () => false,
    )
  )
    done[name]++;
}

/**
 * Three weeks of a small centre, through the real write paths: filing, routing, acceptance,
 * resolution, re-dispatch to another unit, merges, cancellations; reopenings and closures as the
 * survey worker writes them (status and instants on the row). The clock crosses local midnights.
 */
async function history(): Promise<void> {
  const live: string[] = [];
  let n = 0;
  for (let day = 0; day < 21; day++) {
    for (let i = 0; i < 6; i++) {
      n++;
      const community = pick(COMMUNITIES);
      const ticket = await fileTicket(
        t,
        {
          category: pick(["heating", "noise", "property"]),
          summary: `问题${n}`,
          description: `第${n}件问题的描述`,
          location: { community, text: `${n}号楼` },
        },
        rand() < 0.85 ? `1390001${String(n % 40).padStart(4, "0")}` : null,
      );
      if (rand() < 0.85) await routeTicket(t.ctx, { ticketId: ticket.id });
      live.push(ticket.id);
      clock.advance(Math.floor(rand() * H));
    }
    // The day's work on earlier tickets.
    for (let k = 0; k < 8; k++) {
      const id = pick(live);
      const [row] = await t.ctx.database.db
        .select()
        .from(tickets)
        .where(sql`${tickets.id} = ${id}`);
      const r = rand();
      const merge = async () => {
        const open = await t.ctx.database.db
          .select({ ref: tickets.ref })
          .from(tickets)
          .where(sql`${tickets.status} IN ('received', 'dispatched', 'accepted') AND ${tickets.id} <> ${id}`);
        if (open.length)
          await act("merge", performTicketAction(t.ctx, dispatcher, id, "merge", { into: pick(open).ref }));
      };
      const staff = unitStaff(row!.unitId ?? "");
      const at = sql`${clock.now().toISOString()}::timestamptz`;
      if (row!.status === "dispatched" && row!.unitId) {
        if (r < 0.5) await act("accept", performTicketAction(t.ctx, staff, id, "accept", {}));
        else if (r < 0.8) {
          const unitId = pick(UNITS.filter((u) => u !== row!.unitId));
          await act("redispatch", performTicketAction(t.ctx, dispatcher, id, "redispatch", { unitId }));
        } else await merge();
      } else if (row!.status === "accepted" && row!.unitId) {
        await act("resolve", performTicketAction(t.ctx, staff, id, "resolve", { reply: "已处理" }));
      } else if (row!.status === "received") {
        const reason = "群众撤回诉求";
        if (r < 0.3) await act("cancel", performTicketAction(t.ctx, dispatcher, id, "cancel", { reason }));
        else if (r < 0.6) await merge();
      } else if (row!.status === "resolved") {
        // The survey's verdict: dissatisfied reopens (the resolution instant is cleared), else closed.
        if (r < 0.3)
          await act(
            "reopen",
            t.ctx.database.db.execute(
              sql`UPDATE tickets SET status = 'reopened', resolved_at = NULL, updated_at = ${at} WHERE id = ${id}`,
            ),
          );
        else
          await act(
            "close",
            t.ctx.database.db.execute(
              sql`UPDATE tickets SET status = 'closed', closed_at = ${at}, updated_at = ${at} WHERE id = ${id}`,
            ),
          );
      } else if (row!.status === "reopened") {
        const unitId = pick(UNITS);
        await act("redispatch", performTicketAction(t.ctx, dispatcher, id, "redispatch", { unitId }));
      }
      clock.advance(Math.floor(rand() * H));
    }
    // Halfway through, the SLA sweep folds the deltas in; the rest stay pending.
    if (day === 10) await compactDayCounts(t.ctx.database.db);
    clock.set(new Date(startOfLocalDay(localDate(clock.now(), TZ), TZ).getTime() + 24 * H + 9 * H));
  }
}

/** Every ticket row, counted in code: the reference the rollup must match. */
const dayOf = (d: Date) => formatLocalDate(localDate(d, TZ));

async function reference(period: { from: Date; to: Date }, visible: string[] | null) {
  const all = await t.ctx.database.db.select().from(tickets);
  const counted = all.filter(
    (x) =>
      x.createdAt >= period.from &&
      x.createdAt < period.to &&
      x.status !== "merged" &&
      x.status !== "cancelled" &&
      (visible === null || (x.unitId !== null && visible.includes(x.unitId))),
  );
  const closedSet = ["resolved", "surveyed", "closed"];
  const byUnit: Record<string, { received: number; closed: number }> = {};
  const days: Record<string, { received: number; closed: number }> = {};
  for (const x of counted) {
    const u = (byUnit[x.unitId ?? ""] ??= { received: 0, closed: 0 });
    u.received++;
    const at = x.resolvedAt ?? x.closedAt ?? x.updatedAt;
    if (closedSet.includes(x.status) && at < period.to) u.closed++;
    (days[dayOf(x.createdAt)] ??= { received: 0, closed: 0 }).received++;
    if (closedSet.includes(x.status) && x.resolvedAt && x.resolvedAt < period.to)
      (days[dayOf(x.resolvedAt)] ??= { received: 0, closed: 0 }).closed++;
  }
  return { byUnit, days };
}

async function expectSameAsTickets(period: Period, visible: string[] | null): Promise<void> {
  const want = await reference(period, visible);
  const series = await dailySeries(t.ctx, period, visible);
  expect(series).toEqual(
    period.days.map((day) => ({
      day,
      received: want.days[day]?.received ?? 0,
      closed: want.days[day]?.closed ?? 0,
    })),
  );
  const rates = await computeRates(t.ctx.database.db, t.ctx.config, {
    from: period.from,
    to: period.to,
    unitIds: visible,
    groupBy: "unit",
  });
  const got: Record<string, { received: number; closed: number }> = {};
  for (const r of rates.rows)
    if (r.received) got[r.unitId ?? ""] = { received: r.received, closed: r.closed };
  expect(got).toEqual(want.byUnit);
  // The dashboard's read: the same counts summed in the database, per unit and per day.
  const fromDay = period.days[0]!;
  const toDay = formatLocalDate(localDate(period.to, TZ));
  const totals = await readDayTotals(t.ctx.database.db, { fromDay, toDay, unitIds: visible, timeZone: TZ });
  if (!totals) {
    expect(
      await readDayCounts(t.ctx.database.db, { fromDay, toDay, unitIds: visible, timeZone: TZ }),
    ).toBeNull();
    return;
  }
  const units: Record<string, { received: number; closed: number }> = {};
  for (const u of totals.units)
    if (u.received) units[u.unitId ?? ""] = { received: u.received, closed: u.closed };
  expect(units).toEqual(want.byUnit);
  const days: Record<string, { received: number; closed: number }> = {};
  for (const d of totals.days)
    if (d.received || d.closed) days[d.day] = { received: d.received, closed: d.closed };
  const wantDays = Object.fromEntries(
    Object.entries(want.days).filter(([day]) => day >= fromDay && day < toDay),
  );
  expect(days).toEqual(wantDays);
}

const periods = () => {
  const day = (s: string) => parseLocalDate(s);
  return [
    periodOf("month", day("2026-11-10"), TZ),
    periodOf("week", day("2026-11-02"), TZ),
    periodOf("week", day("2026-11-11"), TZ),
    periodOf("week", day("2026-11-20"), TZ),
  ];
};
const scopes: (string[] | null)[] = [
  null,
  ["community.xisheng"],
  ["street.qimashan", "community.xisheng", "community.luxi", "community.shuikujie"],
  [],
];

describe("the daily rollup", () => {
  it("was written by the trigger through a realistic history, partly compacted", async () => {
    const db = t.ctx.database.db;
    expect(await countOf(t, "SELECT count(*)::int AS n FROM tickets")).toBeGreaterThan(100);
    for (const [action, n] of Object.entries(done)) expect(n, action).toBeGreaterThan(0);
    expect(await countOf(t, "SELECT count(*)::int AS n FROM ticket_day_counts")).toBeGreaterThan(0);
    expect(await countOf(t, "SELECT count(*)::int AS n FROM ticket_day_deltas")).toBeGreaterThan(0);
    // Start-up already built it in the centre's zone: nothing to do.
    expect(await ensureDayCounts(db, TZ)).toBe(false);
  });

  it("gives every period's series and received/closed counts exactly as the tickets do, in every scope", async () => {
    for (const period of periods()) for (const visible of scopes) await expectSameAsTickets(period, visible);
  });

  it("stays exact after the deltas are folded in, while tickets keep changing", async () => {
    const db = t.ctx.database.db;
    const [open] = await db
      .select()
      .from(tickets)
      .where(sql`${tickets.status} = 'dispatched'`)
      .limit(1);
    await Promise.all([
      compactDayCounts(db, { batch: 7 }),
      performTicketAction(t.ctx, dispatcher, open!.id, "redispatch", { unitId: "dept.urban" }),
    ]);
    await compactDayCounts(db);
    for (const period of periods()) for (const visible of scopes) await expectSameAsTickets(period, visible);
  });

  it("loses nothing when a ticket write or a compaction dies mid-way (its transaction rolls back)", async () => {
    const db = t.ctx.database.db;
    const [row] = await db
      .select()
      .from(tickets)
      .where(sql`${tickets.status} = 'accepted'`)
      .limit(1);
    const crash = new Error("process died");
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(
          sql`UPDATE tickets SET status = 'resolved', resolved_at = now() WHERE id = ${row!.id}`,
        );
        throw crash;
      }),
    ).rejects.toBe(crash);
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`DELETE FROM ticket_day_deltas`);
        throw crash;
      }),
    ).rejects.toBe(crash);
    for (const period of periods()) await expectSameAsTickets(period, null);
  });

  it("is recounted by a rebuild after it was damaged, and ignored while counted in another zone", async () => {
    const db = t.ctx.database.db;
    await db.execute(sql`UPDATE ticket_day_counts SET n = n + 5`);
    await rebuildDayCounts(db, TZ);
    for (const period of periods()) for (const visible of scopes) await expectSameAsTickets(period, visible);

    // The centre's zone changed: until start-up recounts, the reports read the tickets.
    await rebuildDayCounts(db, "UTC");
    const month = periods()[0]!;
    expect(
      await readDayCounts(db, { fromDay: month.days[0]!, toDay: "2026-12-01", unitIds: null, timeZone: TZ }),
    ).toBeNull();
    expect(
      await readDayTotals(db, { fromDay: month.days[0]!, toDay: "2026-12-01", unitIds: null, timeZone: TZ }),
    ).toBeNull();
    await expectSameAsTickets(month, null);
    expect(await ensureDayCounts(db, TZ)).toBe(true);
    await expectSameAsTickets(month, null);
  });

  it("answers a period that is not whole local days from the tickets", async () => {
    const month = periods()[0]!;
    const from = new Date(month.from.getTime() + 5 * H);
    const want = await reference({ from, to: month.to }, null);
    const rates = await computeRates(t.ctx.database.db, t.ctx.config, {
      from,
      to: month.to,
      unitIds: null,
      groupBy: "unit",
    });
    const got: Record<string, { received: number; closed: number }> = {};
    for (const r of rates.rows)
      if (r.received) got[r.unitId ?? ""] = { received: r.received, closed: r.closed };
    expect(got).toEqual(want.byUnit);
  });
});
