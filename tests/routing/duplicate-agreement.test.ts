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

/** A report on 庙前街 in 文庙社区, as intake would file it. */
const onStreet = reportAt("community.wenmiao", "庙前街");

async function route(ticketId: string) {
  return routeTicket(t.ctx, { ticketId });
}
describe("duplicates at routing: merging needs the evidence to agree", () => {
  it("files a complaint about another shop of the street on its own", async () => {
    const first = await fileTicket(t, onStreet("pollution", "庙前街那家火锅店油烟直冲居民楼"), "13900000801");
    expect((await route(first.id)).outcome).toBe("dispatched");
    clock.advance(20 * 60_000);
    const other = await fileTicket(t, onStreet("pollution", "庙前街那家烤肉馆油烟直冲居民楼"), "13900000802");
    expect((await route(other.id)).outcome).toBe("dispatched");
    expect((await reload(t, other.id)).mergedIntoId).toBeNull();
    expect(await linksOf(t, other.id)).toEqual([]);
  });

  it("offers, and does not merge, a report that adds another thing to the shared one", async () => {
    const place = { community: "community.xisheng", text: "西盛家园7号楼" };
    const lift = await fileTicket(
      t,
      {
        category: "property",
        summary: "西盛家园7号楼电梯按钮失灵",
        description: "西盛家园7号楼电梯按钮失灵",
        location: place,
      },
      "13900000811",
    );
    expect((await route(lift.id)).outcome).toBe("dispatched");
    clock.advance(20 * 60_000);
    const smoke = await fileTicket(
      t,
      {
        category: "property",
        summary: "西盛家园7号楼电梯里有人吸烟",
        description: "西盛家园7号楼电梯里有人吸烟",
        location: place,
      },
      "13900000812",
    );
    expect((await route(smoke.id)).outcome).toBe("dispatched");
    expect((await reload(t, smoke.id)).mergedIntoId).toBeNull();
    expect(await linksOf(t, smoke.id)).toEqual([{ other_ticket_id: lift.id, status: "suggested" }]);
  });

  it("merges two reports of one pole by its code and keeps another pole's apart", async () => {
    const first = await fileTicket(t, onStreet("municipal", "庙前街路灯不亮，灯杆编号MQ-031"), "13900000821");
    expect((await route(first.id)).outcome).toBe("dispatched");
    clock.advance(20 * 60_000);
    const other = await fileTicket(t, onStreet("municipal", "庙前街路灯不亮，灯杆编号MQ-058"), "13900000822");
    expect((await route(other.id)).outcome).toBe("dispatched");
    expect(await linksOf(t, other.id)).toEqual([]);
    clock.advance(20 * 60_000);
    const same = await fileTicket(
      t,
      onStreet("municipal", "庙前街的路灯坏了，杆子上写着MQ031"),
      "13900000823",
    );
    expect(await route(same.id)).toMatchObject({ outcome: "merged", intoTicketId: first.id });
  });
});
