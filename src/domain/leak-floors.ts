import { simplify } from "./text-simplify.js";

/*
 * One leak told from the two floors it joins: the resident below says water comes through the
 * ceiling from upstairs, the one above says their pipe or radiator burst, or that the neighbour
 * below came to complain. The two name different things (吊顶 / 暖气片, 天花板 / 洗衣机下水管), are
 * filed under different departments (供水, 物业, 供暖, 邻里纠纷) and share few words, so nothing
 * else in the scorer brings them together; what they share is the building and the stack of flats.
 */

/** Water coming through: a leak, seepage, drips, a flood. Not a gas or electrical leak. */
const LEAK = /漏(?![电气])|渗|滴|流水|往下流|往外流|冒水|水往外冒|泡了|湿透|淹|[呲滋喷]水/;
/** The resident below: water from upstairs, or through the ceiling, into their home. */
// A ceiling goes by other names: 顶子 in the north, a ceiling lamp (吸顶灯). 顶上 is also the top
// of a cupboard or a roof, so it counts only with the water coming down ("卫生间顶上一直往下滴水").
// A room's top ("厨房顶上渗水", "卫生间顶漏") is its ceiling; a ceiling told in one clause and the
// water coming down in the next ("那个天花板，哗哗地往下流水") is one report of water from above.
const FROM_ABOVE =
  /楼上[^，。！？,.!?；;\s]{0,12}?(?:漏|渗|滴|流)|(?:天花板|吊顶|顶棚|顶子|顶灯)[^，。！？,.!?；;\s]{0,8}?(?:漏|渗|滴|湿|往下流)|(?:天花板|吊顶|顶棚)[^。！？.!?；;]{0,10}?往下(?:流|滴|漏|淌)|(?:厨房|卫生间|厕所|洗手间|客厅|卧室|屋)顶(?:上|子)?[^，。！？,.!?；;\s]{0,6}?(?:漏|渗|滴|湿|往下流)|顶上[^，。！？,.!?；;\s]{0,6}?往下(?:漏|渗|滴|流)|(?:漏|渗|滴|流)(?:到|进)我家/;
/** The resident above: their water going down, or the neighbour below come to say so. */
// The one below come up ("楼下来敲门了", "楼下502找上来"), or the water told as reaching them
// ("楼下九层已经渗下去了", "楼下肯定遭殃了").
const TO_BELOW =
  /(?:漏|渗|滴|流)[^，。！？,.!?；;\s]{0,3}?楼下|往楼下(?:漏|渗|滴|流)|楼下[^，。！？,.!?；;\s]{0,6}?(?:说|找|反映|投诉|敲门|遭殃|渗|淹)/;

/**
 * The wet room a report names: water through a bathroom's ceiling comes from the bathroom above, a
 * kitchen's from the kitchen above (their drains and pipes run in stacks of their own). Two reports
 * that each name one and not the same tell two leaks ("301厨房水管漏了" / "201卫生间顶上渗水"). A
 * bedroom's or a living room's ceiling may take water from any room above, so they part nothing.
 * Would get wrong: a kitchen's pipe that runs over the bathroom below (rare).
 */
const ROOMS: readonly [string, RegExp][] = [
  ["厨房", /厨房|kitchen/i],
  ["卫生间", /卫生间|厕所|洗手间|浴室|马桶|bathroom|toilet/i],
];
// Only a room the water is told in: the clause names the leak ("我家一楼厨房墙角一片黑霉" says where
// the damp shows, not which stack leaks).
const WET_CLAUSE = /漏|渗|滴|返水|反水|水管|leak|drip/i;
function roomsNamed(text: string): string[] {
  const wet = text
    .split(/[，。！？,.!?；;]+|(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/u)
    .filter((c) => WET_CLAUSE.test(c))
    .join("，");
  return ROOMS.filter(([, re]) => re.test(wet)).map(([room]) => room);
}

/** The floor and the position on it of a flat number ("502": floor 5, flat 02). */
function floorOf(room: string): [number, string] {
  return [Number(room.slice(0, -2)), room.slice(-2)];
}

/**
 * Whether two reports of one building (the caller has checked the community and the building
 * numbers) may tell one leak from the floor above and the floor below. Both must tell of water
 * coming through. When both name flats, some flat of one is the same as, or directly above or
 * below, a flat of the other (502 / 402, not 502 / 302: another leak of the stack). Then one
 * resident must say the water comes from above and the other that it goes below, or, with the
 * flats one floor apart or the same, one of them says it comes from above.
 */
export function leakBetweenFloors(
  textA: string,
  textB: string,
  roomsA: readonly string[],
  roomsB: readonly string[],
): boolean {
  const a = simplify(textA);
  const b = simplify(textB);
  if (!LEAK.test(a) || !LEAK.test(b)) return false;
  const wetA = roomsNamed(a);
  const wetB = roomsNamed(b);
  if (wetA.length && wetB.length && !wetA.some((x) => wetB.includes(x))) return false;
  const named = roomsA.length > 0 && roomsB.length > 0;
  const near =
    named &&
    roomsA.some((x) =>
      roomsB.some((y) => {
        const [fx, px] = floorOf(x);
        const [fy, py] = floorOf(y);
        return px === py && Math.abs(fx - fy) <= 1;
      }),
    );
  if (named && !near) return false;
  const aboveA = FROM_ABOVE.test(a);
  const aboveB = FROM_ABOVE.test(b);
  if ((aboveA && TO_BELOW.test(b)) || (aboveB && TO_BELOW.test(a))) return true;
  return near && (aboveA || aboveB);
}

/**
 * Water told as coming with the rain. Not "不下雨也滴": that says the opposite. A roof alone is no
 * sign: "我家屋顶" and "二楼顶子" are a ceiling.
 */
const RAIN = /(?<!不)下(?:大|暴)?雨|漏雨|雨天|雨水(?![井篦箅管])|防水/;
/**
 * Water told as coming out of a pipe or an appliance, or said not to come with the rain ("不下雨也
 * 湿", "跟楼顶没关系").
 */
const PIPE =
  /水管|管子|管道|下水管|暖气管|地暖|热水器|马桶|洗衣机|不下雨也|(?:跟|和)(?:楼顶|屋顶)没关系|不是(?:楼顶|屋顶)/;

/**
 * Whether one report tells of the roof letting the rain in and the other of a pipe leaking (the
 * flat above's heating, its toilet's drain, "不下雨也滴"): two leaks of one stack, each its own
 * repair (the roof's waterproofing, a neighbour's pipe), though the flats and the water agree.
 */
export function leakCausesDiffer(textA: string, textB: string): boolean {
  const a = simplify(textA);
  const b = simplify(textB);
  if (!LEAK.test(a) || !LEAK.test(b)) return false;
  const rainOnly = (t: string) => RAIN.test(t) && !PIPE.test(t);
  return (rainOnly(a) && PIPE.test(b)) || (rainOnly(b) && PIPE.test(a));
}
