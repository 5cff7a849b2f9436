import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { readHazardPinyin } from "../../src/intake/emergency-pinyin.js";
import { BRIEF_DANGER_PROBES } from "../support/brief-danger-probes.js";

/*
 * The fa41 round (false alarms), in sentences written for this file (no set's lines are copied
 * here): a smell or a cry whose harmless cause was found (a neighbour's cooking, roasting chestnuts,
 * moxibustion, a smoker, a drunk singing), which is neither an emergency nor unsure; a past event or
 * an all-clear typed in pinyin; safety kit (a lifebuoy, an extinguisher) gone missing. Each class has
 * dangers beside it that must stay emergencies.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("near-misses no longer filed as emergencies: a harmless cause found", () => {
  it.each([
    ["楼道里一股焦味，我出去看了，是对门老人在做艾灸，不是着火", "moxibustion"],
    ["街上一股糊味，专门下去看了，是干果店在炒栗子，没事", "chestnuts roasting"],
    ["半夜有人喊救命，下去看是喝醉的人在唱歌，被朋友扶走了", "a drunk singing"],
    ["闻到一股烟味，出门看是保安在楼梯口抽烟，已经劝他别在这抽了", "a smoker"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });

  // The lead's probe, in other words: the smell explained is not even unsure.
  it.each([
    ["刚刚闻到点煤气味，原来是隔壁在烧饭，没事了", "a neighbour cooking"],
    ["有点煤气味，下去看是楼下饭馆在炒菜，现在没了", "a restaurant frying"],
  ])("%s (%s) is normal", (text) => {
    expect(urgency(text)).toBe("normal");
  });
});

describe("near-misses no longer filed as emergencies: a past event or an all-clear in pinyin", () => {
  it.each([
    ["shang zhou dian ti kun ren le, xian zai xiu hao le ma", "a lift last week"],
    ["wo ba shang ci shuai dao le, xian zai hao le, xiang wen you mei you hu li", "a fall last time"],
    ["ye ye qian tian zou diu le, pai chu suo song hui lai le, mei shi, xiang wen fang zou shi", "found"],
    ["shangge yue lou xia zhao huo le, xian zai lou dao hai shi hei de", "a fire last month"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });

  it("writes the days and the all-clear back as characters", () => {
    expect(readHazardPinyin("shang zhou")).toBe("上周");
    expect(readHazardPinyin("shangge yue")).toBe("上个月");
    expect(readHazardPinyin("ta mei shi, xie xie")).toContain("没事");
  });

  it("leaves a question whether someone is all right as typed", () => {
    expect(readHazardPinyin("mei shi ba")).not.toContain("没事");
    expect(readHazardPinyin("mei shi ma")).not.toContain("没事");
  });
});

describe("near-misses no longer filed as emergencies: safety kit missing", () => {
  it.each([
    ["湖边架子上的救生圈被人拿走了，麻烦补一个", "a lifebuoy taken"],
    ["码头的救生衣箱被撬了，里面少了好几件", "life jackets stolen"],
    ["楼道的灭火器不见了，消防箱里堆满了杂物", "an extinguisher gone"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers beside the new exclusions stay emergencies", () => {
  it.each([
    ...BRIEF_DANGER_PROBES,
    // A harmless cause, then a danger.
    ["原来是隔壁在煮饭，忘了关火，锅烧着了，屋里全是烟", "a pot on fire after the cause"],
    ["下去看是有人在楼道抽烟，烟头把纸箱点着了", "a cigarette that set boxes alight"],
    ["下去看是个醉汉在唱歌，后来他摔倒了，头上流血", "a drunk who fell and bleeds"],
    ["是楼下在做艾灸，可是烟越来越大，火苗都窜出来了", "moxibustion and flames"],
    ["闻到煤气味，原来是邻居在煮饭，可是我家燃气表一直在走", "a meter running after the cause"],
    ["闻到煤气味，以为是邻居在烧饭，敲门没人应，味道越来越浓", "a smell not explained"],
    ["楼道里全是煤气味，我妈晕倒了", "gas and a faint"],
    // Gone to watch fireworks or a game and not back: no harmless cause found.
    ["糊涂的老太太下楼看人家放鞭炮，到现在还没回家，到处找不到", "gone to watch firecrackers"],
    ["我爸下楼看别人下棋，到现在还没回家，手机也没带", "gone to watch chess"],
    // Pinyin: a danger now, beside the past or a question.
    ["dian ti kun ren le jiu ming, shang ci ye kun guo", "a lift now, last time too"],
    ["ta you zai da lao po le, zai jiao jiu ming, shang ci ye shi zhe yang", "a beating again"],
    ["wo ma shuai dao le qi bu lai, mei shi ba", "a fall asked about"],
    ["lou dao li hen duo yan, shang ci ye zhe yang, kuai lai", "smoke now, like last time"],
    ["xiao hai diao jin he li le, jiu ming a", "a child in the river"],
    ["wo ba yun dao le, jiao bu xing", "a father who will not wake"],
    ["shang ci ye zhe yang, xian zai lou dao li you hen duo yan", "smoke now after last time"],
    // Safety kit gone, and someone in trouble.
    ["河边救生圈不见了，有个孩子掉水里了", "a child in the water"],
    ["湖边救生衣箱是空的，刚才有人落水了", "someone fell in"],
    ["灭火器被人偷了，楼道里冒烟了", "smoke on the stairs"],
    ["消防箱里的水带不见了，楼上着火了，火很大", "a fire upstairs"],
    ["水库边救生圈被拿走了，有人在水里扑腾喊救命", "someone struggling"],
    ["救生圈没了，我儿子被水冲走了", "a son swept away"],
    ["灭火器少了一个，厨房油锅起火了", "a pan on fire"],
    ["楼道里有很浓的焦糊味，不知道哪家，越来越呛", "a burning smell growing"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});
