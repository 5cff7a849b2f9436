import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import { fraudToldLoosely, throughIceOwner } from "../../src/intake/hazard-category-winter.js";
import { checkedModelHazard } from "../../src/intake/model-hazard-check.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The em-cat39 round: owners read from emergency-fresh37's circumstances (ice, frauds, fumes from a
 * camping stove or a running engine, weapons named in other words). Phrasings are our own.
 */
describe("a danger's owner after emergency-fresh37 (em-cat39)", () => {
  it.each([
    // Someone through the ice of a river or a reservoir: the city's crews, whatever hazard was read.
    ["injury", "护城河上一个孩子踩破了冰面掉下去了，在水里乱抓", "health", "municipal"],
    ["flood", "大爷冬泳的冰窟窿边上滑倒掉进去了，半天没冒头", "health", "municipal"],
    // A compound's ornamental lake: its manager's.
    ["injury", "我们小区的人工湖冰面上有个小孩掉下去了，保安在找竹竿", "municipal", "property"],
    // A fraud told in words the scam list lacks, read as a locked door: the police.
    [
      "trapped",
      "我爷爷说是法院的人来电话，让他把退休金转到核查账户，他把自己关在卧室里不开门",
      "property",
      "public_order",
    ],
    // A weapon named as held, a hammer swung at a head, someone bundled into a van.
    ["injury", "几个人持钢管在超市门口追着一个小伙子，小伙子头上都是血", "health", "public_order"],
    ["injury", "两个人吵着吵着，一个拿起锤子砸了另一个的头，血流不止", "health", "public_order"],
    ["injury", "我哥被几个人从店里拽出来塞进一辆白色的车里开走了", "health", "public_order"],
    // Fumes with the hazard read as a collapse: a running engine, a camping stove in a closed room.
    ["collapse", "地库里一辆车发动机开着，车里的人靠在椅背上敲不醒", "public_order", "health"],
    ["collapse", "帐篷里用卡式炉煮东西，拉链拉死了，我同学刚才一下就倒了，我也头晕", "property", "health"],
    // Antifreeze or screen wash swallowed: a poison for the ambulance, not the polluter's.
    ["poison", "孩子拿起车库地上的瓶子喝了两口，是玻璃水，现在说嘴里苦想吐", "pollution", "health"],
    // Despair in traditional characters ("活著") is still despair.
    ["trapped", "我女兒把自己鎖在浴室裡，說活著沒意思，敲門不應", "property", "social_assistance"],
    // Paint, glue or solvent fumes in a closed room with someone overcome: the ambulance's.
    ["poison", "我妈关着窗在阳台刷油漆，刚才说头晕，现在趴在椅子上喊不应", "pollution", "health"],
    ["trapped", "卫生间里有人拿天那水擦地，门关着，现在倒在里面敲门不应", "property", "health"],
    // A car slid into the ditch beside the road with people inside: a crash.
    ["trapped", "雪天路滑，一辆面包车滑到沟里侧着，里面的人出不来", "property", "traffic"],
  ] as const)("%s: %s (%s) → %s", (hazard, text, current, expected) => {
    expect(categoryForHazard(hazard as Hazard, text, current, 0.3) ?? current).toBe(expected);
  });

  it.each([
    // Ice on a pond nobody fell through, or a skating rink, stays with the older rules.
    ["injury", "公园的滑冰场上有人摔倒了，后脑勺着地", "health"],
    // A fraud over and reported is no fraud under way.
    ["injury", "我妈上个月被冒充公安的骗了转账两万，今天气得晕倒了", "health"],
    // A hammer used for work, not swung at anyone.
    ["injury", "装修师傅拿锤子砸墙的时候砸到自己的手了，指甲都黑了", "labor"],
    // A workshop's paint smell every day is the inspectors' standing nuisance, not a poisoning now.
    ["injury", "旁边的喷漆作坊天天一股油漆味，闻着头晕", "pollution"],
    // A fall from a scaffold while painting is the fall's.
    ["injury", "刷外墙油漆的人从脚手架上摔下来了，躺着不动", "pollution"],
    // A car on the road sliding with no one inside hurt or shut in stays the classifier's.
    ["injury", "下楼的时候在台阶上滑倒了，腿动不了", "health"],
  ] as const)("%s: %s stays %s", (hazard, text, expected) => {
    expect(categoryForHazard(hazard as Hazard, text, expected, 0.9) ?? expected).toBe(expected);
  });

  it("reads the ice and the fraud only when they are told", () => {
    expect(throughIceOwner("injury", "河面的冰裂了，有人掉进冰水里", false)).toBe("municipal");
    expect(throughIceOwner("injury", "冰箱门上的冰掉下来砸到脚", false)).toBeNull();
    expect(throughIceOwner("fire", "冰窟窿边上有人掉下去了", false)).toBeNull();
    expect(fraudToldLoosely("对方说是海关的，我奶奶正在ATM上转账")).toBe(true);
    expect(fraudToldLoosely("社区在讲防骗知识：说是公安的让你转账的都是骗子")).toBe(false);
    expect(fraudToldLoosely("我爸在银行排队取钱，人太多了")).toBe(false);
  });
});

describe("the model's hazard for a fraud or a fall through the ice (em-cat39)", () => {
  it.each([
    // A fraud read by the model as self-harm or an injury: the fraud's own advice (110, stop the transfer).
    ["self_harm", "我爸接了个电话说是检察院的，要他把存款转到安全账户，他已经拿着存折去银行了", "fraud"],
    ["injury", "邻居阿姨正在跟视频里穿警服的人说话，对方让她屏幕共享，她在输银行卡密码", "fraud"],
    // A boy through the ice, read as self-harm with no despair said: a person in the water.
    ["self_harm", "我儿子在水库上玩，刚才冰面上掉下去了，朋友拉不上来", "flood"],
  ] as const)("%s for %s → %s", (hazard, text, expected) => {
    expect(checkedModelHazard(text, hazard)).toBe(expected);
  });

  it.each([
    // Despair said: the fall into the water stays self-harm.
    ["self_harm", "她说不想活了，往水库的冰面上走，刚才冰面上掉下去了"],
    // A fire or a gas leak is never turned into a fraud.
    ["fire", "骗子打电话让我妈转账，她吓得把锅烧干了，厨房冒烟"],
    // Money moving with no one posing as an official: no fraud.
    ["self_harm", "我弟弟把钱都转给了我妈，留了封信说对不起大家，现在联系不上"],
  ] as const)("%s for %s stays", (hazard, text) => {
    expect(checkedModelHazard(text, hazard)).toBe(hazard);
  });
});
