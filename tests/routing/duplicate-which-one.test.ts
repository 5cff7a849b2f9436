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

/** A report in 西盛家园 (西盛社区), as intake would file it. */
const inCompound = reportAt("community.xisheng", "西盛家园");

describe("duplicates at routing: which occurrence, which item", () => {
  it("offers, and does not merge, a report that the thing went wrong again after a repair", async () => {
    const first = await fileTicket(
      t,
      inCompound("municipal", "西盛家园门口下水道堵了，污水冒出来"),
      "13900000901",
    );
    expect((await routeTicket(t.ctx, { ticketId: first.id })).outcome).toBe("dispatched");
    clock.advance(20 * 60_000);
    const again = await fileTicket(
      t,
      inCompound("municipal", "西盛家园门口下水道前几天疏通过，今天又堵了，污水冒出来"),
      "13900000902",
    );
    expect((await routeTicket(t.ctx, { ticketId: again.id })).outcome).toBe("dispatched");
    expect((await reload(t, again.id)).mergedIntoId).toBeNull();
    expect(await linksOf(t, again.id)).toEqual([{ other_ticket_id: first.id, status: "suggested" }]);
  });

  // Another numbered lift was offered until the lifts of one stairwell were parted by number.
  it("keeps another numbered lift apart and merges a second report of the same one", async () => {
    const first = await fileTicket(t, inCompound("property", "西盛家园东区3号电梯停了"), "13900000911");
    expect((await routeTicket(t.ctx, { ticketId: first.id })).outcome).toBe("dispatched");
    clock.advance(20 * 60_000);
    const other = await fileTicket(t, inCompound("property", "西盛家园东区5号电梯停了"), "13900000912");
    expect((await routeTicket(t.ctx, { ticketId: other.id })).outcome).toBe("dispatched");
    expect((await reload(t, other.id)).mergedIntoId).toBeNull();
    expect(await linksOf(t, other.id)).toEqual([]);
    clock.advance(20 * 60_000);
    const same = await fileTicket(t, inCompound("property", "西盛家园东区三号电梯停了"), "13900000913");
    expect(await routeTicket(t.ctx, { ticketId: same.id })).toMatchObject({
      outcome: "merged",
      intoTicketId: first.id,
    });
  });
});
