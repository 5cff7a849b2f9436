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
// Ice that broke under someone told in two clauses ("在冰上 冰碎了 …掉下去了", "现在冰裂了 一个男的半截身子在
// 水里扒着冰边"), read as an injury or as the ice collapsing: the same rescue.
const ICE_BROKE = /冰[^，。]{0,2}(裂|碎|破)(了|开)/;
const SOMEONE_WENT_IN = /掉(下去|进|到|了下去)|水里|冰窟|扒着|半(截|个)身子/;
const OPEN_ICE = /河|湖|水库|塘|江|桥|冰面|冰上/;
// A park's artificial lake ("公园人工湖的冰裂了") is the park's, open water like any other (em-cat54).
const COMPOUND_LAKE = /(?<!公园[^，。]{0,3})(人工湖|景观湖|景观池)|(小区|院)[^，。]{0,6}(湖|池塘|水池)/;
const WATER_HAZARDS: readonly Hazard[] = ["injury", "flood", "trapped"];

/** `municipal` or `property` for someone through ice, or null. `iceCracking` is the caller's older reading. */
export function throughIceOwner(hazard: Hazard, text: string, iceCracking: boolean): string | null {
  const brokeUnderSomeone = ICE_BROKE.test(text) && SOMEONE_WENT_IN.test(text) && OPEN_ICE.test(text);
  if (!WATER_HAZARDS.includes(hazard) && !(hazard === "collapse" && brokeUnderSomeone)) return null;
  if (!iceCracking && !FELL_THROUGH_ICE.test(text) && !brokeUnderSomeone) return null;
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

/*
 * Someone overcome by paint, glue or solvent fumes in a closed room ("新房刷地坪漆，门窗都关着…打电话不接",
 * "楼下铺地板刷胶，女儿吐了两次"): a poisoning for the ambulance, as the writers since fresh21 file fumes
 * with someone ill, not the environment bureau's. A fire, a fall from a scaffold or a works' discharge
 * is no such case, nor a workshop's smell every day (the inspectors'); a worker hurt at work stays the lead's convention (the caller asks it first).
 */
// Any floor, wood or wall paint, or the paint's smell told (em-cat54: "刷那个 地板漆…整个楼道 味道").
const PAINT_FUMES = /刷漆|油漆|(地坪|地板|木器|墙)漆|漆味|环氧|刷胶|稀释剂|喷漆|防水涂料|天那水|香蕉水/;
// Overcome includes breath failing (em-cat54): an asthmatic child "憋得脸都紫了" in the paint's smell.
const OVERCOME =
  /头(晕|疼|痛)|恶心|想吐|吐了|在吐|晕倒|晕过去|晕了|昏|叫不(醒|应)|喊不(醒|应)|倒在|趴(在|地)|躺着|不动了|没(反应|动静)|说话不清|大舌头|反应慢|睁不开|喘不(上|过|动)气|憋得|(脸|嘴唇)[^，。]{0,2}(发)?紫|哮喘/;
const NOT_FUMES_ALONE =
  /着火|起火|着了|烧起来|火苗|脚手架|吊篮|安全带|摔|滑下|掉下|偷排|排放|化工厂|作坊|厂房|天天|每天|长期|经常/;
const FUMES_HAZARDS: readonly Hazard[] = ["poison", "injury", "trapped", "collapse", "gas"];

export function overcomeByPaintFumes(hazard: Hazard, text: string): boolean {
  return (
    FUMES_HAZARDS.includes(hazard) &&
    PAINT_FUMES.test(text) &&
    OVERCOME.test(text) &&
    !NOT_FUMES_ALONE.test(text)
  );
}

/*
 * Someone gone through the ice told more loosely than above — the ice fishers, the skaters or an ice
 * sledge named instead of the river, or thin ice told after the fall ("冰钓的人掉下去了 冰很薄", "河面上的
 * 冰有人在玩滑冰车，刚掉下去一个孩子", "冰裂了有人掉下去", a child lying flat on ice that creaks): the same
 * rescue crews' (fresh27, fresh48; no read line says otherwise). A compound's lake stays its manager's,
 * read by the rule above.
 */
const ON_THE_ICE = /冰钓|滑冰|冰车|冰面|冰上|冰裂|冰很薄|冰不厚|冰窟/;
const WENT_THROUGH = /掉下去|掉进|掉了下去|落水|掉水里|掉到水里|趴在上面|趴着/;
const THIN_ICE_AFTER = /(掉下去|掉进)[^。]*(冰很薄|冰不厚)/;
const OWN_LAKE = /人工湖|景观湖|小区|院/;
const LOOSE_ICE_HAZARDS: readonly Hazard[] = ["injury", "flood", "trapped", "collapse", "electric"];

export function throughIceToldLoosely(hazard: Hazard, text: string): boolean {
  if (!LOOSE_ICE_HAZARDS.includes(hazard) || OWN_LAKE.test(text)) return false;
  return (
    text.split(/[。！？!?\n]/).some((s) => {
      const on = s.search(ON_THE_ICE);
      return on >= 0 && WENT_THROUGH.test(s.slice(on));
    }) || THIN_ICE_AFTER.test(text)
  );
}
