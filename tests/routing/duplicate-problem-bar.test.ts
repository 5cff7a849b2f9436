import { describe, expect, it } from "vitest";
import { routingSuite, linksOf, reload, reportAt } from "./helpers.js";

/*
 * Through the route worker with a real PostgreSQL and Redis: two reports that share a thing but not
 * the whole problem (one names another thing, or only one says what is wrong) are offered to the
 * centre, never merged; the same problem told again still merges.
 */
const suite = routingSuite();

const garden = reportAt("community.xisheng", "西盛花园");
const file = suite.file;

describe("duplicates at routing: agreement on the whole problem", () => {
  // Overcharging is a fault of its own (乱收费): the fee and the cold radiators are two problems of
  // one heating, kept apart rather than offered.
  it("keeps a heating-fee complaint apart from cold radiators, and merges a second cold-radiator report", async () => {
    const cold = await file(garden("heating", "西盛花园5号楼暖气不热，屋里才十五度"), "13900003001");
    const fee = await file(garden("heating", "西盛花园5号楼暖气费多收了两百"), "13900003002");
    expect(fee.routed.outcome).toBe("dispatched");
    expect((await reload(suite.t, fee.ticket.id)).mergedIntoId).toBeNull();
    expect(await linksOf(suite.t, fee.ticket.id)).toEqual([]);
    const again = await file(garden("heating", "西盛花园5号楼的暖气冰凉"), "13900003003");
    expect(again.routed).toMatchObject({ outcome: "merged", intoTicketId: cold.ticket.id });
  });

  it("offers a report that names another thing with the shared one", async () => {
    const tank = await file(garden("property", "西盛花园8号楼楼顶水箱漏水"), "13900003011");
    const wall = await file(garden("property", "西盛花园8号楼水箱漏水，楼道墙面都湿透了"), "13900003012");
    expect(wall.routed.outcome).toBe("dispatched");
    expect(await linksOf(suite.t, wall.ticket.id)).toContainEqual({
      other_ticket_id: tank.ticket.id,
      status: "suggested",
    });
  });
});
