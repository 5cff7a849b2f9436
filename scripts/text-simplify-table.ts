/**
 * Writes src/domain/text-simplify-table.ts: the characters `toSimplifiedChinese` looks for before
 * converting a text, worked out from opencc-js's hk → cn preset (`designatedCharacters`). Run it
 * after upgrading opencc-js; `tests/domain/text-simplify-table.test.ts` fails until the table is
 * written again.
 *
 *   npx tsx scripts/text-simplify-table.ts
 */
import { writeFileSync } from "node:fs";
import { Locale } from "opencc-js/t2cn";
import { designatedCharacters } from "../src/domain/text-simplify-designated.js";

const characters = designatedCharacters(Locale.configs);
if (characters === null) throw new Error("opencc-js's hk2s preset is not shaped as expected");
const lines = [...characters].join("").match(/.{1,80}/gu) ?? [];
const file = new URL("../src/domain/text-simplify-table.ts", import.meta.url);
writeFileSync(
  file,
  `// Written by scripts/text-simplify-table.ts from opencc-js's hk → cn preset; do not edit by hand.
// One character of each dictionary entry that changes text (see text-simplify-designated.ts).
export const DESIGNATED_CHARACTERS =
${lines.map((l) => `  ${JSON.stringify(l)}`).join(" +\n")};
`,
);
process.stdout.write(`${[...characters].length} characters\n`);
