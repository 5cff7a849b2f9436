import { describe, expect, it } from "vitest";
import { routingSuite, linksOf, reload, reportAt } from "./helpers.js";

/*
 * Through the route worker with a real PostgreSQL and Redis: one
 * facility's different parts or symptoms, and one nuisance on different festival days, are offered
 * to the centre, never merged; the same part or day told again still merges.
 */
const suite = routingSuite();

const garden = reportAt("community.xisheng", "西盛花园");
const estate = reportAt("community.luxi", "路西小区");

const file = suite.file;

describe("duplicates at routing: parts of one facility, festival days", () => {
  it("offers a rattling lift against a trapped one, and merges a second trapped-lift report", async () => {
    const trapped = await file(garden("property", "西盛花园9号楼电梯困人了，里面有个老人"), "13900002001");
    const rattles = await file(garden("property", "西盛花园9号楼电梯上下的时候哐当哐当响"), "13900002002");
    expect(rattles.routed.outcome).toBe("dispatched");
    expect((await reload(suite.t, rattles.ticket.id)).mergedIntoId).toBeNull();
    expect(await linksOf(suite.t, rattles.ticket.id)).toEqual([
      { other_ticket_id: trapped.ticket.id, status: "suggested" },
    ]);
    const again = await file(garden("property", "西盛花园9号楼电梯关人了，出不来"), "13900002003");
    expect(again.routed).toMatchObject({ outcome: "merged", intoTicketId: trapped.ticket.id });
  });

  it("offers yellow water against a supply cut", async () => {
    const cut = await file(estate("water_supply", "路西小区从早上开始停水了，也没通知"), "13900002011");
    const yellow = await file(estate("water_supply", "路西小区自来水是黄的，有股铁锈味"), "13900002012");
    expect(yellow.routed.outcome).toBe("dispatched");
    expect(await linksOf(suite.t, yellow.ticket.id)).toEqual([
      { other_ticket_id: cut.ticket.id, status: "suggested" },
    ]);
  });

  it("offers firecrackers on the first day against New Year's Eve, and merges the same night", async () => {
    const eve = await file(estate("noise", "除夕晚上路西小区楼下有人放鞭炮，把车炸坏了"), "13900002021");
    const first = await file(estate("noise", "初一晚上路西小区又有人放鞭炮，车又被炸坏了"), "13900002022");
    expect(first.routed.outcome).toBe("dispatched");
    expect(await linksOf(suite.t, first.ticket.id)).toContainEqual({
      other_ticket_id: eve.ticket.id,
      status: "suggested",
    });
    const again = await file(estate("noise", "大年三十晚上路西小区楼下放鞭炮，车被炸坏了"), "13900002023");
    expect(again.routed).toMatchObject({ outcome: "merged", intoTicketId: eve.ticket.id });
  });
});
