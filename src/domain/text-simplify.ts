// The traditional → simplified build only: a tenth of the full package's code to load and compile,
// the same dictionaries for this direction.
import { Converter } from "opencc-js/t2cn";
import { RecentResults } from "./recent-results.js";
import { DESIGNATED_CHARACTERS } from "./text-simplify-table.js";

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
  const out: string = mayChange(text) ? (convert ??= Converter({ from: "hk", to: "cn" }))(text) : text;
  converted.set(text, out);
  return out;
}

/*
 * Most messages are written in simplified characters already, and the conversion (a dictionary
 * walk: a Map probe per character, the text cut into slices and joined again) then hands back the
 * same string. opencc-js replaces text only where a dictionary entry whose source differs from its
 * replacement matches; an entry that maps to itself, or no match, keeps the characters as they are,
 * in every step of its chain (normalisation, then each conversion over the previous one's output).
 * So when the text holds, for no such entry, the one character we designate for it (each entry
 * matches only where all its characters are present), no step changes anything and the text is its
 * own conversion. The designated characters are worked out from the converter's preset ahead of
 * time (`text-simplify-designated.ts`, written into `text-simplify-table.ts`; a test checks the two
 * still agree): deriving them at the first conversion took about 25 ms of a cold `zhitong extract`.
 * About three messages in four pass this test.
 */
let designated: { bmp: Uint8Array; astral: Set<number> } | undefined;

function mayChange(text: string): boolean {
  designated ??= designatedTable(DESIGNATED_CHARACTERS);
  const { bmp, astral } = designated;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const cp = text.codePointAt(i) ?? unit;
      if (cp > 0xffff) {
        if (astral.has(cp)) return true;
        i++;
        continue;
      }
    }
    if (bmp[unit] === 1) return true;
  }
  return false;
}

/** The designated characters as a look-up: a flag per BMP code unit, a set beyond it. */
function designatedTable(characters: string): { bmp: Uint8Array; astral: Set<number> } {
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const c of characters) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp > 0xffff) astral.add(cp);
    else bmp[cp] = 1;
  }
  return { bmp, astral };
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
