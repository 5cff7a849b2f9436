import { createRequire } from "node:module";
import type { pinyin as Pinyin } from "pinyin-pro";

/*
 * pinyin-pro builds its dictionary when it is loaded and its phrase automaton on its first call:
 * a large share of a one-message `zhitong extract`, and many messages never need a syllable (the
 * place resolver asks src/intake/pinyin-readings.ts first). Loaded on the first call instead.
 */
let loaded: typeof Pinyin | undefined;
function pinyinArray(text: string, options: { toneType?: "none"; v?: boolean } = {}): string[] {
  loaded ??= (createRequire(import.meta.url)("pinyin-pro") as { pinyin: typeof Pinyin }).pinyin;
  return loaded(text, { ...options, type: "array" });
}

/*
 * pinyin-pro's `toneType: "none"` strips the tone of every syllable of every call with nine
 * regular-expression replacements (and `v: true` one more), which was about half of what pinyin cost
 * the place resolver. Mandarin has a few hundred toned syllables: each is stripped once here, by
 * the same replacements, and remembered.
 */
const stripped = new Map<string, string>();

export function stripTone(syllable: string): string {
  let out = stripped.get(syllable);
  if (out === undefined) {
    // pinyin-pro's getPinyinWithoutTone, then its `v: true`.
    out = syllable
      .replace(/(ā|á|ǎ|à)/g, "a")
      .replace(/(ō|ó|ǒ|ò)/g, "o")
      .replace(/(ē|é|ě|è)/g, "e")
      .replace(/(ī|í|ǐ|ì)/g, "i")
      .replace(/(ū|ú|ǔ|ù)/g, "u")
      .replace(/(ǖ|ǘ|ǚ|ǜ)/g, "ü")
      .replace(/(n̄|ń|ň|ǹ)/g, "n")
      .replace(/(m̄|ḿ|m̌|m̀)/g, "m")
      .replace(/(ê̄|ế|ê̌|ề)/g, "ê")
      .replace(/ü/g, "v");
    if (stripped.size < 10_000) stripped.set(syllable, out);
  }
  return out;
}

/**
 * Exactly `pinyin(text, { toneType: "none", type: "array", v: true })`: one entry per character,
 * toneless, ü written v; a character pinyin-pro has no reading for passes through as itself.
 */
export function tonelessSyllables(text: string): string[] {
  const toned = pinyinArray(text);
  const chars = [...text];
  // pinyin-pro strips only the entries it read as Chinese, which are those that differ from their
  // character; when its split of the text is not the code points', ask it to strip instead.
  if (toned.length !== chars.length) return pinyinArray(text, { toneType: "none", v: true });
  for (let i = 0; i < toned.length; i++) if (toned[i] !== chars[i]) toned[i] = stripTone(toned[i]!);
  return toned;
}
