/**
 * Every message text of the labelled sets in data/intake/ (and of any `--texts` file) as the JSON
 * Lines `zhitong extract --jsonl` reads, so that a change meant to make extraction faster can be
 * shown to change no output, byte for byte:
 *
 *   npx tsx scripts/extract-corpus.ts --texts ../shared/benchmarks/teddy2020/test.jsonl > /tmp/in.jsonl
 *   node bin/zhitong.js extract --jsonl < /tmp/in.jsonl > /tmp/before.jsonl   # on the old build
 *   node bin/zhitong.js extract --jsonl < /tmp/in.jsonl > /tmp/after.jsonl    # on the new one
 *   cmp /tmp/before.jsonl /tmp/after.jsonl
 *
 * The blind evaluation sets are never read (BLIND below), not even to be run.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const BLIND = /^(emergency-fresh9|eval-fresh8|teddy-test-human-labels)/;
const CHANNELS = new Set(["wechat", "sms", "hotline", "web"]);

const { values } = parseArgs({ options: { texts: { type: "string", multiple: true } } });
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../data/intake");
const files = (await readdir(dir))
  .filter((f) => f.endsWith(".jsonl") && !BLIND.test(f))
  .sort()
  .map((f) => path.join(dir, f));

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
