import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, linksOf, reload, reportAt } from "./helpers.js";

const clock = testClock("2026-11-27T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

/** A report at 西盛家园 (西盛社区), as intake would file it. */
const inCompound = reportAt("community.xisheng", "西盛家园");

describe("duplicates at routing: which side of one place, which occurrence", () => {
  it("offers a car park's entrance against its exit and merges a second report of the exit", async () => {
    const exit = await fileTicket(t, inCompound("municipal", "西盛家园停车场出口的抬杆坏了"), "13900000951");
    expect((await routeTicket(t.ctx, { ticketId: exit.id })).outcome).toBe("dispatched");
    clock.advance(20 * 60_000);
    const entrance = await fileTicket(
      t,
      inCompound("municipal", "西盛家园停车场入口的抬杆坏了"),
      "13900000952",
    );
    expect((await routeTicket(t.ctx, { ticketId: entrance.id })).outcome).toBe("dispatched");
    expect((await reload(t, entrance.id)).mergedIntoId).toBeNull();
    expect(await linksOf(t, entrance.id)).toContainEqual({ other_ticket_id: exit.id, status: "suggested" });
    clock.advance(20 * 60_000);
    const again = await fileTicket(t, inCompound("municipal", "西盛家园停车场出口抬杆坏了"), "13900000953");
    expect(await routeTicket(t.ctx, { ticketId: again.id })).toMatchObject({
      outcome: "merged",
      intoTicketId: exit.id,
    });
  });

  it("offers, and does not merge, thanks for a repair followed by the fault again", async () => {
    const first = await fileTicket(
      t,
      inCompound("municipal", "西盛家园门口路灯坏了，麻烦修一下"),
      "13900000961",
    );
    expect((await routeTicket(t.ctx, { ticketId: first.id })).outcome).toBe("dispatched");
    clock.advance(20 * 60_000);
    const thanks = await fileTicket(
      t,
      inCompound("municipal", "谢谢昨天把西盛家园门口路灯修好，可是今晚又不亮了"),
      "13900000962",
    );
    expect((await routeTicket(t.ctx, { ticketId: thanks.id })).outcome).toBe("dispatched");
    expect((await reload(t, thanks.id)).mergedIntoId).toBeNull();
    expect(await linksOf(t, thanks.id)).toEqual([{ other_ticket_id: first.id, status: "suggested" }]);
  });
});
