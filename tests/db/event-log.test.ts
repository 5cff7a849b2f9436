import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTicket, listTicketEvents } from "../../src/db/repositories/tickets.repository.js";
import { ticketEvents } from "../../src/db/schema/index.js";
import { createTestEnv, type TestEnv } from "../support/test-context.js";

let t: TestEnv;
let ticketId: string;

beforeAll(async () => {
  t = await createTestEnv();
  const ticket = await t.ctx.database.db.transaction((tx) =>
    createTicket(tx, {
      complaint: {
        kind: "complaint",
        category: "noise",
        summary: "广场舞噪音",
        description: "每晚广场舞音响太大",
        location: { text: "文庙", community: "community.wenmiao", lat: null, lng: null },
        urgency: "normal",
        contact: { name: null, phone: null },
        missing: [],
        confidence: {},
        engine: "offline",
      },
      channel: "wechat",
      actor: { type: "system" },
      timeZone: "Asia/Shanghai",
    }),
  );
  ticketId = ticket.id;
});
afterAll(async () => t.close());

describe("ticket event log", () => {
  it("records the creation of a ticket", async () => {
    const events = await listTicketEvents(t.ctx.database.db, ticketId);
    expect(events.map((e) => e.action)).toEqual(["create"]);
  });

  it("refuses to edit an event", async () => {
    await expect(
      t.ctx.database.db
        .update(ticketEvents)
        .set({ reason: "rewritten" })
        .where(eq(ticketEvents.ticketId, ticketId)),
    ).rejects.toThrow();
    const events = await listTicketEvents(t.ctx.database.db, ticketId);
    expect(events[0]?.reason).toBeNull();
  });

  it("refuses to delete or truncate events", async () => {
    await expect(
      t.ctx.database.db.delete(ticketEvents).where(eq(ticketEvents.ticketId, ticketId)),
    ).rejects.toThrow();
    await expect(t.ctx.database.db.execute(sql`TRUNCATE ticket_events CASCADE`)).rejects.toThrow();
    expect(await listTicketEvents(t.ctx.database.db, ticketId)).toHaveLength(1);
  });
});
