import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { facilityParts, problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Causes read off one round's pairs: two pieces of one playground (a swing's chain, a slide's board)
 * read as one broken "游乐设施" at one estate, merged without asking; a line overhead told only as
 * "那根线" hanging low, or by its service (宽带线), and a shop's loudspeaker, each filed under two
 * categories with no thing read to bring them together. Wordings are our own, on the made-up
 * 光明小区 and 光明路.
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

describe("a line overhead told without the word 电线", () => {
  const street = { community: "community.demo", place: "光明路" };

  it("reads a line by its service or by 那根线, and hanging low as its fault", () => {
    expect([...problemConcepts("光明路那根黑线垂得好低").objects]).toContain("电线");
    expect([...problemConcepts("两栋楼中间的宽带线下垂").objects]).toContain("电线");
    expect([...problemConcepts("那根线挂得太低了").faults]).toContain("垂落");
    // A bus route or a clue is no line overhead.
    expect([...problemConcepts("那根线路的公交车太少").objects]).not.toContain("电线");
  });

  it("brings together one drooping line filed by one resident under power and by another under the street", () => {
    const r = scoreDuplicate(
      report("光明路中段那根线垂得很低，骑车的都要低头", { ...street, category: "power_supply" }),
      report("光明路中段上方一条通信线缆下垂，距地面约两米", { ...street, category: "municipal" }),
    );
    expect(r.suggestion).not.toBe("none");
    expect(codes(r)).toContain("DUP.SAME_THING_OTHER_CATEGORY");
  });

  it("keeps a hanging line apart from one that sparks", () => {
    expect([...problemConcepts("电线杆上的电线在冒火花").faults]).toContain("打火");
    expect([...problemConcepts("楼道电线老化，多次短路跳闸").faults]).toContain("打火");
    const r = scoreDuplicate(
      report("光明路口那根杆子上的电话线掉下来了，耷拉在人行道上", { ...street, category: "municipal" }),
      report("光明路口电线杆上的电线一直冒火花", { ...street, category: "power_supply" }),
    );
    expect(r.suggestion).toBe("none");
  });
});

describe("a shop's loudspeaker filed under two categories", () => {
  const street = { community: "community.demo", place: "光明路" };

  it("offers two residents' reports of one loudspeaker, one under noise and one under street order", () => {
    const r = scoreDuplicate(
      report("光明路早市的喇叭天天四点就开始喊，吵得人睡不着", { ...street, category: "noise" }),
      report("光明路早市那个大喇叭循环播放甩卖，太吵了", { ...street, category: "public_order" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.SAME_THING_OTHER_CATEGORY_UNSURE");
  });

  it("does not bring together a loudspeaker and another thing told under another category", () => {
    const r = scoreDuplicate(
      report("光明路早市的喇叭太吵了", { ...street, category: "noise" }),
      report("光明路早市的摊子占了人行道，还有喇叭", { ...street, category: "public_order" }),
    );
    expect(r.suggestion).toBe("none");
  });
});

describe("standing water told by how deep it is", () => {
  it("reads water too deep or up to a wheel or a knee as standing water", () => {
    expect([...problemConcepts("光明路桥洞下面水太深了，车差点熄火").objects]).toContain("积水");
    expect([...problemConcepts("光明路隧道里水一下子到车门了").objects]).toContain("积水");
    expect([...problemConcepts("水深火热").objects]).not.toContain("积水");
    expect([...problemConcepts("这口井的水很清").objects]).not.toContain("积水");
  });

  it("offers two reports of one flooded underpass, one by its depth and one as 积水", () => {
    const r = scoreDuplicate(
      report("光明路那个铁路桥洞底下水太深了，我的车差点熄火"),
      report("光明路铁路桥洞底下积水没过膝盖，人行道也淹了"),
    );
    expect(r.suggestion).not.toBe("none");
  });
});
