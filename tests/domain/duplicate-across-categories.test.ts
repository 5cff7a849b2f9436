import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";

/*
 * One problem is filed under two categories when residents tell it from two sides. Besides the
 * same thing with the same fault, three more kinds of agreement across categories are offered to
 * the centre (never merged alone): a cause and what it caused, one venue named with nothing else
 * wrong, and — when neither report names a fault or tells of earlier work — one report naming more
 * things than the other.
 */
const when = new Date("2026-11-27T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;

describe("across categories: what else is offered", () => {
  it("offers a smoking transformer and the power cut filed under another category", () => {
    const r = scoreDuplicate(
      report("光明小区门口的变压器冒烟了", { category: "property", place: "光明小区" }),
      report("光明小区停电了，冰箱里东西要坏了", { category: "power_supply", place: "光明小区" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.CAUSE_AND_EFFECT");
  });

  it("offers the KTV downstairs told twice under two categories", () => {
    const r = scoreDuplicate(
      report("光明小区楼下那家KTV每天唱到凌晨三点，低音炮震得玻璃响", {
        category: "property",
        place: "光明小区",
      }),
      report("光明小区楼下KTV太吵", { category: "noise", place: "光明小区" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
  });

  it("offers a pothole told once alone and once with the dark lane it lies in", () => {
    const r = scoreDuplicate(
      report("光明路那个大坑快一个月了，晚上路灯也没有，我爸骑车翻进去了", { category: "public_order" }),
      report("光明路有大坑，危险", { category: "municipal" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.SAME_THING_OTHER_CATEGORY_UNSURE");
  });

  it("does not offer one report naming more things when the other names a fault", () => {
    const r = scoreDuplicate(
      report("光明小区垃圾站没人清，堆成山了", { category: "sanitation", place: "光明小区" }),
      report("光明小区垃圾站旁边有人烧垃圾", { category: "pollution", place: "光明小区" }),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_CATEGORY");
  });

  it("does not offer a follow-up that names more things than the report it follows", () => {
    const r = scoreDuplicate(
      report("光明路口的垃圾箱", { category: "sanitation" }),
      report("光明路口的垃圾箱换新的了，谢谢！想问一下能不能装几个路灯", { category: "municipal" }),
    );
    expect(r.suggestion).toBe("none");
  });

  it("reads a speed bump as a thing, so two reports of a broken one meet across categories", () => {
    const r = scoreDuplicate(
      report("光明小区门口的减速带断了，螺丝露在外面", { category: "property", place: "光明小区" }),
      report("光明小区门口减速垄坏了，钉子扎胎", { category: "traffic", place: "光明小区" }),
    );
    expect(r.suggestion).not.toBe("none");
    expect(codes(r)).not.toContain("DUP.DIFFERENT_CATEGORY");
  });
});
