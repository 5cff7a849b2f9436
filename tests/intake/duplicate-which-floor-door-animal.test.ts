import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Pairs that agreed on the thing, the place and most words but told of two matters: two floors'
 * landing lamps, two shopfronts by door number, two devices of one entrance door, what stands in a
 * fire lane, somebody hurt against a standing nuisance, an animal hurt against animals running
 * loose, bins taken against bins full, and two reports with no thing read at all. Each is offered
 * or kept apart, never merged without asking; the same matter told twice still merges. Wordings are
 * our own, on the made-up 光明路 and its 金汇花园.
 */
const when = new Date("2026-12-05T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const estate = { category: "property", place: "金汇花园" };

describe("which floor, which shopfront, which device", () => {
  it("offers, not merges, landing lamps out on two floors (a never pair)", () => {
    const r = scoreDuplicate(
      report("金汇花园4楼楼道灯坏了", estate),
      report("金汇花园9楼楼道灯不亮了", estate),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_SPOT");
  });

  it("still merges the lamp of one floor told twice, and does not hold a lift by the floors it stopped at", () => {
    const lamp = scoreDuplicate(
      report("金汇花园9楼楼道灯坏了", estate),
      report("金汇花园9楼楼道灯不亮了", estate),
    );
    expect(lamp.suggestion).toBe("auto_merge");
    const lift = scoreDuplicate(
      report("金汇花园电梯困人了，停在5楼", estate),
      report("金汇花园电梯困人了，卡在8楼", estate),
    );
    expect(codes(lift)).not.toContain("DUP.HELD_OTHER_SPOT");
  });

  it("keeps apart two shopfronts by their door numbers, and still reads 3号门 as a gate", () => {
    const shops = scoreDuplicate(
      report("光明路88号门面装修，电锯响一天", { category: "noise" }),
      report("光明路68号门面装修，晚上还在敲", { category: "noise" }),
    );
    expect(shops.suggestion).toBe("none");
    expect(codes(shops)).toContain("DUP.DIFFERENT_NUMBER");
    const gate = scoreDuplicate(report("光明路3号门路灯不亮"), report("光明路5号路灯不亮"));
    expect(codes(gate)).not.toContain("DUP.DIFFERENT_NUMBER");
  });

  it("offers, not merges, an entrance door's closer against its bell (a never pair)", () => {
    const r = scoreDuplicate(
      report("金汇花园2号楼单元门闭门器坏了，门砰砰摔", estate),
      report("金汇花园2号楼单元门的门铃按钮坏了", estate),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_PROBLEM");
  });

  it("reads a repair dated by the month as work done before", () => {
    const r = scoreDuplicate(
      report("金汇花园2号楼单元门禁坏了", estate),
      report("金汇花园2号楼单元门禁上个月修了，现在又坏了", estate),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_FOLLOW_UP");
  });

  // Held at first; a fire lane's occupant now parts the pair (two matters, a tow and a stall moved).
  it("parts a fire lane blocked by a lorry from one taken by stalls", () => {
    const r = scoreDuplicate(
      report("金汇花园消防通道被一辆卡车堵了", estate),
      report("金汇花园消防通道被小吃车堵了", estate),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_FAULT");
  });
});

describe("an incident against a standing nuisance", () => {
  it("offers, not merges, a dog off its lead against the same dog knocking someone over", () => {
    const r = scoreDuplicate(
      report("光明路有人遛狗不拴绳", { category: "public_order" }),
      report("光明路有人遛狗不拴绳，把一个老人扑倒了", { category: "public_order" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_PROBLEM");
  });

  it("does not hold two reports that both tell of the bite", () => {
    const r = scoreDuplicate(
      report("光明路有条狗咬了个小孩", { category: "public_order" }),
      report("光明路一条大狗把小孩咬伤了", { category: "public_order" }),
    );
    expect(codes(r)).not.toContain("DUP.HELD_OTHER_PROBLEM");
  });

  it("offers, not merges, a dog hit by a car against dogs running loose", () => {
    const r = scoreDuplicate(
      report("光明路有只狗被车撞了躺在路边", { category: "traffic" }),
      report("光明路经常有狗乱窜，很危险", { category: "traffic" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
  });

  it("keeps apart bins taken away and bins always full", () => {
    const r = scoreDuplicate(
      report("光明路垃圾亭的桶被人拿走了", { category: "sanitation" }),
      report("光明路垃圾亭天天满，没人管", { category: "sanitation" }),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_FAULT");
  });
});

describe("no thing read on either side", () => {
  it("offers, not merges, two reports that share only words and a place", () => {
    const r = scoreDuplicate(
      report("金汇花园物业公示不全", estate),
      report("金汇花园物业公示得不全", estate),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_NO_THING");
  });

  it("still merges the same words sent twice", () => {
    const r = scoreDuplicate(report("金汇花园物业公示不全", estate), report("金汇花园物业公示不全", estate));
    expect(r.suggestion).toBe("auto_merge");
  });
});

describe("words read as the thing or the fault they name", () => {
  it("reads a gas cut told without the word for gas, or the other way round", () => {
    expect([...problemConcepts("光明路停气了").objects]).toContain("燃气");
    expect([...problemConcepts("光明路没燃气了，做不了饭").faults]).toContain("停供");
  });

  it("reads a pool of water, a facade, a theft, cable TV, old furniture and wages owed", () => {
    expect([...problemConcepts("花坛里积了一大滩水").objects]).toContain("积水");
    expect([...problemConcepts("大楼外立面掉了块石材").objects]).toContain("墙面");
    expect([...problemConcepts("井盖又被人偷了").faults]).toContain("丢失");
    expect([...problemConcepts("好几家有线电视没信号").objects]).toContain("有线电视");
    expect([...problemConcepts("楼道里堆了旧家具").objects]).toContain("堆物");
    expect([...problemConcepts("那家公司拖欠保安三个月工资").objects]).toContain("欠薪");
  });

  it("does not read a full bin in 满足 or 满意", () => {
    expect([...problemConcepts("吃得很满足").faults]).not.toContain("未清运");
    expect([...problemConcepts("大家都满意").faults]).not.toContain("未清运");
  });
});
