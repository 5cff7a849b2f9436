import { simplify } from "./text-simplify.js";

/*
 * A crossing is named by the two streets that meet there ("桃园北路文庙巷路口", "水库街跟滨河商业街那
 * 个路口", "海边街西头南海街口"). Two reports of one street's signals or its stalls at the crossing
 * with two different streets are two crossings, however alike the rest reads: the street both name
 * is the one they share, not the spot.
 */

/** Where a clause says it is at a crossing. */
const AT_CROSSING = /路口|口子|交叉|十字|[路街巷]口/;
/** A stretch between two crossings ("从桃园北路口到文庙巷口这一截") names two crossings, not one. */
const STRETCH = /从.*到|之间|中间|一截|一段|这段|那段/;
const CLAUSE = /[，,。.；;！!？?\s（）()]+/;

/**
 * The two streets a text names at one crossing, sorted and joined ("文庙巷+桃园北路"), or null when
 * no clause names exactly two of the deployment's streets with a crossing's word. `streets` are the
 * street names (those ending in 路, 街, 巷); `landmarks` the other places, masked first so that the
 * street inside a landmark's name (海边街小学) is not read as a street.
 */
export function crossingOf(
  text: string,
  streets: readonly string[],
  landmarks: readonly string[],
): string | null {
  let plain = simplify(text);
  for (const l of landmarks) if (l.length > 2) plain = plain.split(l).join("　");
  for (const clause of plain.split(CLAUSE)) {
    if (!AT_CROSSING.test(clause) || STRETCH.test(clause)) continue;
    const named = streets.filter((s) => clause.includes(s));
    // A street inside another's name (a 海边街 in 南海街 would be): the longer one only.
    const own = named.filter((s) => !named.some((t) => t !== s && t.includes(s)));
    if (own.length === 2) return [...own].sort().join("+");
  }
  return null;
}

/** The deployment's places split into streets (…路, …街, …巷) and the rest. */
export function streetsAndLandmarks(places: readonly string[]): {
  streets: string[];
  landmarks: string[];
} {
  const streets = places.filter((p) => /[路街巷]$/.test(p));
  return { streets, landmarks: places.filter((p) => !streets.includes(p)) };
}
