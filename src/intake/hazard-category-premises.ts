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
