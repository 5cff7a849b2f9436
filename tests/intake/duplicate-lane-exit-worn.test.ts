import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";

/*
 * Which lane of a road and which lettered exit of a metro station a report means are sides of one
 * place: a pothole in the left-turn lane and one in the right-turn lane, bikes at exit A and at exit
 * B, are two matters however alike the rest reads, and are kept apart. Worn road markings are a fault, so a report of
 * them is not taken as one that names none; asking an operator to put out more shared bikes is a
 * proposal, not the heap of bikes another resident reports. Wordings are our own, on the made-up
 * 光明路 and its 光明路站.
 */
const when = new Date("2026-12-05T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const road = { category: "municipal", place: "光明路" };
const traffic = { category: "traffic", place: "光明路" };

describe("lanes of one road", () => {
  it("keeps apart a pothole in the left-turn lane and one in the right-turn lane", () => {
    const r = scoreDuplicate(
      report("光明路路口左转道里有个坑", road),
      report("光明路路口右转车道上有个坑，车一拐就颠", road),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
  });

  it("does not part the left-turn lane told as 左转道 and as 左拐的车道", () => {
    const r = scoreDuplicate(
      report("光明路路口左转道上有个坑", road),
      report("光明路路口左拐的车道里有个大坑，左转的车都压过去", road),
    );
    expect(codes(r)).not.toContain("DUP.HELD_OTHER_SPOT");
  });

  it("keeps apart the left lane and the right lane, and takes the inner lane for the left one", () => {
    const r = scoreDuplicate(
      report("光明路往北最左边那条车道有个坑", road),
      report("光明路往北右侧车道有个坑", road),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
    const inner = scoreDuplicate(
      report("光明路往北左边那条车道有个大坑", road),
      report("光明路北行方向内侧车道路面有坑，请修补", road),
    );
    expect(codes(inner)).not.toContain("DUP.DIFFERENT_SPOT");
  });

  it("does not part a turning lane from a lane told by its side: they may be one", () => {
    const r = scoreDuplicate(
      report("光明路路口左转道上有个坑", road),
      report("光明路路口左侧车道上有个坑", road),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_SPOT");
  });
});

describe("lettered exits of one station", () => {
  it("keeps apart bikes at exit A and bikes at exit B", () => {
    const r = scoreDuplicate(
      report("光明路站A口共享单车太多", traffic),
      report("光明路站B口共享单车堆成一堆，出站都得侧身", traffic),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
  });

  it("reads exit C and the C exit as one, and takes no letter from a code or a word", () => {
    const r = scoreDuplicate(
      report("光明路站C口共享单车堆成一堆", traffic),
      report("光明路站C出口共享单车堆成一堆了", traffic),
    );
    expect(codes(r)).not.toContain("DUP.HELD_OTHER_SPOT");
    const k = scoreDuplicate(
      report("光明路KTV门口共享单车堆成一堆", traffic),
      report("光明路KTV门口共享单车堆成一堆了", traffic),
    );
    expect(codes(k)).not.toContain("DUP.HELD_OTHER_SPOT");
  });
});

describe("worn markings and more bikes asked for", () => {
  it("offers, not merges, a crossing without its guard against the crossing's worn markings", () => {
    const r = scoreDuplicate(
      report("光明路小学门口斑马线没人护送", traffic),
      report("光明路小学门口人行横道标线严重磨损，请重新施划", traffic),
    );
    expect(r.suggestion).not.toBe("auto_merge");
  });

  it("still merges the worn markings told twice", () => {
    const r = scoreDuplicate(
      report("光明路小学门口人行横道标线磨损了", traffic),
      report("光明路小学门口人行横道的标线磨损了，看不清", traffic),
    );
    expect(r.suggestion).toBe("auto_merge");
  });

  it("offers, not merges, too many shared bikes against a resident asking for more", () => {
    const r = scoreDuplicate(
      report("光明路站出口共享单车太多了", traffic),
      report("光明路站出口附近总是找不到共享单车，建议增加投放", traffic),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_PROBLEM");
  });
});
