import { PINYIN_READINGS } from "./pinyin-readings-table.js";

/*
 * What pinyin-pro could say of one character, without loading it: every toneless syllable it may
 * give the character in any text (scripts/pinyin-readings-table.ts), and the character itself (what
 * it gives a character it cannot read). Enough to tell that two characters can never be read alike;
 * which reading a text gives is still pinyin-pro's to say.
 */
let table: (readonly [syllable: string, chars: string])[] | undefined;

/**
 * The syllables `tonelessSyllables` may give `char` in some text, the character itself among them;
 * null for 々, which takes the reading of whatever stands before it. Not remembered here: the place
 * resolver, its one caller, keeps what it derives from the answer per character.
 */
export function possibleSyllables(char: string): readonly string[] | null {
  if (char === "々") return null;
  table ??= PINYIN_READINGS.split("\n")
    .filter(Boolean)
    .map((line) => [line.slice(0, line.indexOf(" ")), line.slice(line.indexOf(" ") + 1)] as const);
  return [char, ...table.filter(([, chars]) => chars.includes(char)).map(([s]) => s)];
}
