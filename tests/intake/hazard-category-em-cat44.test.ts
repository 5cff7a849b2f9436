import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The em-cat44 round: hillsides, the building's own pipes reaching the wiring, dog packs, bus shelters,
 * street trees, the wind, fireworks, cleaners and fumes at home, and wordings of standing conventions.
 * Phrasings are our own.
 */
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.2): string | null =>
  categoryForHazard(hazard, text, current, confidence);

describe("em-cat44 danger owners", () => {
  it.each([
    // A hillside told by its parts, or watched from a balcony.
    ["fire", "青龙山东坡烧起来了，烟很大", "other"],
    ["fire", "从我家阳台能看到对面山上一片火光", "other"],
    ["fire", "后山有明火，风往下刮", "other"],
    // The building's own pipes reaching the wiring.
    ["electric", "楼道的水管冻裂了，水全流进电表箱，一直噼啪响", "property"],
    ["flood", "楼上的水管爆了，水顺着吊灯往下滴，插座也湿了", "property"],
    ["fire", "屋顶水箱裂了，水灌进配电间在冒烟", "property"],
    // A pack of dogs cornering people before anyone is bitten.
    ["injury", "一群野狗把放学的小孩围住了，孩子吓得不敢动", "public_order"],
    // A bus shelter or a street tree coming down.
    ["collapse", "车站的雨棚被大风掀下来了，砸到两个等车的人", "municipal"],
    ["injury", "街边的大树被风刮断了，树干压住一个骑车的人", "municipal"],
    // Blown over by the wind and hurt; blown into the traffic and run over.
    ["collapse", "我妈在路上被风刮倒了，头磕破了在流血", "health"],
    ["collapse", "一个老人被风刮倒在马路上，被一辆货车轧到了腿", "traffic"],
    // Traffic lights down across the road.
    ["collapse", "路口的红绿灯倒在马路中间了", "traffic"],
    // Fireworks at people, a firework burning a child.
    ["fire", "几个人专门往人身上扔鞭炮，还在追着人扔", "public_order"],
    ["fire", "孩子点鞭炮没跑开，裤子烧了，腿上烫了一片", "health"],
    // Cleaners mixed, read as gas or as smoke; a cleaner in the eyes.
    ["gas", "我把洁厕灵跟八四混着用了，现在嗓子疼喘不上气", "health"],
    ["poison", "阿姨拖地的时候清洁剂溅到眼睛里了，一直喊疼", "health"],
    // Fumes from a fire to sit by or an engine left running.
    ["fire", "屋里烤火一宿，我爷爷早上叫不醒", "health"],
    ["poison", "车里一直开着发动机，人躺着不动", "health"],
    // Hot oil poured, a drink from the wrong bottle, insecticide sprayed at home.
    ["poison", "滚油淋到孩子手上了，起了好多泡", "health"],
    ["poison", "我爸喝错了瓶子，嘴里一股农药味", "health"],
    ["poison", "在家喷了杀蚊子的药，孩子现在头晕想吐", "health"],
    // Despair said plainly, with the door locked.
    ["trapped", "我哥说不活了，把自己关在屋里，门反锁了", "social_assistance"],
    // An old person who cannot find the way; milk left at the door for days.
    ["missing", "一个老大爷在路口转了半天，说找不到路了", "social_assistance"],
    ["missing", "对门王奶奶门口的报纸堆了四天了，一直没人拿", "social_assistance"],
    // A gas alarm at home with the resident not answering.
    ["missing", "家里燃气报警器一直在响，我妈电话也不接", "gas_supply"],
    // Someone collapsed after a shower by a gas water heater (tune-em25: the gas company's).
    ["collapse", "我妈洗完澡出来就晕了，家里是天然气热水器，现在还迷糊", "gas_supply"],
    // A bin room burning is part of the building; offerings burnt at a crossing, the street's.
    ["fire", "楼下的垃圾房着火了，火苗挨着一楼窗户", "property"],
    ["fire", "十字路口有人烧纸，火星把路边的纸箱堆点着了", "municipal"],
    // A night bus burning; a knife pulled on a bus.
    ["fire", "夜班车后面冒烟着火了，司机让大家下车", "traffic"],
    ["injury", "公交车上有人掏刀子了，把一个乘客划伤了", "public_order"],
    // A worker clearing snow; an iced step is no slide; an icicle read as a blow.
    ["collapse", "物业的师傅在车棚上扫雪，棚塌了，人摔下来不动了", "labor"],
    ["violence", "小区单元门上面的冰溜子掉下来砸到人了", "property"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it.each([
    // A street named after a hill is no hillside; a compound's own fire stays the building's.
    ["fire", "西山路小区3号楼厨房着火了", "property"],
    // The street's supply main stays the water company's.
    ["flood", "马路上的自来水主管爆了，水漫到路边的配电箱", "water_supply"],
    // A single dog bite told by its wound is the ambulance's (the standing rule).
    ["injury", "被一条狗咬了一口，腿上一直流血", "health"],
    // A bus stop's sign hit by a car is no collapse of the shelter.
    ["collapse", "公交站的站牌被车撞倒了，压到一个人", "traffic"],
    // Offerings burnt in the stairwell stay the building's.
    ["fire", "楼道里有人烧纸，烟很大，门口的纸箱着了", "property"],
    // A firework going off beside houses with nobody hurt: the lorry's crash, not an injury.
    ["fire", "路口有辆拉烟花的货车着了，一直在炸，旁边有人家", "traffic"],
  ] as const)("not moved: %s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });
});
