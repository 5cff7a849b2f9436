import { describe, expect, it } from "vitest";
import { routingSuite, linksOf, reload, reportAt } from "./helpers.js";

const suite = routingSuite();

const tower = reportAt("community.shuikujie", "恒汇大厦");
const shoppingStreet = reportAt("community.shuikujie", "滨河商业街");
const flats = reportAt("community.xisheng", "新城公寓");
const xishengRoad = reportAt("community.xisheng", "西盛路");
const school = reportAt("community.haixi", "海边街小学");

const file = suite.file;

describe("duplicates at routing: a street and the building on it, across the road, sides of a street", () => {
  it("offers a building pointed at on a street against the landmark the other report names", async () => {
    const named = await file(tower("property", "恒汇大厦楼顶的广告牌松动了，快掉下来了"), "13900001001");
    const pointed = await file(
      shoppingStreet("property", "滨河商业街那栋最高的写字楼楼顶广告牌松动了，风一吹哗哗响"),
      "13900001002",
    );
    expect(pointed.routed.outcome).toBe("dispatched");
    expect((await reload(suite.t, pointed.ticket.id)).mergedIntoId).toBeNull();
    expect(await linksOf(suite.t, pointed.ticket.id)).toEqual([
      { other_ticket_id: named.ticket.id, status: "suggested" },
    ]);
  });

  it("offers a street alone against an estate the jurisdiction puts on it, never merges them", async () => {
    // config/jurisdiction.json: 新城公寓 stands on 西盛路 (the unit's streets), so the two reports may
    // be one tank seen from the road; the dispatcher decides.
    const estate = await file(flats("property", "新城公寓楼顶水箱漏水，往下流到楼门口了"), "13900001011");
    const street = await file(xishengRoad("property", "西盛路上有个水箱漏水"), "13900001012");
    expect(street.routed.outcome).toBe("dispatched");
    expect((await reload(suite.t, street.ticket.id)).mergedIntoId).toBeNull();
    expect(await linksOf(suite.t, street.ticket.id)).toEqual([
      { other_ticket_id: estate.ticket.id, status: "suggested" },
    ]);
  });

  it("offers a report across from a landmark against one at it, and merges two at it", async () => {
    const at = await file(school("municipal", "海边街小学门口的井盖翘起来了，踩上去咣当响"), "13900001021");
    const across = await file(school("municipal", "海边街小学对面便利店门口井盖缺了一个角"), "13900001022");
    expect(across.routed.outcome).toBe("dispatched");
    expect(await linksOf(suite.t, across.ticket.id)).toEqual([
      { other_ticket_id: at.ticket.id, status: "suggested" },
    ]);
    const again = await file(school("municipal", "海边街小学门口井盖翘起来了，踩着咣当响"), "13900001023");
    expect(again.routed).toMatchObject({ outcome: "merged", intoTicketId: at.ticket.id });
  });

  it("offers two sides of one street named by what lines them, and merges the same side", async () => {
    const river = await file(shoppingStreet("municipal", "滨河商业街靠河一侧有根路灯杆歪了"), "13900001031");
    const shops = await file(
      shoppingStreet("municipal", "滨河商业街商铺那一边的路灯杆斜了 怕倒"),
      "13900001032",
    );
    expect(shops.routed.outcome).toBe("dispatched");
    expect(await linksOf(suite.t, shops.ticket.id)).toContainEqual({
      other_ticket_id: river.ticket.id,
      status: "suggested",
    });
    const again = await file(
      shoppingStreet("municipal", "滨河商业街靠河那一侧路灯杆歪了，怕倒"),
      "13900001033",
    );
    expect(again.routed).toMatchObject({ outcome: "merged", intoTicketId: river.ticket.id });
  });

  it("keeps a hotpot restaurant apart from a barbecue shop and merges the same restaurant", async () => {
    const hotpot = await file(shoppingStreet("pollution", "滨河商业街蜀香火锅油烟太大"), "13900001041");
    const bbq = await file(shoppingStreet("pollution", "滨河商业街有家烤肉店油烟往楼上窜"), "13900001042");
    expect(bbq.routed.outcome).toBe("dispatched");
    expect(await linksOf(suite.t, bbq.ticket.id)).toEqual([]);
    const again = await file(shoppingStreet("pollution", "滨河商业街蜀香火锅的油烟往楼上窜"), "13900001043");
    expect(again.routed).toMatchObject({ outcome: "merged", intoTicketId: hotpot.ticket.id });
  });
});
