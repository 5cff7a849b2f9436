import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, linksOf, reload } from "./helpers.js";

const clock = testClock("2026-12-02T01:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

/** A report on 柳巷路 in 海西社区, filed under `category` with no other category ranked. */
const onLane = (category: string, text: string) => ({
  category,
  candidates: [],
  summary: text.slice(0, 20),
  description: text,
  location: { community: "community.haixi", text: "柳巷路" },
});

describe("duplicate search across categories nobody ranked together", () => {
  it("offers one hoarding filed as 建设施工 and as 环境卫生, merges it when intake ranked both, and leaves another problem alone", async () => {
    const site = await fileTicket(
      t,
      onLane("construction", "柳巷路的施工围挡占了人行道，行人只能走机动车道"),
      "13900000931",
    );
    expect((await routeTicket(t.ctx, { ticketId: site.id })).outcome).toBe("dispatched");

    clock.advance(40 * 60_000);
    const same = await fileTicket(
      t,
      onLane("sanitation", "柳巷路工地挡板把人行道占了，推婴儿车过不去"),
      "13900000932",
    );
    // Found only by the walk of categories intake did not rank: offered to the centre, not merged.
    expect((await routeTicket(t.ctx, { ticketId: same.id })).outcome).toBe("dispatched");
    expect((await reload(t, same.id)).mergedIntoId).toBeNull();
    expect(await linksOf(t, same.id)).toEqual([{ other_ticket_id: site.id, status: "suggested" }]);

    clock.advance(40 * 60_000);
    const ranked = await fileTicket(
      t,
      {
        ...onLane("traffic", "柳巷路施工围挡把人行道占了一大半，只能绕到马路上走"),
        candidates: [
          { category: "traffic", confidence: 0.5, evidence: [] },
          { category: "construction", confidence: 0.3, evidence: [] },
        ],
      },
      "13900000934",
    );
    // Intake ranked the hoarding's own category next: the same thing and fault merge without asking.
    expect(await routeTicket(t.ctx, { ticketId: ranked.id })).toMatchObject({
      outcome: "merged",
      intoTicketId: site.id,
    });

    clock.advance(40 * 60_000);
    const rubbish = await fileTicket(
      t,
      onLane("sanitation", "柳巷路有人往绿化带里乱倒建筑垃圾"),
      "13900000933",
    );
    expect((await routeTicket(t.ctx, { ticketId: rubbish.id })).outcome).toBe("dispatched");
    expect((await reload(t, rubbish.id)).mergedIntoId).toBeNull();
    expect(await linksOf(t, rubbish.id)).toEqual([]);
  });
});
