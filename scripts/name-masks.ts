/**
 * Every name mask the staff view puts on free text, for reading by hand: on everyday sets (no
 * names labelled) a mask that hits no name is a false mask that makes a description unreadable.
 *   npx tsx scripts/name-masks.ts data/intake/eval-cases.jsonl data/intake/eval-fresh13.jsonl
 * Prints each masked word with a few characters around it, then the count per file. The reporter's
 * name the engine reads is masked as the console masks it (everywhere it stands).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { maskFreeText } from "../src/auth/free-text-mask.js";
import type { Channel } from "../src/domain/complaint.schema.js";
import { replacePersonalNumbers } from "../src/domain/personal-numbers.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";

const config = await loadDomainConfig(path.resolve("config"));
const engine = await OfflineEngine.create(config, {});
for (const file of process.argv.slice(2)) {
  let masks = 0;
  let texts = 0;
  for (const line of (await readFile(file, "utf8")).split("\n")) {
    if (!line.trim()) continue;
    const { text, channel } = JSON.parse(line) as { text: string; channel: Channel };
    texts++;
    const { contact } = engine.extractSync({ text, channel });
    // Numbers become placeholders of the same length, so every remaining change is a name mask.
    const plain = replacePersonalNumbers(text, (s) => "#".repeat(s.end - s.index));
    const masked = maskFreeText(plain, { houseNumbers: true }, [contact.name]);
    if (masked.length !== plain.length) {
      process.stdout.write(`? length changed: ${masked}\n`);
      continue;
    }
    for (let i = 0; i < plain.length; i++) {
      if (masked[i] !== "*" || plain[i] === "*") continue;
      let end = i;
      while (end < plain.length && masked[end] === "*" && plain[end] !== "*") end++;
      masks++;
      const word = plain.slice(Math.max(0, i - 1), end);
      const around = `${plain.slice(Math.max(0, i - 7), Math.max(0, i - 1))}[${word}]${plain.slice(end, end + 5)}`;
      process.stdout.write(`${path.basename(file)}\t${word}\t${around.replace(/\n/g, " ")}\n`);
      i = end;
    }
  }
  process.stdout.write(`${file}: ${masks} name masks in ${texts} texts\n`);
}
