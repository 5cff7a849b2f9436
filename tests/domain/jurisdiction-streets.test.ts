import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Jurisdiction } from "../../src/domain/jurisdiction.schema.js";

// A unit's `streets` pairs two of its own places (a landmark and the street it stands on); a name
// that is none of its places would never match a report, so loading the configuration says so.
const shipped = JSON.parse(
  readFileSync(new URL("../../config/jurisdiction.json", import.meta.url), "utf8"),
) as { units: { id: string; places?: string[]; streets?: Record<string, string> }[] };

function issuesWith(id: string, streets: Record<string, string>): string[] {
  const units = shipped.units.map((u) => (u.id === id ? { ...u, streets } : u));
  const r = Jurisdiction.safeParse({ ...shipped, units });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("the streets a unit places its landmarks on", () => {
  it("accepts the shipped jurisdiction: every landmark and street named is one of the unit's places", () => {
    expect(Jurisdiction.safeParse(shipped).success).toBe(true);
    for (const u of shipped.units)
      for (const [landmark, street] of Object.entries(u.streets ?? {})) {
        expect(u.places, u.id).toContain(landmark);
        expect(u.places, u.id).toContain(street);
      }
  });

  it("refuses a street that is not one of the unit's places", () => {
    const i = shipped.units.findIndex((u) => u.id === "community.luxi");
    expect(issuesWith("community.luxi", { 路西小区: "西山大街" })).toEqual([
      `units.${i}.streets.路西小区: street "西山大街" is not one of the places of "community.luxi" (add it to places or correct the name)`,
    ]);
  });

  it("refuses a landmark that is not one of the unit's places, and one from another unit", () => {
    const i = shipped.units.findIndex((u) => u.id === "community.luxi");
    expect(issuesWith("community.luxi", { 路西花园: "西山路", 海西苑: "西山路" })).toEqual([
      `units.${i}.streets.路西花园: landmark "路西花园" is not one of the places of "community.luxi" (add it to places or correct the name)`,
      `units.${i}.streets.海西苑: landmark "海西苑" is not one of the places of "community.luxi" (add it to places or correct the name)`,
    ]);
  });

  it("accepts a unit with no streets at all", () => {
    expect(issuesWith("community.luxi", {})).toEqual([]);
  });
});
