import { PINYIN_ALONE, PINYIN_WORD_EXCEPTIONS } from "./pinyin-in-context-table.js";
import { possibleSyllables } from "./pinyin-readings.js";

/*
 * The syllable `tonelessSyllables` gives a character of a text, told without loading pinyin-pro
 * where its tables can tell it (src/intake/pinyin-readings-derive.ts, `derivePinyinInContext`):
 * pinyin-pro reads a character as the word of its data covering it, or as the character alone,
 * so where no word that reads it otherwise stands over it in the text, it is read as alone. Loading
 * pinyin-pro and building its word automaton is most of what a cold one-message `extract` pays when
 * a window of the message sounds like a place.
 */

let alone: Map<string, string> | undefined;
let exceptions: Map<string, (readonly [word: readonly string[], at: number])[]> | undefined;

function readingAlone(char: string): string | undefined {
  if (!alone) {
    alone = new Map();
    for (const line of PINYIN_ALONE.split("\n")) {
      const space = line.indexOf(" ");
      if (space < 0) continue;
      const syllable = line.slice(0, space);
      for (const c of line.slice(space + 1)) alone.set(c, syllable === "=" ? c : syllable);
    }
  }
  const listed = alone.get(char);
  if (listed !== undefined) return listed;
  // Not listed: the character has one syllable besides itself, which is its reading alone, or none.
  const possible = possibleSyllables(char);
  if (possible === null || possible.length > 2) return undefined;
  return possible[possible.length - 1];
}

function wordsReadingOtherwise(char: string): readonly (readonly [readonly string[], number])[] {
  if (!exceptions) {
    exceptions = new Map();
    for (const line of PINYIN_WORD_EXCEPTIONS.split("\n")) {
      const [char, ...words] = line.split(" ");
      if (!char) continue;
      exceptions.set(
        char,
        words.map(
          (w) => [[...w.slice(0, w.lastIndexOf(":"))], Number(w.slice(w.lastIndexOf(":") + 1))] as const,
        ),
      );
    }
  }
  return exceptions.get(char) ?? [];
}

/**
 * What `tonelessSyllables(chars.join(""))[i]` is, or undefined where the tables cannot tell: a
 * word that reads the character otherwise stands over it, or the character is 了 or 々 (read by
 * what stands before them).
 */
export function syllableInContext(chars: readonly string[], i: number): string | undefined {
  const char = chars[i]!;
  if (char === "了" || char === "々") return undefined;
  for (const [word, at] of wordsReadingOtherwise(char)) {
    const start = i - at;
    if (start < 0 || start + word.length > chars.length) continue;
    let j = 0;
    while (j < word.length && chars[start + j] === word[j]) j++;
    if (j === word.length) return undefined;
  }
  return readingAlone(char);
}
