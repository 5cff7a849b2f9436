import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The em-cat42 round: fresh40's circumstances read as wordings of standing conventions (a burn with no
 * fire going on, someone cutting themselves, a flooded basement with someone down there, a pipe burst
 * upstairs, a worker named by the trade, a beating or a cylinder threat in other words, kitchen staff
 * overcome by the cleaners they mixed, wild mushrooms picked by the eaters). Phrasings are our own.
 */
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.2): string | null =>
  categoryForHazard(hazard, text, current, confidence);

describe("fresh40's wordings of standing danger conventions", () => {
  it.each([
    // A burn with no fire going on, read as a fire from 炸 or 油锅.
    ["fire", "电饭锅的排气阀喷了，我儿子手上全烫起泡了", "health"],
    ["fire", "摊位的油锅溅出来，热油泼了老板一脸", "health"],
    ["fire", "烧烤的时候衣服下摆点着了，已经扑灭了，肚子上皮都掉了", "health"],
    // Someone cutting themselves, read as an injury or, from the blade, an attack.
    ["injury", "我表妹关在厕所里拿刀片划手腕，血流到门外了", "social_assistance"],
    // A flooded basement with someone gone down into it.
    ["injury", "地下室被淹了，我老公下去关总闸一直没上来", "property"],
    ["flood", "小区负二层车库水一直涨，里面还有两个保安", "property"],
    // A pipe burst upstairs is the building's own, whatever the classifier says.
    ["flood", "楼上邻居家的水管爆了，水从我家灯座往下淌", "property"],
    // A worker named by the trade, hurt at the job.
    ["injury", "外墙的防水要修，来的水电工从梯子上摔下来了，腿动不了", "labor"],
    ["collapse", "物流仓库货架倒了，砸到两个理货的，一个腿压住了", "labor"],
    // A beating heard next door, and someone held down and kicked.
    ["injury", "对门又在打了，女的一直在喊救命", "public_order"],
    ["trapped", "路口有个男的把一个老人按在地上打，拉不开", "public_order"],
    ["injury", "A man keeps punching a woman outside the bakery, she is bleeding", "public_order"],
    // A threat to open a cylinder and light it.
    ["gas", "烧烤店老板喝多了，说要把煤气罐拧开点了，手里拿着打火机", "public_order"],
    // Pills taken twice by mistake, and a poison put in the pot for salt.
    ["self_harm", "奶奶把降压药吃了两次，现在站不起来，说话也慢", "health"],
    ["injury", "我妈把工业盐当盐放进汤里了，全家嘴唇发紫", "health"],
    // A roof door shut by the wind behind the people on it.
    ["self_harm", "天台的门被风带上锁住了，我跟我妈在天台上下不去，要下暴雨了", "property"],
    // Kitchen staff overcome by cleaners mixed at work.
    ["poison", "食堂的阿姨把洁厕灵和消毒液兑在一起擦地，一个人晕了", "labor"],
    // Wild mushrooms the eaters picked themselves.
    ["poison", "我公公自己在山坡上采的蘑菇炖了，现在一家人都在吐", "health"],
    // Children playing past a footbridge's rail, not self-harm.
    ["self_harm", "过街天桥上几个小孩翻到护栏外面在玩", "municipal"],
    // A lighter's gas breathed in for the high.
    ["fire", "我表弟对着嘴吸打火机的气，现在站都站不住", "health"],
    // Someone climbing a site's crane at night.
    ["violence", "半夜有人翻进工地在爬塔吊，风很大", "construction"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it.each([
    // Flames still spreading keep the fire's owner; a door handle hot to touch is no burn.
    ["fire", "厨房油锅起火了，火蹿到抽油烟机，我手也烫了", "health"],
    ["fire", "门把手烫手，门缝里冒烟", "health"],
    // Cut by someone else or at work: no self-harm.
    ["injury", "两个人打起来了，一个被另一个用刀划了胳膊", "social_assistance"],
    ["injury", "菜场卖肉的师傅被刀划了手，血止不住", "social_assistance"],
    // Mushrooms bought are the seller's.
    ["poison", "在菜市场买的野蘑菇，吃完全家都吐了", "health"],
    // Despair said on a roof keeps the self-harm.
    ["self_harm", "他说不想活了，站在天台门口，门锁住了", "property"],
  ] as const)("not %s: %s → %s", (hazard, text, wrong) => {
    expect(owner(hazard, text)).not.toBe(wrong);
  });
});
