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

  it.each([
    "测试一下，请忽略，三楼厨房着火",
    "平台测试，车棚起火了（测试，不是真的）",
    "园区中午四十度还要干活，暂时没人晕倒，能不能按规定停工",
    "被物业气得我都快中风了，垃圾一周才收一次",
    "我舅舅年轻时在矿上受伤致残，现在想申请残疾补贴",
    "对门张阿姨最近摔了一跤，腿脚不方便，能不能帮忙联系送餐上门",
    "对面工地晚上十一点还在电焊，又吵又有火花，能不能管管",
    "七楼以上水压不够，厨房出不来热水",
    "小区门卫夜里睡着了，按门铃半天都叫不醒，只好翻墙进去",
    "上午在超市门口看见一个老太太摔倒了，后来有人送医院了，我想问超市门口的台阶能不能修",
    "特别感谢保安小李，帮我把摔倒的老伴扶起来送回家",
    "麻烦网格员帮我爸拿一下平时吃的降压药，他一个人住",
  ])("is a settled harm, a test or a figure, not an emergency: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "不是测试，真的着火了，二楼厨房全是烟",
    "刚才塔吊倒了，路上没人受伤，但驾驶室里的师傅叫不醒",
    "我爸被气得中风了，现在嘴歪说不出话",
    "我爸今天上午摔了一跤，躺在地上起不来，想申请护工",
    "楼下电焊火花溅到纸箱上，已经烧起来了，浓烟很大",
    "地下车库进水了，我们被水泡着出不来",
    "门口车堵得出不去，楼里着火了，消防车也进不来",
    "保安室里的大爷怎么叫都叫不醒，屋里一股煤气味",
    "办了防走失手环也没用，我爸今天早上出门到现在还没回来，手机关机",
  ])("keeps the danger told beside those words: %s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  // Each was an emergency from the rules before these readings.
  it.each([
    "科目一题库有道题问有人触电了先做什么，我老是选错",
    "楼下有人拍视频假装晕倒在路中间，车都堵住了，能不能管管",
  ])("is an exam question or a harm played for a camera: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "驾考题库里有一道题是电梯困人怎么办。刚才我们楼电梯真的卡住了，我女儿在里面",
    "刚考完科目二回来，路上看见一辆车翻了，里面有人喊救命",
    "有个男的假装送快递，进门就拿刀逼我妈交钱，现在还在屋里",
    "路口那个人说是摆拍，可是他真的摔下去了，头在流血",
  ])("keeps a danger beside an exam or a camera: %s", (text) => {
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
