import { tonelessSyllables } from "./toneless-pinyin.js";

/*
 * Hotline transcripts and hurried typing write the substance by its sound: 然气, 燃汽, 燃起味, 天然汽,
 * 没气味 (for 煤气味), 夜化气. Matching the syllables instead of the characters catches every such
 * variant at once. A sound-alike is only taken for the substance when a gas word follows it (味, 漏,
 * 管, 罐, 表, 灶, 报警), so "没气了" and "燃起希望" stay what they are.
 */
const SUBSTANCES: readonly { syllables: readonly string[]; canonical: string }[] = [
  { syllables: ["tian", "ran", "qi"], canonical: "天然气" },
  { syllables: ["ye", "hua", "qi"], canonical: "液化气" },
  { syllables: ["ran", "qi"], canonical: "燃气" },
  { syllables: ["mei", "qi"], canonical: "煤气" },
  { syllables: ["wa", "si"], canonical: "瓦斯" },
];
// A hurried line may put a space between the two ("然起 泄露"): then only a leak or a smell counts.
const GAS_CONTEXT =
  /^(味|漏|泄|管|罐|表|灶|阀|报警|中毒|的味|那味|好大|很大|很重|好重|好冲|很冲|很浓)|^[\s，,]{1,2}(味|漏|泄)/;
// Cheap guard: a message without any of these syllables' common characters needs no pinyin at all.
const CANDIDATE = /[气汽起器弃期其奇企启泣砌契迄七齐骑棋旗斯丝思私司撕]/;

/*
 * GAS_CONTEXT anywhere after the first two characters (every substance is at least two syllables
 * long). A text where it occurs nowhere has no span to replace, so its pinyin is not needed: the
 * whole message's pinyin was most of the cost of this step.
 */
const CONTEXT_SOMEWHERE =
  /味|漏|泄|管|罐|表|灶|阀|报警|中毒|的味|那味|好大|很大|很重|好重|好冲|很冲|很浓|[\s，,]{1,2}(味|漏|泄)/;

/** The text with sound-alike spellings of gas substances replaced by the usual characters. */
export function normaliseGasHomophones(text: string): string {
  if (!CANDIDATE.test(text) || !CONTEXT_SOMEWHERE.test(text.slice(2))) return text;
  const syllables = tonelessSyllables(text);
  // pinyin-pro returns one entry per character for Chinese text; anything else would misalign.
  if (syllables.length !== text.length) return text;
  let out = text;
  for (let i = 0; i < syllables.length; i += 1) {
    for (const { syllables: want, canonical } of SUBSTANCES) {
      if (!want.every((s, k) => syllables[i + k] === s)) continue;
      const span = out.slice(i, i + want.length);
      if (span !== canonical && GAS_CONTEXT.test(out.slice(i + want.length))) {
        out = out.slice(0, i) + canonical + out.slice(i + want.length);
      }
      i += want.length - 1;
      break;
    }
  }
  return out;
}
