import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { harmlessAside } from "../../src/intake/harmless-reading.js";

describe("words with a harmless reading", () => {
  it.each([
    "施工队把我们楼后面的围墙推倒了，也不打个招呼",
    "我家新办的电梯卡丢了，补一张要五十块",
    "车库入口堆满了杂物，真着火了消防车怎么进",
    "楼后那根电线一刮风就打火花，请供电所来看看",
    "我爸中风好几年了，想问社区有没有上门照护的服务",
  ])("is no emergency: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "工地把围墙推倒了，有个老人被埋在下面",
    "车库入口堆满了杂物，现在车库里着火了，消防车进不来",
    "楼后那根电线刚才下雨冒火花，有个孩子碰了一下倒在地上",
    "我妈有老年痴呆，今天早上出门到现在还没回来",
    "电梯卡住了，我在里面出不来",
  ])("keeps the danger: %s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it.each([
    "请问家暴以后怎么申请人身安全保护令，我已经搬出来了",
    "楼道里物业放了老鼠药，也没贴提示，好在没人误食，就是担心",
    "狂犬疫苗哪里能打，我被小区里的猫抓了一下，出血了",
    "我们小区旁边的英语培训班停课了，家长都联系不上负责人，学费交了一整年",
    "隔壁装修吵了两个月了，真的不想活了，能不能管管",
    "5号楼停电了，电梯也停了，家里老人下不了楼",
    "物业的电梯维保太敷衍了，这个月已经困人三次了",
    "楼上住户装修把承重墙打掉了，我家天花板出现裂缝，他说跟他没关系，请社区调解",
    "有人用小货车拉了一车渣土倒在我们小区后面的空地上，也没人管",
    "我家小孩总把自己反锁在厕所里玩，有没有能从外面开的锁推荐",
    "前夫打我那事已经过去两年了，现在他不给生活费怎么办",
  ])("is no emergency either: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "救命，我老公正在家暴，拿着刀在客厅，我躲在卫生间",
    "孩子吃了桌上的老鼠药，现在在吐",
    "刚才一条狗把我儿子的脸咬了，血一直流，要不要打狂犬疫苗",
    "我在电梯里困住了，已经二十分钟，电梯维修费交了也没人来",
    "楼里电梯停运，我妈在电梯里困住了，她住十楼下不了楼",
    "孩子又把自己反锁在卫生间了，里面没动静，叫不应",
    "有人倒在垃圾站旁边，一动不动",
    "楼上装修砸承重墙，我家墙上裂缝越来越大，一直掉灰，孩子还在屋里",
  ])("keeps the danger beside the same words: %s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it("sets aside only readings that explain the hazard found", () => {
    expect(harmlessAside("垃圾桶被人推倒了", "violence")).not.toBeNull();
    expect(harmlessAside("垃圾桶被人推倒了", "gas")).toBeNull();
    expect(harmlessAside("垃圾桶被人推倒了", null)).toBeNull();
    expect(harmlessAside("垃圾桶一个礼拜没倒了", "collapse")).not.toBeNull();
    expect(harmlessAside("垃圾桶一个礼拜没倒了", "violence")).toBeNull();
  });
});
