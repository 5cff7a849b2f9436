import { simplify } from "./text-simplify.js";

/*
 * The direction of travel a report gives for a spot on a road ("由东向西方向第二车道", "南行左转道",
 * "往北开右边车道", "eastbound lane"). A road has one carriageway each way: a pothole in the
 * westbound lane and one in the eastbound lane at the same landmark are two holes for two repairs,
 * however alike the rest reads, and a bus stop on the northbound side is not the one opposite.
 * Only a direction told as travel is read: "往东第二根杆子", "门口往西走到头" or "从东往西数" place a
 * spot along the street, they do not say which side of it.
 */

const D = "[东西南北]";
const OPPOSITE: Record<string, string> = { 东: "西", 西: "东", 南: "北", 北: "南" };

/** "由东向西", "自北向南", "从西边往东开", "东向西": the second is where the traffic goes. Not counting ("从西往东数第三根"). */
const FROM_TO = new RegExp(`(${D})边?(?:往|向)(${D})(?![^，。,.!！?？;；\\s]{0,3}数)`, "g");
/** "东行", "南行方向", "（北行）": not 步行, 银行, 同行 (no direction before them). */
const BOUND = new RegExp(`(?<![东西南北])(${D})行(?![人李业政])`, "g");
/** "往东开", "往西骑", "往北方向", "往南走的主路", "往西去的那个车道", "往北去那边慢车道". */
const TOWARDS = new RegExp(`往(${D})边?(?:开|骑|行驶|方向|走的|去的|去那|去这|去[，,])`, "g");
/** Romanised or English reports: "eastbound", "heading west". */
const LATIN = /\b(east|west|north|south)bound\b|\bheading (east|west|north|south)\b/gi;
const LATIN_NAME: Record<string, string> = { east: "东", west: "西", north: "北", south: "南" };

/**
 * The one direction of travel the text gives ("东", "西", "南" or "北"), or null when it gives
 * none or more than one (a report of both carriageways, or of a turn from one road into another).
 */
export function travelDirection(text: string): string | null {
  const plain = simplify(text);
  const found = new Set<string>();
  for (const m of plain.matchAll(FROM_TO)) if (OPPOSITE[m[1]!] === m[2]) found.add(m[2]!);
  for (const m of plain.matchAll(BOUND)) found.add(m[1]!);
  for (const m of plain.matchAll(TOWARDS)) found.add(m[1]!);
  for (const m of plain.matchAll(LATIN)) found.add(LATIN_NAME[(m[1] ?? m[2])!.toLowerCase()]!);
  return found.size === 1 ? [...found][0]! : null;
}

/** Whether two reports give opposite directions of travel: the two carriageways of one road. */
export function oppositeCarriageways(a: string, b: string): boolean {
  const da = travelDirection(a);
  const db = travelDirection(b);
  return !!da && !!db && OPPOSITE[da] === db;
}
