import { createRequire } from "node:module";
import type * as JiebaPackage from "@node-rs/jieba";
import {
  DictionaryFile,
  dictionaryCovering,
  jiebaDictionaryFile,
  readJiebaDictionary,
  userDictionary,
  userWordsOf,
} from "./jieba-dictionary.js";

// Required, not imported: importing a CommonJS package from an ES module makes Node lex its whole
// source for export names first (cjs-module-lexer), a few percent of a cold `zhitong extract`.
const { Jieba } = createRequire(import.meta.url)("@node-rs/jieba") as typeof JiebaPackage;
type Jieba = JiebaPackage.Jieba;

/** Chinese word segmentation with the deployment's own place and unit names as user words. */
export interface Segmenter {
  cut(text: string): string[];
}

export interface SegmenterOptions {
  /**
   * `full` (the default) builds jieba's whole dictionary now, for a process that reads many texts.
   * `on-demand` builds, at each text it has not seen, a dictionary of only the words that text can
   * contain: the same words out, for a command that reads one message (see jieba-dictionary.ts).
   */
  dictionary?: "full" | "on-demand";
}

export function createSegmenter(
  userWords: readonly string[] = [],
  options: SegmenterOptions = {},
): Segmenter {
  const words = userWordsOf(userWords);
  if (options.dictionary === "on-demand") return new OnDemandSegmenter(words);
  const jieba = fullJieba(words);
  return { cut: (text) => jieba.cut(text, true) };
}

function fullJieba(words: readonly string[]): Jieba {
  const jieba = Jieba.withDict(readJiebaDictionary());
  // loadDict merges into the loaded dictionary (jieba dict.txt format: word freq tag).
  const user = userDictionary(words);
  if (user) jieba.loadDict(user);
  return jieba;
}

/**
 * Characters that always separate jieba's word-forming runs (white space and punctuation, never
 * CJK, ASCII letters, digits or `+#&._%-`). A text whose every piece between them lies inside the
 * covered texts has every word-forming run there too.
 */
const SEPARATORS =
  /[\s!"$'()*,/:;<=>?@[\\\]^`{|}~\u2000-\u206f\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/;

/**
 * After this many rebuilds, or this much text covered, the whole dictionary costs less than
 * rebuilding again: a batch of messages, not one.
 */
const MAX_REBUILDS = 4;
const MAX_COVERED_CHARS = 20_000;

class OnDemandSegmenter implements Segmenter {
  private covered = "";
  private rebuilds = 0;
  private jieba: Jieba | null = null;
  private full = false;

  constructor(private readonly words: readonly string[]) {}

  cut(text: string): string[] {
    if (!this.full && !this.covers(text)) this.cover(text);
    return this.jieba!.cut(text, true);
  }

  private covers(text: string): boolean {
    if (!this.jieba) return false;
    return text.split(SEPARATORS).every((piece) => this.covered.includes(piece));
  }

  private cover(text: string): void {
    this.rebuilds++;
    this.covered = this.covered ? `${this.covered}\n${text}` : text;
    if (this.rebuilds > MAX_REBUILDS || this.covered.length > MAX_COVERED_CHARS) {
      this.jieba = fullJieba(this.words);
      this.full = true;
      return;
    }
    // Only the pages the search reads: a few hundred of the file's 4 KB pages for one message.
    const dict = DictionaryFile.open(jiebaDictionaryFile());
    try {
      this.jieba = Jieba.withDict(dictionaryCovering(dict, this.words, this.covered));
    } finally {
      dict.close();
    }
  }
}
