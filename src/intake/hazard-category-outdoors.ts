import type { Hazard } from "./urgency-rules.js";

/*
 * Who owns a danger by where it happens outdoors (a hillside, street furniture, a street tree, a pack
 * of dogs) or by what the building's own pipes reach. Texts are in simplified characters (the caller
 * simplifies first).
 */

/*
 * A hillside told by its parts ("西坡有火", "后山冒烟了", "半山腰", "护林站东边…防火道上") or in pinyin
 * ("shan shang zhao huo le"): open country, as the plainer 山上 / 山坡 already read. A street named
 * after a hill (西山路) is no hillside.
 */
export const HILLSIDE =
  /[东南西北前后]坡(?!道)|后山|山顶|山头|半山|山腰|护林|防火道|山那边|\bshan ?(shang|po|li)\b/i;

/*
 * The resident's own home named only as the place the fire is watched from ("从我们家阳台就能看到一大片红光"):
 * where they stand, not what burns.
 */
const VIEWPOINT = /(从|在)[^，。]{0,8}(阳台|窗户?|家里?|楼上|楼顶)[^，。]{0,6}(看到|看见|能看|望)/g;

export function withoutViewpoint(text: string): string {
  return text.replace(VIEWPOINT, "");
}

/*
 * The building's own pipes or tanks burst — upstairs, in the stairwell, a riser, a roof tank, a
 * sprinkler or fire main ("楼上水管冻裂了…淌进插座了", "楼道里水管爆了 水往电表箱里灌", "楼顶水箱爆了…配电间
 * 也进水了"): the manager shuts the riser and the leak is what must stop first, even where the water
 * reaches a socket, a lamp or a meter box and sparks (the supply cuts the power, but the case is the
 * building's). The street's main stays the water company's.
 */
const BUILDING_PIPE_BURST =
  /(楼上|楼下|楼道|楼内|楼里|楼顶|屋顶|地下室|地下一层|车库|储藏间|天花板)[^，。]{0,8}(水管|管子|立管|管道|水箱|爆管)[^，。]{0,4}(冻)?(爆|裂|破|漏)|(供水立管|立管|消防(水)?管道?|消防水管|喷淋管?|楼顶水箱|屋顶水箱)[^，。]{0,4}(冻)?(爆|裂|破)/;
const WATER_REACHES_POWER = /(插座|电表箱?|电箱|电闸|配电|灯|开关|电线|插线板|插排)/;
const STREET_MAIN = /(自来水|供水)[^，。]{0,4}(主管|总管|干管)|主路|马路|路面|暖气|供暖/;
const PIPE_HAZARDS: readonly Hazard[] = ["flood", "electric", "fire"];

export function buildingPipeOnPower(hazard: Hazard, text: string): boolean {
  return (
    PIPE_HAZARDS.includes(hazard) &&
    BUILDING_PIPE_BURST.test(text) &&
    WATER_REACHES_POWER.test(text) &&
    !STREET_MAIN.test(text)
  );
}

/*
 * A pack of dogs cornering or chasing people, nobody bitten yet ("一群流浪狗把两个孩子堵在墙角", "野狗在追一个骑车的小孩",
 * "犬群将三名学生围困于墙边"), before anyone is bitten: the police drive the pack off, as for a dog still
 * loose and biting. A count needs its dogs (七八条狗) and a chase its target: a wage letter citing a
 * regulation's 第十条 and 追讨 is no pack.
 */
const DOG_PACK =
  /(流浪狗|野狗|狗群|犬群|流浪犬|一群[^，。]{0,3}狗|几条狗|好几条狗|[七八九十几]+条[^，。]{0,2}(狗|犬)|\bdogs\b)/i;
const CORNERING =
  /堵(在|住)|围(住|着|困)|追(着|我|一个|人|过来|上来)|扑(车|人|过来|上来)?|不敢(动|下来)|\b(chasing|chased|surround(ed|ing)?|cornered)\b/i;
// A bite already given is read by the standing dog rules (a wound alone is the ambulance's).
const BITTEN = /咬|\bbit(ten)?\b/i;
const PACK_HAZARDS: readonly Hazard[] = ["injury", "trapped", "collapse", "self_harm", "flood", "violence"];

export function dogPackCornering(hazard: Hazard, text: string): boolean {
  return PACK_HAZARDS.includes(hazard) && DOG_PACK.test(text) && CORNERING.test(text) && !BITTEN.test(text);
}

/*
 * A bus shelter's roof or an advertising board at a bus stop coming down ("公交站的顶棚被雪压塌了",
 * "公交站的广告牌整块掉下来了，压着一个等车的学生"): street furniture, the city's, whoever waits under it.
 */
const BUS_SHELTER =
  /(公交站|车站|站台|候车亭)[^，。]{0,6}(顶棚|棚|广告牌|灯箱|雨棚)|(候车亭)[^，。]{0,6}(塌|倒|掉|砸|压)/;
const SHELTER_HAZARDS: readonly Hazard[] = ["collapse", "injury", "trapped"];

export function busShelterDown(hazard: Hazard, text: string): boolean {
  return SHELTER_HAZARDS.includes(hazard) && BUS_SHELTER.test(text);
}

/*
 * A tree come down across a road onto someone or a rider ("树被雪压得横在路中间 树枝压住了一辆电动车"):
 * the street's tree, the city's crews cut it, not a crash for the traffic police.
 */
const TREE_ON_SOMEONE =
  /树[^。]{0,16}(倒|断|压|横|砸)[^。]{0,16}(压住|压着|压在|砸(到|中|在))|(树|树枝|树干)[^，。]{0,4}(压住|压着|压在|砸(到|中|在))/;
const COMPOUND_TREE = /小区|院里|院子|家属院/;

export function streetTreeOnSomeone(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "injury" || hazard === "trapped") && TREE_ON_SOMEONE.test(text) && !COMPOUND_TREE.test(text)
  );
}

/*
 * Someone fallen down an open or abandoned well in the open — a disused machine well in a field, an
 * old village well whose cover was stolen ("废弃的机井 小孩掉进去了 在哭", "老井 小孩 掉下去了", "村边那口机井
 * 没盖…人在井底喊"): the rescue is the brigade's, and the uncovered well is the township's and the
 * city's to cap, as for an open manhole (fresh13, 19, 21, 39, 48 say `municipal`; no read line says
 * otherwise). A shaft on a building site stays the site's, a light well or a lift shaft the building's,
 * and someone gone silent down a well is overcome by its air (the ambulance's, fresh35).
 */
const OPEN_WELL_FALL =
  /(废弃的?|废|老|机|枯|没盖的?|水|土|那口|口)井[^。]{0,10}(掉|摔|落)|(掉|摔|落)(进|到|下)?[^。]{0,8}(废弃的?|废|老|机|枯|没盖的?|口)[^。]{0,4}井|井[^。]{0,6}(掉下去|掉进去)/;
const NOT_AN_OPEN_WELL =
  /工地|施工|楼梯井|采光井|电梯井|不出声|没声|没动静|化粪|窨井|下水井|污水井|雨水井|检查井|井盖/;
const WELL_HAZARDS: readonly Hazard[] = ["injury", "trapped", "flood", "collapse"];

export function fellDownOpenWell(hazard: Hazard, text: string): boolean {
  return WELL_HAZARDS.includes(hazard) && OPEN_WELL_FALL.test(text) && !NOT_AN_OPEN_WELL.test(text);
}

/*
 * A driver taken ill at the wheel with no crash told — slumped over it, the horn going, a hand on the
 * chest ("货车司机趴在方向盘上好久了，喇叭一直在响，叫他没反应", "渣土车司机好像心脏病犯了…捂着胸口说不出
 * 话", "driver passed out at the wheel"): the body failing is the ambulance's, the vehicle only where it
 * happened, even rolling on with nobody in control (em-cat53). A crane operator stays the site's, and a
 * crash told is a crash.
 */
const DRIVER_TAKEN_ILL =
  /(司机|开车的|\bdriver\b)[^。]{0,12}(趴|晕|昏|心脏|捂着胸|没反应|叫不醒|抽搐|\b(passed out|unconscious|slumped|fainted)\b)/i;
// A vehicle rolling on with the driver slumped is still the driver taken ill (em-cat53: fresh47 once and
// fresh52 twice say `health` for it, fresh34 once `traffic`); a crash told is a crash.
const NOT_ONLY_ILL = /撞|追尾|相撞|翻|碾|压|塔吊|吊车|\bcrash/i;

export function driverIllAtTheWheel(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "injury" || hazard === "collapse" || hazard === "poison") &&
    DRIVER_TAKEN_ILL.test(text) &&
    !NOT_ONLY_ILL.test(text)
  );
}
