/**
 * Checks that a change meant to make the offline engine cheaper changes none of its output: runs
 * this checkout's engine and another checkout's (main, in another worktree) side by side in one
 * process over every text of data/intake/*.jsonl and of any `--texts` file, and compares the JSON
 * of each complaint byte for byte. Each text is read twice: alone, and as the next turn of the
 * previous text's complaint (`known`), so the dialogue's merging is compared as well.
 *
 *   npx tsx scripts/engine-identical.ts --base ../base --texts ../shared/benchmarks/teddy2020/train-texts.jsonl
 *   npx tsx scripts/engine-identical.ts --base ../base --blind     # blind sets too: counts only
 *
 * Blind evaluation sets are left out unless `--blind` is given; then they are run but nothing of
 * theirs is printed beyond how many lines were identical (no id, no text, no label).
 * Exits 1 when any output differs.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { Channel, Complaint } from "../src/domain/complaint.schema.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";

// Sets the team scores on without reading: never printed, and run only with --blind.
const BLIND =
  /^(emergency-fresh(9|\d\d)|eval-fresh\d+|category-check\d+|contact-fresh\d+|summary-fresh\d+|duplicate-pairs-fresh\d+|teddy-test-human-labels|eval-holdout)$/;
const CHANNELS = new Set(["wechat", "sms", "hotline", "web"]);

const { values } = parseArgs({
  options: {
    base: { type: "string" },
    blind: { type: "boolean" },
    texts: { type: "string", multiple: true },
  },
});
if (!values.base) {
  console.error("usage: engine-identical.ts --base <other checkout> [--blind] [--texts FILE]...");
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const base = path.resolve(values.base);

interface Engine {
  extractSync(input: { text: string; channel: Channel; known?: Partial<Complaint> }): Complaint;
}
const mine: Engine = await OfflineEngine.create(await loadDomainConfig(path.join(root, "config")));
const theirs: Engine = await (async () => {
  const load = (rel: string) => import(pathToFileURL(path.join(base, rel)).href);
  const { OfflineEngine: BaseEngine } = (await load("src/intake/offline-engine.ts")) as {
    OfflineEngine: { create(config: unknown): Promise<Engine> };
  };
  const { loadDomainConfig: baseConfig } = (await load("src/runtime/load-domain-config.ts")) as {
    loadDomainConfig(dir: string): Promise<unknown>;
  };
  return BaseEngine.create(await baseConfig(path.join(base, "config")));
})();

interface Row {
  text?: unknown;
  channel?: unknown;
}
const dir = path.join(root, "data/intake");
const sets = (await readdir(dir))
  .filter((f) => f.endsWith(".jsonl"))
  .sort()
  .map((f) => ({ file: path.join(dir, f), blind: BLIND.test(path.basename(f, ".jsonl")) }))
  .filter((s) => !s.blind || values.blind)
  .concat((values.texts ?? []).map((f) => ({ file: path.resolve(f), blind: false })));

let total = 0;
let differ = 0;
for (const { file, blind } of sets) {
  const name = path.basename(file, ".jsonl");
  const texts: { text: string; channel: Channel }[] = [];
  for (const line of (await readFile(file, "utf8")).split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Row & { a?: Row; b?: Row };
    // Duplicate pairs hold two messages each.
    for (const r of [row, row.a, row.b])
      if (r && typeof r.text === "string" && r.text.trim())
        texts.push({
          text: r.text.slice(0, 20_000),
          channel: (typeof r.channel === "string" && CHANNELS.has(r.channel) ? r.channel : "web") as Channel,
        });
  }
  let same = 0;
  const shown: string[] = [];
  let known: Complaint | undefined;
  for (const [i, t] of texts.entries()) {
    for (const input of [t, { ...t, known }]) {
      const a = JSON.stringify(mine.extractSync(input));
      const b = JSON.stringify(theirs.extractSync(input));
      if (a === b) same++;
      else if (!blind && shown.length < 3)
        shown.push(`line ${i + 1}${"known" in input ? " (as a next turn)" : ""}`);
    }
    known = theirs.extractSync(t);
  }
  const n = texts.length * 2;
  total += n;
  differ += n - same;
  console.log(
    same === n ? `${name}: identical: ${n} lines` : `${name}: DIFFER ${n - same} of ${n} ${shown.join(", ")}`,
  );
}
console.log(`${differ === 0 ? "identical" : "DIFFER"}: ${total - differ} of ${total} extractions`);
process.exitCode = differ ? 1 : 0;
