import { stripTone } from "./toneless-pinyin.js";

/** pinyin-pro's data, as its modules export it (dist/esm/data/*.mjs, untyped). */
export interface PinyinProData {
  dict: { NumberDICT: (string | undefined)[]; StringDICT: Map<string, string> };
  patterns: readonly { zh: string; pinyin: string; priority: number }[];
  toneSandhi: Record<string, Record<string, number[]>>;
}

/**
 * Every toneless syllable (as `tonelessSyllables` writes it) pinyin-pro can give each character,
 * grouped by syllable: every reading its dictionary lists for the character, the syllable the
 * character has inside every word it segments by, and the tone-sandhi readings of 一 and 不. Those
 * are the only places its syllables come from, besides 々 (the reading before it) and a character
 * it cannot read (the character itself), which the reader of the table allows for.
 */
export function derivePinyinReadings(data: PinyinProData): Map<string, string> {
  const bySyllable = new Map<string, Set<string>>();
  const add = (char: string | undefined, toned: string) => {
    if (!char || !toned) return;
    const syllable = stripTone(toned);
    let chars = bySyllable.get(syllable);
    if (!chars) bySyllable.set(syllable, (chars = new Set()));
    chars.add(char);
  };
  data.dict.NumberDICT.forEach((readings, code) => {
    for (const r of readings?.split(" ") ?? []) add(String.fromCharCode(code), r);
  });
  for (const [char, readings] of data.dict.StringDICT) for (const r of readings.split(" ")) add(char, r);
  for (const { zh, pinyin } of data.patterns) {
    const chars = [...zh];
    pinyin.split(" ").forEach((r, j) => add(chars[j], r));
  }
  for (const [char, readings] of Object.entries(data.toneSandhi))
    for (const r of Object.keys(readings)) add(char, r);
  const out = new Map<string, string>();
  for (const syllable of [...bySyllable.keys()].sort())
    out.set(
      syllable,
      [...bySyllable.get(syllable)!].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join(""),
    );
  return out;
}

/** pinyin-pro's data modules, loaded by name (exported under dist/*). */
export async function loadPinyinProData(): Promise<PinyinProData> {
  const dictModule = "pinyin-pro/dist/esm/data/dict1.mjs";
  const patternsModule = "pinyin-pro/dist/esm/data/patterns.mjs";
  const specialModule = "pinyin-pro/dist/esm/data/special.mjs";
  const dict = ((await import(dictModule)) as { default: PinyinProData["dict"] }).default;
  const { PatternsNormal } = (await import(patternsModule)) as { PatternsNormal: PinyinProData["patterns"] };
  const { toneSandhiMap } = (await import(specialModule)) as { toneSandhiMap: PinyinProData["toneSandhi"] };
  return { dict, patterns: PatternsNormal, toneSandhi: toneSandhiMap };
}

/** What pinyin-pro reads a character as when no word of its data covers it: its first reading, or itself. */
function readingAlone(dict: PinyinProData["dict"], char: string): string {
  const readings = char.length > 1 ? dict.StringDICT.get(char) : dict.NumberDICT[char.charCodeAt(0)];
  return readings ? stripTone(readings.split(" ")[0]!) : char;
}

/**
 * What lets a reader tell the syllable pinyin-pro gives a character in a text without loading it.
 * pinyin-pro reads a character as the word covering it says, if its segmentation picks a word of
 * its data there, and otherwise as the character alone (besides 一, 不, 了 and 々, which look at
 * their neighbours). So where no word of its data that reads the character otherwise than alone
 * stands in the text over it, the reading alone is the answer, whatever the segmentation.
 * - `alone`: the reading alone (toneless, grouped by syllable; "=" for the character itself) of
 *   every character that cannot be told from `derivePinyinReadings`, i.e. all but those with one
 *   syllable there, which is then their reading alone.
 * - `exceptions`: for each character, every word of the data that reads it otherwise than alone,
 *   with its place in the word ("长" → "会长:1 保长:1 …"). Surnames are left out: pinyin-pro reads them only when asked
 *   to read a name, which `tonelessSyllables` never does; one-character words too (it reads those
 *   as the character alone).
 */
export function derivePinyinInContext(data: PinyinProData): {
  alone: Map<string, string>;
  exceptions: Map<string, string>;
} {
  const syllables = new Map<string, Set<string>>();
  for (const [syllable, chars] of derivePinyinReadings(data))
    for (const c of chars) {
      let set = syllables.get(c);
      if (!set) syllables.set(c, (set = new Set()));
      set.add(syllable);
    }
  const bySyllable = new Map<string, string[]>();
  for (const [char, set] of syllables) {
    const alone = readingAlone(data.dict, char);
    if (alone !== char && set.size === 1 && set.has(alone)) continue;
    const key = alone === char ? "=" : alone;
    if (!bySyllable.has(key)) bySyllable.set(key, []);
    bySyllable.get(key)!.push(char);
  }
  const alone = new Map<string, string>();
  for (const key of [...bySyllable.keys()].sort())
    alone.set(
      key,
      bySyllable
        .get(key)!
        .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
        .join(""),
    );
  const byChar = new Map<string, Set<string>>();
  for (const { zh, pinyin, priority } of data.patterns) {
    const chars = [...zh];
    if (priority === SURNAME_PRIORITY || (chars.length === 1 && priority <= NORMAL_PRIORITY)) continue;
    const read = pinyin.split(" ");
    chars.forEach((c, j) => {
      if (stripTone(read[j] ?? "") === readingAlone(data.dict, c)) return;
      if (!byChar.has(c)) byChar.set(c, new Set());
      byChar.get(c)!.add(`${zh}:${j}`);
    });
  }
  const exceptions = new Map<string, string>();
  for (const c of [...byChar.keys()].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!))
    exceptions.set(c, [...byChar.get(c)!].sort().join(" "));
  return { alone, exceptions };
}

// pinyin-pro's Priority (common/constant.mjs).
const NORMAL_PRIORITY = 1;
const SURNAME_PRIORITY = 10;
