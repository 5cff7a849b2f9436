import { busRoutes } from "./bus-routes.js";
import { simplify } from "./text-simplify.js";

/*
 * Problems that are not where the resident stands. The place intake keeps is where the resident is:
 * the stop they waited at, the estate they smell it from, the corner of a crossing they stand on.
 * For three kinds of problem that place is not the problem's, so two reports from two places can be
 * one problem:
 * - a bus route that does not come: "等了四十分钟一辆都没来" at one stop and "晚点" at another is the
 *   route's service, not either stop's (a bus passing a stop without stopping is that stop's);
 * - a smell, a noise, dust or smoke both residents put down to one named source off their own place
 *   ("好像是南边那个污水处理站飘过来的" / "说是污水处理站的"): the source is the place;
 * - a flooded crossing told from two of its corners: the water covers the crossing.
 * Such pairs are only ever offered (a person checks the source or the route), never merged alone.
 */

/** The route's service, told by the wait: nothing comes, it comes late, too seldom. */
const ROUTE_WIDE =
  /不来|没来|没有车|一辆(?:都|也)?(?:没|没有)|晚点|间隔|班次|不开了|停运|停开|等了[^，。,.!！?？]{0,6}(?:分钟|小时|半天)|等[^，。,.!！?？]{0,8}(?:分钟|小时)|车一直不动/;
/** Told of one stop: a bus that passes it, a sign or a shelter there. */
const STOP_BOUND = /不停|甩站|不进站|开过去|不开门|站牌|候车亭|站台|座椅|顶棚/;

/** The route both name, when both tell of its service and neither of one stop. */
export function oneRouteService(a: string, b: string): string | null {
  const ta = simplify(a);
  const tb = simplify(b);
  if (!ROUTE_WIDE.test(ta) || !ROUTE_WIDE.test(tb) || STOP_BOUND.test(ta) || STOP_BOUND.test(tb)) return null;
  const rb = busRoutes(tb);
  return busRoutes(ta).find((x) => rb.includes(x)) ?? null;
}

/**
 * A named works or site that gives off what residents sense: a factory by its trade (橡胶厂, 家具厂,
 * 化工厂), a sewage works, a farm, a warehouse. Only the kind of site is kept ("污水站" = "污水处理站",
 * "养猪场" = "养殖场"): two residents rarely know its full name, and a district seldom has two of one trade
 * in one community.
 */
const SITE =
  /(污水处理站|污水处理厂|污水站|养殖场|养猪场|猪场|养鸡场|鸡场|垃圾站|垃圾中转站|垃圾场|[\u4e00-\u9fa5]{2}(?:厂|仓库))/gu;
const SITE_KIND: Record<string, string> = {
  污水处理站: "污水站",
  污水处理厂: "污水站",
  养猪场: "养殖场",
  猪场: "养殖场",
  养鸡场: "养殖场",
  鸡场: "养殖场",
  垃圾中转站: "垃圾站",
};
/** Words before 厂 that name no trade: "那个厂", "这个厂", "旁边厂". */
const NO_TRADE = /^(?:那个|这个|一个|个|旁边|附近|边上|那边|这边|南边|北边|东边|西边|工)/;
function sitesOf(t: string): string[] {
  const out: string[] = [];
  for (const m of t.matchAll(SITE)) {
    let s = m[1]!;
    if (NO_TRADE.test(s)) continue;
    s = SITE_KIND[s] ?? s;
    out.push(s);
  }
  return out;
}

/** What is sensed from afar, by kind: a smell, a noise, dust, smoke. */
const SENSES: [string, RegExp][] = [
  ["气味", /味|臭|熏|刺鼻/],
  ["噪音", /吵|噪|响|声音|听得见|听见/],
  ["扬尘", /扬尘|灰|尘土|一层土/],
  ["烟", /冒烟|黑烟|排烟|烟(?:很|太|大|呛)/],
  // A fire seen from afar: its smoke column or its flames, seen from wherever the resident stood.
  ["火", /着火|起火|失火|烧起来|烧着了|火苗|火光|火很大|浓烟|黑烟|冒烟/],
];
function sensed(t: string): Set<string> {
  return new Set(SENSES.filter(([, re]) => re.test(t)).map(([k]) => k));
}

/**
 * The source both put what they sense down to, when it is the same kind of site and the same sense.
 * A fire is seen from streets away ("我在南海街这边，往双塔那个方向看，黑烟往上冒" / "庙前街往双塔小区
 * 方向看，黑烟滚滚"): two reports of a fire that both name one of the deployment's places (`places`,
 * by the part of the name that sets it apart) put it at that place, wherever each caller stood.
 */
export function oneSourceSensed(a: string, b: string, places: readonly string[] = []): string | null {
  const ta = simplify(a);
  const tb = simplify(b);
  const sa = sensed(ta);
  const sb = sensed(tb);
  if (!sa.size || ![...sb].some((x) => sa.has(x))) return null;
  const xb = sitesOf(tb);
  const site = sitesOf(ta).find((x) => xb.includes(x));
  if (site) return site;
  if (!sa.has("火") || !sb.has("火")) return null;
  return places.find((p) => ta.includes(p) && tb.includes(p)) ?? null;
}

const FLOODED = /积水|淹了|淹水|水没过|水深|水都到|水很深|水好深/;
const CROSSING = /路口|十字|交叉口|口子上|[街路巷]口/;

/** Both tell of water standing at a crossing: the corners they stand on are one crossing's. */
export function floodedCrossing(a: string, b: string): boolean {
  const ta = simplify(a);
  const tb = simplify(b);
  return FLOODED.test(ta) && FLOODED.test(tb) && CROSSING.test(ta) && CROSSING.test(tb);
}
