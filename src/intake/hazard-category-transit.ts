import type { Hazard } from "./urgency-rules.js";

/*
 * Getting around (em-cat53): the metro, road tunnels, vehicles carrying passengers, bridges and
 * underpasses, filling stations. Texts are in simplified characters (the caller simplifies first).
 */

// Someone who names the metro only as where they are ("我在地铁上还有四十分钟") says nothing about it.
const METRO = /地铁|轨道交通|\b(metro|subway)\b/i;
const METRO_AS_WHERE_I_AM = /我在地铁上|在地铁上还有|坐地铁(回|去)/;
// A road tunnel or an underpass for cars; a utility tunnel (管廊) is the city's own (em-cat47), and a
// pedestrian underpass is no road.
const ROAD_TUNNEL = /(?<!管廊|人行|地下)隧道|下穿(隧道|通道)?|\b(road )?tunnel\b/i;
// Something burning inside a bus, a taxi or a ride-hail car with its passengers (a power bank, a seat).
// A passenger who only saw a fire out of the window names no fire on board.
const ON_BOARD = /公交车上|车厢|网约车上|出租车上|大巴上|\bon the bus\b/i;
const SEEN_FROM_ON_BOARD = /我在公交上|坐在公交上|路边|窗外/;
// A fight, a threat, self-harm or someone missing keeps its own owner wherever it happens.
const NOT_THE_PLACES =
  /打架|打起来|动手|殴打|砍|捅|持刀|威胁|要跳|跳下|轻生|自杀|不想活|走丢|走失|没回来|联系不上/;

/*
 * Fire or smoke in the metro, in a road tunnel, or on board a bus or a taxi ("地铁站台上全是烟", "下穿隧道里
 * 一股浓烟 看不清前面的车", "网约车上乘客的充电宝着火了"): the metro's operator and the traffic police stop
 * the trains or close the tunnel and clear the passengers before anything else; the building manager
 * the premises rule would name has nothing to do there. em-cat43 gave the metro's escalators to
 * `traffic` for the same reason. A car park stays the building's (the read sets say `property` for a
 * car burning there 25 times to fresh52's and fresh25's 6 `traffic`), and so does a charging station.
 */
// A charging cabinet or pile sparking in a metro station's bike park is the supply's (CHARGER_LIVE).
const CHARGER = /充电(桩|柜|箱)/;

export function transitFire(hazard: Hazard, text: string): boolean {
  if (hazard !== "fire" || NOT_THE_PLACES.test(text) || CHARGER.test(text)) return false;
  if (METRO.test(text) && !METRO_AS_WHERE_I_AM.test(text)) return true;
  if (ROAD_TUNNEL.test(text)) return true;
  return ON_BOARD.test(text) && !SEEN_FROM_ON_BOARD.test(text);
}

/*
 * Someone caught by the metro's own machinery — a train door or a platform screen door, the gap between
 * train and platform, a ticket gate, the station's lift for wheelchairs — or passengers held in a train
 * stopped in the tunnel ("屏蔽门夹住一个人的包 人被拖着走", "列车停在隧道里一个多小时了 门打不开"): the
 * operator stops the train or opens the machine, as for its escalators (em-cat43). Someone taken ill in
 * a station with nothing of the metro's to blame stays the ambulance's, a crowd pressing at the gates
 * the police's, and metro works a building site.
 */
const METRO_MACHINE =
  /屏蔽门|车门|闸机|(站台|月台)[^，。]{0,6}(缝|中间|之间)|车厢和站台|列车[^，。]{0,8}(停|困|卡)|无障碍电梯|\b(platform|train doors?|screen doors?)\b/i;
const NOT_THE_MACHINE = /挤|踩|施工|工地/;
const MACHINE_HAZARDS: readonly Hazard[] = ["trapped", "injury", "collapse"];

export function caughtByMetroMachine(hazard: Hazard, text: string): boolean {
  return (
    MACHINE_HAZARDS.includes(hazard) &&
    METRO.test(text) &&
    METRO_MACHINE.test(text) &&
    !NOT_THE_MACHINE.test(text) &&
    !NOT_THE_PLACES.test(text)
  );
}

/*
 * A bridge, a footbridge or a pedestrian underpass giving way — its deck tilting or cracking after a
 * lorry struck it, its pier crumbling, its railing gone with someone in the river, concrete falling from
 * an underpass's ceiling ("人行天桥被大货车撞了 桥面歪了", "地下通道的天花板塌了一块 有人被砸到"): the city
 * owns the structure and closes it; the lorry that hit it is the cause, not the owner, and an
 * underpass's ceiling no building manager's. A site's works keep the site's owner.
 */
const BRIDGE_OR_UNDERPASS =
  /地下通道|人行通道|地道|天桥|人行桥|桥墩|桥面|(石|老|小|旧)桥|桥[^，。]{0,6}(栏杆|护栏)/;
// The structure itself giving way, not someone who fell or broke a leg on its steps.
const STRUCTURE_GIVING_WAY =
  /(天花板|顶上|顶棚|桥面|桥墩|桥身|桥|栏杆|护栏|支柱|水泥)[^，。]{0,6}(塌|掉|裂|歪|断|下沉)|掉渣/;
const STRUCTURE_HAZARDS: readonly Hazard[] = ["collapse", "injury", "flood"];

export function bridgeOrUnderpassGivingWay(hazard: Hazard, text: string): boolean {
  return (
    STRUCTURE_HAZARDS.includes(hazard) &&
    BRIDGE_OR_UNDERPASS.test(text) &&
    STRUCTURE_GIVING_WAY.test(text) &&
    !/工地|施工/.test(text)
  );
}

/*
 * Fuel leaking at a filling station — a nozzle that will not cut off, a pump dripping, petrol running
 * over the forecourt ("加油站油枪跳不了枪 汽油喷了一地"): the fuel company's emergency crew, as for any
 * gas filling station, stops the pump and the spill before anything lights it. A tanker in a crash stays
 * the road's, something burning already a fire's, and a washer or a pump shocking someone the supply's.
 */
const FILLING_STATION = /加油站|加油机|油枪|加油枪/;
const FUEL_LEAKING = /(油|汽油|柴油)[^，。]{0,6}(漏|滴|喷|流)|(漏|滴|喷)[^，。]{0,4}(油|汽油|柴油)|跳不了枪/;
const NOT_A_LEAK_ONLY = /侧翻|翻车|撞|追尾|着火|起火|火苗|烧起来|漏电|酸/;

export function fuelLeakAtFillingStation(hazard: Hazard, text: string): boolean {
  return (
    hazard !== "violence" &&
    FILLING_STATION.test(text) &&
    FUEL_LEAKING.test(text) &&
    !NOT_A_LEAK_ONLY.test(text) &&
    !NOT_THE_PLACES.test(text)
  );
}

/*
 * A traffic signal's cabinet burning or sparking at a crossing ("红绿灯杆子底下的箱子烧了，冒火花，线都露出
 * 来了"): a live cabinet the power company makes safe first, whatever bikes wait beside it.
 */
const SIGNAL_CABINET = /(红绿灯|信号灯)[^，。]{0,8}(箱|柜)/;

export function signalCabinetBurning(hazard: Hazard, text: string): boolean {
  return (hazard === "fire" || hazard === "electric") && SIGNAL_CABINET.test(text);
}

/*
 * Someone sitting or lying on the rails to wait for a train ("坐在铁路道口的铁轨上不走 说等火车", 卧轨): a
 * life at risk by its own hand, the community's as other self-harm (the resident is told to call 110);
 * the rail rule's `traffic` is for people or vehicles caught there by accident.
 */
const WAITING_ON_THE_RAILS =
  /(坐|躺|站)在[^，。]{0,6}铁轨上[^。]{0,8}(不走|不下来|等火车)|卧轨|等火车(来)?(撞|轧)/;

export function waitingOnTheRails(hazard: Hazard, text: string): boolean {
  return hazard !== "fire" && hazard !== "gas" && hazard !== "electric" && WAITING_ON_THE_RAILS.test(text);
}

/*
 * Someone tripped over a wire lying on the road and hurt by the fall, with no shock told ("骑车的被电线绊倒
 * 摔得很重 起不来"): the fall is the patient's; a live wire (sparks, a shock, trembling) stays the supply's.
 */
const TRIPPED_OVER_WIRE = /(电线|线缆|电缆)[^，。]{0,2}绊|绊[^，。]{0,4}(电线|线缆|电缆)/;
const LIVE_TOLD = /电到|触电|被电(?!线)|电了|麻|火花|带电|有电|抖|打火|\bshock/i;

export function trippedOverWire(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "electric" || hazard === "injury" || hazard === "collapse") &&
    TRIPPED_OVER_WIRE.test(text) &&
    !LIVE_TOLD.test(text)
  );
}
