import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, linksOf, reload } from "./helpers.js";

const clock = testClock("2026-11-28T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

/** A report in 海西苑 (海西社区) filed under `category`, intake ranking `ranked` next. */
const inCompound = (category: string, text: string, ranked: string[] = []) => ({
  category,
  candidates: [category, ...ranked].map((c, i) => ({ category: c, confidence: 0.5 - i * 0.1, evidence: [] })),
  summary: text.slice(0, 20),
  description: text,
  location: { community: "community.haixi", text: "海西苑" },
});

describe("duplicates at routing across categories: a cause and its effect", () => {
  it("offers the power cut to the smoking transformer's ticket and never merges it", async () => {
    const transformer = await fileTicket(
      t,
      inCompound("property", "海西苑小区门口的变压器冒烟了"),
      "13900000941",
    );
    expect((await routeTicket(t.ctx, { ticketId: transformer.id })).outcome).toBe("dispatched");
    clock.advance(15 * 60_000);
    const outage = await fileTicket(
      t,
      inCompound("power_supply", "海西苑停电了，冰箱里东西要坏了", ["property"]),
      "13900000942",
    );
    expect((await routeTicket(t.ctx, { ticketId: outage.id })).outcome).toBe("dispatched");
    expect((await reload(t, outage.id)).mergedIntoId).toBeNull();
    expect(await linksOf(t, outage.id)).toEqual([{ other_ticket_id: transformer.id, status: "suggested" }]);
  });

  // Since dup-recall9 the refuse point's category, weighed by intake for the fire, makes the pair a
  // suggestion (DUP.RANKED_CATEGORY): a deliberate cost of offering pairs across weighed categories.
  it("only offers a fire at the refuse point beside a report that it was not cleared, never merges it", async () => {
    const uncleared = await fileTicket(
      t,
      inCompound("sanitation", "海西苑垃圾站没人清，堆成山了"),
      "13900000951",
    );
    expect((await routeTicket(t.ctx, { ticketId: uncleared.id })).outcome).toBe("dispatched");
    clock.advance(15 * 60_000);
    const burning = await fileTicket(
      t,
      inCompound("pollution", "海西苑垃圾站旁边有人烧垃圾", ["sanitation"]),
      "13900000952",
    );
    expect((await routeTicket(t.ctx, { ticketId: burning.id })).outcome).toBe("dispatched");
    expect(await linksOf(t, burning.id)).toEqual([{ other_ticket_id: uncleared.id, status: "suggested" }]);
  });
});
