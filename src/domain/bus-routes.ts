import { simplify } from "./text-simplify.js";

/*
 * Which bus a report means: its route number ("35路", "101路公交", "十二路") and, for a timetable,
 * which end of the day ("首班" / "末班"). Two routes at one stop, or the first bus against the
 * last, are two matters for the operator however alike the two reports read: the stop, the
 * street and the words ("不停", "甩站") are shared by every route that serves it.
 */

/**
 * A route number before 路, not a house number, a crossing or a lamp ("3路口", "2路灯"). Written in
 * characters it must be said of a bus ("十二路公交"): "一路上", "一路走来", "纬三路" are no routes.
 */
const ROUTE =
  /(?<![\d号栋幢楼单元室第])(\d{1,3})路(?![口灯段边面上旁牙])|(?<![经纬第一二三四五六七八九十])([一二三四五六七八九十]{1,3})路(?=公交|公车|车|汽车|末班|首班|班车|晚班|早班)/gu;
const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function routeNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  // 十二 = 12, 二十 = 20, 二十五 = 25, 十 = 10.
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m) return null;
  if (!m[2]) return m[1] && !m[3] ? CN[m[1]]! : null;
  return (m[1] ? CN[m[1]]! : 1) * 10 + (m[3] ? CN[m[3]]! : 0);
}

/** The bus routes a report names ("35路", "十二路公交"). */
export function busRoutes(text: string): string[] {
  const out: string[] = [];
  for (const m of simplify(text).matchAll(ROUTE)) {
    const n = routeNumber((m[1] ?? m[2])!);
    if (n !== null && n > 0) out.push(`${n}路`);
  }
  return [...new Set(out)];
}

const FIRST = /首班|头班|早班车|第一班/;
const LAST = /末班|最后一班|收班/;

/** Which end of the day a timetable report means: "首班", "末班", or null when it says neither or both. */
export function busShift(text: string): "首班" | "末班" | null {
  const t = simplify(text);
  const first = FIRST.test(t);
  const last = LAST.test(t);
  return first === last ? null : first ? "首班" : "末班";
}

/** The two routes, or the two ends of the day, when the reports name different ones; null otherwise. */
export function otherBuses(a: string, b: string): [string, string] | null {
  const ra = busRoutes(a);
  const rb = busRoutes(b);
  if (ra.length && rb.length && !ra.some((x) => rb.includes(x))) return [ra[0]!, rb[0]!];
  const sa = busShift(a);
  const sb = busShift(b);
  if (sa && sb && sa !== sb) return [sa, sb];
  return null;
}
