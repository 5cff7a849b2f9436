import { PINYIN_READINGS } from "./pinyin-readings-table.js";

/*
 * What pinyin-pro could say of one character, without loading it: every toneless syllable it may
 * give the character in any text (scripts/pinyin-readings-table.ts), and the character itself (what
 * it gives a character it cannot read). Enough to tell that two characters can never be read alike;
 * which reading a text gives is still pinyin-pro's to say.
 */
let table: (readonly [syllable: string, chars: string])[] | undefined;
const known = new Map<string, readonly string[] | null>();

/**
 * The syllables `tonelessSyllables` may give `char` in some text, the character itself among them;
 * null for 々, which takes the reading of whatever stands before it.
 */
export function possibleSyllables(char: string): readonly string[] | null {
  let out = known.get(char);
  if (out === undefined) {
    table ??= PINYIN_READINGS.split("\n")
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(" ")), line.slice(line.indexOf(" ") + 1)] as const);
    out = char === "々" ? null : [char, ...table.filter(([, chars]) => chars.includes(char)).map(([s]) => s)];
    // Bounded: a long letter brings a few thousand characters at most.
    if (known.size < 30_000) known.set(char, out);
  }
  return out;
}
