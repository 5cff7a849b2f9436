import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { BRIEF_DANGER_PROBES } from "../support/brief-danger-probes.js";

/*
 * The fa39 round (false alarms), in sentences written for this file (no set's lines are copied
 * here): a fall that did no harm; a scare told as over and well before a "but" that only suggests
 * something; a blood-pressure check read as blood; a cigarette end or a welder's sparks that marked
 * the washing; smoke from smoking meat, grilling or burning outdoors; a danger's words marked as the
 * writer's own joke; a likeness ("跟要杀人一样"); a cold-store door that will not open from inside
 * with nobody in it; travel sickness; a card game or a snore read by the model as a blow. Each class has dangers beside it that must stay emergencies.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("near-misses no longer filed as emergencies: told well, or no harm done", () => {
  it.each([
    ["我妈在小区里滑了一下，没摔伤，就是吓了一跳，台阶的青苔能不能清一清", "a slip with no harm"],
    ["我奶奶下楼梯踩空摔了一下，没伤着，楼道的灯能不能修一修", "a fall with no harm"],
    [
      "我爸刚才有点头晕，坐着歇了一会儿已经好了，想约家庭医生来量个血压",
      "dizzy, rested, a blood-pressure visit",
    ],
    [
      "儿子在水上乐园滑下来呛了两口水，救生员马上拉上来了，孩子没事，但我想建议多安排几个救生员",
      "rescued, a suggestion after",
    ],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: marks and smoke that are a nuisance", () => {
  it.each([
    [
      "楼上的人老往下弹烟头，我家晒的床单烫了两个洞，没烧起来，但是太气人了",
      "cigarette ends, holes in a sheet",
    ],
    ["隔壁修车铺用角磨机打磨，火花溅到我停在门口的车上，玻璃上全是小点", "grinding sparks on a car"],
    ["工地晚上用电焊，火星子往马路上溅，走路的人都得躲着", "welding sparks on the pavement"],
    ["邻居在楼顶熏腊肉，烟一直往我家窗户里飘，晾的衣服全是味", "smoking meat on a roof"],
    ["楼下饭馆在门口烧烤，烟全熏到我家晾的被子上了，能不能管管", "a grill's smoke on the washing"],
    ["对面村里在烧秸秆，烟飘过来，家里窗户都不敢开", "straw burnt in the fields"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: a joke, a likeness, a fault with nobody in it", () => {
  it.each([
    ["暖气三天不热，我都快冻死了（开玩笑），物业到底什么时候来修", "a joke marked in brackets"],
    ["楼上天天蹦迪，我要疯了，想跳楼，哈哈，开个玩笑，就是想问噪音找谁管", "a joke told after"],
    ["隔壁电钻的声音跟要杀人一样，从早上八点钻到现在", "a drill like murder"],
    [
      "食堂的冷库门从里面打不开，我们进去拿东西都得外面留个人，老板一直拖着不修",
      "a cold store with nobody inside",
    ],
    ["坐长途车的时候旁边乘客晕车吐了，司机停车让她透了透气，她说好多了", "travel sickness"],
    ["退休的几个老头天天在楼下打扑克", "a card game"],
    ["我爸喝多了回来就睡，呼噜打得整层楼都听得见", "a snore"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers that stay emergencies next to these near-misses", () => {
  it.each([
    ...BRIEF_DANGER_PROBES,
    // A fall told with no harm, then harm; well, then a turn for the worse.
    ["我爸摔了一跤，说没伤着，但是刚才突然吐了，叫他也不太应", "no harm said, then vomiting"],
    ["孩子从滑梯上摔下来，说没受伤，可是现在抽搐了", "no harm said, then a fit"],
    ["孩子在泳池沉下去了，救生员捞上来了，但是没有呼吸", "pulled out, not breathing"],
    ["我爸刚才头晕得站不住，量了血压两百，现在躺在地上", "blood pressure and on the floor"],
    // Cigarette ends, sparks and outdoor smoke that did set something alight or harm someone.
    ["楼上扔下来的烟头把我家阳台晾的被子点着了，现在在冒烟", "a cigarette end set the quilt alight"],
    ["电焊的火星溅到楼下的纸箱堆上，已经着起来了", "sparks set boxes alight"],
    ["楼下有人在院子里烧落叶，火苗窜到旁边的柴火垛上了", "leaves burning, the flames spread"],
    ["邻居在阳台熏腊肉，烟越来越大，屋里好像着火了", "smoking meat, the flat on fire"],
    ["邻居在屋里烧炭盆取暖，一家人都头晕想吐", "charcoal indoors, dizzy"],
    ["角磨机的火花溅到工人眼睛里了，他捂着眼睛在地上打滚", "sparks in a worker's eye"],
    // A joke denied or taken for one.
    ["他说要跳楼，我以为他开玩笑，现在真站到楼顶边上了", "taken for a joke"],
    ["不是开玩笑，我家厨房着火了快来人", "no joke"],
    ["我朋友开玩笑说要吃安眠药，结果真吃了一整瓶，现在叫不醒", "a joke, then the pills"],
    // A cold store with someone inside; travel sickness and worse.
    ["冷库门坏了从里面打不开，我同事被关在里面快一个小时了", "shut in a cold store"],
    ["冷库门把手坏了，工人还在里面出不来，在里面敲门", "knocking inside a cold store"],
    ["冷库门从里面打不开，有个搬货的师傅在里面，零下二十度", "someone in a cold store"],
    ["我被关在冷库里了，门打不开，好冷", "the writer in a cold store"],
    // A game or a snore, then a blow.
    ["楼下打扑克的两个人吵起来了，一个抄起凳子砸人", "a card game turned to blows"],
    ["我老公喝多了打呼噜，我推他他就打我，现在拿着刀", "a snorer who struck"],
    ["几个人在屋里打牌，烧着炭盆，门窗关死了，有个人已经倒在地上叫不醒", "fumes over a card game"],
    ["大巴上一个乘客晕车吐完突然晕倒了，叫不醒", "travel sick, then fainted"],
    ["船上有人晕船，吐着吐着就抽搐了", "sea sick, then a fit"],
    // A likeness beside a danger of the moment.
    ["吵得跟打仗一样，楼下两个人拿着刀在砍", "a likeness and knives"],
    ["灰大得跟冒烟似的，后来真的冒出火苗了，是配电箱着了", "a likeness and a real fire"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});
