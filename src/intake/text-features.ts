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
  const counts = piecewiseFeatures(text, segmenter, options);
  recent.unshift({ text, segmenter, options, counts });
  if (recent.length > RECENT) recent.pop();
  return counts;
}

/*
 * Where a text may be cut into pieces that are read alone: punctuation and white space that are
 * neither in jieba's word-forming runs (CJK ideographs, ASCII letters and digits, `+#&._%-`) nor of
 * the Han script (so 〇 and 々, which jieba does not join but \p{Script=Han} does, are no break).
 * jieba cuts each run on its own and a Han run never crosses one of these, so a text's words and
 * n-grams are its pieces' words and n-grams, in order.
 */
const PIECE_BREAK = /[\s，。！？；：、,!?;:（）()“”‘’"'《》〈〉【】「」『』…—]+/;
// What joins the pieces a text still needs cut into one call: jieba gives a break of its own back.
const JOIN = "\n";

/** One piece's feature keys in the order `extractFeatures` adds them: its words, then its n-grams. */
export interface Piece {
  readonly words: readonly string[];
  readonly grams: readonly string[];
}

/*
 * Pieces already read, per segmenter and feature options. The summary weighs windows of one to
 * three clauses of the letter the category was read from, so most of its clauses were cut before.
 * Bounded: cleared when full (a worker reads many messages; their pieces rarely come back).
 */
const pieceMemos = new WeakMap<Segmenter, Map<FeatureOptions, Map<string, Piece>>>();
const MAX_PIECES = 4096;

/**
 * The counts `extractFeatures(text, segmenter, options)` gives, map order included, built from the
 * text's pieces: each piece is cut and its n-grams listed once, and the pieces not read yet are cut
 * in one call to the segmenter (one native call; the on-demand dictionary sees the same pieces).
 */
export function piecewiseFeatures(
  text: string,
  segmenter: Segmenter,
  options: FeatureOptions,
): Map<string, number> {
  const pieces = featurePieces(text, segmenter, options);
  if (!pieces) return extractFeatures(text, segmenter, options);
  const counts = new Map<string, number>();
  for (const piece of pieces) for (const key of piece.words) add(counts, key);
  for (const piece of pieces) for (const key of piece.grams) add(counts, key);
  return counts;
}

/**
 * The text's pieces, in order, each read once (see piecewiseFeatures): its counts are every
 * piece's words, then every piece's n-grams, counted in that order. The same object for the same
 * piece while it stays remembered, so a reader may keep what it derives from one (its model
 * columns). Null when the segmenter's cut cannot be split by piece: read the text whole then.
 */
export function featurePieces(
  text: string,
  segmenter: Segmenter,
  options: FeatureOptions,
): readonly Piece[] | null {
  let bySegmenter = pieceMemos.get(segmenter);
  if (!bySegmenter) pieceMemos.set(segmenter, (bySegmenter = new Map()));
  let memo = bySegmenter.get(options);
  if (!memo) bySegmenter.set(options, (memo = new Map()));
  const parts = text.split(PIECE_BREAK).filter((p) => p.length > 0);
  let missing = [...new Set(parts.filter((p) => !memo.has(p)))];
  if (missing.length) {
    if (memo.size + missing.length > MAX_PIECES) {
      memo.clear();
      missing = [...new Set(parts)];
    }
    const cuts = options.words ? cutEach(missing, segmenter) : missing.map(() => []);
    // A cut that did not come back as one run of tokens per piece: read the text whole.
    if (!cuts) return null;
    missing.forEach((p, i) => memo.set(p, pieceOf(p, cuts[i]!, options)));
  }
  return parts.map((p) => memo.get(p)!);
}

/** Each piece's tokens from one cut of the pieces joined, or null when they cannot be told apart. */
function cutEach(pieces: readonly string[], segmenter: Segmenter): string[][] | null {
  const out: string[][] = [[]];
  for (const token of segmenter.cut(pieces.join(JOIN))) {
    if (token === JOIN) out.push([]);
    else out[out.length - 1]!.push(token);
  }
  return out.length === pieces.length ? out : null;
}

function pieceOf(piece: string, tokens: readonly string[], options: FeatureOptions): Piece {
  const words: string[] = [];
  let prev: string | null = null;
  for (const raw of tokens) {
    if (!KEEP_WORD.test(raw)) {
      prev = null;
      continue;
    }
    const word = raw.toLowerCase().replace(/\d+/g, "#");
    words.push(`w:${word}`);
    if (options.wordBigrams && prev !== null) words.push(`b:${prev}_${word}`);
    prev = word;
  }
  const grams: string[] = [];
  if (options.charNgrams.length)
    for (const run of piece.match(HAN_RUNS) ?? []) {
      const chars = SURROGATE.test(run) ? [...run] : null;
      for (const n of options.charNgrams)
        if (chars)
          for (let i = 0; i + n <= chars.length; i++) grams.push(`c:${chars.slice(i, i + n).join("")}`);
        else for (let i = 0; i + n <= run.length; i++) grams.push(`c:${run.slice(i, i + n)}`);
    }
  return { words, grams };
}

/** True when the text contains at least one Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}
