import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { scoreDuplicate, type DuplicateCandidate } from "../../src/domain/duplicate-score.js";
import { residentsOwnText } from "../../src/domain/residents-words.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Agreement comes from what the residents said. A clause the summarizer added (the term a work order
 * files a noise under) stands for the category, which the scorer compares on its own.
 */
const report = reportsAt(new Date("2026-12-01T03:00:00Z"));
const filed = (summary: string, description: string, more: Partial<DuplicateCandidate> = {}) =>
  report(`${summary} ${description}`, { description, ...more });

describe("the summary's clauses nobody wrote", () => {
  it("leaves out a filed term the description does not hold", () => {
    const description = "光明路那家酒馆每天半夜放歌";
    expect(residentsOwnText(`光明路酒馆每天半夜放歌，噪音扰民 ${description}`, description, "光明路")).toBe(
      `光明路酒馆每天半夜放歌 ${description}`,
    );
  });

  it("keeps the place's proper name, not an operator's restatement", () => {
    const description = "光名路口那根灯杆歪了";
    expect(residentsOwnText(`光明路，需要派人维修 ${description}`, description, "光明路")).toBe(
      `光明路 ${description}`,
    );
  });

  it("leaves a text alone when every clause is the resident's or there is no description", () => {
    const description = "光明路那家酒馆太吵了，半夜还在放歌";
    const text = `光明路酒馆太吵了，半夜还在放歌 ${description}`;
    expect(residentsOwnText(text, description, "光明路")).toBe(text);
    expect(residentsOwnText("光明路酒馆太吵，噪音扰民", undefined, "光明路")).toBe(
      "光明路酒馆太吵，噪音扰民",
    );
  });

  it("does not let two sources of noise agree on the term the summarizer gave both", () => {
    const tavern = "光明路那家酒馆每天半夜放歌";
    const gym = "光明路健身房一大早放动感音乐";
    const withTerm = scoreDuplicate(
      filed(`${tavern}，噪音扰民`, tavern, { category: "noise" }),
      filed(`${gym}，噪音扰民`, gym, { category: "noise" }),
    );
    const withoutTerm = scoreDuplicate(
      filed(tavern, tavern, { category: "noise" }),
      filed(gym, gym, { category: "noise" }),
    );
    expect(withTerm.suggestion).toBe(withoutTerm.suggestion);
    expect(withTerm.score).toBe(withoutTerm.score);
  });
});

describe("words residents use (thirty-third duplicates round)", () => {
  const things = (text: string) => [...problemConcepts(text).objects];
  const faults = (text: string) => [...problemConcepts(text).faults];

  it("reads weak water apart from water that stopped: held for a person", () => {
    const weak = report("光明小区每天晚上水压低，洗澡只出小水", {
      category: "water_supply",
      place: "光明小区",
    });
    const cut = report("光明小区后天停水检修，也没贴通知", { category: "water_supply", place: "光明小区" });
    expect(things("光明小区晚上水就没劲")).toContain("供水");
    const r = scoreDuplicate(weak, cut);
    expect(r.suggestion).not.toBe("auto_merge");
  });

  it("parts two bus-stop signs by the codes painted on them", () => {
    const a = report("光明路站站牌105 电子屏不显示", { category: "traffic" });
    const b = report("光明路站那块站牌，编号106，电子屏黑了", { category: "traffic" });
    const r = scoreDuplicate(a, b);
    expect(r.suggestion).toBe("none");
    expect(reasonCodes(r).at(-1)).toBe("DUP.DIFFERENT_SPOT");
  });

  it("reads a cover stolen as a cover missing, a bin set alight as burnt", () => {
    expect(faults("光明路那个井盖让人偷了")).toContain("丢失");
    expect(faults("光明路口果皮箱昨晚被人点了，烧得黑乎乎的")).toContain("烧毁");
    expect(things("光明路口果皮箱被烧了，只剩铁皮了")).toEqual(["垃圾"]);
  });

  it("reads the lights of a stairwell and a lane told as pitch dark", () => {
    expect(things("光明小区2号楼楼道里三层灯都不亮")).toContain("楼道灯");
    expect(things("光明巷黑灯瞎火的，那灯坏了好久")).toContain("路灯");
  });

  it("reads a toilet at home as no public toilet, and sewage welling up from it", () => {
    const c = problemConcepts("光明小区3号楼，我家一楼厕所往上冒污水");
    expect([...c.objects]).not.toContain("公厕");
    expect([...c.faults]).toContain("冒水");
  });

  it("links a failed sump pump or a broken downpipe to the water it leaves", () => {
    const pump = report("光明大厦地库排水泵坏了", { place: "光明大厦", category: "property" });
    const flooded = report("光明大厦地下车库进水了，车都泡了", { place: "光明大厦", category: "property" });
    const r = scoreDuplicate(pump, flooded);
    expect(r.suggestion).toBe("suggest_merge");
    expect(reasonCodes(r)).toContain("DUP.CAUSE_AND_EFFECT");
  });

  it("holds a pair where one resident denies the cause the other gives", () => {
    const leaves = report("光明小区下水道被落叶堵了，污水冒出来了", { place: "光明小区" });
    const tank = report("光明小区下水道冒污水，是化粪池满了，不是落叶堵的", { place: "光明小区" });
    const r = scoreDuplicate(tank, leaves);
    expect(r.suggestion).not.toBe("auto_merge");
  });

  it("reads a bus passing its stop told a clause after the stop", () => {
    expect(things("十二路在光明路那站，这周好几次不停车")).toContain("甩站");
  });
});
