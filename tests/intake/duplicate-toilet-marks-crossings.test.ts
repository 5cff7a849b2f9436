import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";
import { crossingOf } from "../../src/domain/crossings.js";
import { leakCausesDiffer } from "../../src/domain/leak-floors.js";

/*
 * Causes read off one round's pairs: two matters of one facility told in words the faults did not
 * read (a public toilet shut and one left dirty, a fire lane blocked by a car and by a stall), paint
 * and paper on one wall, a branch come down on a car and one on a line, the rain through a roof and
 * a pipe leaking from the flat above, and two crossings of one street. Wordings are our own, on the
 * made-up 光明小区, 光明路, 金桥路 and 柏林街.
 */
const when = new Date("2026-12-06T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const estate = { category: "property", community: "community.demo", place: "光明小区" };
const facts = (t: string) => problemConcepts(t);

describe("a public toilet shut against one left dirty", () => {
  it("parts a toilet closed for days from one that is dirty and dark", () => {
    const r = scoreDuplicate(
      report("光明路那个公厕锁着门好几天了", { category: "sanitation" }),
      report("光明路公厕太脏了，里面也没有灯", { category: "sanitation" }),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_FAULT");
  });

  it("keeps two reports of the toilet shut together", () => {
    const r = scoreDuplicate(
      report("光明路那个公厕锁着门好几天了", { category: "sanitation" }),
      report("光明路公厕关了，门口围起来了", { category: "sanitation" }),
    );
    expect(r.suggestion).not.toBe("none");
  });

  it("does not part a toilet that cannot flush from the dirt that follows", () => {
    const r = scoreDuplicate(
      report("光明路公厕水管冻住了，冲不了水", { category: "sanitation" }),
      report("光明路公厕没水冲，脏得进不去", { category: "sanitation" }),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_FAULT");
    expect(r.suggestion).not.toBe("none");
  });
});

describe("a fire lane blocked by a car against one taken by a stall", () => {
  it("parts a car told by its make from a stall told by what it sells", () => {
    const r = scoreDuplicate(
      report("光明小区北门消防通道停了一辆红色奔驰，一天没挪", estate),
      report("光明小区北门消防通道晚上卖水果的又摆上了", estate),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_FAULT");
  });
});

describe("paint and paper on one wall", () => {
  it("reads sprayed words and drawings as 涂鸦, stuck paper as 小广告, a subsidy as neither", () => {
    expect([...facts("光明小区围墙被人用黑漆喷了一排字").objects]).toContain("涂鸦");
    expect([...facts("墙上画花了，全是乱七八糟的图").objects]).toContain("涂鸦");
    expect([...facts("围墙上贴了好多招租的纸").objects]).toContain("小广告");
    expect([...facts("供暖补贴的通知").objects]).not.toContain("小广告");
  });

  it("parts graffiti from small ads on the same wall", () => {
    const r = scoreDuplicate(
      report("光明小区南面围墙被人喷了好多字", estate),
      report("光明小区南面围墙上小广告太多了", estate),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_PROBLEM");
  });

  it("offers one graffiti filed under two categories", () => {
    const r = scoreDuplicate(
      report("光明小区南面围墙被人喷了好多字", estate),
      report("光明小区南墙上有人乱涂乱画", { ...estate, category: "sanitation" }),
    );
    expect(r.suggestion).not.toBe("none");
  });
});

describe("a branch on a car against a crown on a line", () => {
  it("reads what came down on something, not what might have", () => {
    expect([...facts("树枝掉下来砸了一辆白车").faults]).toContain("砸");
    expect([...facts("我的车被树砸了").faults]).toContain("砸");
    expect([...facts("树歪了，怕哪天砸到人").faults]).not.toContain("砸");
    expect([...facts("瓷砖掉下来，好在没砸到人").faults]).not.toContain("砸");
    expect([...facts("那棵树的枝子搭在电线上了").faults]).toContain("碰线");
  });

  it("parts a branch fallen on a car from branches resting on the line at the same tree", () => {
    const r = scoreDuplicate(
      report("光明路公交站边那棵槐树断了根枝子，砸中一辆面包车"),
      report("光明路公交站边那棵槐树的枝子压着电线，请修剪", { category: "power_supply" }),
    );
    expect(r.suggestion).toBe("none");
  });

  it("offers a tree fallen and the tree lying across the road, never merging them alone", () => {
    const r = scoreDuplicate(
      report("金桥路一棵大树被风刮倒了", { place: "金桥路" }),
      report("金桥路有棵树整个横在马路上，车都过不去", { place: "金桥路" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
  });
});

describe("the rain through a roof against a pipe leaking above", () => {
  it("tells the two causes apart, and not a ceiling that is only a ceiling", () => {
    expect(leakCausesDiffer("顶层801，一下雨屋顶就漏水", "701厨房顶上滴水，是楼上801的暖气管子漏了")).toBe(
      true,
    );
    expect(leakCausesDiffer("顶层801，一下雨屋顶就漏水", "701卫生间渗水，不下雨也滴")).toBe(true);
    // Two roof leaks, or a ceiling named without rain: no cause told apart.
    expect(leakCausesDiffer("801下雨天屋顶漏", "802顶楼漏雨")).toBe(false);
    expect(leakCausesDiffer("我家屋顶滴水，楼上卫生间漏的", "楼下说漏水，是马桶的管子裂了")).toBe(false);
  });

  it("parts them though the flats are one above the other", () => {
    const r = scoreDuplicate(
      report("光明小区5号楼2单元顶层801，下大雨屋顶往下漏", estate),
      report("光明小区5号楼2单元701，客厅吊顶漏水，是楼上801地暖管子漏了", estate),
    );
    expect(r.suggestion).toBe("none");
  });

  it("reads a roof said 房顶 and a leak said 漏, not a kitchen's ceiling, a floor drain or a live wire", () => {
    expect([...facts("3单元501房顶漏").objects]).toContain("屋顶");
    expect([...facts("3单元501房顶漏").faults]).toContain("漏水");
    expect([...facts("厨房顶上滴水").objects]).not.toContain("屋顶");
    expect([...facts("地漏往上冒臭味").faults]).not.toContain("漏水");
    expect([...facts("配电箱漏电").faults]).not.toContain("漏水");
  });
});

describe("two crossings of one street", () => {
  const streets = ["光明路", "金桥路", "柏林街"];
  const places = [...streets, "光明小区"];

  it("reads a crossing by its two streets, however joined", () => {
    expect(crossingOf("光明路金桥路口红绿灯坏了", streets, [])).toBe(
      crossingOf("金桥路跟光明路那个路口", streets, []),
    );
    expect(crossingOf("光明路柏林街口的灯不亮", streets, [])).not.toBeNull();
    // A stretch between two crossings, or one street's crossing, names no one crossing.
    expect(crossingOf("光明路从金桥路口到柏林街口这一段", streets, [])).toBeNull();
    expect(crossingOf("光明路北头那个路口", streets, [])).toBeNull();
  });

  it("parts the signals of two crossings of one street", () => {
    const r = scoreDuplicate(
      report("光明路金桥路口的红绿灯不亮了", { category: "traffic" }),
      report("光明路柏林街那个口子红绿灯坏了", { category: "traffic" }),
      { places },
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
  });

  it("keeps one crossing named both ways together", () => {
    const r = scoreDuplicate(
      report("光明路金桥路口的红绿灯不亮了", { category: "traffic" }),
      report("金桥路和光明路交叉口信号灯全黑", { category: "traffic" }),
      { places },
    );
    expect(r.suggestion).not.toBe("none");
  });
});

describe("numbers and lamps said the residents' way", () => {
  it("reads 二三号楼 as two neighbouring buildings, not building 23", () => {
    const r = scoreDuplicate(
      report("光明小区2号楼和3号楼之间的消防通道停了辆车", estate),
      report("光明小区二三号楼中间消防通道那辆车还在", estate),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_NUMBER");
  });

  it("reads a lane's lamp as its street lamp", () => {
    expect([...facts("金桥路巷子里的灯又灭了").objects]).toContain("路灯");
    expect([...facts("光明路上的灯箱坏了").objects]).not.toContain("路灯");
  });

  it("reads a radiator told as not warm enough as cold", () => {
    expect([...facts("暖气温度不够，全楼都冷").faults]).toContain("不热");
    expect([...facts("楼顶冷却塔太吵").faults]).not.toContain("不热");
  });
});

describe("more words for things residents name", () => {
  it("reads sewage by its smell or contents, not a bird's droppings or manure", () => {
    expect([...facts("金桥路那个粪坑漫出来了").objects]).toContain("下水道");
    expect([...facts("地库排水沟返臭").objects]).toContain("下水道");
    expect([...facts("阳台上鸽子粪便到处都是").objects]).not.toContain("下水道");
    expect([...facts("花坛里种菜还浇大粪").objects]).not.toContain("下水道");
  });

  it("reads paper burnt as burning, a lorry's refrigeration, live poultry, vegetables on a lawn", () => {
    expect([...facts("楼下有人烧纸钱").objects]).toContain("焚烧");
    expect([...facts("楼下冷藏车的制冷机响一夜").objects]).toContain("冷藏车");
    expect([...facts("门口有人现场杀鸡").objects]).toContain("活禽");
    expect([...facts("绿化带被人开成菜地了").objects]).toContain("种菜");
  });

  it("reads an entrance by its card reader, not a bus card", () => {
    expect([...facts("小区北门卡刷不开").objects]).toContain("门禁");
    expect([...facts("北门刷卡也没反应").objects]).toContain("门禁");
    expect([...facts("公交车上刷卡扣了两次钱").objects]).not.toContain("门禁");
  });
});
