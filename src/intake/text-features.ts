import type { Segmenter } from "./segmenter.js";

/** Which features a model uses; stored in the model file so training and inference always agree. */
export interface FeatureOptions {
  /** jieba words (and word bigrams when wordBigrams is true). */
  words: boolean;
  wordBigrams: boolean;
  /** Lengths of character n-grams over runs of Chinese characters, e.g. [2] or [1, 2, 3]. */
  charNgrams: number[];
}

export const DEFAULT_FEATURES: FeatureOptions = { words: true, wordBigrams: false, charNgrams: [2, 3] };

const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+/gu;
const KEEP_WORD = /[\p{Script=Han}A-Za-z0-9]/u;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Term counts for one text. Word features carry "w:", character n-grams "c:", so a one-character
 * word and a one-character n-gram stay distinct. Digits collapse to "#": house numbers and dates
 * say nothing about the category but would otherwise flood the vocabulary.
 */
export function extractFeatures(
  text: string,
  segmenter: Segmenter,
  options: FeatureOptions,
): Map<string, number> {
  const counts = new Map<string, number>();
  if (options.words) {
    let prev: string | null = null;
    for (const raw of segmenter.cut(text)) {
      if (!KEEP_WORD.test(raw)) {
        prev = null;
        continue;
      }
      const word = raw.toLowerCase().replace(/\d+/g, "#");
      add(counts, `w:${word}`);
      if (options.wordBigrams && prev !== null) add(counts, `b:${prev}_${word}`);
      prev = word;
    }
  }
  if (options.charNgrams.length) {
    for (const run of text.match(HAN_RUNS) ?? []) {
      // Almost every run is in the Basic Multilingual Plane: slicing the string itself is the same
      // n-gram without building an array per n-gram (this loop is most of the extraction time), and
      // a run of Han characters holds a surrogate only as half of a pair outside that plane.
      if (!SURROGATE.test(run)) {
        for (const n of options.charNgrams)
          for (let i = 0; i + n <= run.length; i++) add(counts, `c:${run.slice(i, i + n)}`);
        continue;
      }
      const chars = [...run];
      for (const n of options.charNgrams)
        for (let i = 0; i + n <= chars.length; i++) add(counts, `c:${chars.slice(i, i + n).join("")}`);
    }
  }
  return counts;
}

// A module function, not a closure per call: this runs once per n-gram of every message.
function add(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

const recent: { text: string; segmenter: Segmenter; options: FeatureOptions; counts: Map<string, number> }[] =
  [];
const RECENT = 4;

/**
 * `extractFeatures` for a text the same model just read: one extraction reads a message for a
 * category, again to explain it and to weigh its evidence, and the word cut is most of the cost on
 * a long letter. Callers must not change the map.
 */
export function featuresOf(
  text: string,
  segmenter: Segmenter,
  options: FeatureOptions,
): ReadonlyMap<string, number> {
  const hit = recent.find((r) => r.segmenter === segmenter && r.options === options && r.text === text);
  if (hit) return hit.counts;
  const counts = extractFeatures(text, segmenter, options);
  recent.unshift({ text, segmenter, options, counts });
  if (recent.length > RECENT) recent.pop();
  return counts;
}

/** True when the text contains at least one Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}
