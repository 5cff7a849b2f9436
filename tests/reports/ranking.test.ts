import { describe, expect, it } from "vitest";
import type { RatesRow } from "../../src/reports/compute-rates.js";
import { rankUnits } from "../../src/reports/ranking.js";

function unit(unitId: string, received: number, closed: number, satisfactionRate: number | null): RatesRow {
  return {
    unitId,
    unitName: unitId,
    received,
    closed,
    closureRate: received ? closed / received : null,
    satisfactionRate,
    responseRate: null,
    resolutionRate: null,
    surveyed: 0,
    pending: 0,
    unreachableByReason: {},
    display: { responseRate: "—", resolutionRate: "—", satisfactionRate: "—", closureRate: "—" },
  } as unknown as RatesRow;
}

describe("unit ranking", () => {
  it("does not let a unit that closed one ticket fast top units with real volume", () => {
    const rows = [unit("fast.one", 1, 1, 1), unit("busy", 40, 36, 0.95), unit("steady", 12, 10, 0.9)];
    const r = rankUnits(rows, new Map(), 5);
    expect(r.map((x) => [x.unitId, x.rank])).toEqual([
      ["busy", 1],
      ["steady", 2],
      ["fast.one", null],
    ]);
    // Volume is shown for every unit, ranked or not.
    expect(r.find((x) => x.unitId === "fast.one")!.received).toBe(1);
  });

  it("ranks a unit from exactly the minimum number of tickets", () => {
    const r = rankUnits([unit("a", 5, 5, 1), unit("b", 4, 4, 1)], new Map(), 5);
    expect(r.map((x) => x.rank)).toEqual([1, null]);
  });
});
