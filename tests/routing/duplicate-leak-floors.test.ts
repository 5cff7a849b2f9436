import { describe, expect, it } from "vitest";
import { routingSuite, linksOf, reload, type ComplaintInput } from "./helpers.js";

/*
 * Through the route worker with a real PostgreSQL and Redis: one leak told by the flat below (a wet
 * ceiling, filed under 物业) and by the flat above (its own burst pipe, filed under 供水) is offered
 * against the open ticket, never merged; a leak two floors up the stack is not.
 */
const suite = routingSuite();
const file = suite.file;
const filed = (category: string, summary: string, description: string): ComplaintInput => ({
  category,
  summary,
  description,
  location: { community: "community.xisheng", text: summary.slice(0, summary.indexOf("楼") + 1) },
});

describe("duplicates at routing: a leak between two floors", () => {
  it("offers the flat above's burst pipe against the flat below's wet ceiling", async () => {
    const below = await file(
      filed("property", "西盛家园6号楼204天花板渗水", "西盛家园6号楼204，卫生间天花板往下渗水，楼上敲门没人"),
      "13900006001",
    );
    const above = await file(
      filed("water_supply", "西盛家园6号楼304水管爆裂", "西盛家园6号楼304，洗手池下面的水管爆了，水往外冒"),
      "13900006002",
    );
    expect(above.routed.outcome).toBe("dispatched");
    expect((await reload(suite.t, above.ticket.id)).mergedIntoId).toBeNull();
    expect(await linksOf(suite.t, above.ticket.id)).toContainEqual({
      other_ticket_id: below.ticket.id,
      status: "suggested",
    });
  });

  it("leaves a leak two floors up the stack alone", async () => {
    await file(
      filed("property", "西盛家园9号楼210天花板渗水", "西盛家园9号楼210，厨房天花板往下渗水，楼上敲门没人"),
      "13900006011",
    );
    const far = await file(
      filed("water_supply", "西盛家园9号楼410水管爆裂", "西盛家园9号楼410，洗衣机的水管爆了，地上全是水"),
      "13900006012",
    );
    expect(far.routed.outcome).toBe("dispatched");
    expect(await linksOf(suite.t, far.ticket.id)).toEqual([]);
  });
});
