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

/*
 * An escape room or a murder-mystery game shop ("密室逃脱的门打不开了，有人喘不上气", "剧本杀店里断电 门锁死了
 * 烟味", "escape room door jammed"): the players are shut in by the business's own props and locks, so
 * whatever went wrong there — a jammed door, a prop that fell, smoke with the door locked — the market
 * regulator that licenses the venue has it opened and shut down (every read line of the kind is
 * labelled so; fresh49 eleven times, fresh51 twice). A fight among the players stays the police's (the
 * caller checks), and someone who came to harm themselves stays the community's.
 */
const ESCAPE_ROOM = /密室|剧本杀|\bescape ?rooms?\b/i;
const ESCAPE_ROOM_HAZARDS: readonly Hazard[] = ["trapped", "fire", "collapse", "injury", "violence", "flood"];

export function escapeRoomDanger(hazard: Hazard, text: string): boolean {
  return ESCAPE_ROOM_HAZARDS.includes(hazard) && ESCAPE_ROOM.test(text);
}

/*
 * A school's own rooms, kit and transport (em-cat52), read where the school must act first and the
 * education bureau has it do so — beyond its walls and roofs above:
 * - a laboratory or its preparation room: a reagent spilt or burning, a fume cupboard failing, a
 *   pupil shocked in a physics practical ("化学实验室一瓶浓盐酸摔碎了，好几个学生在咳"); a gas hose come off
 *   in one stays the gas company's, and smoke seen at a lab's window with no cause told a fire's;
 * - a student dormitory burning or sparking ("寝室插线板着了", "宿管说楼道里电池在冒烟");
 * - the school's sports and play kit coming down on pupils (a basketball stand, a climbing frame, a
 *   kindergarten's slide, bars, a stand at a school match, the school's sliding gate);
 * - a vocational school's training workshop (实训: welding, woodwork, a car being repaired);
 * - a school bus with a child left locked inside, or broken down with the children aboard; a school
 *   bus in a crash or stalled in a flooded underpass stays the traffic police's or the city's.
 * The read sets that have such lines say `education` for 60 (fresh50 most, also fresh10, 32, 42, 47)
 * and otherwise for 5 (fresh11's lab window, fresh27's dormitory locked by its warden, fresh43's
 * steps iced "like a slide"). A fight, self-harm, a missing pupil and a crowd on the stairs keep
 * their own owners (the caller's rules, or the conventions).
 */
const SCHOOL_WORD =
  /学校|中学|小学|初中|高中|高一|高二|高三|初[一二三]|学生|老师|班主任|科学课|学院|大学|职校|职专|幼儿园/;
const LAB = /实验室|实验楼|实验台|准备室|实验员|化学老师|通风柜/;
// What the lab's own work let loose: a reagent, an acid, a practical. Smoke seen from a lab's window
// with nothing more told is a fire like any other (the building's).
const LAB_MATERIAL =
  /试剂|药品|化学品|危化品|[硫盐硝]酸|酸|碱|瓶|打碎|打翻|摔碎|黄烟|钠|氨|氯|硫化|福尔马林|甲醛|酒精|清洁剂|通风柜|做实验|实验课|电学|烧杯|\b(reagent|acid|chemical)s?\b/i;
const PIPED_GAS = /燃气|煤气|天然气|液化气/;
const DORM =
  /(学生|大学|高校|学院|职校|职专|大专|女生|男生)[^，。]{0,6}(宿舍|公寓)|寝室|宿管|\bdorm(itory)?\b/i;
const SCHOOL_KIT = /篮球架|单杠|双杠|攀爬架|滑梯|看台|伸缩门|旗杆|球门/;
const AT_SCHOOL = /学校|小学|中学|幼儿园|操场|学生/;
// The kit itself giving way, not a child who only fell off it.
const KIT_GAVE_WAY = /倒|塌|断|松|垮|砸|倾斜|歪|裂/;
const NOT_KIT = /冻成滑梯|像滑梯|小区(里)?的?(滑梯|游乐)/;
const TRAINING_WORKSHOP = /实训/;
// Waiting for the school bus names a place, not the bus.
const SCHOOL_BUS = /(?<!等)校车|\bschool bus\b/i;
const BUS_ON_THE_ROAD = /撞|翻|追尾|涵洞|下穿|积水|水里|淹|拖|挂在/;
const PREMISES_SCHOOL_HAZARDS: readonly Hazard[] = [
  "fire",
  "poison",
  "injury",
  "collapse",
  "electric",
  "gas",
  "trapped",
];

export function schoolPremisesDanger(hazard: Hazard, text: string): boolean {
  if (SCHOOL_BUS.test(text))
    return (PREMISES_SCHOOL_HAZARDS.includes(hazard) || hazard === "missing") && !BUS_ON_THE_ROAD.test(text);
  if (!PREMISES_SCHOOL_HAZARDS.includes(hazard)) return false;
  if (LAB.test(text) && LAB_MATERIAL.test(text) && SCHOOL_WORD.test(text) && !PIPED_GAS.test(text))
    return true;
  if (DORM.test(text) && (hazard === "fire" || hazard === "electric")) return true;
  if (
    SCHOOL_KIT.test(text) &&
    AT_SCHOOL.test(text) &&
    KIT_GAVE_WAY.test(text) &&
    !NOT_KIT.test(text) &&
    hazard !== "gas"
  )
    return true;
  return TRAINING_WORKSHOP.test(text) && SCHOOL_WORD.test(text) && hazard !== "gas";
}

/*
 * A point selling fireworks burning — a shop's stock, a street stall, a counter in a mall ("卖烟花的小店
 * 门口…火星掉进箱子里", "烟花摊的遮阳棚烧着了"): the sale of fireworks is licensed and its stock limited, and
 * the regulator that licenses the seller comes with the brigade (fresh35, fresh51; no read line says
 * otherwise). Fireworks thrown at people stay the police's (the caller checks first).
 */
const FIREWORKS_FOR_SALE = /(卖|售|批发)[^，。]{0,2}(烟花|鞭炮|炮仗)|(烟花|鞭炮|炮仗)(店|摊|柜台|批发|专卖)/;

export function fireworksSalePointBurning(hazard: Hazard, text: string): boolean {
  return hazard === "fire" && FIREWORKS_FOR_SALE.test(text);
}
