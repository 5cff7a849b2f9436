import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { BRIEF_DANGER_PROBES } from "../support/brief-danger-probes.js";

/*
 * The fa37 round (false alarms), in sentences written for this file (no set's lines are copied
 * here). A scare the resident looked into and found a harmless cause for; a structure threatening
 * to fall with nobody under it, or a harm only warded off ("别砸到人"); 人行道 is not a person below;
 * despair said as a figure of speech about a nuisance.
 * Each class has dangers next to it that the same words must still raise.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("near-misses no longer filed as emergencies: the scare's cause found harmless", () => {
  it.each([
    ["半夜听见楼下嘭嘭两声像爆炸，出去看是有人结婚放礼炮，吵死了", "wedding cannons"],
    ["楼上一直有人喊救命，我以为出事了，上去一看是两个小孩在玩游戏", "children playing"],
    ["闻到一股臭味，我还以为是燃气，结果是垃圾桶里的榴莲皮", "a durian, not gas"],
    ["楼道里冒烟，不是着火，是隔壁在装修打磨地板，灰太大了", "dust from sanding"],
    ["对面楼顶一直冒白气，物业说是锅炉的排气口，冬天正常", "steam from an exhaust"],
    ["河边有人扑通跳进水里，吓我一跳，原来是冬泳的大爷，天天来", "a winter swimmer"],
    ["小区里围了一圈人有人躺在地上，我下去看了，是在拍短视频", "a video shoot"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: nothing under a structure that may fall", () => {
  it.each([
    ["车棚顶上的雪压得有点弯了，现在没人在里面，请物业来扫一下", "a shed under snow, nobody inside"],
    ["楼顶一块铁皮被风掀起来挂着，下面没人，麻烦来固定", "roof sheet, nobody below"],
    ["檐口的冰柱挂了好长一排，还没掉下来，下面是人行道，早点打掉", "icicles over a pavement"],
    ["阳台外面的花盆架子松了，请物业早点来拆，别砸到人", "a loose rack, a harm warded off"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: despair as a figure of speech about a nuisance", () => {
  it.each([
    ["隔壁天天装修，吵得我都想跳楼了，物业管不管", "renovation noise"],
    ["这个月加班加到想跳河，老板还不给加班费", "overtime"],
    ["广场舞太吵了，要跳楼了我", "square dancing"],
    ["热死了这天气，简直不想活了，空调还坏了", "the heat"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers that stay emergencies next to these near-misses", () => {
  it.each([
    ...BRIEF_DANGER_PROBES,
    // A look that found the danger, or harm after a harmless cause.
    ["出去看是有人在放烟花，烟花落到车棚上烧起来了", "fireworks set a shed alight"],
    ["下去一看是几个孩子在玩，有一个掉进水池里了", "children playing, one in a pond"],
    ["以为是做饭的糊味，结果是隔壁着火了，浓烟滚滚", "thought cooking, a fire"],
    ["原来是小孩在玩打火机，窗帘已经着了", "a child with a lighter, curtains alight"],
    ["邻居闻了说是煤气味，我爸现在还在屋里做饭，快派人去", "gas found, father cooking inside"],
    ["上去一看，装修工人从脚手架上摔下来了，腿在流血", "a worker fallen"],
    ["听见砰的一声，出去看是电动车电池炸了，楼道全是烟", "a battery exploded"],
    ["下去看是有人在拍视频，结果那个演员真的晕倒了，叫不醒", "the actor really fainted"],
    ["师傅说是在装修打磨，可是走廊里的烟越来越浓，看不见人了", "told sanding, smoke growing"],
    // Something coming down with people under it, or fallen on someone.
    ["车棚被雪压塌了，下面有人被压住了", "a shed fell on someone"],
    ["广告牌快掉下来了，下面全是等公交的人", "a sign over a crowd"],
    ["墙塌了，砸到人了", "a wall fell on someone"],
    ["房子塌了一半，我们这边没人了，可是隔壁还有人被压住", "someone pinned next door"],
    ["脚手架在晃，下面还有工人在干活", "scaffolding over workers"],
    ["工地的塔吊吊臂在乱转，底下有好多人", "a crane out of control"],
    ["别打了！他拿砖砸到人了，头上都是血", "a brick, blood"],
    ["车棚顶塌下来了，里面有人在停车", "a shed with someone inside"],
    // Despair meant: a means, a place, something done, or said plainly.
    ["作业写不完，我要跳楼了，已经站在窗台上了", "at the window sill"],
    ["加班加得我想去死，药都准备好了", "pills ready"],
    ["老板欠薪三个月，我真的想去死", "said plainly"],
    ["跟我吵了架，孩子说不想活了，跑出去了", "a quarrel, a runaway"],
    ["房租交不起，我不想活了，现在在楼顶上", "on a roof"],
    // Other dangers that must not be touched.
    ["楼道里烟越来越大，门缝里有火光", "smoke and flames"],
    ["厨房煤气味很冲，我妈晕在地上了", "gas, mother unconscious"],
    ["孩子从滑梯上摔下来，头破了一直流血", "a fall, bleeding"],
    ["电梯卡在两层中间，我和孩子被困在里面", "trapped in a lift"],
    ["有人在河里扑腾，喊救命，快沉下去了", "drowning"],
    ["我爸突然说不出话，嘴歪了，右手抬不起来", "a stroke"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});
