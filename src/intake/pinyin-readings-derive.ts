import { stripTone } from "./toneless-pinyin.js";

/** pinyin-pro's data, as its modules export it (dist/esm/data/*.mjs, untyped). */
export interface PinyinProData {
  dict: { NumberDICT: (string | undefined)[]; StringDICT: Map<string, string> };
  patterns: readonly { zh: string; pinyin: string }[];
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
