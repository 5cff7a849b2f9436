import type { Hazard } from "./urgency-rules.js";

/*
 * Conventions the lead settled in the em-cat38 round (issue 11, item 6), where the read sets' writers
 * disagreed among themselves. Each names the unit for one circumstance; `categoryForHazard` asks them
 * after its own narrower rules (an attack, a crash, a poison swallowed) and before a confident
 * classifier's choice is kept, since these are decisions about who owns the case, not guesses.
 * Texts are in simplified characters (the caller simplifies first). A missing child is not among
 * them: it stays the police's (`public_order`), as the taxonomy's handler has it; an old person
 * missing goes to the community (`social_assistance`) since the em-cat54 round, where the read sets
 * taken together supported it (+7 −2; the rule is in `categoryForHazard`'s owner for "missing"). The restaurant
 * and shop convention (their premises are the building manager's, em-cat43) is
 * `shopPremisesDanger` in hazard-category-premises.ts. The heating-main convention at the end was added
 * in the em-cat52 round, where the read sets disagreed (the heating company against the street, the
 * building and the ambulance) and the sets taken together support the heating company. The paid-venue
 * convention last is the team's decision of the em-cat53 round: someone hurt, ill or collapsed at a
 * paid venue goes to `health`, as anywhere else; `market` keeps the venue's own dangers where nobody is
 * hurt yet. It overrules the em-cat52 readings that gave escape rooms and paying amusements to
 * `market` whatever happened there (fresh49's writer labelled the hurt `market` too: −13 there).
 * The em-cat54 round carried it past the classifier for sports and play venues and added a park's
 * fitness kit (`hurtAtSportOrPlayVenue`, `hurtOnPublicFitnessKit`, last).
 * The em-cat55 round read one more where two writers disagree: a hired cook's gas cylinders at a
 * banquet in a yard or a lane (流水席, a funeral's 大灶) go to the market regulator, who licenses the
 * travelling caterer (fresh54's writer, six lines, against fresh35's one: +6 −1 taken together; a
 * restaurant's cylinders, piped gas and someone already burnt keep their owners). It is
 * `bottledGasAtBanquet` in hazard-category-gatherings.ts. Left as they were, because the read sets
 * taken together support them: a fire in a car park, at a charging post or at a filling station (every
 * single owner tried loses: traffic −31 net, property, the supply), and added-lift works and
 * demolition (already `construction` on the read lines; `property` loses 26).
 */

/*
 * A worker hurt at work outside a building site ("切肉的师傅把手指切掉了", "物业工人修管子从梯子上掉下来",
 * "烧锅炉的师傅被蒸汽烫了", "清掏的工人下去就倒了"): the labour inspectors and the employer's injury
 * report. A site stays `construction` (the caller checks it first); a driver called 师傅 is no worker here.
 */
const WORKER =
  /工人|小工|杂工|(安装|水电|管道|钢筋|泥瓦|瓦|木)工|理货员|搬运员|(清淤|摘菜|干活|检修|巡检|分拣|理货)的|(?<!司机|出租车?|的士|开车的)师傅|员工|工友|搬运工|装卸工|保洁|店员|服务员|厨师|帮厨|学徒|伙计|帮工|维修工|电工|焊工|送水工|快递员|清洁工|环卫工|\b(worker|employee)s?\b/i;
const AT_WORK_NOW =
  /干活|上班|工作|作业|清淤|(铲|扫|除|清)雪|摘菜|(去|在)(查看|检查|巡查|检修)|卸货|装货|卸车|杀鱼|作坊|分拣|快递站|驿站|货架|打包机|(店|馆|厂|车间|食堂|仓库)[^，。]{0,2}(师傅|工人|员工|伙计|小工|厨师)|修|装|搬|切|清掏|清理|清淤|疏通|掏|下井|(搅拌|绞肉|压面|和面|切割|冲压|压)机|烧锅炉|锅炉房|车间|厂里|仓库|后厨|店里|机器|梯子|高处|外墙|擦玻璃|吊篮|\b(at work|on the job|shift)\b/i;
// What is no work accident whoever it struck: a fight or a customer's blow, a crash on the road, a
// live wire still live, something dropped on a passing cleaner, a works leaking fumes over everyone
// (the polluter's), or the body failing by itself at work (a heart, the heat: the ambulance's).
const NOT_A_WORK_ACCIDENT =
  /打架|打起来|动手|殴打|闹事|砍|捅|持刀|砸了[^，。]{0,4}(头|脸)|车祸|撞了|被撞|撞倒|相撞|侧翻|翻车|追尾|跳楼|要跳|轻生|欠薪|讨薪|工资|工钱|电线|高压线|触电|被电|花盆|高空|掉下来[^，。]{0,4}砸|(塌|掉)下来[^。]{0,8}砸(在|到|中)|卷帘门|卷闸门|罐[^，。]{0,4}(漏|裂)|泄漏|冒白雾|黄色的烟|胸口|胸闷|心脏|中暑|发紫|抽筋|全身发烫|浑身滚烫|热(得|晕|倒)|身上烫|(制冷|冷库|氨|气体)[^，。]{0,8}漏|顾客|客人|糖尿病|血糖|羊癫疯|羊角风|白沫/;
const WORK_HAZARDS: readonly Hazard[] = ["injury", "trapped", "collapse", "poison", "flood"];
// Hurt, or caught by the machine or the gas: a worker only standing at a roof's edge is not yet.
const HURT_AT_WORK =
  /血|绞(进|住|到|了)|抓不住|安全绳[^，。]{0,2}断|埋(进|在|住|了)|没(出来|爬出来)|(泼|溅)(了|到)[^，。]{0,4}(一脸|一身|脸|眼)|摔|掉(下|到|在)|栽|倒(了|在|下)|晕|昏|烫|伤|断了|骨折|卷(进|住)|夹(住|在)|压(住|在|了|到)|切(掉|断|到)|割|砸|叫不醒|没(了)?动静|没上来|没声|不动|动不了|躺(在)?地上|喘不上气|起泡|呕吐|吐了|抽搐|\b(hurt|injured|bleeding|fell|crushed|burn(ed|t))\b/i;

export function workerHurtAtWork(hazard: Hazard, text: string): boolean {
  return (
    WORK_HAZARDS.includes(hazard) &&
    WORKER.test(text) &&
    AT_WORK_NOW.test(text) &&
    HURT_AT_WORK.test(text) &&
    !NOT_A_WORK_ACCIDENT.test(text)
  );
}

/*
 * A grass or brush fire on public land — a green belt, a verge, a park's lawn, a riverbank's reeds —
 * is the city's ("绿化带里的枯草着火了"): its crews and the green-space office meet the brigade there.
 * Farm fields, haystacks and woodland stay with the open-country rule; a compound's lawn is its
 * manager's.
 */
const GRASS_OR_BRUSH = /草坪|草地|荒草|枯草|杂草|野草|草丛|灌木|绿化带|芦苇|树丛|\b(grass|brush|bushes)\b/i;
const PRIVATE_OR_FARM =
  /小区|院子|院里|家属院|楼道|阳台|屋里|家里|厨房|工地|麦田|麦地|稻田|田里|秸秆|草垛|柴火垛|稻草|电线|电缆|变压器|山上|山坡|坡上|山(那边|脚|里)|上坟|坟地|山林|山火/;
// Woods are open country, unless the grass burning is a park's or a green belt's and the woods only
// where the wind is taking it ("滨河公园草坪着火了，风往树林那边刮").
const WOODS = /林子|树林/;
const TOWN_GREEN = /公园|绿化带|草坪/;

export function grassFireOnPublicLand(hazard: Hazard, text: string): boolean {
  return (
    hazard === "fire" &&
    GRASS_OR_BRUSH.test(text) &&
    !PRIVATE_OR_FARM.test(text) &&
    (!WOODS.test(text) || TOWN_GREEN.test(text))
  );
}

/*
 * Icicles or snow hanging or sliding over a path ("屋檐上的冰溜子掉下来砸到人", "房顶的雪滑下来"): over a
 * compound's path the manager knocks them down; over a public pavement or street the city's crews do.
 */
// The ice or snow itself hanging or coming down, not snow weighing on a roof or someone clearing it.
const ICE_OR_SNOW_ABOVE =
  /冰溜|冰柱|冰凌|冰锥|冰棱|冰挂|(?<!扫|铲|清)(积?雪|冰块?)[^，。]{0,4}(滑|掉|砸|落|坠)(下|了)|\b(icicles?|snow (fell|falling|sliding|slid))\b/i;
const COMPOUND_PATH = /小区|院里|院子|家属院|楼下|单元门|楼门口|物业/;
const PUBLIC_PATH = /人行道|马路|路边|路上|街|公交站|天桥|广场|学校门口|\b(sidewalk|pavement|street|road)\b/i;

/** `property`, `municipal`, or null when no icicle or snow hangs over a path. */
export function iceOverPathOwner(hazard: Hazard, text: string): string | null {
  if (hazard !== "collapse" && hazard !== "injury" && hazard !== "trapped" && hazard !== "violence")
    return null;
  if (!ICE_OR_SNOW_ABOVE.test(text)) return null;
  if (COMPOUND_PATH.test(text)) return "property";
  return PUBLIC_PATH.test(text) ? "municipal" : null;
}

/*
 * A battery or an e-bike burning in a residential building — charging in a flat, a stairwell, a
 * bike shed or a dormitory — is the building manager's (clear the stairs, ban indoor charging), not
 * the grid's, the road's or the street cleaners'. A rider pinned under a burning bike on the road
 * stays a crash (the caller's rule comes first).
 */
const BATTERY =
  /电动车|电瓶车|电动自行车|电池|充电宝|锂电|平衡车|滑板车|\b(e-?bikes?|batter(y|ies)|scooters?|power ?bank)\b/i;
const RESIDENTIAL =
  /楼道|楼梯|家里|屋里|我家|房间|卧室|客厅|阳台|单元|楼里|楼下|小区|车棚|宿舍|出租屋|公寓|住户|\b(flat|apartment|stairwell|hallway|bedroom|building)\b/i;
const ON_THE_ROAD = /马路|路上|路口|公路|高架|\b(road|street)\b/i;

// A meter box or a cabinet burning beside parked bikes is the supply's fire, not the batteries'.
const SUPPLY_BURNING = /电表|电箱|配电|变压/;

export function batteryFireAtHome(hazard: Hazard, text: string): boolean {
  return (
    hazard === "fire" &&
    BATTERY.test(text) &&
    RESIDENTIAL.test(text) &&
    !ON_THE_ROAD.test(text) &&
    !SUPPLY_BURNING.test(text)
  );
}

/*
 * A heating main or a building's heating riser burst, its hot water and steam out where people pass
 * ("热力管道爆了，路上全是白汽看不清路", "楼道暖气立管爆了 滚烫的水往下流 老人下不去", "小学门口热力井盖被顶开
 * 了，蒸汽往外喷"): the heating company shuts the valve before anything else can be done — the stairs,
 * the pavement, the people hemmed in upstairs wait on it. The read sets that name the heating company
 * for such a burst (fresh25, 35, 36, 38, 50: nineteen lines) outnumber those that name the building or
 * the street (one, fresh43: a flat's own pipe). Someone already scalded is the ambulance's (the
 * older sets say `health` for a burn), water reaching a switch room or a socket is the supply's, a
 * burst in a car park is the building's, and a gas pipe or coal fumes keep their owners.
 */
const HEATING_PIPE =
  /(暖气|供暖|热力|供热|热水)[^，。]{0,3}(主管|立管|管道|管子|管沟|管|井)|热力井|暖气井|热网|\bheating (main|pipe)s?\b/i;
const PIPE_BURST = /爆|裂|崩|泄漏|顶开|冲开|掀开|炸开|喷|\bburst\b/i;
const WHERE_PEOPLE_PASS =
  /楼道|楼梯|人行道|马路|路面|路上|路边|地下通道|井盖|蒸汽|白汽|白气|门口|\b(steam|road|street|stairs?)\b/i;
// Hot water or steam told: a frozen riser that only leaks onto ice is a slip, not this burst.
const HOT_WATER_OR_STEAM =
  /热水|开水|滚水|滚烫|烫|蒸汽|蒸气|白汽|白气|冒气|喷|\b(steam|hot water|scalding)\b/i;
const HEATING_BURST_ELSEWHERE = /配电|插座|插线板|车库|反锁|锁坏|烫伤|烫了|起泡|燃气|煤|炭/;
const HEATING_BURST_HAZARDS: readonly Hazard[] = ["flood", "injury", "collapse", "trapped", "poison"];

export function heatingMainBurst(hazard: Hazard, text: string): boolean {
  return (
    HEATING_BURST_HAZARDS.includes(hazard) &&
    HEATING_PIPE.test(text) &&
    PIPE_BURST.test(text) &&
    HOT_WATER_OR_STEAM.test(text) &&
    WHERE_PEOPLE_PASS.test(text) &&
    !HEATING_BURST_ELSEWHERE.test(text)
  );
}

/*
 * The team's decision (em-cat53 round): a person hurt, ill or collapsed at a paid venue — a gym, a
 * pool, a KTV, a cinema, a sauna, a shop, an amusement, an escape room — goes to `health`, as anywhere
 * else: the ambulance is what cannot wait. The market regulator keeps the venue's own dangers where
 * nobody is hurt yet (a ride stopped with people on it, a door jammed, live flooring, its gas cylinders
 * and wiring, and food poisoning from a restaurant's food, which the caller's food rules keep). Hurt
 * here means told as it is: bleeding, a bone broken, fallen from the kit, knocked out, not breathing
 * or struggling to, burnt, pinned under it, a hand caught; a stalled ride whose riders are only frightened or sick from
 * hanging there is still the venue's.
 */
const PAID_VENUE =
  /健身房|健身中心|游泳馆|游泳池|泳池|ktv|歌厅|电影院|影院|影厅|桑拿|洗浴|汗蒸|足浴|按摩店|美容院|网吧|酒吧|商场|超市|店里|门店|淘气堡|蹦床|游乐|乐园|卡丁车|碰碰车|密室|剧本杀|攀岩|大摆锤|跳楼机|海盗船|过山车|摩天轮|转转杯|充气(城堡|滑梯)|保龄球|溜冰场|滑冰场|滑雪场|球馆|\b(gym|pool|cinema|sauna|ktv|escape ?room|trampoline|mall)\b/i;
const PATRON_HURT =
  /血|骨折|骨头|(腿|胳膊|手|脚)[^，。]{0,3}断|(晕|昏)(倒|过去|了|迷)|倒地|倒在地|躺(在)?地|(人|他|她|孩子|男孩|女孩|小孩|姑娘)[^，。]{0,4}(不动|不会动|起不来)|起不来|受伤|摔伤|(摔|掉|跌|甩)(了)?(下来|下去|出来|出去|倒)|(砸|弹|打)(到|中|伤)[^，。]{0,6}(人|头|眼|脸|身|腿|孩子|朋友|客人|女孩|男孩)|抽搐|没(有)?(了)?呼吸|心跳|不省人事|叫不醒|没意识|喘不(上|过)气|呼吸困难|烫伤|烧伤|压(着|住|在)[^，。]{0,4}(人|孩子|小孩|腿|身)|(扣|压|卡)在[^，。]{0,4}(下面|底下)|夹(住|伤|断)[^，。]{0,4}(手|脚|腿|胳膊|头|手指)|(手|脚|腿|手指)[^，。]{0,4}夹|\b(hurt|injured|bleeding|unconscious|collapsed|fell|broke|can'?t breathe)\b/i;

export function patronHurt(text: string): boolean {
  return PATRON_HURT.test(text);
}

// A compound's or a park's playground is free to use: its manager's, as the older rules have it.
const FREE_TO_USE = /小区|院里|公园/;

export function patronHurtAtPaidVenue(text: string): boolean {
  return PAID_VENUE.test(text) && !FREE_TO_USE.test(text) && PATRON_HURT.test(text);
}

const VENUE_HURT: readonly Hazard[] = ["injury", "collapse", "trapped"];

/*
 * The team's decision carried past the classifier (em-cat54): someone hurt at a sports or play venue —
 * a gym, a pool hall, a badminton hall, a stadium's stand, a paying playground or amusement — goes to
 * `health` whatever the classifier makes of the place (it mostly says `property` for a ceiling lamp or
 * a railing that came down on them). Shops and malls keep the em-cat43 premises convention (their
 * ceilings and escalators are the building manager's), a crowd pressing is the police's, a pool's
 * chlorine is the polluter's, and a compound's or a park's playground its manager's (as above).
 */
const SPORT_OR_PLAY_VENUE =
  /健身房|健身中心|游泳馆|游泳池|泳池|球馆|体育馆|看台|游乐|乐园|淘气堡|蹦床|攀岩|溜冰场|滑冰场|滑雪场|卡丁车|\b(gym|pool|trampoline)\b/i;
const VENUE_OWNED_ELSEWHERE = /商场|超市|店|扶梯|电梯|卷帘|挤|踩|氯|消毒|漂白|小区|院里|公园/;

export function hurtAtSportOrPlayVenue(hazard: Hazard, text: string): boolean {
  return (
    VENUE_HURT.includes(hazard) &&
    SPORT_OR_PLAY_VENUE.test(text) &&
    !VENUE_OWNED_ELSEWHERE.test(text) &&
    PATRON_HURT.test(text)
  );
}

/*
 * Someone hurt on the fitness kit of a park or a street corner (a walking machine, the bars, a
 * turntable; em-cat54): the ambulance, as the read sets label it (fresh11, fresh23, fresh32, fresh50);
 * the kit in a compound or a workplace stays its manager's, as the older rules have it.
 */
const FITNESS_KIT =
  /健身器材|健身器械|漫步机|单杠|双杠|健身角|健身路径|太空漫步|扭腰器|\bexercise (machine|equipment)\b/i;
const KIT_OWNED = /小区|院里|家属院|单位/;

export function hurtOnPublicFitnessKit(hazard: Hazard, text: string): boolean {
  // "拉伸器的把手也断了" is the kit broken, not a hand.
  return (
    VENUE_HURT.includes(hazard) &&
    FITNESS_KIT.test(text) &&
    !KIT_OWNED.test(text) &&
    PATRON_HURT.test(text.replace(/把手/g, ""))
  );
}
