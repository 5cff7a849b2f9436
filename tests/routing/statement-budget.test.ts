import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RouteBatcher } from "../../src/routing/route-batch.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countStatements } from "../support/statement-counter.js";
import { fileTicket, rows } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z"); // Monday 10:00 in Shanghai
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

/** A statement's first word, or a named statement's name without the hash of its shape. */
const verb = (s: string) =>
  s
    .split(" ")[0]!
    .toLowerCase()
    .replace(/_[0-9a-f]{12}$/, "");

/** A complaint of its own building, so no two of them are duplicates of each other. */
const building = (n: number) => ({
  summary: `西盛家园${n}号楼楼道灯不亮`,
  description: `西盛家园${n}号楼楼道灯不亮了，晚上看不见路。`,
  location: { text: `西盛家园${n}号楼` },
});

// Round trips are what a filing and a routing wait for: these bounds keep them from creeping back.
describe("statements sent to PostgreSQL", () => {
  it("files a ticket of a known resident in 6 statements, a new resident's in 7", async () => {
    const counter = countStatements(t.ctx.database.pool);
    try {
      await fileTicket(t, building(1), "13900000901");
      expect(counter.transactions().map((tx) => tx.length)).toEqual([7]);
      counter.reset();
      const ticket = await fileTicket(t, building(2), "13900000901");
      const [tx] = counter.transactions();
      expect(tx!.map(verb)).toEqual([
        "begin",
        "select", // the resident's identity
        "update", // their profile, a no-op when nothing changed
        "with", // reference number, ticket, reporter and the "create" event
        "insert", // the route job in the outbox
        "commit",
      ]);
      expect(ticket.ref).toMatch(/^ZT20261123-\d{4}$/);
      const [reporters] = await rows<{ n: number }>(
        t,
        `SELECT count(*)::int AS n FROM ticket_reporters WHERE ticket_id='${ticket.id}'`,
      );
      expect(reporters!.n).toBe(1);
      const events = await rows<{ action: string }>(
        t,
        `SELECT action FROM ticket_events WHERE ticket_id='${ticket.id}'`,
      );
      expect(events).toEqual([{ action: "create" }]);
    } finally {
      counter.stop();
    }
  });

  it("keeps every digit of a day's 10,000th reference number", async () => {
    await rows(t, "SELECT setval('ticket_ref_seq_20261123', 9999)");
    const ticket = await fileTicket(t, building(3), "13900000902");
    expect(ticket.ref).toBe("ZT20261123-10000");
  });

  it("routes and dispatches a ticket alone in 6 statements", async () => {
    const ticket = await fileTicket(t, building(4), "13900000903");
    const counter = countStatements(t.ctx.database.pool);
    try {
      const out = await routeTicket(t.ctx, { ticketId: ticket.id, round: 1 });
      expect(out.outcome).toBe("dispatched");
      const [tx, ...more] = counter.transactions();
      expect(more).toEqual([]);
      expect(tx!.map(verb)).toEqual([
        "begin",
        "routing_load", // the ticket, its SLA row and its reporters
        "routing_duplicate_search", // open tickets of its community and category: duplicate candidates
        "routing_write", // the ticket row (compare-and-set), its SLA row and the "dispatch" event
        "routing_dispatch_notices", // the unit's SMS, the residents' notices and the SLA check, with their outbox jobs
        "commit",
      ]);
    } finally {
      counter.stop();
    }
  });

  it("routes a batch of tickets in one transaction of 6 statements, whatever its size", async () => {
    const filed = [];
    for (let i = 0; i < 10; i++) filed.push(await fileTicket(t, building(10 + i), `1390000091${i}`));
    // A one-slot batcher: the first job runs alone, the nine that arrive meanwhile share the next.
    const batcher = new RouteBatcher(t.ctx, { maxInFlight: 1, maxBatch: 25 });
    const first = batcher.route({ ticketId: filed[0]!.id, round: 1 });
    const counter = countStatements(t.ctx.database.pool);
    try {
      const rest = filed.slice(1).map((f) => batcher.route({ ticketId: f.id, round: 1 }));
      await first;
      counter.reset();
      const outcomes = await Promise.all(rest);
      expect(outcomes.map((o) => o.outcome)).toEqual(Array(9).fill("dispatched"));
      const [tx, ...more] = counter.transactions();
      expect(more).toEqual([]);
      // Nothing per ticket: BEGIN, every ticket read (with the lock timeout), every ticket's duplicate
      // search, every row with its SLA and event, every notice, COMMIT.
      expect(tx!.map(verb)).toEqual([
        "begin",
        "routing_load",
        "routing_duplicate_search",
        "routing_write",
        "routing_dispatch_notices",
        "commit",
      ]);
    } finally {
      counter.stop();
    }
  });
});
