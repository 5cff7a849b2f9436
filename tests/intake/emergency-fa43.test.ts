import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * The fa43 round, in sentences written for this file (no set's lines are copied here): dangers the
 * rules dropped (someone whose consciousness is clouded, smoke that breaks out with bangs where
 * smoke is usual, a strong gas smell with symptoms told later in the sentence, a seizure or a child
 * out of sight told in English) and near-misses filed as emergencies (a cause found later, straw
 * burnt as the cause of a smell, "只是问问", a current's hum said not to be a leak, a guard against
 * wandering asked for, a repair that can wait). Each class has dangers beside it that must stay.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("dangers recognised", () => {
  it.each([
    ["下班回来看见我爸靠在沙发上意识不清，怎么叫都只会哼", "consciousness clouded"],
    ["我哥躺在地上神志不清，旁边一个空药瓶", "clouded beside an empty bottle"],
    ["供暖站那边突然冒浓烟，接着嘭的一声巨响，院子里还有人", "smoke with a bang at a boiler"],
    ["厂房里冒黑烟，还有爆炸声，工人在往外跑", "smoke with an explosion at a factory"],
    [
      "我们单元的燃气管好像漏了，味道特别重，物业说下午才来，我妈刚才说头晕想吐",
      "a strong gas smell, symptoms later in the sentence",
    ],
    ["My daughter is having a seizure that won't stop, it has been 4 minutes", "a seizure, in English"],
    ["My 5-year-old son ran off in the mall and I lost sight of him, please help", "a child out of sight"],
    ["后来发现是燃气管裂了，味道越来越大", "a cause found later that is the danger"],
    ["我爸又走丢了，到现在还没找到，早知道申请个防走失手环", "a guard wished for, the person gone now"],
    ["不是漏电，是电线在冒火花，旁边有小孩", "a leak denied, sparks named instead"],
    ["婴儿床里的孩子脸是紫的，手脚冰凉", "a face said to be blue, a cold body"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});

describe("near-misses not dispatched", () => {
  it.each([
    ["刚才闻到一股臭鸡蛋味，吓一跳，后来发现是垃圾桶里的鸡蛋坏了", "a cause found later"],
    ["晚上听到有人喊救命，后来问了邻居，是楼下在看电视剧", "a cry from a television"],
    ["傍晚有一股烧焦味，物业说是村里在烧秸秆，能不能管一管", "straw burnt, the cause of a smell"],
    ["电梯要检修，检修时如果有人被困怎么办？我只是问问", "just asking"],
    ["家里插座那边有嗡嗡声，电工查了说不是漏电，是变压器的声音", "a hum said not to be a leak"],
    ["楼道的扶手有点晃，老人扶着不放心，麻烦物业有空修一下", "a repair that can wait"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});
