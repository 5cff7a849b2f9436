import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowReader } from "../../src/db/raw-rows.js";
import { ticketSla, tickets } from "../../src/db/schema/index.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket } from "../routing/helpers.js";

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

describe("rows of hand-written SQL read by the schema", () => {
  it("equal what the query builder returns, for a dispatched ticket and its SLA row", async () => {
    const filed = await fileTicket(t, {}, "13900008001");
    expect((await routeTicket(t.ctx, { ticketId: filed.id, round: 1 })).outcome).toBe("dispatched");
    const ticketReader = rowReader(tickets);
    const slaReader = rowReader(ticketSla);
    const { rows } = await t.ctx.database.db.execute(
      sql`SELECT ${sql.raw(ticketReader.columns("t"))}, ${sql.raw(slaReader.columns("s", "sla__"))}
            FROM tickets t LEFT JOIN ticket_sla s ON s.ticket_id = t.id WHERE t.id = ${filed.id}::uuid`,
    );
    const [built] = await t.ctx.database.db
      .select({ ticket: tickets, sla: ticketSla })
      .from(tickets)
      .leftJoin(ticketSla, eq(ticketSla.ticketId, tickets.id))
      .where(eq(tickets.id, filed.id));
    expect(ticketReader.read(rows[0]!)).toEqual(built!.ticket);
    expect(slaReader.read(rows[0]!, "sla__")).toEqual(built!.sla);
    expect(built!.sla).not.toBeNull();
    expect(built!.ticket.dispatchedAt).toBeInstanceOf(Date);
  });

  it("reads the empty side of a LEFT JOIN as no row", async () => {
    const filed = await fileTicket(t, { summary: "西盛家园5号楼电梯坏了" }, "13900008002");
    const slaReader = rowReader(ticketSla);
    const { rows } = await t.ctx.database.db.execute(
      sql`SELECT ${sql.raw(slaReader.columns("s", "sla__"))}
            FROM tickets t LEFT JOIN ticket_sla s ON s.ticket_id = t.id WHERE t.id = ${filed.id}::uuid`,
    );
    expect(slaReader.read(rows[0]!, "sla__")).toBeUndefined();
  });
});
