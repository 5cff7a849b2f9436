import { KIND_CUES } from "./kind-cues.js";
import { extractFeatures } from "./text-features.js";
import type { Segmenter } from "./segmenter.js";
import { hanCount } from "./han-count.js";

// Character n-grams need no segmentation; without jieba the model loads and runs in microseconds.
const NO_WORDS: Segmenter = { cut: () => [] };
const NGRAMS = { words: false, wordBigrams: false, charNgrams: [1, 2, 3] };
const EDGE_NGRAMS = { words: false, wordBigrams: false, charNgrams: [1, 2] };
const MAX_CHARS = 400;

/** Sentences as a resident writes them; a question mark or a line break ends one too. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?；;\n])/)
    .map((s) => s.trim())
    .filter((s) => /\p{Script=Han}/u.test(s));
}

/**
 * Features for the kind model. Where a word stands matters as much as the word: a letter states
 * what it wants in its last sentence (请问…是否 / 建议…考虑 / 恳请…查处) and who it is and why in the
 * first. So the n-grams of the first and last sentences are features of their own ("s:", "e:"),
 * beside the n-grams of the whole text ("c:"), the rule cues that fired anywhere ("r:") or in the
 * closing sentence ("re:"), and the length of the message ("len:") — a chat line and a 300-character
 * letter use the same words differently.
 */
export function kindFeatures(full: string): Map<string, number> {
  // A letter says who and why at the start and what it wants at the end; the middle of a very long
  // one adds cost (n-grams grow with length), not evidence.
  const text =
    full.length > MAX_CHARS ? `${full.slice(0, MAX_CHARS / 2)}\n${full.slice(-MAX_CHARS / 2)}` : full;
  const counts = extractFeatures(text, NO_WORDS, NGRAMS);
  const parts = sentences(text);
  const first = parts[0] ?? "";
  const last = parts.length > 1 ? parts[parts.length - 1]! : "";
  for (const [f, n] of extractFeatures(first, NO_WORDS, EDGE_NGRAMS)) counts.set(`s:${f}`, n);
  for (const [f, n] of extractFeatures(last, NO_WORDS, EDGE_NGRAMS)) counts.set(`e:${f}`, n);
  for (const cue of KIND_CUES) {
    if (cue.pattern.test(text)) counts.set(`r:${cue.id}`, 1);
    if (last && cue.pattern.test(last)) counts.set(`re:${cue.id}`, 1);
  }
  if (/[？?]\s*$/.test(text)) counts.set("q:end", 1);
  const han = hanCount(text);
  counts.set(`len:${han < 40 ? "chat" : han < 100 ? "short" : han < 400 ? "letter" : "long"}`, 1);
  return counts;
}
