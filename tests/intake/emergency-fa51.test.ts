import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { farmOrKitchenSmellOnly, ownerAwayOnly, wontLightOnly } from "../../src/intake/everyday-frame.js";
import { harmlessAside } from "../../src/intake/harmless-reading.js";

// Each "no emergency" sentence below was filed as an emergency on main before this branch (rules, both,
// or the model alone); each "keeps the danger" sentence is an emergency on main and stays one.
describe("ordinary messages that only sound like a danger (fa51)", () => {
  it.each([
    // rubbish dumped on a field, the crop crushed
    "有人半夜往我家菜地里倒了两车渣土，刚出的菜苗全被压死了",
    // scrap burnt in the open, the smoke drifting over
    "河边空地上有人天天烧旧电缆取铜，黑烟往我们小区这边飘，一股怪味",
    // fights as a habit of a place
    "夜市散了以后老有人在路口喝多了打架，吵得睡不着，希望多巡逻",
    // a way out blocked by works
    "施工围挡把楼门口挡住了，里面的老人出不去",
    // an office closed in its hours
    "村里卫生室上午去了门锁着，大夫不知道去哪了，我们老人看个病都难",
    // a fall on record with a time
    "桥底下那段路坑太多，前几天还有个送外卖的在那摔了，麻烦修一下",
    // bikes counted falling on a bad surface
    "路口的井盖边上全是油，骑电动车的好几个都摔了，带孩子的尤其危险",
    // a fall said to be minor
    "修燃气管挖的坑没填，我家小孩摔了一跤，没大事，就是希望早点填上",
    // harms foreseen
    "楼里住了几十个租户，过道全堆满杂物，一旦着火人都跑不出来",
    "单车棚的铁皮边翻起来了，很锋利，小孩容易划到手",
    // a smell of animals or cooking (the model alone read gas)
    "楼下有人在家熬火锅底料卖，一熬一整天，味道冲得很",
    "后面村里有人圈了一群猪，猪粪的味道飘到我们楼这边",
    // an owner away from an empty home (the model alone read self-harm)
    "我现在不在本地，房子空着，物业说要我本人去签字，我回不去，怎么办",
  ])("is no emergency: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "有人在菜地里倒建筑垃圾，一堵墙塌了，把倒垃圾的工人埋在下面了",
    "村口有人烧废电线，黑烟灌进我家，老人哮喘犯了喘不上气",
    "空地上有人烧旧木头，火已经烧到旁边的柴房了",
    "巷子里老有人打架，今天有个人被砍了，倒在地上流血",
    "围挡倒了把单元门堵住了，楼道里冒烟，我们出不去",
    "社区办公室门锁着，里面有人喊救命，好像出不来了",
    "前几天修路挖的坑，刚才一个老人摔进去了，起不来",
    "楼梯口有人摔了一下，没大事，但是现在头很疼一直吐",
    "一旦着火就完了，现在楼道里已经在冒烟了，快来",
  ])("keeps the danger told beside those words: %s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it("sets scrap burnt in the open aside, but not a smell of burning plastic indoors", () => {
    expect(harmlessAside("村里空地有人烧塑料布，黑烟飘到学校那边", "fire")).not.toBeNull();
    expect(harmlessAside("楼道里一股烧塑料的味道，黑烟越来越大", "fire")).toBeNull();
  });

  it("holds the model's gas back for a smell of animals or cooking only", () => {
    expect(farmOrKitchenSmellOnly("后院有人养了几十只鸭子，鸭粪味熏得开不了窗", "gas")).toBe(true);
    expect(farmOrKitchenSmellOnly("后院养鸭子的那家，今天一股味，人头晕恶心", "gas")).toBe(false);
    expect(farmOrKitchenSmellOnly("养猪场的化粪池有味，工人下去没上来", "gas")).toBe(false);
    expect(farmOrKitchenSmellOnly("后院有人养了几十只鸭子，鸭粪味熏得开不了窗", "fire")).toBe(false);
  });

  it("holds the model's self-harm back for an owner away from an empty home, not for despair", () => {
    expect(ownerAwayOnly("我搬到女儿那边住了，老房子空着，物业说水表要换，我人在外地", "self_harm")).toBe(
      true,
    );
    expect(ownerAwayOnly("我人在外地，租户说不想活了，电话一直不接", "self_harm")).toBe(false);
  });

  it("holds the model's fire back for an appliance that will not light, not while gas escapes", () => {
    expect(wontLightOnly("楼层太高水压不够，燃气热水器经常打不着火", "fire")).toBe(true);
    expect(wontLightOnly("灶台打不着火，拧了好几次，现在厨房一股味", "fire")).toBe(false);
    expect(wontLightOnly("楼层太高水压不够，燃气热水器经常打不着火", "gas")).toBe(false);
  });
});
