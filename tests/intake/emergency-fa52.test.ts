import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { gameOrShowOnly } from "../../src/intake/everyday-frame.js";
import { harmlessAside } from "../../src/intake/harmless-reading.js";

// Each "no emergency" sentence below was filed as an emergency on main before this branch (rules, both,
// or the model alone); each "keeps the danger" sentence is an emergency on main and stays one.
describe("ordinary messages that only sound like a danger (fa52)", () => {
  it.each([
    // a fire supposed, to say what an obstruction would cost
    "楼道里堆满了纸箱，平时没事，真着火了就出不去",
    "路口消防栓被共享单车挡住了，真着火了怎么接水",
    // a lift's card reader as access
    "电梯改成刷卡才能按楼层，我来看我爸进不了，只能让他下楼接",
    // a child pushed over, the graze seen to
    "孩子在游乐场被别的小孩推倒了，磕破了嘴，已经处理了，对方不道歉",
    // a fall years ago, told as the reason for a repair
    "五年前我在这个路口被车撞倒摔断了腿，现在路口还是没有红绿灯",
    // riders against the traffic at the school run, a traffic officer asked for
    "早上送孩子的时候，有好多外卖电动车逆行，速度很快，我孩子差点被撞，能不能派个交警在那站一站",
    // a demonstration, a game (the model alone read fire)
    "商场今天在一楼演示灭火器，有真火，大家别以为着火了",
    "我们玩密室两个小时才出来，太烧脑了",
    // a dud made safe and handed in ("麻烦" is no numbness)
    "捡到一个没炸的炮仗，已经用水泡上放到保安室了，麻烦来收一下",
    // a flame put out at once with nobody hurt
    "火锅店的酒精炉火苗窜了一下，服务员马上拿盖子盖灭了，没人受伤，建议换电磁炉",
    // a car park's exhaust
    "地下车库排风扇坏了，尾气味很重，待久了头疼",
    // a plaster on, help with errands asked
    "右手骨折打着石膏，一个人住，想请志愿者帮忙买菜",
  ])("is no emergency: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "楼道里真着火了，浓烟滚滚，快来",
    "真着火了！三楼窗户往外冒火，快来人",
    "他喝多了掐着他老婆的脖子，她脸都紫了",
    "电梯刷卡坏了，我妈困在里面出不来",
    "密室逃脱里冒烟了，门打不开，我们出不去",
    "我爷爷瘫在床上，今天突然叫不醒了",
    "火苗窜了一下盖灭了，没事，又着起来了",
    "地下车库里一股很重的味道，好几个人头晕恶心，不像尾气",
    "三年前摔断过腿的老人今天又在楼梯上摔了，起不来",
    "小孩被人推倒了，头磕在台阶上流了好多血",
  ])("keeps the danger told beside those words: %s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it.each([
    // water spreading where a heater is left plugged in, nobody there to switch it off
    "我人在外地，邻居说我家门缝往外渗水，电热毯还插着，麻烦帮忙断电",
    // black smoke from a kitchen's flue poured into the homes above, someone coughing
    "楼下饭店烟道冒黑烟，烟都灌进我家了，老人呛得直咳嗽",
  ])("finds the danger by the rules: %s", (text) => {
    const found = detectUrgency(text);
    expect(found.urgency).toBe("emergency");
    expect(found.decidedBy === "rules" || found.decidedBy === "both").toBe(true);
  });

  it("leaves a kitchen's everyday fumes and a leak with the power cut alone", () => {
    expect(detectUrgency("楼下烧烤店每天傍晚烟道冒黑烟，烟灌进我家，呛得咳嗽").decidedBy).not.toBe("rules");
    expect(detectUrgency("楼上漏水漫到我家，电暖器插着，我已经把闸拉了").hazard).not.toBe("electric");
  });

  it("sets power cut off, things poured out, a parking lock, a game and a bed-bound elder aside", () => {
    expect(harmlessAside("物业把充电桩的电给掐了，说电费没结清", "violence")).not.toBeNull();
    expect(harmlessAside("他把电掐了，又掐着她脖子不放", "violence")).toBeNull();
    expect(harmlessAside("宠物店洗狗的水直接倒在下水道口", "injury")).not.toBeNull();
    expect(harmlessAside("地锁坏了，锁在上面下不去，车出不来", "trapped")).not.toBeNull();
    expect(harmlessAside("地锁坏了车出不来，孩子还在车里，太热了", "trapped")).toBeNull();
    expect(harmlessAside("在密室逃脱里出不来，求提示店员还骂人", "trapped")).not.toBeNull();
    expect(harmlessAside("密室逃脱停电了，我们困在里面出不来", "trapped")).toBeNull();
    expect(harmlessAside("老伴九十岁了瘫在床上，想办长期护理保险", "injury")).not.toBeNull();
    expect(harmlessAside("我爸突然瘫在床上，说不出话", "injury")).toBeNull();
  });

  it("holds the model alone back for a game or a show, not for one with harm told", () => {
    expect(gameOrShowOnly("周末玩密室逃脱，三个小时才出来", "trapped")).toBe(true);
    expect(gameOrShowOnly("商场演示灭火器，有真火，别以为着火了", "fire")).toBe(true);
    expect(gameOrShowOnly("密室逃脱里有人晕倒了", "trapped")).toBe(false);
    expect(gameOrShowOnly("演示灭火的时候火烧起来了，控制不住", "fire")).toBe(false);
    expect(gameOrShowOnly("周末玩密室逃脱，三个小时才出来", "gas")).toBe(false);
  });
});
