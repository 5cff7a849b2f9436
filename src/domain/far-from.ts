import { simplify } from "./text-simplify.js";

/*
 * A landmark a report measures its spot from ("离路西一巷口还有一公里多", "距小学两三百米的地方"):
 * the problem is that far from it, not at it. A report placing its problem at that landmark
 * ("路西一巷口路灯坏了") and one saying it is a kilometre away from it are two spots of one street,
 * however alike the rest reads. Only a distance of a few hundred metres or more is read: "离门口
 * 五十米" is still at the door for anyone walking there.
 */

const DISTANCE =
  "(?:[\\d.]+|[一二两三四五六七八九十几半]+)多?(?:公里|千米|里地?|百多?米|百来米)|(?:[2-9]\\d{2}|[1-9]\\d{3,})米";
const FAR_FROM = new RegExp(
  `(?:离|距离|距)([^，。,.!！?？;；:：\\s]{2,12}?)(?:还有|还差|足有|得有|大概有?|大约有?|差不多|起码|至少|有|约)?(?:${DISTANCE})`,
  "g",
);
/** What ends a landmark's name without naming another place: its mouth, its gate, "over there". */
const END = /(?:大门口|门口|口|大门|那边|这边|那儿|这儿|那里|这里)$/;

/** The landmarks a text says its spot is far from, each without its mouth or gate ("路西一巷"). */
export function farLandmarks(text: string): string[] {
  return [...simplify(text).matchAll(FAR_FROM)]
    .map((m) => m[1]!.replace(END, ""))
    .filter((x) => [...x].length >= 2);
}

/**
 * The landmark one report says its spot is far from when the other names it and is not far from
 * it too; null otherwise.
 */
export function farFromTheOther(a: string, b: string): string | null {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const far = farLandmarks(x);
    if (!far.length) continue;
    const plainY = simplify(y);
    const farY = farLandmarks(y);
    const named = far.find((l) => plainY.includes(l) && !farY.includes(l));
    if (named) return named;
  }
  return null;
}
