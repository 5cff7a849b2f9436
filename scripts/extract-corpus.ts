/**
 * Every message text of the labelled sets in data/intake/ (and of any `--texts` file) as the JSON
 * Lines `zhitong extract --jsonl` reads, so that a change meant to make extraction faster can be
 * shown to change no output, byte for byte:
 *
 *   npx tsx scripts/extract-corpus.ts --texts ../shared/benchmarks/teddy2020/train-texts.jsonl > /tmp/in.jsonl
 *   node bin/zhitong.js extract --jsonl < /tmp/in.jsonl > /tmp/before.jsonl   # on the old build
 *   node bin/zhitong.js extract --jsonl < /tmp/in.jsonl > /tmp/after.jsonl    # on the new one
 *   cmp /tmp/before.jsonl /tmp/after.jsonl
 *
 * Only the sets the team has read (SETS below); blind evaluation sets are never read.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// Named one by one rather than globbed: blind evaluation sets (the newest emergency-, eval-,
// contact- and duplicate-pairs- sets, eval-fresh7, eval-holdout, category-check8,
// teddy-test-human-labels) are added to data/intake/ from time to time and must never be read, not
// even to be run. A set joins this list only once the team has read it.
const SETS = [
  "category-seed-boundaries",
  "category-seed-concepts",
  "category-seed-registers",
  "category-seed",
  "contact-fresh",
  "contact-fresh2",
  "contact-fresh3",
  "contact-fresh4",
  "contact-fresh5",
  "dev-cases",
  "duplicate-pairs-fresh",
  "duplicate-pairs-fresh2",
  "duplicate-pairs-fresh3",
  "duplicate-pairs-heldout",
  "duplicate-pairs",
  "emergency-challenge8",
  "emergency-eval",
  "emergency-fresh",
  "emergency-fresh2",
  "emergency-fresh3",
  "emergency-fresh4",
  "emergency-fresh5",
  "emergency-fresh6",
  "emergency-fresh7",
  "emergency-fresh8",
  "emergency-fresh9",
  "emergency-fresh10",
  "emergency-fresh11",
  "emergency-fresh12",
  "emergency-fresh13",
  "emergency-fresh14",
  "emergency-fresh15",
  "emergency-fresh16",
  "emergency-fresh17",
  "emergency-fresh18",
  "emergency-fresh19",
  "emergency-fresh20",
  "emergency-fresh21",
  "emergency-heldout",
  "emergency-heldout2",
  "emergency-train",
  "emergency-train2",
  "emergency-train3",
  "emergency-train4",
  "emergency-train5",
  "emergency-train6",
  "emergency-train7",
  "emergency-train8",
  "emergency-train9",
  "eval-cases",
  "eval-fresh6",
  "eval-fresh8",
  "eval-fresh9",
  "eval-fresh10",
  "eval-fresh11",
  "eval-fresh12",
  "eval-fresh13",
  "eval-fresh14",
  "eval-fresh15",
  "eval-fresh16",
  "kind-seed",
  "urgency-dev",
];
const CHANNELS = new Set(["wechat", "sms", "hotline", "web"]);

const { values } = parseArgs({ options: { texts: { type: "string", multiple: true } } });
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../data/intake");
const files = SETS.map((name) => path.join(dir, `${name}.jsonl`));

interface Row {
  text?: unknown;
  channel?: unknown;
}
let n = 0;
const emit = (source: string, row: Row | undefined): void => {
  if (!row || typeof row.text !== "string" || !row.text.trim()) return;
  const channel = typeof row.channel === "string" && CHANNELS.has(row.channel) ? row.channel : "web";
  process.stdout.write(
    `${JSON.stringify({ id: `${source}:${++n}`, text: row.text.slice(0, 20_000), channel })}\n`,
  );
};
for (const file of [...files, ...(values.texts ?? []).map((f) => path.resolve(f))]) {
  const source = path.basename(file, ".jsonl");
  for (const line of (await readFile(file, "utf8")).split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Row & { a?: Row; b?: Row };
    emit(source, row);
    // Duplicate pairs hold two messages each.
    emit(source, row.a);
    emit(source, row.b);
  }
}
process.stderr.write(`${n} texts\n`);
