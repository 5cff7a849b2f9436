import type { Hazard } from "./urgency-rules.js";

/*
 * Owners read from fresh40's circumstances (em-cat42), each counted on every read set before it was
 * kept. Texts are in simplified characters (the caller simplifies first).
 */

/*
 * A burn with no fire going on: a pressure cooker or a steamer bursting, hot oil thrown out of a wok, a
 * sleeve alight and already beaten out ("高压锅炸了 脸上胳膊上全烫了", "热油泼了服务员一脸", "火已经拍灭了，
 * 但是胳膊上一大片皮都掉了"). The model reads a fire from 炸, 油锅 or 点着; the person burnt is what must
 * be seen to, by the ambulance, not a building's manager meeting the brigade. Flames or smoke still
 * spreading keep the fire's owner, and a door handle or a wall hot to the touch is no burn on a body.
 */
const BURN_ON_BODY =
  /(?<!把|扶)(脸|手|胳膊|腿|身上|背|胸口|脚|眼睛?|皮)[^，。]{0,6}(烫|烧伤|起泡|起了[^，。]{0,3}泡|皮[^，。]{0,4}(掉|脱|起))|(烫|烧)伤|被[^，。]{0,6}烫|(热油|滚油|开水|蒸汽|油)[^，。]{0,3}(泼|溅|喷|浇)(了|到|在)?[^，。]{0,4}(脸|身上|一脸|一身|手|胳膊)|皮都掉了/;
const FLAMES_GOING =
  /着火|起火|失火|火苗|火光|火势|火(很|好|特别|越来越)大|烧(到|起来|过来)|(蹿|窜)|浓烟|黑烟|冒烟|全是烟|烟(很|好|越来越|特别)大|困在|还在烧|越烧|全是火|一片火|大火/;
const FIRE_PUT_OUT = /(拍|扑|浇|踩|弄|压)灭了|火(已经)?灭了/;

// A pressure cooker bursting onto someone ("高压锅炸了 盖子飞起来砸到我老婆头上"): the same, hurt by the lid.
const COOKER_BURST_ON_SOMEONE = /(高压锅|压力锅)[^，。]{0,4}(炸|爆)[^。]{0,16}(砸|烫|喷|溅)(到|在|了)/;

export function burnWithNoFireGoing(hazard: Hazard, text: string): boolean {
  return (
    hazard === "fire" &&
    (BURN_ON_BODY.test(text) || COOKER_BURST_ON_SOMEONE.test(text)) &&
    (!FLAMES_GOING.test(text) || FIRE_PUT_OUT.test(text))
  );
}

/*
 * Someone cutting themselves ("在卫生间用刀片割手", "拿刀划手腕"), read by the rules as an injury or, from
 * the knife, as an attack: self-harm, the community's follow-up as for any other (the convention of
 * every read set but a few that also accept health). A cut while cooking is an accident.
 */
const SELF_CUT =
  /(刀片|刀|碎玻璃|玻璃片|碎酒瓶子?|酒瓶子?|剪刀)[^，。]{0,3}(在)?(割|划)(了)?(自己|手腕|手|胳膊|腕)|(刀片|刀|碎玻璃|玻璃片|剪刀)[^，。]{0,3}往自己[^，。]{0,3}(手腕|手|胳膊|腕|脖子)[^，。]{0,2}(割|划)/;
const COOKING = /切(菜|肉|水果|西瓜)|削(皮|苹果|水果)|做饭|不小心/;
// Cut by someone else, or by a knife slipping at work ("被杀鱼刀划了手", "被另一个用折叠刀划了胳膊").
const OTHERS_HURT = /砍人|捅人|(砍|捅|划)(了|伤)?(他|她|别人|我|路人)|被[^，。]{0,10}(刀|刀片|玻璃|剪刀)/;

export function cuttingThemselves(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "injury" || hazard === "violence" || hazard === "trapped") &&
    SELF_CUT.test(text) &&
    !COOKING.test(text) &&
    !OTHERS_HURT.test(text)
  );
}

/*
 * Someone gone down into a flooded basement or car park and not come up ("地下室进好多水 爸爸下去搬东西还
 * 没上来"), read as an injury: the building's manager empties and shuts it, as for the flood itself
 * (the standing convention for basements). The words for the water are the flood's, not a basement
 * being waterproofed (防水涂料).
 */
const BASEMENT_WATER =
  /(地下室|车库|地库|地下停车|负[一二三]层?)[^。]{0,12}(进(了)?(好多|很多)?水|被淹|淹了|灌水|往里灌|积水)|(进|灌)(了)?(好多|很多)?水[^。]{0,8}(地下室|车库|地库)/;
const WENT_DOWN = /下去|在下面|在里面|没上来|还有人/;

export function downInFloodedBasement(hazard: Hazard, text: string): boolean {
  return (hazard === "injury" || hazard === "trapped") && BASEMENT_WATER.test(text) && WENT_DOWN.test(text);
}

/*
 * A pipe burst upstairs ("楼上水管爆了，水从我家客厅吊灯里往下流"): the building's own pipes, its manager
 * shuts the riser and opens the flat; the water company owns only the mains in the street.
 */
export const UPSTAIRS_PIPE = /(楼上|楼道|楼里|楼内)[^，。]{0,8}(水管|管子|爆管)/;

/*
 * A branch or a tree come down on someone in the street, told in English ("hit by a falling branch on
 * Liuxiang Road"): the street's trees are the city's, as the Chinese wording is read.
 */
const BRANCH_FELL_EN =
  /\b(falling|fallen) (branch|tree)|\b(branch|tree) (fell|came down|snapped|broke off)\b|\bhit by a (big |large )?(falling )?(branch|tree)\b/i;
const COMPOUND_EN = /\b(compound|courtyard|estate|yard)\b|小区|院/i;

export function streetBranchFellEnglish(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "injury" || hazard === "collapse") && BRANCH_FELL_EN.test(text) && !COMPOUND_EN.test(text)
  );
}

/*
 * Shut out on a roof by its door ("楼顶的门被风刮上锁住了 我和我儿子在楼顶上"), read as self-harm from the
 * roof: nobody means to jump; the building's manager opens the door.
 */
const ROOF = /楼顶|天台|屋顶|顶楼/;
const DOOR_SHUT_ON_THEM =
  /门[^，。]{0,6}(锁住|锁上|关上|刮上|带上)(了)?|(被)?(锁|关)在[^，。]{0,3}(楼顶|天台|屋顶)|下不去|下不来/;

export function shutOutOnRoof(hazard: Hazard, text: string, despair: boolean): boolean {
  return (
    (hazard === "self_harm" || hazard === "trapped") &&
    ROOF.test(text) &&
    DOOR_SHUT_ON_THEM.test(text) &&
    !despair
  );
}

/*
 * A restaurant's or a canteen's kitchen staff overcome by cleaners they mixed at work ("饭店后厨阿姨把洁厕灵和
 * 84兑在一起刷地…有一个喘不上气蹲地上了"): the lead's convention for a worker hurt at work outside a
 * building site (labour), which the worker words alone miss when the worker is only "阿姨". A shop
 * whose fumes reach the neighbours stays a polluter.
 */
const KITCHEN_AT_WORK = /后厨|食堂|饭店|餐馆|饭馆|酒楼/;
const CLEANERS_MIXED =
  /(洁厕|84|八四|漂白|消毒|清洁剂|除垢)[^。]{0,12}(混|兑|倒一起|倒在一起)|(混|兑)[^。]{0,6}(洁厕|84|八四|漂白|消毒|清洁剂|除垢)/;
const STAFF_OVERCOME = /倒了|倒在|晕|喘不上气|蹲(在)?地上|叫不醒|不省人事/;
const NEIGHBOURS = /楼上|楼下|邻居|隔壁|住户/;

export function kitchenStaffOvercomeByCleaners(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "poison" || hazard === "collapse" || hazard === "injury" || hazard === "gas") &&
    KITCHEN_AT_WORK.test(text) &&
    CLEANERS_MIXED.test(text) &&
    STAFF_OVERCOME.test(text) &&
    !NEIGHBOURS.test(text)
  );
}

/*
 * Wild mushrooms the eaters picked themselves (in the hills, a park, by the road) and someone ill after
 * them ("吃了自己在山上采的蘑菇，现在都在吐"): nobody sold them, so the market inspectors have no stall or
 * kitchen to close; the ambulance is what must come. The sets written since fresh21 label these health,
 * the older ones market; mushrooms bought at a market, a stall or a restaurant stay the seller's.
 */
const PICKED_MUSHROOMS =
  /(采|摘|捡|挖)[^，。]{0,10}(蘑菇|菌|野菇)|(蘑菇|菌|野菇)[\s\S]{0,30}(山上|林子里|树林里|路边|自己)[^，。]{0,3}(采|摘|捡|挖)的|cai ?de ?mo ?gu|\bpicked\b[^.]{0,30}\bmushrooms?\b|\bmushrooms?\b[^.]{0,20}\bpicked\b/i;
const SOLD = /买|店|馆|市场|菜场|摊|餐|酒席|喜酒|食堂|外卖|\b(bought|restaurant|market)\b/i;

export function pickedMushroomsEaten(hazard: Hazard, text: string): boolean {
  return (hazard === "poison" || hazard === "injury") && PICKED_MUSHROOMS.test(text) && !SOLD.test(text);
}

/*
 * Children playing out on a ledge or past a rail ("两个小学生爬到护栏外面的平台上玩"), read as self-harm from
 * the rail: nobody means to jump. A footbridge's or a bridge's rail is the city's; anywhere else the
 * building's manager and the fire brigade bring them in.
 */
const CHILDREN = /小学生|初中生|孩子|小孩|小朋友|男孩|女孩/;
const PLAYING = /在?玩(耍)?(?!笑)/;
const PAST_A_RAIL = /(护栏|栏杆|围栏)(外|上)|平台上|窗台外|楼顶边/;
const BRIDGE = /天桥|桥上|桥栏/;

/** `municipal` or `property` for children playing past a rail read as self-harm, or null. */
export function childrenPlayingPastRail(hazard: Hazard, text: string, despair: boolean): string | null {
  if (hazard !== "self_harm" || despair) return null;
  if (!CHILDREN.test(text) || !PLAYING.test(text) || !PAST_A_RAIL.test(text)) return null;
  return BRIDGE.test(text) ? "municipal" : "property";
}

/*
 * Gas or fumes breathed in on purpose for the high ("把打火机的丁烷气对着嘴吸了", "吸笑气"), read as a fire
 * from the lighter or as a blow: a poisoning for the ambulance.
 */
const HUFFED =
  /(丁烷|打火机(的)?气|笑气|气弹|胶水|汽油|稀料)[^，。]{0,6}(对着嘴|用嘴)?吸|吸(了)?[^，。]{0,4}(丁烷|打火机(的)?气|笑气|胶水|汽油|稀料)/;

export function fumesHuffed(hazard: Hazard, text: string): boolean {
  return hazard !== "gas" && hazard !== "electric" && HUFFED.test(text);
}

/*
 * Children or anyone climbing a site's crane or scaffold at night ("两个初中生翻进工地爬塔吊"), read as
 * a blow from 翻进: the site's owner must get them down and shut the site.
 */
const CLIMBING_SITE = /爬(上|到)?[^，。]{0,2}(塔吊|脚手架|吊车|起重机)/;

export function climbingSiteCrane(hazard: Hazard, text: string): boolean {
  return (hazard === "violence" || hazard === "self_harm") && CLIMBING_SITE.test(text);
}

/*
 * A piece of furniture or an appliance tipping onto someone at home — a television and its stand, a
 * wardrobe, a chest of drawers climbed by a toddler, a wall cupboard being hung ("两岁的孩子爬上电视柜，
 * 柜子连电视一起倒了", "衣柜倒了压在我女儿身上"): nothing of the building gave way, the injury is what is
 * left (fresh28, fresh49). Someone shut in behind a door a wardrobe blocks is a trap, not this.
 */
const FURNITURE = /电视柜|衣柜|吊柜|柜子|抽屉柜|五斗柜|斗柜|床头柜|书柜|鞋柜|书架|电视机?|冰箱/;
const TIPPED_ONTO = /(倒|翻|掉下来|砸)[^。]{0,12}(压|砸|磕)|砸(到|在|中)|压(在|着|住)/;
const BUILDING_GAVE_WAY = /墙|楼板|天花板|吊顶|房顶|屋顶|阳台|堵住|出不来/;

export function furnitureTippedOntoSomeone(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "collapse" || hazard === "injury") &&
    FURNITURE.test(text) &&
    TIPPED_ONTO.test(text) &&
    !BUILDING_GAVE_WAY.test(text)
  );
}

/*
 * A hob's flame put out (by a pot boiling over, by the wind) with the knob still open and nobody home
 * ("灶上那个火被汤浇灭了 旋钮还开着 家里没人"): gas is pouring into the kitchen, not burning; the gas
 * company's crew shuts it off (em-cat53).
 */
const FLAME_OUT = /火[^，。]{0,6}(灭|熄)了?/;
const GAS_STILL_ON = /(旋钮|阀门?|开关|煤气|燃气)[^，。]{0,3}(还)?(开着|没关)/;

export function flameOutGasOn(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "fire" || hazard === "gas") &&
    /灶/.test(text) &&
    FLAME_OUT.test(text) &&
    GAS_STILL_ON.test(text)
  );
}

/*
 * Windscreen washer fluid or antifreeze drunk ("小孩在车里玩 把玻璃水喝了"): a poison swallowed, the
 * ambulance's, whatever hazard the water in the word suggested (em-cat53).
 */
const CAR_FLUID_DRUNK =
  /(玻璃水|防冻液|雨刷精|冷却液)[^，。]{0,4}(喝|吃|吞)|(喝|吃|吞)(了|下)?[^，。]{0,4}(玻璃水|防冻液|雨刷精|冷却液)/;

export function carFluidDrunk(hazard: Hazard, text: string): boolean {
  return hazard !== "fire" && hazard !== "gas" && hazard !== "electric" && CAR_FLUID_DRUNK.test(text);
}
