import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { scoreDuplicate, type DuplicateCandidate } from "../../src/domain/duplicate-score.js";

/*
 * The scorer reads a ticket's summary with its description. The summary is a machine's short
 * reading: when the two texts keep a pair apart, the residents' own words (the descriptions) are
 * read again, and a pair only they bring together is offered, never merged without asking.
 */
const report = reportsAt(new Date("2026-12-01T03:00:00Z"));
const codes = reasonCodes;
const filed = (summary: string, description: string, more: Partial<DuplicateCandidate> = {}) =>
  report(`${summary} ${description}`, { description, ...more });

describe("the residents' own words read again", () => {
  // The second summary names a landmark its resident never mentioned.
  const lampsByMarket = filed("光明路菜场门口路灯不亮", "光明路菜场门口那一排路灯晚上都不亮");
  const lampsBySchool = filed("光明路小学门口路灯坏了", "光明路那排路灯全黑了，就在菜场那头");

  it("offers a pair the summaries' words keep apart when the descriptions agree", () => {
    const r = scoreDuplicate(lampsBySchool, lampsByMarket);
    expect(r.suggestion).toBe("suggest_merge");
    expect(r.score).toBeLessThan(0.8);
    expect(codes(r).at(-1)).toBe("DUP.DESCRIPTIONS_SIMILAR");
  });

  it("reads only the whole text when no description is given", () => {
    const r = scoreDuplicate(
      { ...lampsBySchool, description: undefined },
      { ...lampsByMarket, description: undefined },
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r).at(-1)).toBe("DUP.DIFFERENT_SPOT");
  });

  it("keeps the whole text's verdict when it already offers or merges", () => {
    const a = filed("光明路邮局旁垃圾箱满了", "光明路邮局旁边的垃圾箱三天没人倒，苍蝇乱飞");
    const b = filed("光明路邮局垃圾箱满溢", "光明路邮局旁边那个垃圾箱满了，三天没人倒");
    const r = scoreDuplicate(b, a);
    expect(r.suggestion).toBe("auto_merge");
    expect(codes(r)).not.toContain("DUP.DESCRIPTIONS_SIMILAR");
  });

  it("does not read again past another category or another building", () => {
    const words = "光明路3号楼那边的事一直没人管";
    expect(
      codes(scoreDuplicate(filed("光明路3号楼", words, { category: "traffic" }), filed("光明路", words))).at(
        -1,
      ),
    ).toBe("DUP.DIFFERENT_CATEGORY");
    expect(
      codes(
        scoreDuplicate(
          filed("光明路5号楼路灯不亮", "光明路5号楼那一排路灯晚上都不亮"),
          filed("光明路3号楼路灯不亮", words),
        ),
      ).at(-1),
    ).toBe("DUP.DIFFERENT_NUMBER");
  });

  it("keeps apart two problems the descriptions tell apart too", () => {
    const r = scoreDuplicate(
      filed("光明路菜场门口井盖缺失", "光明路菜场门口有个井盖没了，晚上看不见"),
      lampsByMarket,
    );
    expect(r.suggestion).toBe("none");
  });
});
