// The traditional → simplified build only: a tenth of the full package's code to load and compile,
// the same dictionaries for this direction.
import { Converter } from "opencc-js/t2cn";
import { RecentResults } from "./recent-results.js";

/**
 * Traditional → simplified Chinese plus NFKC (full-width digits and letters to ASCII), for the
 * domain's text rules (survey answers, duplicate scores). Residents in Hong Kong, Taiwan or with a
 * traditional input method write 滿意 / 沒解決; the rules are written in simplified characters.
 * Built lazily: opencc-js compiles its dictionaries on construction (tens of ms), which modules that
 * never compare texts should not pay at import.
 */
let convert: ((s: string) => string) | undefined;

/**
 * Traditional (Hong Kong, Taiwan and the standard forms) → mainland simplified characters, nothing
 * else. One converter for the whole process: the intake's text normalisation uses it too, so its
 * dictionaries are compiled once.
 */
export function toSimplifiedChinese(text: string): string {
  const known = converted.get(text);
  if (known !== undefined) return known;
  const out: string = (convert ??= Converter({ from: "hk", to: "cn" }))(text);
  converted.set(text, out);
  return out;
}

/*
 * The last few conversions. One extraction converts the same message more than once: the intake's
 * normalisation converts what the resident wrote, and the name reader converts the normalised text
 * again (the same string when it was written in simplified characters already, as most are), as
 * do the urgency rules' own reading when no place name was masked out of it. The conversion, a
 * dictionary walk over every character, is the costly part; a look-up keyed by the exact text
 * gives the same string. Bounded: the oldest goes first.
 */
const converted = new RecentResults<string>(8);

/**
 * Recent results: duplicate scoring simplifies the same candidate texts for every new ticket of a
 * community, and the conversion is the costliest step of a score. Bounded; emptied when full.
 */
const recent = new Map<string, string>();
const RECENT_MAX = 4096;

export function simplify(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const out = toSimplifiedChinese(text.normalize("NFKC"));
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(text, out);
  return out;
}
