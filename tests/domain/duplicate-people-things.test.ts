import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * People at a place and things with no word before (forty-second duplicates round): a report names
 * what it is about, or its pair is compared on the words alone, and two tellings of one vagrant,
 * one abandoned car or one beeping alarm share few words.
 */
const report = reportsAt(new Date("2026-12-01T03:00:00Z"));
const things = (text: string) => [...problemConcepts(text).objects];

describe("people at a place, told by what they do", () => {
  it("parts somebody going through the bins from bins left unemptied", () => {
    const picking = report("光明小区6号楼下老有人扒垃圾", { category: "sanitation", place: "光明小区6号楼" });
    const full = report("光明小区6号楼下垃圾桶四天没人倒了", {
      category: "sanitation",
      place: "光明小区6号楼",
    });
    expect(things("光明小区6号楼下老有人扒垃圾")).toEqual(["翻垃圾"]);
    // Told the other way round, bins turned over by somebody are the same rummaging.
    expect(things("光明小区6号楼下垃圾桶老被收废品的翻得乱七八糟")).toEqual(["翻垃圾"]);
    const r = scoreDuplicate(picking, full);
    expect(r.suggestion).toBe("none");
    expect(reasonCodes(r).at(-1)).toBe("DUP.DIFFERENT_PROBLEM");
  });

  it("reads somebody sleeping rough however it is told, and not a stray cat", () => {
    expect(things("光明大厦地库楼梯口有个流浪汉住下了")).toContain("露宿");
    expect(things("光明路桥底下有个老爷爷晚上睡在纸板上")).toEqual(["露宿"]);
    expect(things("光明小区里流浪猫太多了")).not.toContain("露宿");
    // A sign knocked down lies on the ground; nobody sleeps there.
    expect(things("光明路站牌被车撞了，躺在地上")).not.toContain("露宿");
  });

  it("offers two reports of one vagrant sleeping in a stairwell across categories", () => {
    const a = report("光明大厦消防通道里有人打地铺，铺盖卷都在", { category: "property", place: "光明大厦" });
    const b = report("光明大厦楼梯平台上天天晚上在那睡个流浪的", {
      category: "public_order",
      place: "光明大厦",
    });
    expect(scoreDuplicate(a, b).suggestion).not.toBe("none");
  });

  it("reads a lost old man by what he cannot say", () => {
    expect(things("光明小学门口有个老奶奶，问她住哪说不上来")).toContain("走失");
  });

  it("reads drinking games as the noise, and keeps a fight apart from minors in a net café", () => {
    expect(things("光明路大排档每晚喝酒划拳到一点")).toEqual(["噪音"]);
    const fight = report("光明路那家网吧门口又有人打架", { category: "public_order" });
    const minors = report("光明路网吧让初中生通宵上网", { category: "public_order" });
    expect(scoreDuplicate(fight, minors).suggestion).toBe("none");
    // A drum kit (架子鼓) is no fight.
    expect(things("光明小区12楼有人晚上打架子鼓")).not.toContain("打架");
  });
});

describe("things that had no word", () => {
  it("reads an abandoned car by its plates, its dust and how long it has stood", () => {
    expect(things("光明路边那辆面包车车牌被人摘了")).toContain("僵尸车");
    expect(things("光明小区西门那辆轿车车顶一层灰")).toContain("僵尸车");
    expect(things("光明小区门口那辆车停那儿快一年了")).toContain("僵尸车");
    expect(things("光明小区门口那辆车停了三个多月")).toContain("僵尸车");
    expect(things("光明小区那辆旧车从去年停到现在")).toContain("僵尸车");
    // Parked since the afternoon is not abandoned.
    expect(things("光明小区消防通道被一辆车堵了，从中午停到现在")).not.toContain("僵尸车");
  });

  it("offers a beeping smoke alarm told as noise and told as a flat battery", () => {
    const noisy = report("光明小区3号楼2楼楼道烟感报警器整夜滴滴叫，吵得睡不着", {
      category: "noise",
      place: "光明小区3号楼",
    });
    const battery = report("光明小区3号楼二楼楼道的烟雾探测器应该是没电了，一直响", {
      category: "power_supply",
      place: "光明小区3号楼",
    });
    expect(things("光明小区3号楼二楼楼道的烟雾探测器应该是没电了")).toEqual(["烟感"]);
    expect(scoreDuplicate(noisy, battery).suggestion).toBe("suggest_merge");
  });

  it("reads rats, not rat poison, and rats at a refuse heap as the refuse's", () => {
    const gnawed = problemConcepts("光明大厦地库耗子成群，把车里的线都咬断了");
    expect([...gnawed.objects]).toContain("老鼠");
    expect([...gnawed.faults]).not.toContain("伤人");
    expect(things("光明小区花坛里有人撒了老鼠药")).not.toContain("老鼠");
    expect(things("光明小区垃圾站堆满了，招老鼠")).not.toContain("老鼠");
  });

  it("reads a building's pumps, a shop's fan, a riser and a window come loose", () => {
    expect(things("光明小区2号楼泵房夜里一直响")).toContain("水泵");
    expect(things("光明路面馆的排气扇对着我家窗户")).toContain("风机");
    expect(things("光明大厦管井里一直渗水")).toContain("立管");
    expect(things("光明小区5号楼排污立管堵了")).toContain("下水道");
    expect(things("光明小区5号楼六楼的窗框松了")).toContain("窗户");
    expect(things("光明小区5号楼楼道窗户是好的，窗台上堆了东西")).not.toContain("窗户");
  });

  it("reads a drain welling up through its cover as the drain, a fountain in a simile as none", () => {
    const c = problemConcepts("光明路口那个污水井盖一下雨就往外冒，跟喷泉一样");
    expect([...c.objects]).toContain("下水道");
    expect([...c.objects]).not.toContain("井盖");
    expect([...c.objects]).not.toContain("喷泉");
  });

  it("reads a kiosk told as a landmark as no complaint about it", () => {
    expect(things("光明路报刊亭锈穿了")).toContain("报刊亭");
    expect(things("光明广场跳舞的在西北角，靠那个报刊亭")).not.toContain("报刊亭");
    expect(things("光明路报刊亭旁边有人摆摊")).not.toContain("报刊亭");
  });

  it("reads a break-in at storage rooms, not a car's plates prised off", () => {
    expect(things("光明小区地下室储藏间被撬了好几家")).toContain("撬门");
    expect(things("光明小区那辆旧车牌照被人撬了")).not.toContain("撬门");
  });

  it("takes a car wash for where, not what: its water and its noise are two problems", () => {
    const water = report("光明路洗车店的水淌得满街都是，早上结冰了");
    const noise = report("光明路洗车店天不亮就开水枪，吵得睡不着");
    expect(scoreDuplicate(water, noise).suggestion).toBe("none");
  });
});

describe("a table of noise sources", () => {
  it("reads a source told by what it does: chopping, a ball bounced, a machine, a power tool", () => {
    expect(things("光明小区楼上天天半夜剁馅子")).toContain("敲击");
    expect(things("光明小区楼上小孩晚上拍球")).toContain("敲击");
    expect(things("光明路巷口冷库压缩机一夜不停")).toContain("机器声");
    expect(things("光明路那家作坊一早就开角磨机")).toContain("电动工具");
    // A sound word names no source: it never agrees alone.
    expect(things("光明小区楼上咚咚响")).not.toContain("敲击");
  });

  it("offers two tellings of one neighbour's chopping, and parts chopping from a machine", () => {
    const chop = report("光明小区3号楼楼上每晚十二点剁肉", { category: "noise", place: "光明小区3号楼" });
    const chop2 = report("光明小区3号楼401夜里还在剁东西，睡不着", {
      category: "noise",
      place: "光明小区3号楼",
    });
    const hum = report("光明小区3号楼楼下机器整夜嗡嗡响", { category: "noise", place: "光明小区3号楼" });
    expect(scoreDuplicate(chop, chop2).suggestion).not.toBe("none");
    const r = scoreDuplicate(chop, hum);
    expect(r.suggestion).toBe("none");
    expect(reasonCodes(r).at(-1)).toBe("DUP.DIFFERENT_PROBLEM");
  });

  it("lets a machine heard and not named agree with one a resident names by its hum", () => {
    expect(things("光明大厦楼顶冷却塔嗡嗡响")).toContain("机器声");
    // Told by its water, the cooler is not heard.
    expect(things("光明大厦空调外机往下滴水")).not.toContain("机器声");
  });

  it("leaves a renovation's knocking to the renovation", () => {
    expect(things("光明小区502装修，天天砸墙钉钉子")).not.toContain("敲击");
  });
});
