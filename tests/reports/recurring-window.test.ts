import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import { ticketReporters } from "../../src/db/schema/index.js";
import { recurringProblemsOf } from "../../src/reports/recurring-problems.js";
import { performTicketAction } from "../../src/tickets/ticket-actions.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, rows } from "../routing/helpers.js";

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

const dispatcher: StaffPrincipal = { id: "d1", role: "dispatcher", unitId: null };

describe("recurring problems over the period's reporters", () => {
  it("stamp every reporter row with its ticket's creation, also when a merge moves reporters later", async () => {
    const heating = (n: number) => ({
      category: "heating",
      summary: `西盛家园${n}号楼暖气不热`,
      description: `西盛家园${n}号楼暖气不热，屋里只有十五度`,
    });
    const a = await fileTicket(t, heating(1), "13900000701");
    clock.set("2026-11-23T03:00:00Z");
    const b = await fileTicket(t, heating(2), "13900000702");
    // The same resident writes again about their building: one person, two tickets.
    const c = await fileTicket(t, heating(3), "13900000701");
    // A ticket typed in from a phone call, without a resident row, is still one person.
    const d = await fileTicket(t, heating(4), null);
    clock.set("2026-11-24T03:00:00Z");
    await performTicketAction(t.ctx, dispatcher, b.id, "merge", { into: a.ref });

    const stamped = await rows<{ ticket_id: string; ok: boolean }>(
      t,
      `SELECT r.ticket_id, r.ticket_created_at = t.created_at AS ok
         FROM ticket_reporters r JOIN tickets t ON t.id = r.ticket_id`,
    );
    // a: its own reporter and b's (moved by the merge a day later); b, c: one each.
    expect(stamped.filter((r) => r.ticket_id === a.id)).toHaveLength(2);
    expect(stamped.every((r) => r.ok)).toBe(true);

    const [cluster] = await recurringProblemsOf(t.ctx.database.db, t.ctx.config, {
      from: new Date("2026-11-22T16:00:00Z"),
      to: new Date("2026-11-29T16:00:00Z"),
      scope: [],
    });
    // Four tickets (the merged one counts: it was somebody's appeal); three people.
    expect(cluster).toMatchObject({ category: "heating", tickets: 4, reporters: 3 });
    expect([a, b, c, d].map((x) => x.ref)).toEqual(expect.arrayContaining(cluster!.refs));
  });

  it("leaves reporters of tickets outside the period out, whenever their rows were written", async () => {
    const [cluster] = await recurringProblemsOf(t.ctx.database.db, t.ctx.config, {
      from: new Date("2026-11-23T02:30:00Z"),
      to: new Date("2026-11-29T16:00:00Z"),
      scope: [],
    });
    // Ticket a (02:00) is outside: its two reporter rows, one written at the merge, do not count.
    expect(cluster).toMatchObject({ tickets: 3, reporters: 3 });
    const moved = await t.ctx.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(ticketReporters)
      .where(eq(ticketReporters.createdAt, new Date("2026-11-24T03:00:00Z")));
    expect(moved[0]!.n).toBe(1);
  });
});
