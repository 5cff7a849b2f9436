import { describe, expect, it } from "vitest";
import { routingSuite, linksOf, reload, type ComplaintInput } from "./helpers.js";

/*
 * Through the route worker with a real PostgreSQL and Redis: when the summaries' words keep two
 * reports apart (one summary names a landmark its resident never mentioned) but the residents'
 * descriptions agree, the new ticket is offered against the open one, never merged.
 */
const suite = routingSuite();
const file = suite.file;
const filed = (place: string, summary: string, description: string): ComplaintInput => ({
  category: "municipal",
  summary,
  description,
  location: { community: "community.xisheng", text: place },
});

describe("duplicates at routing: the descriptions read again", () => {
  it("offers a report whose summary added a landmark, never merges it", async () => {
    const first = await file(
      filed("西盛路", "西盛路菜场门口路灯不亮", "西盛路菜场门口那一排路灯晚上都不亮"),
      "13900005001",
    );
    const second = await file(
      filed("西盛路", "西盛路小学门口路灯坏了", "西盛路那排路灯全黑了，就在菜场那头"),
      "13900005002",
    );
    expect(second.routed.outcome).toBe("dispatched");
    expect((await reload(suite.t, second.ticket.id)).mergedIntoId).toBeNull();
    expect(await linksOf(suite.t, second.ticket.id)).toContainEqual({
      other_ticket_id: first.ticket.id,
      status: "suggested",
    });
  });

  it("keeps apart two problems the descriptions tell apart too", async () => {
    await file(
      filed("西盛路", "西盛路邮局门口路灯不亮", "西盛路邮局门口那一排路灯晚上都不亮"),
      "13900005011",
    );
    const hole = await file(
      filed("西盛路", "西盛路学校门口井盖缺失", "西盛路邮局门口有个井盖没了，晚上看不见"),
      "13900005012",
    );
    expect(hole.routed.outcome).toBe("dispatched");
    expect(await linksOf(suite.t, hole.ticket.id)).toEqual([]);
  });
});
