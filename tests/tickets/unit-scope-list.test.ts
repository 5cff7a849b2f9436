import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ticketScopeSql, visibleUnitIds } from "../../src/auth/scope.js";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import { listTickets, type Cursor, type TicketFilter } from "../../src/db/repositories/tickets.repository.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket } from "../routing/helpers.js";

// A unit's inbox reads its scope (the tickets its units lead or assist) as two ordered walks
// (listTickets' `units`, migration 0064). Every page must be the page the single condition
// (ticketScopeSql in extraWhere) gives, and every page after it through the cursor.

const clock = testClock("2026-11-02T02:00:00Z");
let t: TestEnv;

const STAFF: StaffPrincipal[] = [
  { id: "u1", role: "unit", unitId: "dept.urban" },
  { id: "u2", role: "unit", unitId: "street.qimashan" },
  { id: "u3", role: "unit", unitId: "community.haixi" },
  { id: "u4", role: "unit", unitId: null },
];
const UNITS = ["dept.urban", "dept.housing", "street.qimashan", "community.haixi", "community.luxi", null];
const STATUSES = ["received", "dispatched", "accepted", "closed", "merged"];

beforeAll(async () => {
  t = await createTestEnv({ clock });
  // 160 tickets, one a minute, with units, statuses and assisting units drawn in turn; some filed in
  // the same instant (the order then rests on the id). Among them tickets a unit both leads and
  // assists, and tickets with no unit.
  for (let i = 0; i < 160; i++) {
    if (i % 7 !== 0) clock.advance(60_000);
    await fileTicket(t, { category: i % 3 ? "heating" : "noise", summary: `第${i}件` }, null);
  }
  await t.ctx.database.db.execute(sql`UPDATE tickets t SET
      unit_id = (${sql.param(UNITS)}::text[])[1 + (n % 6)],
      status = (${sql.param(STATUSES)}::text[])[1 + (n / 6) % 5],
      assist_unit_ids = CASE WHEN n % 4 = 0 THEN '{dept.urban}'::text[] WHEN n % 9 = 0 THEN '{community.luxi,dept.housing}'::text[]
                             ELSE '{}'::text[] END
    FROM (SELECT id, (row_number() OVER (ORDER BY created_at, id))::int AS n FROM tickets) o
    WHERE o.id = t.id`);
});
afterAll(async () => {
  await t.close();
});

/** Every page of `filter` for `staff`, `limit` at a time, read one way or the other. */
async function allPages(staff: StaffPrincipal, filter: TicketFilter, limit: number, asUnits: boolean) {
  const units = visibleUnitIds(t.ctx.config, staff)!;
  const pages: string[][] = [];
  let cursor: Cursor | null = null;
  for (;;) {
    const page = await listTickets(t.ctx.database.db, filter, {
      limit,
      cursor,
      ...(asUnits ? { units } : { extraWhere: ticketScopeSql(t.ctx.config, staff) }),
    });
    pages.push(page.items.map((x) => x.ref));
    if (!page.nextCursor) return pages;
    const [at, id] = JSON.parse(Buffer.from(page.nextCursor, "base64url").toString()) as [string, string];
    cursor = { createdAt: new Date(at), id };
  }
}

describe("a unit's inbox read as led and assisted tickets apart", () => {
  it("gives every page the single scope condition gives, for every filter and page size", async () => {
    const filters: TicketFilter[] = [
      {},
      { status: ["closed"] },
      { status: ["dispatched", "accepted"] },
      { category: ["noise"] },
      { status: ["merged"], category: ["heating"] },
      { status: ["cancelled"] },
    ];
    let compared = 0;
    for (const staff of STAFF)
      for (const filter of filters)
        for (const limit of [1, 7, 50]) {
          const want = await allPages(staff, filter, limit, false);
          expect(await allPages(staff, filter, limit, true)).toEqual(want);
          compared += want.flat().length;
        }
    // Not a comparison of empty lists.
    expect(compared).toBeGreaterThan(500);
  });

  it("reads one unit's tickets of one status from tickets_unit_idx in order", async () => {
    // The led half of listTickets' statement for a department's closed tickets. Sequential scans and
    // sorts off: on a table this small PostgreSQL would rightly read it whole, or sort the few rows
    // another index finds (its choice then depends on the statistics other tests left); what is
    // checked is that the index alone gives the order.
    const plan = await t.ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      await tx.execute(sql`SET LOCAL enable_sort = off`);
      const r = await tx.execute<{ "QUERY PLAN": string }>(sql`EXPLAIN SELECT id, created_at FROM tickets
        WHERE status IN ('closed') AND unit_id IN ('dept.urban') ORDER BY created_at DESC, id DESC LIMIT 51`);
      return r.rows.map((x) => x["QUERY PLAN"]).join("\n");
    });
    expect(plan).toMatch(/Index (Only )?Scan Backward using tickets_unit_idx/);
    expect(plan).not.toMatch(/Sort/);
  });
});
