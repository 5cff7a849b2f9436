import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * jieba's dictionary and the deployment's user words, as dictionary text (`word freq tag` lines).
 *
 * Building jieba's trie from its 349,000 words is most of a cold `zhitong extract` (about a quarter
 * of its CPU). jieba cuts a text using only the dictionary words that occur inside the text, their
 * frequencies, and the sum of all frequencies. `dictionaryCovering` keeps exactly those words and
 * one placeholder word that carries the frequencies of all the others, so a trie built from a few
 * hundred lines cuts that text exactly as the whole dictionary does.
 */

// A frequency high enough that jieba keeps a place name whole instead of splitting it.
export const USER_WORD_FREQ = 200_000;

/**
 * A word no text can contain: jieba only looks words up inside runs of CJK characters, ASCII
 * letters, digits and `+#&._%-`, and a control character is none of those (nor white space,
 * which would end the word in the dictionary line).
 */
const PLACEHOLDER_WORD = "\u0001";

/** Where the package keeps jieba's dictionary (read directly: its `dict.js` also reads 6 MB of IDF). */
export function jiebaDictionaryFile(): string {
  return createRequire(import.meta.url).resolve("@node-rs/jieba/dict.txt");
}

export function readJiebaDictionary(): Buffer {
  return readFileSync(jiebaDictionaryFile());
}

/** What the binary search reads of a dictionary: a Buffer, or a DictionaryFile read page by page. */
export type DictionaryBytes = Pick<Uint8Array, "length" | "at" | "indexOf" | "subarray">;

const PAGE = 4096;

/**
 * jieba's dictionary file read only where the binary search looks. The on-demand dictionary of one
 * message reads a few hundred of the 5 MB file's 4 KB pages; reading the whole file cost more CPU
 * than the search and the trie together. The same bytes as the file, so the same lines are found.
 */
export class DictionaryFile implements DictionaryBytes {
  private readonly pages = new Map<number, Buffer>();

  private constructor(
    private readonly fd: number,
    readonly length: number,
  ) {}

  static open(file: string): DictionaryFile {
    const fd = openSync(file, "r");
    try {
      return new DictionaryFile(fd, fstatSync(fd).size);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  private page(n: number): Buffer {
    let page = this.pages.get(n);
    if (!page) {
      page = Buffer.alloc(Math.min(PAGE, this.length - n * PAGE));
      for (let done = 0; done < page.length;) {
        const read = readSync(this.fd, page, done, page.length - done, n * PAGE + done);
        if (read === 0) throw new Error("jieba's dictionary file ended early (changed while read?)");
        done += read;
      }
      this.pages.set(n, page);
    }
    return page;
  }

  /** The byte at `i`, undefined outside the file (never counted from the end, unlike Uint8Array). */
  at(i: number): number | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    return this.page(Math.floor(i / PAGE))[i % PAGE];
  }

  indexOf(byte: number, from = 0): number {
    for (let n = Math.floor(Math.max(0, from) / PAGE); n * PAGE < this.length; n++) {
      const start = n * PAGE;
      const found = this.page(n).indexOf(byte, Math.max(0, from - start));
      if (found >= 0) return start + found;
    }
    return -1;
  }

  subarray(from: number, to: number = this.length): Uint8Array {
    const out = Buffer.alloc(Math.max(0, to - from));
    for (let at = from; at < to;) {
      const n = Math.floor(at / PAGE);
      const page = this.page(n);
      const offset = at - n * PAGE;
      const count = Math.min(page.length - offset, to - at);
      page.copy(out, at - from, offset, offset + count);
      at += count;
    }
    return out;
  }
}

/** The user words jieba is given: trimmed, longer than one character, no white space, once each. */
export function userWordsOf(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 1 && !/\s/.test(w)))];
}

/** User words as dictionary lines, loaded after jieba's dictionary (a line for a known word replaces its frequency). */
export function userDictionary(words: readonly string[]): Buffer | null {
  return words.length ? Buffer.from(words.map((w) => `${w} ${USER_WORD_FREQ} ns`).join("\n") + "\n") : null;
}

/**
 * The sum of the frequencies in the dictionary @node-rs/jieba 2.0.2 ships, and its size: scanning
 * 349,000 lines for it would cost most of what this module saves. A dictionary of another size is
 * summed line by line instead; `tests/intake/jieba-dictionary.test.ts` checks the figure.
 */
export const SHIPPED_DICTIONARY = { bytes: 5_071_843, totalFrequency: 60_101_964 } as const;

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** The sum of every line's frequency (each word appears once in jieba's dictionary). */
export function totalFrequency(dict: DictionaryBytes): number {
  if (dict.length === SHIPPED_DICTIONARY.bytes) return SHIPPED_DICTIONARY.totalFrequency;
  let total = 0;
  for (let pos = 0; pos < dict.length;) {
    let at = dict.indexOf(SPACE, pos);
    const end = dict.indexOf(NEWLINE, pos);
    const lineEnd = end < 0 ? dict.length : end;
    let freq = 0;
    if (at >= 0 && at < lineEnd)
      for (let c = dict.at(++at)!; c >= 0x30 && c <= 0x39; c = dict.at(++at)!) freq = freq * 10 + c - 0x30;
    total += freq;
    pos = lineEnd + 1;
  }
  return total;
}

/**
 * jieba's dictionary file is sorted by word (UTF-8 byte order is code point order), so the lines
 * starting with a prefix are one run, found by binary search over byte offsets, like `look(1)`.
 */
class SortedDictionary {
  constructor(readonly bytes: DictionaryBytes) {}

  /** The start of the line holding byte `at`, no earlier than `floor` (itself a line start). */
  private lineStart(at: number, floor: number): number {
    while (at > floor && this.bytes.at(at - 1) !== NEWLINE) at--;
    return at;
  }

  private lineEnd(at: number): number {
    const end = this.bytes.indexOf(NEWLINE, at);
    return end < 0 ? this.bytes.length : end;
  }

  /** <0 when the word at `line` sorts before every word starting with `prefix`, 0 when it starts with it, >0 after. */
  private compare(line: number, prefix: Uint8Array): number {
    const b = this.bytes;
    for (let i = 0; i < prefix.length; i++) {
      // The word ended (space, line end, file end) before the prefix did: a shorter word sorts first.
      if (line + i >= b.length) return -1;
      const c = b.at(line + i)!;
      if (c === SPACE || c === NEWLINE) return -1;
      if (c !== prefix[i]) return c - prefix[i]!;
    }
    return 0;
  }

  /** The first line in [lo, hi) whose comparison with `prefix` is at least `least` (0 or 1). */
  private bound(prefix: Uint8Array, lo: number, hi: number, least: number): number {
    while (lo < hi) {
      const line = this.lineStart((lo + hi) >>> 1, lo);
      if (this.compare(line, prefix) < least) lo = this.lineEnd(line) + 1;
      else hi = line;
    }
    return lo;
  }

  /** The lines [from, to) whose word starts with `prefix`, searched within [lo, hi). */
  run(prefix: Uint8Array, lo = 0, hi = this.bytes.length): [number, number] {
    const from = this.bound(prefix, lo, hi, 0);
    return [from, this.bound(prefix, from, hi, 1)];
  }

  /** True when the line at `line` holds exactly the word `word`. */
  isWord(line: number, word: Uint8Array): boolean {
    const after = this.bytes.at(line + word.length);
    return this.compare(line, word) === 0 && (after === SPACE || after === NEWLINE || after === undefined);
  }

  frequency(line: number): number {
    let at = this.bytes.indexOf(SPACE, line);
    let freq = 0;
    for (let c = this.bytes.at(++at)!; c >= 0x30 && c <= 0x39; c = this.bytes.at(++at)!)
      freq = freq * 10 + c - 0x30;
    return freq;
  }

  line(line: number): Uint8Array {
    return this.bytes.subarray(line, this.lineEnd(line));
  }
}

/** Byte offsets where each character of UTF-8 text starts, and the text's end. */
function charStarts(bytes: Uint8Array): number[] {
  const starts: number[] = [];
  for (let i = 0; i < bytes.length; i++) if ((bytes[i]! & 0xc0) !== 0x80) starts.push(i);
  starts.push(bytes.length);
  return starts;
}

/**
 * The lines of `dict` (jieba's dictionary: sorted, each word once) and of `userWords` (already
 * cleaned by `userWordsOf`) whose word occurs in `cover`, plus a placeholder line whose frequency
 * makes the sum of all frequencies the same as the whole dictionary's with the user words. Cutting
 * any text whose every word-forming run lies inside `cover` with this dictionary gives exactly the
 * words the whole one gives.
 */
export function dictionaryCovering(
  dict: DictionaryBytes,
  userWords: readonly string[],
  cover: string,
): Buffer {
  const sorted = new SortedDictionary(dict);
  const users = new Set(userWords);
  const text = Buffer.from(cover, "utf8");
  const starts = charStarts(text);
  const kept = new Set<number>();
  for (let s = 0; s < starts.length - 1; s++) {
    let [lo, hi] = [0, dict.length];
    // Longer and longer words from this character, while any dictionary word still starts so.
    for (let e = s + 1; e < starts.length && lo < hi; e++) {
      const prefix = text.subarray(starts[s]!, starts[e]!);
      [lo, hi] = sorted.run(prefix, lo, hi);
      if (lo < hi && sorted.isWord(lo, prefix)) kept.add(lo);
    }
  }
  let total = totalFrequency(dict);
  let keptTotal = 0;
  const out: Uint8Array[] = [];
  for (const line of kept) {
    const bytes = sorted.line(line);
    const word = Buffer.from(bytes.subarray(0, bytes.indexOf(SPACE))).toString("utf8");
    // A user word's line below replaces the dictionary's.
    if (users.has(word)) continue;
    out.push(bytes);
    keptTotal += sorted.frequency(line);
  }
  for (const word of userWords) {
    const bytes = Buffer.from(word, "utf8");
    const [lo, hi] = sorted.run(bytes);
    if (lo < hi && sorted.isWord(lo, bytes)) total -= sorted.frequency(lo);
    total += USER_WORD_FREQ;
    if (cover.includes(word)) {
      out.push(Buffer.from(`${word} ${USER_WORD_FREQ} ns`, "utf8"));
      keptTotal += USER_WORD_FREQ;
    }
  }
  out.push(Buffer.from(`${PLACEHOLDER_WORD} ${total - keptTotal} x`, "utf8"));
  return Buffer.concat(out.flatMap((line) => [line, NEWLINE_BYTES]));
}

const NEWLINE_BYTES = Buffer.from("\n");
