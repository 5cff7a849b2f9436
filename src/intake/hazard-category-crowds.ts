import type { Hazard } from "./urgency-rules.js";

/*
 * Crowds and mass events (em-cat43). A crowd pressing people together, and whatever goes wrong in
 * the middle of a temple fair, a lantern fair or an open-air concert, is for the police first: they
 * hold the crowd back and open a way out before the ambulance, the brigade or a stall's owner can
 * reach anyone. Texts are in simplified characters (the caller simplifies first).
 */

/*
 * People pressed together with no way out ("被挤在门洞里 前后都动不了", "后面还在往前推", "人潮一直推，我们
 * 被挤到护栏上", "几百人往里冲"): not yet trampled (the older crush rule), but the same danger, whatever the
 * rules or the model read in it (a chest pressed, someone fainting, a railing bending, despair).
 */
const CROWD_PRESSING =
  /人挤人|挤成一团|挤到不行|挤死人|人潮[^，。]{0,6}(推|挤|涌)|(后面|后边)[^，。]{0,6}(往前|往里|往上)(推|挤|冲)|[几数上][十百千]人[^，。]{0,4}(往里|往外)(冲|挤)|踩踏|挤倒|被踩/;
// "被挤得好痛" also says a child caught in a slide: pressed, but only with a crowd said.
const PRESSED =
  /挤得[^，。]{0,4}(动不了|不行|厉害|喘不|透不|出不去|往后倒)|被挤(在|到|得)|挤在(中间|一起|门)/;
const CROWD_SAID = /人太多|人多|人太挤|人群|庙会|演唱会|灯会|散场|开业|抢购|前后|前面|后面|往前|往外|往里/;
// A crush on a bus, at a train's door or over a platform's edge is the vehicle's or the railway's.
const ON_A_VEHICLE = /公交|车门|车轮|车厢|站台|月台|地铁|轨道|电梯/;
const PRESSING_HAZARDS: readonly Hazard[] = ["injury", "collapse", "trapped", "self_harm", "violence"];

/** A crowd pressing people together, read as any danger but fire, gas, live wires or someone missing. */
export function crowdPressing(hazard: Hazard, text: string, saysDespair: boolean): boolean {
  if (!PRESSING_HAZARDS.includes(hazard)) return false;
  if (hazard === "self_harm" && saysDespair) return false;
  return (
    (CROWD_PRESSING.test(text) || (PRESSED.test(text) && CROWD_SAID.test(text))) && !ON_A_VEHICLE.test(text)
  );
}

/*
 * An open-air mass event: a temple or lantern fair, a concert or a show in a square, a market day.
 * A wedding in a compound, a hall or a stadium's stand is the building's (the older sets say so).
 */
const OPEN_AIR_EVENT =
  /庙会|灯会|演唱会|音乐节|跨年|集市|大集|赶集|(广场|露天)[^，。]{0,6}(演出|表演|晚会)|看舞龙|舞狮/;
const NOT_OPEN_AIR = /小区|院子|婚礼|体育馆|礼堂|宴会厅|商场|酒吧/;
// What is put up for the event and comes down over the people: a stage, a stand, a light rig, an
// inflatable arch, awnings.
const EVENT_STRUCTURE = /舞台|戏台|看台|灯架|拱门|遮阳棚|棚子|顶棚|架子|钢架|护栏|栏杆/;
// The crowd is there: spectators, people below, people running.
const CROWD_THERE =
  /观众|台下|下面[^，。]{0,4}(全是|都是|还有|站)[^，。]{0,2}人|底下[^，。]{0,4}(全是|都是)|全是人|人群|人挤人|往外跑|还在蹦|看[^，。]{0,2}(演出|灯|舞龙)的|逛庙会的|好多人|卖菜的/;

/** Something put up for an open-air event coming down over the crowd, or a fire among it. */
export function massEventDanger(hazard: Hazard, text: string): boolean {
  if (!OPEN_AIR_EVENT.test(text) || NOT_OPEN_AIR.test(text) || !CROWD_THERE.test(text)) return false;
  if (hazard === "fire") return true;
  return (hazard === "collapse" || hazard === "injury" || hazard === "trapped") && EVENT_STRUCTURE.test(text);
}

/*
 * People knocked down or trampled in a crush on the stairs or at an exit where only smoke or a
 * cry of fire is told ("停电冒烟，大家都在挤楼梯，有位老太太被挤倒了", "有人喊着火了…好多老人被挤倒了"): the
 * crush is the danger at hand, the police open the way out. With flames told the fire's owner comes
 * first, as before.
 */
const KNOCKED_DOWN_IN_CRUSH =
  /挤倒|被踩|踩倒|踩踏|(挤成一团|挤楼梯|都在挤|往[^，。]{0,4}挤)[^。]{0,16}(摔倒|压住|倒了|踩)/;
const FLAMES_SEEN = /着火|起火|火苗|明火|烧起来|爆炸|炸了/;
const CRY_OF_FIRE = /(喊|叫)[^，。]{0,3}着火了?/g;

export function crushInSmoke(hazard: Hazard, text: string): boolean {
  return (
    hazard === "fire" &&
    KNOCKED_DOWN_IN_CRUSH.test(text) &&
    !FLAMES_SEEN.test(text.replace(CRY_OF_FIRE, "")) &&
    !ON_A_VEHICLE.test(text)
  );
}
