import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { BRIEF_DANGER_PROBES } from "../support/brief-danger-probes.js";

/*
 * The fa36 round (false alarms), in sentences written for this file (no set's lines are copied
 * here). Someone went, called or knocked and found the person at something ordinary; the one looked
 * for was found or came back within minutes; a precaution asked ahead; a drill or a detector's false
 * alarm typed in pinyin; "现在" telling the state after a repair. Each has dangers next to it that the
 * same words must still raise.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("near-misses no longer filed as emergencies: found at something ordinary", () => {
  it.each([
    ["花坛边有个大爷躺着一动不动，我过去问了一下，他在晒太阳，还冲我笑", "sunbathing"],
    ["我婆婆电话半天不回，我跑过去一看，她在打太极呢", "tai chi"],
    ["我妈在卫生间里待了快两个小时，敲门她说在敷面膜，让我别管", "face mask in the bathroom"],
    ["监控里看到我爸躺在客厅地上，吓得我马上打电话，他说在做瑜伽", "yoga on the floor"],
    ["听见楼道有人喊救命，下去看是几个孩子在玩抓人游戏", "children playing"],
    ["我爸两天没回消息也不接电话，后来网格员去看了，说他手机被摔坏了", "a broken phone"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: found, or back within minutes", () => {
  it.each([
    ["刚才广场上有个小孩走丢了，十分钟后又广播说找到了，谢谢热心的人", "found by the announcement"],
    ["商场里有个小孩一个人在哭，说找不到妈妈了，两分钟后妈妈就来了", "the mother came"],
    ["我爸说出去买烟，手机也没带，我正着急，半小时就回来了", "back in half an hour"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: asked ahead, or the state after a repair", () => {
  it.each([
    ["走廊的灭火器过期了，万一着火怎么办，不是现在着火，就是提前反映一下", "not on fire now, asked ahead"],
    ["小孙子在澡盆里玩水我从来不离开，想问问社区有没有儿童溺水急救的课", "a first-aid class"],
    // A guard: already quiet before fa36 (the model is sure there is no danger); "现在正常了" must keep it so.
    ["昨晚厨房插座冒了一下火花，电工来换了个新的，现在正常了", "a spark, repaired, normal now"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: the advice line or the pharmacy said it is harmless", () => {
  it.each([
    ["孩子舔了一点牙膏，打了中毒咨询电话说没关系，现在在玩", "the poison line"],
    ["我妈把维生素多吃了一片，我打了药店电话，他们说问题不大", "the pharmacy"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: nobody shut in", () => {
  it.each([
    ["电梯里的紧急按钮按下去没反应，我们就是试一试，没被困，请维保来修", "a button tested"],
    ["The lift broke down again this morning, nobody was trapped, please fix it", "English: nobody trapped"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: a drill or a false alarm in pinyin", () => {
  it.each([
    ["xiao qu jin tian xiao fang yan xi, hen duo yan, da jia bie dan xin", "a fire drill"],
    ["wo jia ranqi baojingqi xiang le, mei you wei dao, ranqi gongsi shuo shi wu bao", "a false alarm"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers the same words must still raise", () => {
  it.each([
    ...BRIEF_DANGER_PROBES,
    // A check that found harm, or no answer.
    ["我过去问他怎么了，他说胸口疼，在地上起不来", "asked: chest pain"],
    ["敲门没人应，她一个人在洗澡，一个多小时没动静了", "no answer from the bathroom"],
    ["打电话没人接，他手机放在家里，人到现在还没回来", "unreachable, still gone"],
    ["叫他他不应，躺在地上，脸色发白", "called, no answer"],
    ["我叫她，她在晒太阳的时候晕倒了，叫不醒", "fainted while sunbathing"],
    ["下去看是几个孩子在玩，有一个掉进井里了", "children playing, one in a well"],
    ["我们喊她下来，她说没事，可阳台在往下塌", "her own all-clear, a balcony coming down"],
    ["刚才叫我爸，他说歇会就好，可是胸口疼得满头大汗", "rest asked, chest pain"],
    // Found or back, with harm after.
    ["孩子找到了，但是在河里，已经没有呼吸了", "found in the river"],
    ["我爸去钓鱼到现在没回来，在河边找到了他的鞋，人还没找到", "only his shoe found"],
    ["出去十分钟就回来了，可是头上全是血", "back, bleeding"],
    // Asked ahead, but it is now.
    ["有没有急救课我不管，现在有人溺水了快来", "drowning now"],
    ["万一着火怎么办，现在楼道里已经冒烟了", "smoke now"],
    // Repaired, then harm.
    ["电工来换了开关，现在正常了，可刚才我爸摸了一下被电倒在地上", "shocked after the repair"],
    // The advice line asked, then harm; nobody shut in said of someone else.
    ["孩子喝了消毒水，打了中毒咨询电话说没关系，可是现在一直在吐", "vomiting after the advice"],
    ["我爸把一瓶药都吃了，打了医院电话说问题不大，他现在叫不醒", "unrousable after the advice"],
    ["电梯卡在三楼，我爸在里面，按钮按了没反应", "a father in a stuck lift"],
    ["Someone is stuck in the elevator for 30 minutes, nobody came", "English: stuck, nobody came"],
    // Pinyin: the drill denied, the alarm with a smell.
    ["bu shi yan xi, zhen de zhao huo le, hen duo yan", "not a drill"],
    ["wo jia ranqi baojingqi xiang le, ranqi wei hen da, tou yun", "alarm and a smell"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});
