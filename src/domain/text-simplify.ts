// The traditional → simplified build only: a tenth of the full package's code to load and compile,
// the same dictionaries for this direction.
import { Converter, Locale } from "opencc-js/t2cn";
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
 * own conversion. The entries are read from the same preset the converter is built from (hk → cn:
 * the `hk2s` configuration). About three messages in four pass this test.
 */
let designated: { bmp: Uint8Array; astral: Set<number> } | null | undefined;

function mayChange(text: string): boolean {
  designated ??= designatedCharacters();
  if (designated === null) return true;
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

type Dictionary = string | readonly (readonly [string, string])[];

/**
 * One character of each entry that changes text: one the entry's source shares with a single
 * character that converts on its own, else the first that differs from the replacement, else its
 * last. Any choice is sound (the entry needs all its characters present); these keep the set small.
 * null when the preset is not shaped as expected: then every text is converted.
 */
function designatedCharacters(): { bmp: Uint8Array; astral: Set<number> } | null {
  const config = (
    Locale.configs as Record<
      string,
      {
        normalizationChain?: readonly (readonly Dictionary[])[];
        conversionChain?: readonly (readonly Dictionary[])[];
      }
    >
  )["hk2s"];
  if (!config?.conversionChain) return null;
  const entries: [string, string][] = [];
  for (const group of [...(config.normalizationChain ?? []), ...config.conversionChain])
    for (const dictionary of group) {
      if (typeof dictionary === "string") {
        for (const line of dictionary.split("|")) {
          const [from, to] = line.split(" ");
          if (from === undefined || to === undefined) return null;
          entries.push([from, to]);
        }
      } else if (Array.isArray(dictionary)) {
        for (const [from, to] of dictionary) entries.push([from, to]);
      } else return null;
    }
  const single = new Set(
    entries.filter(([from, to]) => from !== to && [...from].length === 1).map(([from]) => from),
  );
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const [from, to] of entries) {
    if (from === to) continue;
    const source = [...from];
    const target = [...to];
    const pick =
      source.find((c) => single.has(c)) ??
      source.find((c, i) => target[i] !== c) ??
      source[source.length - 1];
    if (pick === undefined) return null;
    const cp = pick.codePointAt(0) ?? 0;
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
