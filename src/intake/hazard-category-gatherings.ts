import type { Hazard } from "./urgency-rules.js";

/*
 * Owners read from fresh54's circumstances (em-cat55: ceremonies and gatherings, ice and cold snaps),
 * each counted line by line on every read emergency set before it was kept. Texts are in simplified
 * characters (the caller simplifies first). The caller asks them early, after the threats, and keeps
 * a fight or an attack told anywhere the police's first where a reading could be one.
 */

/*
 * A hired cook's gas cylinders at a banquet in a yard or a lane (流水席, 喜宴's 大灶, the cook a family
 * hires for a funeral): the market regulator licenses the travelling caterer and stops the cooking; the
 * gas company has no line there. A restaurant's own cylinders stay the gas convention's (`gas_supply`,
 * as the read sets label an eatery's), a building's piped gas tapped for the banquet stays the gas
 * company's, and someone already burnt is the ambulance's (the paid-venue decision).
 */
const CYLINDER = /(煤气|液化气|燃气|气)罐|钢瓶/;
const BANQUET = /流水席|酒席|宴席|摆席|吃席|做席|席上|喜宴|婚宴|寿宴|大灶|厨子|白事|红事/;
const NOT_THE_CATERER =
  /管道|三通|楼道|单元|酒楼|饭店|饭馆|餐厅|餐馆|酒店|血|烧伤|烫伤|炸伤|晕|昏|倒(了|在|地)|叫不醒/;

export function bottledGasAtBanquet(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "gas" || hazard === "fire") &&
    CYLINDER.test(text) &&
    BANQUET.test(text) &&
    !NOT_THE_CATERER.test(text)
  );
}

/*
 * Charcoal or coal burnt in a room for warmth with someone overcome ("屋里烧了个炭盆…昏昏沉沉的", "烧炭
 * 取暖…叫不醒"), read by the detector as gas: carbon monoxide from a brazier, the ambulance's as the
 * tune-em25 convention has it for fumes with no gas line. Piped or bottled gas named keeps its owner.
 */
const CHARCOAL_OR_COAL = /炭|煤炉|蜂窝煤|煤球炉/;
const OVERCOME_BY_FUMES =
  /晕|昏|叫不醒|叫极都唔醒|叫(了)?半天才醒|没(反应|动静)|呼吸(很)?(弱|困难)|吐|胸口闷|嘴唇[^，。]{0,2}(红|紫)/;
const GAS_LINE_NAMED = /燃气|天然气|煤气|液化气|管道|热水器/;

export function overcomeByBrazier(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "gas" || hazard === "poison" || hazard === "injury" || hazard === "collapse") &&
    CHARCOAL_OR_COAL.test(text) &&
    OVERCOME_BY_FUMES.test(text) &&
    !GAS_LINE_NAMED.test(text)
  );
}

/*
 * A person on fire — a sleeve caught at an incense burner, the clothes of someone crouched over paper
 * offerings ("烧香的时候袖子着了，火到身上了", "一个老太太蹲着烧 衣服着火了"): the burn is what cannot wait,
 * the ambulance's, wherever the fire started. Clothes hung to dry or in a wardrobe are a fire of the
 * flat (the caller's older rules).
 */
const PERSON_ON_FIRE =
  /袖子[^，。]{0,2}着|火[^，。]{0,3}(到|上)了?身上|(身上|头发)[^，。]{0,2}(着火|着了|烧着)|(蹲着|站着|老太太|老人|孩子|小孩)[^。]{0,10}衣服[^，。]{0,2}(着火|着了|烧着)/;
const CLOTHES_AS_THINGS = /晾|阳台|衣柜|被子|衣服堆/;

export function personOnFire(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "fire" || hazard === "injury") && PERSON_ON_FIRE.test(text) && !CLOTHES_AS_THINGS.test(text)
  );
}

/*
 * Someone hurt by a firework or a salute cannon at a wedding or a funeral, told by the wound ("礼花弹…
 * 有个小孩脸被崩了一直流血", "礼炮…炸了 手炸烂了"): the ambulance's, as the older firework rule has it
 * for the words it knows (烟花, 鞭炮); it missed the salute cannons and the wound told after the blast.
 */
const FIREWORK = /礼炮|礼花|烟花|鞭炮|炮仗|爆竹|二踢脚/;
const FIREWORK_WOUND =
  /(脸|手|眼|头)[^，。]{0,3}(被)?(崩|炸)(了|烂|伤|断)?[^。]{0,6}(血|看不见)|炸(烂|伤|断)[^，。]{0,2}(手|脸|眼)|(手|脸)炸(烂|伤)|(崩|炸)[^，。]{0,6}(流血|血)/;

export function hurtByFirework(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "fire" || hazard === "injury" || hazard === "collapse") &&
    FIREWORK.test(text) &&
    FIREWORK_WOUND.test(text)
  );
}

/*
 * A vehicle pinning someone against a wall ("一辆打滑的私家车挤在墙上了", "倒车时把一个小孩挤在车和墙中间"):
 * a road accident, the traffic police's, read by the detector as someone trapped (the building's).
 */
const PINNED_BY_VEHICLE = /车[^。]{0,8}(挤|夹|压|顶)在[^，。]{0,6}(墙|柱子|中间)|(挤|夹)在车和墙/;

// A forklift or a loader pinning its own driver or a loader is a work accident (the worker convention).
const WORKS_MACHINE = /叉车|铲车|装载机|吊车|作业/;

export function pinnedByVehicle(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "trapped" || hazard === "injury") && PINNED_BY_VEHICLE.test(text) && !WORKS_MACHINE.test(text)
  );
}

/*
 * A vehicle burning on the road with someone still in it ("环卫车…着火了 司机还在驾驶室里 门打不开", a
 * wedding car's lights shorted, "车里冒烟 新娘还坐在车里"): the traffic police and the brigade, as for any
 * vehicle fire on the road; one in a car park or at a charging post keeps the older rules.
 */
const VEHICLE_BURNING =
  /(环卫车|公交车?|货车|汽车|轿车|婚车|面包车|出租车|私家车|卡车)[^，。]{0,6}(着火|起火|冒烟|烧)|车里冒烟/;
const SOMEONE_INSIDE = /司机|驾驶室|车里|坐在车/;
const PARKED = /车库|停车场|充电/;

export function vehicleBurningWithSomeoneIn(hazard: Hazard, text: string): boolean {
  return hazard === "fire" && VEHICLE_BURNING.test(text) && SOMEONE_INSIDE.test(text) && !PARKED.test(text);
}

/*
 * A blow struck with a tool at someone ("拿铁锹把环卫工打了", "一个拿铁锹往另一个头上砸"), which the fight
 * words miss and the detector reads as a collapse: the police's. A hammer swung at a wall that hit the
 * worker's own hand is no blow (the worker convention).
 */
export const BLOW_WITH_TOOL =
  /拿(着)?[^，。]{0,3}(铁锹|铁锨|棍子|木棍|砖头|锤子|扳手|铲子)[^，。]{0,6}(把[^，。自]{0,6}(打|砸)|(往|朝)[^，。]{0,6}(头|身上|脸)[^，。]{0,2}(打|砸|抡)|(打|砸|抡)(了|伤)?[^，。]{0,2}(人|他|她|头|脸))/;

/*
 * Ice broken underfoot ("河面上有个小孩踩破冰掉下去了"): someone through the ice, the city's rescue crews'
 * as in hazard-category-winter.ts, told by the step rather than the crack. A compound's lake is its
 * manager's.
 */
const ICE_BROKEN_UNDERFOOT = /踩(破|碎|塌|裂)(了)?冰|冰被踩(破|碎|塌|裂)/;

export function iceBrokenUnderfoot(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "injury" || hazard === "flood" || hazard === "trapped" || hazard === "collapse") &&
    ICE_BROKEN_UNDERFOOT.test(text) &&
    !/小区|人工湖|景观湖/.test(text)
  );
}

/*
 * Someone who shut themselves in after saying they would take pills or poison ("把自己锁在卫生间里…说要吃
 * 那瓶安眠药", "把自己关在房间里，说要吃老鼠药"), or who set their own clothes alight: self-harm, the
 * community's, not a locked door or a fight.
 */
const SHUT_IN = /锁在|反锁|关在/;
const SAID_PILLS = /(说|要)[^，。]{0,4}(吃|喝)[^，。]{0,4}(安眠药|药|农药)/;
const SETTING_SELF_ALIGHT = /点(着)?自己|往自己身上(倒|浇)[^，。]{0,3}(汽油|酒精|油)|自焚/;

export function selfHarmToldBySaidPills(hazard: Hazard, text: string): boolean {
  return hazard === "trapped" && SHUT_IN.test(text) && SAID_PILLS.test(text);
}

export function settingSelfAlight(text: string): boolean {
  return SETTING_SELF_ALIGHT.test(text);
}

/*
 * A fire or smoke inside a school's classroom, hall or stage with the pupils still there ("礼堂舞台上的
 * 幕布被灯烧着了 学生都在台上", a classroom's power strip smoking with the children inside): the school's
 * own, as for its other premises' dangers; a fire beside the school keeps its own owner.
 */
const SCHOOL = /小学|中学|学校/;
const PUPILS_THERE = /学生|孩子/;
const SCHOOL_ROOM = /礼堂|舞台|教室|教学楼/;
const BESIDE_THE_SCHOOL = /旁边|附近|对面|隔壁/;

export function fireInSchoolRoom(hazard: Hazard, text: string): boolean {
  return (
    hazard === "fire" &&
    SCHOOL.test(text) &&
    PUPILS_THERE.test(text) &&
    SCHOOL_ROOM.test(text) &&
    !BESIDE_THE_SCHOOL.test(text)
  );
}

/*
 * Old people snowed in ("大雪把我家平房门封死了…我和老伴都七十多了 炉子快灭了"): the community digs them out
 * and brings the coal, as it looks after its elderly in a cold snap; a car buried in snow is the road's.
 */
const SNOWED_IN = /雪[^。]{0,8}(封|堵|埋)/;
const OLD = /[七八九]十|老伴|独居/;

export function oldPeopleSnowedIn(hazard: Hazard, text: string): boolean {
  return hazard === "trapped" && SNOWED_IN.test(text) && OLD.test(text) && !/车/.test(text);
}

/*
 * A fire of paper offerings that spread to a stairwell's wiring ("楼道有人在烧纸…烧着了楼道的电线"): the
 * offerings burnt first, so it is the building's stairwell fire, not the supply's; a wire that sparked
 * first and lit what lay below stays the supply's.
 */
const OFFERING_REACHED_WIRES = /(烧纸|纸钱|火盆|烧香|花圈)[^。]{0,12}(烧着|引着|点着|烧到)[^。]{0,6}电线/;

export function offeringFireReachedWires(hazard: Hazard, text: string): boolean {
  return (hazard === "fire" || hazard === "electric") && OFFERING_REACHED_WIRES.test(text);
}

/*
 * Someone who suddenly went down and does not answer ("刚才突然倒了，脸都白了…叫也不答应"), read by the
 * detector as a collapse (of the tent they knelt in): the ambulance's, not the structure's.
 */
const WENT_DOWN = /(突然|一下子)(倒|晕)/;
const NOT_ANSWERING = /叫(也|都)?不(答应|醒|应)|没(反应|意识)/;

export function personWentDown(hazard: Hazard, text: string): boolean {
  return hazard === "collapse" && WENT_DOWN.test(text) && NOT_ANSWERING.test(text);
}

/*
 * A bus shelter or its advertising board burning ("烧纸把公交站亭的广告牌点着了"): street furniture, the
 * city's, as a shelter that falls is (`busShelterDown`); one inside a compound is its manager's.
 */
const SHELTER = /公交站亭|候车亭|站亭|公交站牌/;

export function busShelterBurning(hazard: Hazard, text: string): boolean {
  return hazard === "fire" && SHELTER.test(text) && !/小区|楼道|院/.test(text);
}

/*
 * Someone having a fit in a lift ("电梯里突然倒下 抽搐 口吐白沫"): the ambulance, not the lift's keeper who
 * frees people stuck in it; the lift rule would read a trap.
 */
const FIT = /抽搐|口吐白沫|抽风/;

export function fitInLift(hazard: Hazard, text: string): boolean {
  return hazard === "trapped" && /电梯/.test(text) && FIT.test(text);
}
