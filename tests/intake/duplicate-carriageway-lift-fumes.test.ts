import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";
import { oppositeCarriageways, travelDirection } from "../../src/domain/travel-direction.js";

/*
 * Causes read off one round's pairs: the two carriageways of one road told by the direction of
 * travel, the lifts of one stairwell by number or kind, two employers of one tower, fumes and
 * dancers' music told from the residents' own buildings, a pole leaning against one snapped, a bus
 * stop's sign against its shelter, a dog's mess against a dog off its lead, and words for barrier
 * arms, outdoor units and kitchen smoke. Wordings are our own, on the made-up 光明小区, 光明路 and
 * 金桥大厦.
 */
const when = new Date("2026-12-06T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const estate = { category: "property", community: "community.demo", place: "光明小区" };
const facts = (t: string) => problemConcepts(t);

describe("the direction of travel", () => {
  it("reads travel told several ways, and not a spot counted along the street", () => {
    expect(travelDirection("光明路由南向北方向最外侧车道")).toBe("北");
    expect(travelDirection("光明路西行公交道")).toBe("西");
    expect(travelDirection("光明路上往东骑的那条非机动车道")).toBe("东");
    expect(travelDirection("westbound lane of Guangming Road")).toBe("西");
    expect(travelDirection("光明小区门口往东第三根杆子")).toBeNull();
    expect(travelDirection("从北往南数第二个井盖")).toBeNull();
    expect(travelDirection("我走路去银行")).toBeNull();
  });

  it("parts a hole in one carriageway from one in the other", () => {
    expect(oppositeCarriageways("光明路由南向北方向有个坑", "光明路往南开的那边有个坑")).toBe(true);
    const r = scoreDuplicate(
      report("光明路由南向北方向慢车道有个大坑"),
      report("光明路往南开的慢车道有个大坑，车都绕着走"),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
  });

  it("keeps one carriageway told two ways together", () => {
    const r = scoreDuplicate(
      report("光明路北行右侧车道有个大坑"),
      report("光明路从南往北开，右边那条道有个大坑"),
    );
    expect(r.suggestion).not.toBe("none");
  });
});

describe("the lifts of one stairwell", () => {
  const tower = { category: "property", community: "community.demo", place: "金桥大厦" };
  it("parts lift 1 from lift 2, and the goods lift from the passenger lift said to work", () => {
    const r = scoreDuplicate(
      report("金桥大厦东塔1号梯坏了，一直不动", tower),
      report("金桥大厦东塔2号电梯坏了，一直不动", tower),
    );
    expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
    const k = scoreDuplicate(
      report("金桥大厦东塔货梯坏了，客梯能用", tower),
      report("金桥大厦东塔客梯坏了", tower),
    );
    expect(k.suggestion).toBe("none");
  });

  it("reads a lift told by its number alone as a lift", () => {
    expect(facts("金桥大厦3号梯停了").objects.has("电梯")).toBe(true);
    expect(facts("走楼梯上去").objects.has("电梯")).toBe(false);
  });
});

describe("wages owed by two employers of one tower", () => {
  it("does not merge a training school's arrears with a gym's", () => {
    const tower = { category: "labor", community: "community.demo", place: "金桥大厦" };
    const r = scoreDuplicate(
      report("金桥大厦5楼一家培训机构拖欠老师工资三个月", tower),
      report("金桥大厦5楼那家健身房拖欠教练工资三个月", tower),
    );
    expect(r.suggestion).not.toBe("auto_merge");
  });
});

describe("fumes and music told from the residents' own buildings", () => {
  it("does not part one restaurant's fumes by the buildings they reach", () => {
    const r = scoreDuplicate(
      report("光明小区门口那家烤鱼店油烟太大，我们2号楼都受不了", {
        ...estate,
        category: "pollution",
      }),
      report("光明小区5号楼住户反映：门口烤鱼店油烟直排，窗户不敢开", {
        ...estate,
        category: "pollution",
      }),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_NUMBER");
  });

  it("still parts two buildings' own problems", () => {
    const r = scoreDuplicate(
      report("我住光明小区2号楼，电梯坏了", estate),
      report("光明小区5号楼电梯坏了", estate),
    );
    expect(codes(r)).toContain("DUP.DIFFERENT_NUMBER");
  });

  it("reads a kitchen's smoke told as 烟味 as fumes, and smoking as smoking", () => {
    expect(facts("楼下那家湘菜馆子一到饭点烟味就往上冒").objects.has("油烟")).toBe(true);
    expect(facts("烤鱼店门口总有人抽烟").objects.has("吸烟")).toBe(true);
  });
});

describe("a pole leaning against one broken", () => {
  it("reads leaning, and 快倒了 as about to come down, not fallen", () => {
    expect([...facts("光明路那根电线杆歪了，快倒了").faults].sort()).toEqual(["倾斜", "摇晃"]);
    expect(facts("有人往河里倒垃圾").faults.has("倾斜")).toBe(false);
  });

  it("parts a pole leaning from one snapped at its foot", () => {
    const r = scoreDuplicate(
      report("光明路邮局门口那根电线杆歪了", { category: "power_supply" }),
      report("光明路邮局门口那根电线杆被车撞断了", { category: "power_supply" }),
    );
    expect(r.suggestion).toBe("none");
  });

  it("keeps a pole leaning told as 倾斜 and as 歪了 together", () => {
    const r = scoreDuplicate(
      report("光明路邮局门口路灯杆歪了", { category: "municipal" }),
      report("光明路邮局门口一根路灯杆明显倾斜，底座松动", { category: "municipal" }),
    );
    expect(r.suggestion).not.toBe("none");
  });
});

describe("a bus stop's sign against its shelter, a dog's mess against a dog off its lead", () => {
  it("parts a broken shelter pane from a missing timetable", () => {
    const r = scoreDuplicate(
      report("光明路站候车亭的玻璃碎了", { category: "traffic" }),
      report("光明路公交站站牌上的时刻表没了", { category: "traffic" }),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_FAULT");
  });

  it("parts dog mess from a dog off its lead, not a bite told with the lead", () => {
    const r = scoreDuplicate(
      report("光明小区花园里狗屎没人收拾", { ...estate, category: "sanitation" }),
      report("光明小区花园里有人遛狗不拴绳", { ...estate, category: "sanitation" }),
    );
    expect(r.suggestion).toBe("none");
    const b = scoreDuplicate(
      report("光明小区3号楼楼下一条大狗不拴绳，把孩子咬了", estate),
      report("光明小区3号楼楼下有条大狗把孩子咬了", estate),
    );
    expect(b.suggestion).not.toBe("none");
  });
});

describe("words", () => {
  it("reads a barrier arm by what it fails to do, not a horn as a loudspeaker", () => {
    expect(facts("光明小区北门那个杆子不起，车牌识别坏了").objects.has("道闸")).toBe(true);
    expect(facts("后面的车一直按喇叭").objects.has("扩音")).toBe(false);
  });

  it("reads an outdoor unit as the air conditioner, a glass panel not as a hoarding", () => {
    expect(facts("楼上那台外机整夜嗡嗡响").objects.has("空调")).toBe(true);
    expect(facts("车站的玻璃挡板碎了").objects.has("围挡")).toBe(false);
  });
});
