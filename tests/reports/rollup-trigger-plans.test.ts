import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { performTicketAction } from "../../src/tickets/ticket-actions.js";
import { explainedSession } from "../support/explained-session.js";
import { rollupMismatchQuery } from "../support/rollup-mismatches.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, rows } from "../routing/helpers.js";

// The tickets' statement triggers for the report rollups and the light marks
// (drizzle/0066_rollup_triggers_planned_once.sql) have statements without parameters, planned once
// per connection: the plan made at a session's first, small call serves every later call of that
// session, however many rows it changes. A bulk update of thousands of tickets after small ones in
// the same session must do work in proportion to its rows (no join of old_rows with new_rows
// planned as a nested loop for one row), and leave the deltas and marks the tickets' rows give.

const clock = testClock("2026-11-23T02:00:00Z");
const COPIES = 400;
let t: TestEnv;
const dispatcher: StaffPrincipal = { id: "d1", role: "dispatcher", unitId: null };

beforeAll(async () => {
  t = await createTestEnv({ clock });
  const communities = ["community.xisheng", "community.luxi", "community.haixi", "community.wenmiao"];
  for (let i = 0; i < 8; i++) {
    const ticket = await fileTicket(
      t,
      {
        category: ["heating", "noise", "property"][i % 3]!,
        summary: `问题${i}`,
        description: `第${i}件问题的描述`,
        location: { community: communities[i % 4]!, text: `${i}号楼` },
      },
      `1390002${String(i).padStart(4, "0")}`,
    );
    if (i % 4 !== 3) await routeTicket(t.ctx, { ticketId: ticket.id });
    if (i % 4 === 1)
      await performTicketAction(t.ctx, dispatcher, ticket.id, "cancel", { reason: "重复登记" });
    clock.advance(3_600_000);
  }
  // Thousands of tickets like them (one statement: the insert branch, itself linear).
  await rows(
    t,
    `INSERT INTO tickets SELECT (jsonb_populate_record(t, jsonb_build_object('id', gen_random_uuid(), 'ref', t.ref || '-' || g))).*
       FROM tickets t, generate_series(1, ${COPIES}) g`,
  );
}, 120_000);
afterAll(async () => {
  await t.close();
});

/** What the rollups and marks hold against what the tickets' rows give, as rows of differences. */
async function mismatches(): Promise<unknown[]> {
  const day = await rows(
    t,
    rollupMismatchQuery({
      what: "day",
      counts: "ticket_day_counts",
      deltas: "ticket_day_deltas",
      deltasOf: "ticket_day_deltas_of",
      source: "tickets",
      keys: ["day", "unit_id", "closed_day", "resolved"],
    }),
  );
  const group = await rows(
    t,
    rollupMismatchQuery({
      what: "group",
      counts: "ticket_group_day_counts",
      deltas: "ticket_group_day_deltas",
      deltasOf: "ticket_group_day_deltas_of",
      source: "tickets",
      keys: ["day", "community_id", "category", "unit_id"],
    }),
  );
  // No fold has run in this file: every mark is still in ticket_light_marks.
  const marks = await rows(
    t,
    `WITH held AS (
       SELECT kind, unit_id, at, sum(n) AS n FROM ticket_light_marks GROUP BY 1, 2, 3 HAVING sum(n) <> 0),
     want AS (
       SELECT m.kind, m.unit_id, m.at, sum(m.n) AS n FROM tickets t, ticket_light_marks_of(t, 1) m
        GROUP BY 1, 2, 3 HAVING sum(m.n) <> 0)
     SELECT 'marks' AS what, * FROM ((TABLE held EXCEPT TABLE want) UNION ALL (TABLE want EXCEPT TABLE held)) x`,
  );
  return [...day, ...group, ...marks];
}

describe("the rollups' and light marks' statement triggers", () => {
  it("keep their first plans sound for a bulk update of thousands of tickets in the same session", async () => {
    const total = Number((await rows<{ n: string }>(t, "SELECT count(*) AS n FROM tickets"))[0]!.n);
    expect(total).toBe(8 * (COPIES + 1));
    expect(await mismatches()).toEqual([]);

    // Every statement's plan, the triggers' statements included, with the rows each node handled.
    const { session, plans } = await explainedSession(t.databaseUrl);
    try {
      // Small updates first, more than five: the session's plans of the triggers' statements are
      // made here, for transition tables of one ticket.
      const few = await session.query<{ id: string }>(
        "SELECT id FROM tickets WHERE status <> 'cancelled' ORDER BY ref LIMIT 7",
      );
      for (const [i, { id }] of few.rows.entries())
        await session.query(
          `UPDATE tickets SET unit_id = $2, status = CASE WHEN $3 THEN 'cancelled' ELSE status END,
             light_red_at = coalesce(light_red_at, now()) + interval '1 minute' WHERE id = $1`,
          [id, i % 2 ? "community.luxi" : "dept.urban", i === 6],
        );
      expect(plans.some((p) => p.includes("ticket_light_marks") && p.includes("new_rows"))).toBe(true);
      plans.length = 0;

      // One statement over every ticket: units, statuses, instants and creation days move.
      const bulk = await session.query(
        `UPDATE tickets SET unit_id = CASE WHEN unit_id = 'dept.urban' THEN 'community.haixi' ELSE 'dept.urban' END,
           status = CASE WHEN ref LIKE '%-1_' THEN 'cancelled' ELSE status END,
           light_yellow_at = coalesce(light_yellow_at, now()) - interval '1 hour',
           created_at = created_at - interval '1 day'`,
      );
      expect(bulk.rowCount).toBe(total);
      const triggerPlans = plans.filter((p) =>
        /ticket_day_deltas|ticket_group_day_deltas|ticket_light_marks/.test(p),
      );
      expect(triggerPlans.length).toBeGreaterThanOrEqual(3);
      // A join of the transition tables planned for one row compares every old row with every new
      // one: rows removed by its join filter grow as the square of the tickets.
      const removed = triggerPlans.flatMap((p) =>
        [...p.matchAll(/Rows Removed by Join Filter: (\d+)/g)].map((m) => Number(m[1])),
      );
      expect(Math.max(0, ...removed)).toBeLessThan(total);
      for (const p of triggerPlans)
        expect(p).not.toMatch(/Named Tuplestore Scan on (old|new)_rows[^\n]*loops=[1-9]\d{2,}/);
    } finally {
      await session.end();
    }
    expect(await mismatches()).toEqual([]);
  }, 120_000);

  it("write nothing when no zone is set, as before", async () => {
    const session = new pg.Client({ connectionString: t.databaseUrl });
    await session.connect();
    const deltas = async () =>
      (
        await session.query<{ n: string }>(
          "SELECT (SELECT count(*) FROM ticket_day_deltas) + (SELECT count(*) FROM ticket_group_day_deltas) AS n",
        )
      ).rows[0]!.n;
    try {
      await session.query("BEGIN");
      const before = await deltas();
      await session.query("DELETE FROM report_settings");
      const moved = await session.query(
        "UPDATE tickets SET unit_id = 'community.wenmiao' WHERE id IN (SELECT id FROM tickets ORDER BY ref LIMIT 8)",
      );
      expect(moved.rowCount).toBe(8);
      expect(await deltas()).toBe(before);
    } finally {
      await session.query("ROLLBACK");
      await session.end();
    }
  });
});
