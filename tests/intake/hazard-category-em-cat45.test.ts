import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The em-cat45 round: fall alerts from worn devices, forklifts and machines at work, fumigants, despair
 * told in other words, a lorry's load, rough sleepers in the cold, and wordings of standing conventions.
 * Phrasings are our own.
 */
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.2): string | null =>
  categoryForHazard(hazard, text, current, confidence);

describe("em-cat45 danger owners", () => {
  it.each([
    // A watch's fall alert or a call box's alarm with the wearer not answering.
    ["injury", "我奶奶的手环发来跌倒报警，打她电话一直没人接", "social_assistance"],
    ["missing", "外公手表报警了 打电话不接 他住三楼", "social_assistance"],
    ["injury", "姑姑家那个一键呼叫器刚才呼了我两次，接通只听到她在哼", "social_assistance"],
    // Someone sleeping rough in the cold.
    ["injury", "天桥下面有个露宿的老人，零下十度，只盖着纸板，叫不醒", "social_assistance"],
    // A forklift or its shelves at work; a car dropping on someone in a repair shop.
    ["injury", "叉车倒车的时候把搬货的人撞倒了，脚被压住了", "labor"],
    ["collapse", "叉车撞到货架，货架整排倒下来压住了一个人", "labor"],
    ["violence", "我哥在汽修店里被车压了，千斤顶滑了", "labor"],
    // A machine drawing in an arm; heat illness and a cold store's leak are no work accident.
    ["trapped", "饺子馆的压面机把帮工的手绞进去了，拔不出来", "labor"],
    ["injury", "库房里一个装卸工热晕了，浑身滚烫，叫不应", "health"],
    ["injury", "冷库里氨气好像漏了，一个小工晕在里面", "health"],
    // A fumigant or lye; fumes from a heater stove or beside a stove.
    ["gas", "隔壁店在熏蟑螂，用的药片，我们这边的人都头晕想吐", "health"],
    ["poison", "小孩把瓶子里的火碱水当成饮料喝了，嘴里都是泡", "health"],
    ["gas", "屋里点着取暖炉睡觉，早上起来两个人头疼想吐", "health"],
    // Despair told in other words, a plan to burn charcoal.
    ["trapped", "舍友发消息说真的撑不下去了，门从里面锁上了", "social_assistance"],
    ["trapped", "我表弟说今晚要在屋里烧炭，现在门打不开", "social_assistance"],
    ["violence", "有个女孩拿着刀片往自己胳膊上划，周围人不敢靠近", "social_assistance"],
    // Shut in and beaten.
    ["trapped", "楼上那个男的把老婆锁在卧室里打，一直在哭喊", "public_order"],
    // A manhole giving way in a lane; a lorry's load onto the traffic.
    ["collapse", "巷子口的井盖塌了，一个骑车的人掉进去了", "municipal"],
    ["collapse", "前面的卡车刹车太急，车上的木头滑下来了，砸到一辆电动车", "traffic"],
    // A fire told but read as violence or as a poisoning.
    ["violence", "哎呀不得了，隔壁那个杂货铺着了，里头还有人", "property"],
    // Cylinders only standing at the door of a burning shop.
    ["fire", "楼下面馆着火了，门口一堆液化气罐", "property"],
    // Unseen: rubbish not put out, a bag left hanging.
    ["missing", "对门的老爷子这几天门口垃圾没放出来，敲门也没人应", "social_assistance"],
    // A flat in a partitioned block is indoors, whatever street the address names.
    ["collapse", "我们那个隔断房的墙裂了一条缝一直掉灰，在北关街旧楼二层", "property"],
    // Someone living alone not answering all day, read as violence; a power room humming, read as violence.
    ["violence", "我妈一个人住，我今天打了二十几个电话她都没接", "social_assistance"],
    ["violence", "变电箱的门被砸开了，里面冒烟还有火花", "power_supply"],
    // Someone living in a basement whose pipe burst.
    ["flood", "我们住在地下室，昨晚水管爆了，水已经漫到床边", "property"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it.each([
    // A child's phone watch switched off stays a missing child's.
    ["missing", "孩子放学没回来，电话手表关机了，打不通", "public_order"],
    // A car wash with fumes, no car on anyone: not a machine at work.
    ["injury", "洗车店里在用酸水洗轮胎，一个来洗车的顾客咳得喘不上气", "health"],
    // A car window smashed by a stalker is no car dropping on someone.
    ["violence", "他把我车窗砸了，现在在楼下堵我", "public_order"],
    // Charcoal burnt for warmth is fumes (tune-em25), not despair.
    ["trapped", "他准备烧炭取暖，门反锁了，叫了半天不应", "health"],
    // Pesticide fumigation drifting from a warehouse into homes stays the polluter's.
    ["poison", "楼下仓库在熏蒸，味道往上飘，我家孩子开始吐了", "pollution"],
  ] as const)("not moved: %s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });
});
