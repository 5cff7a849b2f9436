import { describe, expect, it } from "vitest";
import {
  closureRate,
  formatRate,
  resolutionRate,
  responseRate,
  satisfactionRate,
  satisfactionScore,
  surveyRates,
  emptyCounts,
  tallySurveys,
  type SurveyCounts,
  type SurveyRecord,
} from "../../src/reports/rates.js";

/** 100 surveys with a final outcome: 90 answered, 10 unreachable. */
const counts: SurveyCounts = {
  surveyed: 100,
  answered: 90,
  unreachable: 10,
  resolved: 81,
  satisfied: 70,
  basically: 15,
  dissatisfied: 4,
};

describe("rates over counts", () => {
  it("computes the response rate over surveys with a final outcome", () => {
    expect(responseRate(counts)).toBe(0.9);
  });

  it("computes the resolution rate over answered surveys", () => {
    expect(resolutionRate(counts)).toBe(0.9);
  });

  it("counts satisfied and basically satisfied in the satisfaction rate", () => {
    expect(satisfactionRate(counts)).toBeCloseTo(85 / 90, 10);
  });

  it("weights basically satisfied at 80 by default", () => {
    // (70 × 100 + 15 × 80) / 90 = 91.11
    expect(satisfactionScore(counts)).toBe(91.11);
  });

  it("weights basically satisfied at 60 when the centre does", () => {
    // (70 × 100 + 15 × 60) / 90 = 87.78
    expect(satisfactionScore(counts, 60)).toBe(87.78);
  });

  it("computes the closure rate of the district's year", () => {
    expect(formatRate(closureRate(42_174, 42_253))).toBe("99.81%");
  });

  it("has no rate at all for a unit without surveys", () => {
    expect(surveyRates(emptyCounts())).toEqual({
      responseRate: null,
      resolutionRate: null,
      satisfactionRate: null,
      satisfactionScore: null,
    });
  });

  it("shows a missing rate as a dash", () => {
    expect(formatRate(null)).toBe("—");
  });

  it("refuses a numerator larger than its denominator", () => {
    expect(() => closureRate(5, 4)).toThrow();
  });

  it("refuses negative counts", () => {
    expect(() => closureRate(-1, 4)).toThrow();
  });

  it("refuses a weight outside 0..100", () => {
    expect(() => satisfactionScore(counts, 120)).toThrow();
  });
});

describe("tallying surveys per unit", () => {
  const records: SurveyRecord[] = [
    { unitId: "community.luxi", outcome: "answered", resolved: "yes", satisfaction: "satisfied" },
    { unitId: "community.luxi", outcome: "answered", resolved: "yes", satisfaction: "basically" },
    { unitId: "community.luxi", outcome: "answered", resolved: "no", satisfaction: null },
    { unitId: "community.luxi", outcome: "answered", resolved: "unknown", satisfaction: "dissatisfied" },
    { unitId: "community.luxi", outcome: "unreachable" },
    { unitId: "community.luxi", outcome: "pending" },
    { unitId: "utility.water", outcome: "answered", resolved: "yes", satisfaction: "satisfied" },
  ];

  it("counts answered and unreachable surveys and skips pending ones", () => {
    expect(tallySurveys(records).get("community.luxi")).toEqual({
      surveyed: 5,
      answered: 4,
      unreachable: 1,
      resolved: 2,
      satisfied: 1,
      basically: 1,
      dissatisfied: 1,
    });
  });

  it("never counts an unreachable reporter as satisfied", () => {
    const luxi = tallySurveys(records).get("community.luxi")!;
    expect(satisfactionRate(luxi)).toBe(0.5);
    expect(responseRate(luxi)).toBe(0.8);
  });

  it("keeps units apart", () => {
    expect(tallySurveys(records).get("utility.water")).toMatchObject({ surveyed: 1, satisfied: 1 });
  });
});
