/**
 * Writes src/intake/pinyin-readings-table.ts: every toneless syllable pinyin-pro can give each
 * character (src/intake/pinyin-readings-derive.ts), which lets the place resolver tell that a message
 * cannot sound like any place before it reads the message's pinyin; and
 * src/intake/pinyin-in-context-table.ts: each character's reading alone and the words that read it
 * otherwise, which let it read most messages' syllables without pinyin-pro. Run it after upgrading
 * pinyin-pro; `tests/intake/pinyin-readings.test.ts` fails until the tables are written again.
 *
 *   npx tsx scripts/pinyin-readings-table.ts
 */
import { writeFileSync } from "node:fs";
import {
  derivePinyinInContext,
  derivePinyinReadings,
  loadPinyinProData,
} from "../src/intake/pinyin-readings-derive.js";

const data = await loadPinyinProData();
const readings = derivePinyinReadings(data);
const lines = [...readings].map(([syllable, chars]) => `${syllable} ${chars}`);
const stringOf = (rows: string[]) => rows.map((l) => `  ${JSON.stringify(`${l}\n`)}`).join(" +\n");
writeFileSync(
  new URL("../src/intake/pinyin-readings-table.ts", import.meta.url),
  `// Written by scripts/pinyin-readings-table.ts from pinyin-pro's data; do not edit by hand.
// One line per toneless syllable: the syllable, a space, every character pinyin-pro can read so.
export const PINYIN_READINGS =
${stringOf(lines)};
`,
);
const { alone, exceptions } = derivePinyinInContext(data);
const aloneLines = [...alone].map(([syllable, chars]) => `${syllable} ${chars}`);
const exceptionLines = [...exceptions].map(([char, words]) => `${char} ${words}`);
writeFileSync(
  new URL("../src/intake/pinyin-in-context-table.ts", import.meta.url),
  `// Written by scripts/pinyin-readings-table.ts from pinyin-pro's data; do not edit by hand.
// One line per toneless syllable ("=" for the character itself): the characters pinyin-pro reads
// so when no word covers them, for those with more than one syllable in PINYIN_READINGS.
export const PINYIN_ALONE =
${stringOf(aloneLines)};

// One line per character some word of pinyin-pro's data reads otherwise than alone: the character,
// then each such word and the character's place in it ("会长:1").
export const PINYIN_WORD_EXCEPTIONS =
${stringOf(exceptionLines)};
`,
);
process.stdout.write(
  `${readings.size} syllables, ${lines.reduce((n, l) => n + [...l].length, 0)} characters; ` +
    `${aloneLines.reduce((n, l) => n + [...l].length, 0)} characters' readings alone, ${exceptionLines.length} characters read otherwise in words\n`,
);
