import { toSimplifiedChinese as toSimplified } from "../domain/text-simplify.js";

/**
 * Canonical form for every downstream step: simplified characters, half-width ASCII letters,
 * digits and punctuation mapped to their usual Chinese forms, whitespace collapsed.
 */
export function normalizeText(text: string): string {
  const halfWidth = text
    .replace(/\u3000/g, " ")
    // Full-width letters and digits (U+FF01..U+FF5E) shift to ASCII, except Chinese punctuation we keep.
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    );
  return toSimplified(halfWidth)
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\f\v\u00A0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{2,}/g, "\n")
    .split("\n")
    .map(tidyPunctuation)
    .join("\n")
    .trim();
}

/** Speech-to-text and hurried typing leave "工地，。" and "觉。。": one stop is enough. */
export function tidyPunctuation(text: string): string {
  return text
    .replace(/[，,、；;]+\s*(?=[。！？!?]|$)/g, "")
    .replace(/([。！？!?])[。，,]+/g, "$1")
    .replace(/，{2,}/g, "，")
    .trim();
}
