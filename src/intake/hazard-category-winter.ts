import type { Hazard } from "./urgency-rules.js";

/*
 * Owners read from fresh37's circumstances (em-cat39), each counted on every read set before it was
 * kept. Texts are in simplified characters (the caller simplifies first).
 */

/*
 * Someone gone through the ice of a river, a reservoir or a pond ("冰面上有个老人掉下去了", "掉冰窟窿里
 * 了"): the city's rescue crews, as for ice that cracks under people. A compound's own ornamental lake
 * ("小区的景观湖", "人工湖") is its manager's, who fences it and keeps the poles.
 */
export const FELL_THROUGH_ICE =
  /冰窟窿|冰(面|上)[^，。]{0,6}(掉下去|掉进|掉了下去|落水|掉水里|掉到水里)|(掉|落)(进|到|入)?[^，。]{0,3}冰(水|窟)/;
const COMPOUND_LAKE = /人工湖|景观湖|景观池|(小区|院)[^，。]{0,6}(湖|池塘|水池)/;
const WATER_HAZARDS: readonly Hazard[] = ["injury", "flood", "trapped"];

/** `municipal` or `property` for someone through ice, or null. `iceCracking` is the caller's older reading. */
export function throughIceOwner(hazard: Hazard, text: string, iceCracking: boolean): string | null {
  if (!WATER_HAZARDS.includes(hazard)) return null;
  if (!iceCracking && !FELL_THROUGH_ICE.test(text)) return null;
  return COMPOUND_LAKE.test(text) ? "property" : "municipal";
}

/*
 * A fraud told in words the detector's scam list does not hold ("说是公安局的，让她把钱转到清查账户",
 * "对方说是检察院的，叫她转到监管账户"), read as a locked door or the model's self-harm: the police
 * stop the transfer, whatever danger was read.
 */
const POSING_AS =
  /(说|称)(是|他是|自己是)?[^，。！？]{0,4}(公安|警察|民警|检察|法院|海关|客服)|假(警察|公安|客服)|冒充|骗子|(安全|监管|清查|涉案|核查)账户|涉嫌洗钱|屏幕共享|远程控制/;
const MONEY_NOW = /转账|转钱|转到|汇款|取钱|取现|存折|银行卡密码|验证码|(在|去)[^，。！？]{0,4}银行|ATM/;
const OVER =
  /已经挂|挂(了|断|掉)|没(有)?(转|上当)|识破|听说|据说|提醒|宣传|讲座|防骗|以前|上次|上个?月|去年|追回|报案|立案|骗(了|走)[^，。！？]{0,4}[\d一二两三四五六七八九十几百千万]/;

export function fraudToldLoosely(text: string): boolean {
  return POSING_AS.test(text) && MONEY_NOW.test(text) && !OVER.test(text);
}
