/**
 * Writes src/intake/pinyin-readings-table.ts: every toneless syllable pinyin-pro can give each
 * character (src/intake/pinyin-readings-derive.ts), which lets the place resolver tell that a message
 * cannot sound like any place before it reads the message's pinyin. Run it after upgrading
 * pinyin-pro; `tests/intake/pinyin-readings.test.ts` fails until the table is written again.
 *
 *   npx tsx scripts/pinyin-readings-table.ts
 */
import { writeFileSync } from "node:fs";
import { derivePinyinReadings, loadPinyinProData } from "../src/intake/pinyin-readings-derive.js";

const readings = derivePinyinReadings(await loadPinyinProData());
const lines = [...readings].map(([syllable, chars]) => `${syllable} ${chars}`);
const file = new URL("../src/intake/pinyin-readings-table.ts", import.meta.url);
writeFileSync(
  file,
  `// Written by scripts/pinyin-readings-table.ts from pinyin-pro's data; do not edit by hand.
// One line per toneless syllable: the syllable, a space, every character pinyin-pro can read so.
export const PINYIN_READINGS =
${lines.map((l) => `  ${JSON.stringify(`${l}\n`)}`).join(" +\n")};
`,
);
process.stdout.write(
  `${readings.size} syllables, ${lines.reduce((n, l) => n + [...l].length, 0)} characters\n`,
);
