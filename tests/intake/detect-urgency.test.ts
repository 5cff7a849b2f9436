import { describe, it, expect } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

describe("detectUrgency", () => {
  it.each([
    "楼道里有很大的煤气味",
    "燃气泄漏了怎么办",
    "6号楼着火了冒浓烟",
    "电梯困人了，里面有个小孩",
    "老人摔倒在路上起不来了",
    "刚才有人被电到了",
    "我家老人走丢了，有老年痴呆",
    "有人被刀砍伤了",
    "孩子掉进河里了",
  ])("flags %s as an emergency", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it.each(["停水一天了饭都做不了", "整栋楼停电了", "零下十度整个小区都没暖气", "污水井冒出来了满街脏水"])(
    "flags %s as urgent",
    (text) => {
      expect(detectUrgency(text).urgency).toBe("urgent");
    },
  );

  it("keeps an ordinary complaint normal", () => {
    expect(detectUrgency("暖气不热好几天了").urgency).toBe("normal");
  });

  it("does not raise an alarm when the resident says there is no gas smell", () => {
    expect(detectUrgency("燃气报警器老响，但是没闻到燃气味").urgency).not.toBe("emergency");
  });
});

describe("detectUrgency on residents' own words", () => {
  it.each([
    ["一进单元门就一股臭鸡蛋味，燃气表还在转，家里火都关着呢", "gas"],
    ["家里液化气罐漏气了嘶嘶响", "gas"],
    ["樓道裡煤氣味很重，好像誰家漏氣了", "gas"],
    ["施工队把地下的天然气管子挖断了 就在学校门口", "gas"],
    ["我家六岁的孩子找不着了，半个钟头了", "missing"],
    ["我爸有老年痴呆，早上出门到现在没回来", "missing"],
    ["有个男的掉进没盖的井里了，头上在流血", "injury"],
    ["电梯卡在五楼和六楼中间了，里面关着三个人", "trapped"],
    ["对门老人摔在门后面起不来，门从里面插上了", "trapped"],
    ["电线断了掉在积水里，旁边还有小孩在玩水", "electric"],
    ["地下车库进水了，水已经到腰了，里面还有人在挪车", "flood"],
    ["邻居家窗户往外冒黑烟，家里好像没人", "fire"],
  ])("flags %s as an emergency (%s)", (text, hazard) => {
    const finding = detectUrgency(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe(hazard);
  });

  it.each([
    "燃气费怎么交",
    "电梯年检是什么时候",
    "上周的火灾隐患整改建议已经落实了吗",
    "孩子上学咨询，户口不在本区能上吗",
    "煤气灶打不着火，是不是电池没电了",
    "我的猫走丢了，谁看到了",
    "河边的护栏坏了，希望修一修，怕有人掉下去",
    "邻居在楼道里抽烟，烟味很大",
    "暖气管子漏了，滴滴答答的",
    "孩子的疫苗本丢了，怎么补",
  ])("does not raise an alarm for %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});

describe("detectUrgency and words of fear, past and precaution", () => {
  it.each([
    "煤气味好大怕爆炸",
    "煤气味很大容易爆炸",
    "闻到煤气味以后我就跑下楼了",
    "孩子一个小时之前出去就没回来",
    "楼道里冒烟了担心着火",
  ])("still flags %s, where the danger comes before the fear", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it.each([
    "去年老人走失过一次，想问问防走失手环",
    "楼道里堆了纸箱，万一着火就麻烦了",
    "老人摔倒过一次，想申请适老化改造",
  ])("does not flag %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});
