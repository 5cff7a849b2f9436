import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { facilityParts } from "../../src/domain/problem-concepts.js";

/*
 * Causes read off one round's pairs: two pieces of one playground (a swing's chain, a slide's board)
 * read as one broken "游乐设施" at one estate, merged without asking. Wordings are our own, on the
 * made-up 光明小区.
 */
const when = new Date("2026-12-06T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const estate = { category: "property", community: "community.demo", place: "光明小区" };

describe("the pieces of one playground", () => {
  it("does not merge a broken swing with a cracked slide of the same estate without asking", () => {
    const r = scoreDuplicate(
      report("光明小区儿童游乐区的秋千绳子断了一根", estate),
      report("光明小区里小朋友玩的滑梯裂开了一道口子", estate),
    );
    expect(r.suggestion).not.toBe("auto_merge");
  });

  it("still offers or merges two reports of the same swing", () => {
    const r = scoreDuplicate(
      report("光明小区儿童游乐区的秋千绳子断了", estate),
      report("光明小区游乐区秋千绳子断了一根", estate),
    );
    expect(r.suggestion).not.toBe("none");
    expect(codes(r)).not.toContain("DUP.DIFFERENT_PROBLEM");
  });

  it("reads each piece by its name and nothing for a playground named whole", () => {
    expect([...facilityParts("秋千链子断了", "游乐设施")]).toEqual(["秋千"]);
    expect([...facilityParts("滑梯板子裂了", "游乐设施")]).toEqual(["滑梯"]);
    expect([...facilityParts("游乐设施坏了", "游乐设施")]).toEqual([]);
  });
});
