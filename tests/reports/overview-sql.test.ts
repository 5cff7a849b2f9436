import { randomUUID } from "node:crypto";
import { and, gte, inArray, lt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import type { TicketRow } from "../../src/db/repositories/tickets.repository.js";
import { residents, ticketReporters, tickets, ticketSla } from "../../src/db/schema/index.js";
import { localDate, localDay } from "../../src/domain/local-time.js";
import { OPEN_STATUSES, type TicketStatus } from "../../src/domain/ticket-status.js";
import { lateTicketsSql } from "../../src/reports/late-tickets.js";
import { buildOverview } from "../../src/reports/overview.js";
import { periodOf } from "../../src/reports/period.js";
import { recurringProblems } from "../../src/reports/recurring-problems.js";
import { backfillLightInstants } from "../../src/sla/backfill-light-instants.js";
import { lightsOf } from "../../src/sla/live-lights.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

// Thursday 2026-11-26 15:00 in Shanghai: the week began on Monday the 23rd.
const clock = testClock("2026-11-26T07:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
  await seed();
});
afterAll(async () => {
  await t.close();
});

/** A deterministic spread of tickets around every deadline the lights look at. */
async function seed(): Promise<void> {
  const db = t.ctx.database.db;
  const units = [...t.ctx.config.units.values()];
  const communities = units.filter((u) => u.level === "community").map((u) => u.id);
  const others = units.filter((u) => u.level !== "community").map((u) => u.id);
  const statuses: TicketStatus[] = [
    "received",
    "dispatched",
    "accepted",
    "resolved",
    "surveyed",
    "closed",
    "transferred",
    "reopened",
    "merged",
    "cancelled",
  ];
  const now = clock.now().getTime();
  const H = 3_600_000;
  let s = 7;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const people = await db
    .insert(residents)
    .values(Array.from({ length: 40 }, (_, i) => ({ phone: `1390000${String(i).padStart(4, "0")}` })))
    .returning({ id: residents.id });
  const rows: (typeof tickets.$inferInsert)[] = [];
  for (let i = 0; i < 400; i++) {
    const created = now - Math.floor(rand() * 20 * 24 * H);
    const status = pick(statuses);
    const dispatched = status === "received" && rand() < 0.7 ? null : created + 10 * 60_000;
    const timed = dispatched !== null && rand() < 0.95;
    const accepted = dispatched && rand() < 0.6 ? dispatched + Math.floor(rand() * 60) * H : null;
    const resolved =
      dispatched && ["resolved", "surveyed", "closed", "reopened"].includes(status)
        ? dispatched + Math.floor(rand() * 12 * 24) * H
        : null;
    const community = rand() < 0.85 ? pick(communities.slice(0, 3)) : null;
    const at = (ms: number | null) => (ms === null ? null : new Date(ms));
    rows.push({
      id: randomUUID(),
      ref: `ZT${localDay(new Date(created), "Asia/Shanghai")}-${String(i + 1).padStart(4, "0")}`,
      kind: "complaint",
      category: pick(["heating", "noise", "municipal"]),
      summary: `问题${i % 7}`,
      description: `问题${i % 7}的描述`,
      communityId: community,
      urgency: rand() < 0.1 ? "emergency" : "normal",
      status,
      unitId: dispatched ? (community && rand() < 0.7 ? community : pick(others)) : null,
      triage: status === "received" && rand() < 0.5,
      channel: "wechat",
      engine: "offline",
      dispatchedAt: at(dispatched),
      firstContactDueAt: timed ? at(dispatched! + 30 * 60_000) : null,
      acceptYellowAt: timed ? at(dispatched! + 24 * H) : null,
      acceptRedAt: timed ? at(dispatched! + 48 * H) : null,
      resolveDueAt: timed ? at(dispatched! + 7 * 24 * H) : null,
      firstContactAt: dispatched && rand() < 0.5 ? at(dispatched + Math.floor(rand() * 2) * H) : null,
      acceptedAt: at(accepted),
      resolvedAt: at(resolved),
      createdAt: new Date(created),
      updatedAt: new Date(created),
    });
  }
  await db.insert(tickets).values(rows);
  // Most dispatched tickets have their "due soon" instant stored; a few legacy ones do not.
  const withSla = rows.filter((r) => r.dispatchedAt && r.resolveDueAt && rand() < 0.8);
  await db.insert(ticketSla).values(
    withSla.map((r) => ({
      ticketId: r.id!,
      resolveYellowAt: new Date(r.resolveDueAt!.getTime() - Math.floor(rand() * 3) * 24 * H),
    })),
  );
  const links = rows
    .filter(() => rand() < 0.8)
    .map((r) => ({
      ticketId: r.id!,
      residentId: pick(people).id,
      channel: "wechat",
    }));
  await db.insert(ticketReporters).values(links).onConflictDoNothing();
}

/** The dashboard as it was computed before the aggregates moved into SQL: every ticket in code. */
async function reference(staff: StaffPrincipal, period: ReturnType<typeof periodOf>) {
  const db = t.ctx.database.db;
  const tz = t.ctx.config.jurisdiction.timezone;
  const scope = staff.unitId ? [inArray(tickets.unitId, [staff.unitId])] : [];
  const received: TicketRow[] = await db
    .select()
    .from(tickets)
    .where(and(gte(tickets.createdAt, period.from), lt(tickets.createdAt, period.to), ...scope));
  const counted = received.filter((x) => x.status !== "merged" && x.status !== "cancelled");
  const lights = await lightsOf(t.ctx, db, counted);
  const lateByUnit: Record<string, number> = {};
  let late = 0;
  counted.forEach((x, i) => {
    const isLate = lights[i]!.stages.some(
      (s) => s.late && (s.stage === "acceptance" || s.stage === "resolution"),
    );
    if (isLate && x.unitId) lateByUnit[x.unitId] = (lateByUnit[x.unitId] ?? 0) + 1;
    if (isLate) late++;
  });
  const series = period.days.map((day) => ({ day, received: 0, closed: 0 }));
  const byDay = new Map(series.map((s) => [s.day, s]));
  const dayOf = (d: Date) => {
    const l = localDate(d, tz);
    return `${l.year}-${String(l.month).padStart(2, "0")}-${String(l.day).padStart(2, "0")}`;
  };
  for (const x of counted) {
    const s = byDay.get(dayOf(x.createdAt));
    if (s) s.received++;
    if (x.resolvedAt && ["resolved", "surveyed", "closed"].includes(x.status)) {
      const c = byDay.get(dayOf(x.resolvedAt));
      if (c) c.closed++;
    }
  }
  const open = await db
    .select()
    .from(tickets)
    .where(and(inArray(tickets.status, [...OPEN_STATUSES]), ...scope));
  const openLights = await lightsOf(t.ctx, db, open);
  const clusters = await recurringProblems(db, t.ctx.config, received);
  return {
    late,
    lateByUnit,
    series,
    open: open.length,
    overdue: openLights.filter((l) => l.overdue.length > 0).length,
    red: openLights.filter((l) => l.light === "red").length,
    yellow: openLights.filter((l) => l.light === "yellow").length,
    clusters,
  };
}

const leader: StaffPrincipal = { id: "leader", role: "leader", unitId: null };

describe("the dashboard counted in the database", () => {
  for (const kind of ["week", "month"] as const)
    it(`gives the same ${kind}'s figures as counting every ticket in code`, async () => {
      const tz = t.ctx.config.jurisdiction.timezone;
      const period = periodOf(kind, localDate(clock.now(), tz), tz);
      const [got, want] = await Promise.all([
        buildOverview(t.ctx, leader, period),
        reference(leader, period),
      ]);
      expect(want.open).toBeGreaterThan(20);
      expect(want.late).toBeGreaterThan(5);
      expect(want.red + want.yellow).toBeGreaterThan(5);
      expect({
        open: got.totals.open,
        overdue: got.totals.overdue,
        red: got.totals.red,
        yellow: got.totals.yellow,
        late: got.totals.late,
      }).toEqual({
        open: want.open,
        overdue: want.overdue,
        red: want.red,
        yellow: want.yellow,
        late: want.late,
      });
      expect(got.series).toEqual(want.series);
      for (const r of got.ranking) expect(r.late).toBe(want.lateByUnit[r.unitId] ?? 0);
      // Same clusters with the same counts; equal counts are ordered by community and category now.
      const key = (c: { communityId: string; category: string; tickets: number; reporters: number }) =>
        `${c.communityId}/${c.category}/${c.tickets}/${c.reporters}`;
      expect(got.clusters.map(key).sort()).toEqual(want.clusters.map(key).sort());
      for (const c of got.clusters) expect(c.refs.length).toBe(Math.min(5, c.tickets));
      // Each cluster's newest references and first distinct summaries, as the code's count shows them.
      const shown = (c: { communityId: string; category: string; refs: string[]; summaries: string[] }) =>
        [`${c.communityId}/${c.category}`, { refs: c.refs, summaries: c.summaries }] as const;
      const wanted = new Map(want.clusters.map(shown));
      for (const c of got.clusters) expect(shown(c)[1]).toEqual(wanted.get(shown(c)[0]));
    });

  it("gives the same open lights from the stored light instants once they are backfilled", async () => {
    const tz = t.ctx.config.jurisdiction.timezone;
    const period = periodOf("week", localDate(clock.now(), tz), tz);
    // The seed wrote rows directly, as tickets dispatched before the instants were stored look.
    const { updated } = await backfillLightInstants(t.ctx.database.db, { batch: 50 });
    expect(updated).toBeGreaterThan(20);
    const [got, want] = await Promise.all([buildOverview(t.ctx, leader, period), reference(leader, period)]);
    const lights = (x: { open: number; overdue: number; red: number; yellow: number }) => ({
      open: x.open,
      overdue: x.overdue,
      red: x.red,
      yellow: x.yellow,
    });
    expect(lights(got.totals)).toEqual(lights(want));
  });

  it("counts only what a unit may see", async () => {
    const tz = t.ctx.config.jurisdiction.timezone;
    const unit = [...t.ctx.config.units.values()].find((u) => u.level === "community")!.id;
    const staff: StaffPrincipal = { id: "u", role: "unit", unitId: unit };
    const period = periodOf("month", localDate(clock.now(), tz), tz);
    const [got, want] = await Promise.all([buildOverview(t.ctx, staff, period), reference(staff, period)]);
    expect(got.totals.open).toBe(want.open);
    expect(got.totals.late).toBe(want.late);
    expect([got.totals.red, got.totals.yellow, got.totals.overdue]).toEqual([
      want.red,
      want.yellow,
      want.overdue,
    ]);
    expect(got.series).toEqual(want.series);
  });

  it("reads the late tickets from the two partial indexes, not from every ticket of the period", async () => {
    const tz = t.ctx.config.jurisdiction.timezone;
    const period = periodOf("month", localDate(clock.now(), tz), tz);
    const plan = await t.ctx.database.db.transaction(async (tx) => {
      // The seed is a few hundred rows: without this a sequential scan is as good as any index.
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const r = await tx.execute<{ "QUERY PLAN": string }>(
        sql`EXPLAIN ${lateTicketsSql(clock.now(), { from: period.from, to: period.to, unitIds: null })}`,
      );
      return r.rows.map((x) => x["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("tickets_settled_late_idx");
    // The running tickets come from an index over running statuses; which of the two the planner
    // prefers on a few hundred rows depends on their statistics.
    expect(plan).toMatch(/tickets_running_created_idx|tickets_status_idx/);
    expect(plan).not.toContain("Seq Scan");
  });
});
