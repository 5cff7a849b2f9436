import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

/** Chinese word segmentation with the deployment's own place and unit names as user words. */
export interface Segmenter {
  cut(text: string): string[];
}

// A frequency high enough that jieba keeps a place name whole instead of splitting it.
const USER_WORD_FREQ = 200_000;

export function createSegmenter(userWords: readonly string[] = []): Segmenter {
  const jieba = Jieba.withDict(dict);
  const words = [...new Set(userWords.map((w) => w.trim()).filter((w) => w.length > 1 && !/\s/.test(w)))];
  // loadDict merges into the loaded dictionary (jieba dict.txt format: word freq tag).
  if (words.length)
    jieba.loadDict(Buffer.from(words.map((w) => `${w} ${USER_WORD_FREQ} ns`).join("\n") + "\n"));
  return { cut: (text) => jieba.cut(text, true) };
}
