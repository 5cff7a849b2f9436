import { describe, expect, it } from "vitest";
import { routingSuite, linksOf, reload, reportAt, type ComplaintInput } from "./helpers.js";

/*
 * Through the route worker with a real PostgreSQL and Redis: a report filed under another category
 * than an open one of the same place is offered against it when intake weighed that category for
 * the new report too, and kept apart when it did not.
 */
const suite = routingSuite();

const garden = reportAt("community.xisheng", "西盛花园6号楼");
const other = reportAt("community.xisheng", "西盛花园9号楼");
const file = suite.file;
const weighing = (report: ComplaintInput, ...alsos: [string, number][]): ComplaintInput => ({
  ...report,
  candidates: [
    { category: report.category!, confidence: 0.5, evidence: [] },
    ...alsos.map(([category, confidence]) => ({ category, confidence, evidence: [] })),
  ],
});

describe("duplicates at routing: another category intake weighed", () => {
  it("offers a flooded garage against the pipe reported under water supply, never merges it", async () => {
    const pipe = await file(garden("water_supply", "西盛花园6号楼车库的水管裂了，一直在滴水"), "13900004001");
    const flood = await file(
      weighing(garden("property", "西盛花园6号楼车库进水了 地上一层水 不知道哪漏的"), ["water_supply", 0.35]),
      "13900004002",
    );
    expect(flood.routed.outcome).toBe("dispatched");
    expect((await reload(suite.t, flood.ticket.id)).mergedIntoId).toBeNull();
    expect(await linksOf(suite.t, flood.ticket.id)).toContainEqual({
      other_ticket_id: pipe.ticket.id,
      status: "suggested",
    });
  });

  it("keeps it apart when the other category was only a faint third guess", async () => {
    await file(other("water_supply", "西盛花园9号楼地下室的水管裂了，一直在滴水"), "13900004011");
    const flood = await file(
      weighing(
        // "地下室进水了" would tie the two as a flooded basement and its pipe (water-main.ts): told
        // here without it, only the faint third guess could bring the pair together.
        other("property", "西盛花园9号楼地下室 地上一层水 不知道哪漏的"),
        ["municipal", 0.3],
        ["water_supply", 0.05],
      ),
      "13900004012",
    );
    expect(flood.routed.outcome).toBe("dispatched");
    expect(await linksOf(suite.t, flood.ticket.id)).toEqual([]);
  });
});
