import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * The fa42 round, in sentences written for this file (no set's lines are copied here): dangers the
 * rules dropped (a game named beside a sudden smell or a child not back, a gas main broken under a
 * cordon, a fire spreading from a nuisance burn, a cooker's flame put out by a pot boiling over), and
 * near-misses filed as emergencies (a close call told as averted, a funny story, a memory's fear, a
 * cause found later, a flame in a show, a misheard word corrected, a pet at the vet, advice shared).
 * Each class has dangers beside it that must stay emergencies.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("dangers recognised", () => {
  it.each([
    ["我在屋里玩游戏，突然闻到一股很冲的煤气味，家里就我一个人", "a game, then a sudden smell"],
    ["女儿十三岁，早上说去同学家玩游戏，到现在还没回来，电话也关机了", "a child not back after a game"],
    ["修路的把燃气管挖破了，呼呼往外冒气，工人正在拉警戒，车还在过", "a main broken under a cordon"],
    ["有人在路边烧纸，风一刮火苗窜到旁边的草垛上了", "a nuisance burn spreading"],
    ["对门在烧秸秆，火已经蔓延到隔壁的柴堆了", "a straw fire spreading"],
    ["闻到一股天然气味，原来是楼上在炖肉，锅扑出来把火浇灭了", "a flame put out by a pot"],
    ["奶奶在熬粥，粥溢出来把火浇灭了，她在沙发上睡着了", "a flame put out, someone asleep"],
    [
      "水壶开了溢出来把灶火浇灭了，还在嘶嘶响，麻烦派人来看一下",
      "a flame put out, a polite request after it",
    ],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies", () => {
  it.each([
    ["孩子把一颗硬币含在嘴里，我喊了一声他就吐出来了，吓我一跳", "spat out"],
    ["宝宝把纽扣放嘴里，被我掏出来了，数了数一颗不少，没吞下去，以后要收好", "taken out, counted"],
    ["小狗把药片打翻了，我数了一下一粒不少，以后锁柜子里", "pills counted"],
    ["昨天孩子吞了个西瓜籽，今天一切正常，能吃能睡，想问要不要紧", "fine the next day"],
    ["在山上摘了一把野果，回来查是有毒的，还好没吃，扔掉了", "not eaten"],
    ["吓死了，孩子爬到窗台上，我一把抱下来了，准备装防护栏", "pulled back"],
    ["楼上用吊绳往下放冰箱，晃得厉害，还好平安落地了", "landed safely"],
    ["差点把洗洁精当成饮料倒给客人，闻了才发现，太累了", "nearly mistaken"],
    ["笑死，我奶奶把白醋当成矿泉水倒进茶壶里了", "a funny story"],
    ["上个月有人坐在天台边上拍照，现在想起来还后怕，能不能把门锁上", "a memory's fear"],
    ["吓死人了，楼梯上碰到个人拿着长刀，后来才知道他是去剧团演出的道具", "a cause found later"],
    ["商场门口在喷火，走近一看是在做魔术表演。这种表演明火的，要审批吗", "a flame in a show"],
    ["我语音打的字，上一条“着火了”是“找活了”，想问社区有没有招工信息", "a misheard word"],
    ["我家狗把一块骨头吞了，已经带去宠物医院处理好了", "a pet at the vet"],
    ["燃气灶点不着，滴滴响没火，也闻不到味道，是不是欠费了", "a cooker that will not light"],
    ["厨师切菜划了一下手指，贴了创可贴，继续炒菜了", "back at work"],
    ["群里有人问油锅着火怎么办，我发个正确做法：关火盖锅盖，别泼水。大家存一下", "advice shared"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers beside the near-misses stay emergencies", () => {
  it.each([
    ["孩子把纽扣电池吞下去了，抠不出来，一直在哭", "swallowed, not out"],
    ["我爸误喝了一口农药，吐出来了，嘴里起了泡", "poison spat out, blistering"],
    ["孩子半个身子在窗外，被我一把拽住了，护栏掉下去了", "held, the rail gone"],
    ["吓死人了，楼道里有个人拿着刀追着人砍", "a knife now"],
    ["笑死人的事不说了，楼下真的着火了，烟很大", "a joke word, then a fire"],
    ["饭店门口冒出火来了，不是表演，是油锅着了", "not a show"],
    ["燃气灶关了还是有嘶嘶的声音，满屋子煤气味", "a cooker that leaks"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});

describe("a funny story opened with 笑死 still reads a danger said to be real", () => {
  it.each([
    ["笑死，刚还在开玩笑，现在楼下真的着火了，烟很大"],
    ["笑死，刚才还在说笑，现在隔壁真的起火了，火苗都窜出来了"],
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});

describe("a load hanging over a public way, nobody inside it", () => {
  it("is an emergency when nobody is said to be clear below", () => {
    expect(urgency("楼顶的广告灯箱被风吹得只剩一个角挂着，里面没人，下面就是小学门口")).toBe("emergency");
  });
  it("is not one when nobody is under it either", () => {
    expect(urgency("外墙的空调架子歪了，里面没人，下面是人行道，现在没人走，物业拉了警戒线")).not.toBe(
      "emergency",
    );
  });
});
