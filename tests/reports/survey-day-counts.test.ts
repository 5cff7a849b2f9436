import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import {
  addDays,
  formatLocalDate,
  localDate,
  parseLocalDate,
  startOfLocalDay,
} from "../../src/domain/local-time.js";
import { computeRates, unitWithDescendants, type RatesRow } from "../../src/reports/compute-rates.js";
import { compactDayCounts, ensureDayCounts, rebuildDayCounts } from "../../src/reports/day-counts.js";
import { lateTickets } from "../../src/reports/late-tickets.js";
import { rankUnits, unitRanking } from "../../src/reports/ranking.js";
import { readSurveyDayCounts } from "../../src/reports/survey-day-counts.js";
import { runSurveyStep } from "../../src/survey/run-survey-step.js";
import { performTicketAction } from "../../src/tickets/ticket-actions.js";
import { explainedSession } from "../support/explained-session.js";
import { rollupMismatchQuery } from "../support/rollup-mismatches.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { HOUR, fileTicket, reply, resolveRound, surveysOf, ticketById } from "../survey/support.js";

// Monday 2 November 2026, 10:00 in Shanghai.
const clock = testClock("2026-11-02T02:00:00Z");
const TZ = "Asia/Shanghai";
const UNITS = ["community.xisheng", "community.luxi", "community.haixi", "dept.urban", "utility.water"];
const dispatcher: StaffPrincipal = { id: "d1", role: "dispatcher", unitId: null };
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { SURVEY_SPOT_CHECK_SEED: "survey-rollup" } });
});
afterAll(async () => t.close());

let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
let phone = 13700000000;

/** What the history did (asserted, so the comparison is not over an idle table). */
const done = { rounds: 0, resurveys: 0, answered: 0, reopened: 0, unreachable: 0, rerouted: 0, merged: 0 };

async function tryIt(p: Promise<unknown>): Promise<boolean> {
  return p.then(
    () => true,
    () => false,
  );
}

/**
 * Twelve days of surveys through the real write paths: tickets of one to three reporters resolved by
 * a random unit (the survey's unit snapshot), questions sent, answers of every kind, silences that end
 * unreachable, dissatisfied answers that reopen the ticket (二次办理) and its re-survey after a
 * re-route to another unit (round 2, the round-1 surveys of reporters not asked yet superseded),
 * merges of open tickets. The clock crosses local midnights, so rounds fall on several days.
 */
async function history(days: number): Promise<void> {
  const open: string[] = [];
  const waiting: string[] = [];
  for (let day = 0; day < days; day++) {
    for (let i = 0; i < 4; i++) {
      const reporters = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
        channel: "sms" as const,
        address: String(phone++),
      }));
      const { ticket, residentIds } = await fileTicket(t, reporters);
      if (rand() < 0.2) {
        open.push(ticket.id);
        continue;
      }
      await resolveRound(t, ticket.id, pick(UNITS));
      done.rounds++;
      clock.advance(2.5 * HOUR);
      // The first reporter is asked; the others are asked later, so a reopening supersedes them.
      const [first, ...rest] = await surveysOf(t, ticket.id);
      await runSurveyStep(t.ctx, first!.id);
      const answer = pick(["满意", "基本满意", "不满意，还是漏水", "3 没人来修", "挺好的", null]);
      if (answer) {
        await reply(t, residentIds[0]!, answer);
        done.answered++;
      }
      for (const s of rest) await runSurveyStep(t.ctx, s.id);
      const tk = await ticketById(t, ticket.id);
      if (tk.round > 1) {
        done.reopened++;
        clock.advance(5 * HOUR);
        // Re-routed to another unit and resolved again: the second round's surveys.
        await resolveRound(t, ticket.id, pick(UNITS.filter((u) => u !== tk.unitId)));
        done.rerouted++;
        done.resurveys++;
        clock.advance(2.5 * HOUR);
        for (const s of await surveysOf(t, ticket.id))
          if (s.round === 2) {
            await runSurveyStep(t.ctx, s.id);
            if (rand() < 0.5) await reply(t, residentIds[0]!, pick(["满意", "基本满意"]));
          }
      }
      waiting.push(ticket.id);
    }
    // Silence: the retries and then unreachable, as the survey worker steps them each day.
    for (const id of waiting) for (const s of await surveysOf(t, id)) await runSurveyStep(t.ctx, s.id);
    if (open.length > 1 && rand() < 0.7) {
      const [a, b] = [open.shift()!, open.shift()!];
      if (await tryIt(performTicketAction(t.ctx, dispatcher, a, "merge", { into: b }))) done.merged++;
      open.push(b);
    }
    clock.advance(22 * HOUR + Math.floor(rand() * 3 * HOUR));
  }
  const r = await t.ctx.database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM surveys WHERE status = 'unreachable'`,
  );
  done.unreachable = r.rows[0]!.n;
}

function day(offset: number): Date {
  const start = parseLocalDate("2026-11-02");
  return startOfLocalDay(addDays(start, offset), TZ);
}

/** Periods of whole local days over the history: each day, a week, the whole span, and the month. */
const periods = () => [
  ...Array.from({ length: 36 }, (_, i) => ({ from: day(i), to: day(i + 1) })),
  { from: day(0), to: day(7) },
  { from: day(3), to: day(12) },
  { from: day(-1), to: day(60) },
  {
    from: startOfLocalDay(parseLocalDate("2026-11-01"), TZ),
    to: startOfLocalDay(parseLocalDate("2026-12-01"), TZ),
  },
  {
    from: startOfLocalDay(parseLocalDate("2026-12-01"), TZ),
    to: startOfLocalDay(parseLocalDate("2027-01-01"), TZ),
  },
];

const scopes = () => [
  null,
  unitWithDescendants(t.ctx.config, "street.qimashan"),
  ["community.xisheng"],
  ["dept.urban", "utility.water"],
  [],
];

/** Rates from the rollup and from the surveys, and the ranking both ways, for every period and scope. */
async function expectSameAnswers(label: string): Promise<void> {
  const db = t.ctx.database.db;
  let compared = 0;
  for (const p of periods())
    for (const unitIds of scopes())
      for (const groupBy of ["unit", "none"] as const) {
        const q = { from: p.from, to: p.to, unitIds, groupBy };
        const fromRollup = await computeRates(db, t.ctx.config, q);
        const fromSurveys = await computeRates(db, t.ctx.config, q, undefined, "surveys");
        const where = `${label}: ${formatLocalDate(localDate(p.from, TZ))}..${formatLocalDate(localDate(p.to, TZ))} ${JSON.stringify(unitIds)} ${groupBy}`;
        expect(normal(fromRollup), where).toEqual(normal(fromSurveys));
        if (fromSurveys.total.surveyed + fromSurveys.total.pending > 0) compared++;
      }
  expect(compared, "periods with surveys compared").toBeGreaterThan(20);
  // The rollup answered (a decline would have read the surveys both times).
  const month = await readSurveyDayCounts(db, {
    fromDay: "2026-11-01",
    toDay: "2026-12-01",
    unitIds: null,
    timeZone: TZ,
  });
  expect(month?.length, `${label}: the rollup's keys`).toBeGreaterThan(5);
  for (const p of periods().slice(-4)) {
    const late = await lateTickets(t.ctx, db, { from: p.from, to: p.to, unitIds: null });
    const reference = rankUnits(
      (await computeRates(db, t.ctx.config, { ...p, unitIds: null, groupBy: "unit" }, undefined, "surveys"))
        .rows,
      late.byUnit,
    );
    expect(await unitRanking(t.ctx, db, p, null), `${label}: ranking`).toEqual(reference);
  }
}

/** The reasons' object compared regardless of insertion order. */
function normal(r: { rows: RatesRow[]; total: RatesRow }) {
  const one = (x: RatesRow) => ({
    ...x,
    unreachableByReason: Object.fromEntries(Object.entries(x.unreachableByReason).sort()),
  });
  return { rows: r.rows.map(one), total: one(r.total) };
}

describe("the rates' survey rollup", () => {
  it("gives exactly the surveys' rates and ranking through re-surveys, re-routes, reopenings and merges", async () => {
    await history(6);
    await expectSameAnswers("deltas only");
    // Folded in small batches halfway, as the SLA sweep does; the history goes on on top of it.
    await compactDayCounts(t.ctx.database.db, { batch: 7, maxBatches: 1000 });
    const left = await t.ctx.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM survey_day_deltas`,
    );
    expect(left.rows[0]!.n).toBe(0);
    await expectSameAnswers("folded");
    await history(6);
    await expectSameAnswers("folded, then more history");
    expect(done.rounds).toBeGreaterThan(30);
    for (const [k, n] of Object.entries(done)) expect(n, k).toBeGreaterThan(0);
    // Spot checks overturn answers and agents record callback results: both write surveys by
    // update. Stand-ins here: a bulk update moving many keys at once, a unit snapshot changed, a
    // survey deleted, a 'superseded' one made countable and back.
    const db = t.ctx.database.db;
    await db.execute(
      sql`UPDATE surveys SET satisfaction = 'basically' WHERE status = 'answered' AND id % 3 = 0`,
    );
    await db.execute(sql`UPDATE surveys SET unit_id = 'dept.urban' WHERE id % 5 = 1`);
    await db.execute(sql`UPDATE surveys SET unit_id = NULL WHERE id % 11 = 2`);
    await db.execute(
      sql`UPDATE surveys SET resolved_at = resolved_at + interval '13 hours' WHERE id % 4 = 3`,
    );
    await db.execute(
      sql`UPDATE surveys SET unreachable_reason = 'no_answer' WHERE id = (SELECT min(id) FROM surveys WHERE unreachable_reason = 'superseded')`,
    );
    await db.execute(sql`UPDATE surveys SET attempts = attempts + 1`);
    const [victim] = (
      await db.execute<{ id: number }>(sql`SELECT max(id)::int AS id FROM surveys WHERE status = 'answered'`)
    ).rows;
    await db.execute(sql`DELETE FROM survey_messages WHERE survey_id = ${victim!.id}`);
    await db.execute(sql`DELETE FROM callback_tasks WHERE survey_id = ${victim!.id}`);
    await db.execute(sql`DELETE FROM surveys WHERE id = ${victim!.id}`);
    await expectSameAnswers("bulk updates and a delete");
    // A rolled-back change leaves no count.
    await db
      .transaction(async (tx) => {
        await tx.execute(sql`UPDATE surveys SET status = 'unreachable', unreachable_reason = 'no_answer'`);
        throw new Error("rolled back");
      })
      .catch(() => {});
    await expectSameAnswers("rollback");
  }, 600_000);

  it("plans its statements once per session, linear for a bulk update after small ones", async () => {
    const { session, plans } = await explainedSession(t.databaseUrl);
    try {
      // More than five single-row updates: the session's plans are made for one-row transition tables.
      const few = await session.query<{ id: string }>("SELECT id FROM surveys ORDER BY id LIMIT 7");
      for (const { id } of few.rows)
        await session.query(`UPDATE surveys SET unit_id = 'community.luxi' WHERE id = $1`, [id]);
      plans.length = 0;
      const total = Number(
        (await session.query<{ n: string }>("SELECT count(*) AS n FROM surveys")).rows[0]!.n,
      );
      const bulk = await session.query(
        `UPDATE surveys SET unit_id = CASE WHEN unit_id = 'dept.urban' THEN 'community.haixi' ELSE 'dept.urban' END,
           resolved_at = resolved_at - interval '7 hours'`,
      );
      expect(bulk.rowCount).toBe(total);
      const triggerPlans = plans.filter((p) => p.includes("survey_day_deltas"));
      expect(triggerPlans.length).toBeGreaterThanOrEqual(1);
      for (const p of triggerPlans) {
        expect(p).not.toMatch(/Rows Removed by Join Filter/);
        expect(p).not.toMatch(/Named Tuplestore Scan on (old|new)_rows[^\n]*loops=[1-9]\d+/);
      }
    } finally {
      await session.end();
    }
    const held = await t.ctx.database.db.execute(
      sql.raw(
        rollupMismatchQuery({
          what: "survey",
          counts: "survey_day_counts",
          deltas: "survey_day_deltas",
          deltasOf: "survey_day_deltas_of",
          source: "surveys",
          keys: ["day", "unit_id", "status", "resolved", "satisfaction", "reason"],
        }),
      ),
    );
    expect(held.rows).toEqual([]);
  }, 120_000);

  it("is rebuilt by the start-up check when emptied, and recounted by the rebuild", async () => {
    const db = t.ctx.database.db;
    const before = await computeRates(db, t.ctx.config, {
      from: day(-1),
      to: day(60),
      unitIds: null,
      groupBy: "unit",
    });
    await db.execute(sql`DELETE FROM survey_day_counts`);
    await db.execute(sql`DELETE FROM survey_day_deltas`);
    expect(await ensureDayCounts(db, TZ)).toBe(true);
    expect(
      await computeRates(db, t.ctx.config, { from: day(-1), to: day(60), unitIds: null, groupBy: "unit" }),
    ).toEqual(before);
    await db.execute(sql`UPDATE survey_day_counts SET n = n + 1`);
    await rebuildDayCounts(db, TZ);
    await expectSameAnswers("rebuilt");
    // Counted in another zone: the rollup declines, the rates read the surveys.
    await db.execute(sql`UPDATE report_settings SET timezone = 'UTC'`);
    expect(
      await readSurveyDayCounts(db, {
        fromDay: "2026-11-01",
        toDay: "2026-12-01",
        unitIds: null,
        timeZone: TZ,
      }),
    ).toBeNull();
    expect(
      await computeRates(db, t.ctx.config, { from: day(-1), to: day(60), unitIds: null, groupBy: "unit" }),
    ).toEqual(before);
    await rebuildDayCounts(db, TZ);
  }, 120_000);
});
