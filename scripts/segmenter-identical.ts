/**
 * Checks that the on-demand dictionary (what a one-message `zhitong extract` uses) cuts every text
 * exactly as jieba's whole dictionary does. Reads `zhitong extract --jsonl` input (for instance from
 * scripts/extract-corpus.ts); for each message a fresh on-demand segmenter, as a new process would
 * have, cuts every text the engine asks for, and each cut is compared with the whole dictionary's.
 * Writes the extraction output in `extract --jsonl` form, to be compared byte for byte with a run of
 * the command:
 *
 *   npx tsx scripts/extract-corpus.ts > /tmp/in.jsonl
 *   node bin/zhitong.js extract --jsonl < /tmp/in.jsonl > /tmp/whole.jsonl
 *   npx tsx scripts/segmenter-identical.ts < /tmp/in.jsonl > /tmp/on-demand.jsonl
 *   cmp /tmp/whole.jsonl /tmp/on-demand.jsonl
 *
 * Exits 1 when a cut differs.
 */
import path from "node:path";
import { createInterface } from "node:readline";
import { PassThrough } from "node:stream";
import { extractJsonLines } from "../src/cli/extract.command.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { PlaceResolver } from "../src/intake/place-resolver.js";
import { createSegmenter, type Segmenter } from "../src/intake/segmenter.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";

const config = await loadDomainConfig(path.resolve("config"));
const userWords = [
  ...new PlaceResolver(config.jurisdiction).names,
  ...config.jurisdiction.units.map((u) => u.name),
];
const whole = createSegmenter(userWords);
let onDemand: Segmenter = createSegmenter(userWords, { dictionary: "on-demand" });
let cuts = 0;
let differ = 0;
const comparing: Segmenter = {
  cut(text) {
    const got = onDemand.cut(text);
    const want = whole.cut(text);
    cuts++;
    if (got.join("\u0000") !== want.join("\u0000")) {
      differ++;
      if (differ <= 5) process.stderr.write(`differs: ${JSON.stringify({ text, got, want })}\n`);
    }
    return got;
  },
};
const engine = await OfflineEngine.create(config, { segmenter: comparing });

// One message at a time through the command's own batch loop, each with a new segmenter.
let messages = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  onDemand = createSegmenter(userWords, { dictionary: "on-demand" });
  const input = new PassThrough();
  input.end(`${line}\n`);
  await extractJsonLines(engine, "web", input, process.stdout);
  messages++;
}
process.stderr.write(`${messages} messages, ${cuts} cuts, ${differ} differ from the whole dictionary\n`);
process.exitCode = differ ? 1 : 0;
