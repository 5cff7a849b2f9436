import type { Hazard } from "./urgency-rules.js";

/*
 * Whose premises a danger is on (em-cat43). Texts are in simplified characters (the caller
 * simplifies first).
 */

/*
 * A school's own wall, roof, canopy or gate coming down ("学校围墙倒了，砖头压着一个学生的腿", "小学门口那个大
 * 雨棚塌了一角", "学校体育馆顶棚被冰雹砸穿"): the education bureau has the school close the area and
 * repair it. A building across the road, a site next door or a street tree by the school keeps its
 * own owner.
 */
const SCHOOL_STRUCTURE =
  /(学校|校园|校内|小学|中学|幼儿园)(?![^，。]{0,7}(对面|旁边|隔壁|附近|后面|前面))[^，。]{0,7}(围墙|顶棚|雨棚|门头|体育馆|教学楼|宿舍楼|看台|旗杆)/;
const NOT_THE_SCHOOLS = /工地|施工|塔吊|脚手架|树|对面|隔壁|小区|老楼/;

export function schoolStructureDown(hazard: Hazard, text: string): boolean {
  return hazard === "collapse" && SCHOOL_STRUCTURE.test(text) && !NOT_THE_SCHOOLS.test(text);
}

/*
 * A fire, smoke, a ceiling or a flood in a restaurant, a shop or a market hall ("饭店后厨着火了", "超市吊顶
 * 塌了", "地下超市进水了"): the building's manager meets the brigade or the crews, as for any other
 * premises; the market inspectors own what is sold there (a meal that poisoned, a walk-in freezer
 * with someone shut in), not the building. The read sets say `property` for 91 such lines and
 * `market` alone for 18 (most of them in fresh40): the convention follows the many. Gas, wiring and a
 * vehicle burning keep their own owners (the caller's rules come first).
 */
const SHOP =
  /餐馆|饭店|饭馆|餐厅|酒楼|火锅店|烧烤店|面馆|小吃店|快餐店|奶茶店|茶餐厅|后厨|超市|商铺|门面|店里|店铺|小卖部|菜市场|农贸市场|美食城|\b(restaurant|shop|store|supermarket)\b/i;
const PREMISES_HAZARDS: readonly Hazard[] = ["fire", "collapse", "flood"];

export function shopPremisesDanger(hazard: Hazard, text: string): boolean {
  return PREMISES_HAZARDS.includes(hazard) && SHOP.test(text);
}
