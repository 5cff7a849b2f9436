/**
 * The intake worker's CPU profile (bench/intake.ts with INTAKE_BENCH_PROFILE) grouped by who the
 * work was for, from each sample's whole stack: the offline engine, the dialogue, the intake
 * statements, BullMQ and ioredis, the ingest, GC … in percent of the busy (not idle) samples.
 * Work whose caller is lost across an await (BEGIN and COMMIT, the relay's pool queries, the
 * bench's polls) is counted as "pg/drizzle, caller not on the stack".
 *
 *   npx tsx bench/support/intake-profile-groups.ts <file.cpuprofile>
 */
import { readFile } from "node:fs/promises";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

const ENGINE =
  /intake\/(text-classifier|text-features|offline-engine|segmenter|urgency|detect-|emergency|category-model|kind-|gas-homophones|place-resolver|normalize-text|summarize|split-complaints|find-intersection|extract-|hazard|urgent-cues|taxonomy)|domain\/text-simplify|opencc|pinyin|jieba/;

/** First match wins: the group of a sample whose stack (frames as `url#function`) is `frames`. */
const GROUPS: [string, (has: (re: RegExp) => boolean) => boolean][] = [
  ["profiler", (has) => has(/node:inspector/)],
  ["outbox relay", (has) => has(/queue\/outbox-relay/)],
  ["ingest (load generator)", (has) => has(/channels-runtime/)],
  ["BullMQ and ioredis", (has) => has(/node_modules\/(bullmq|ioredis|msgpackr)|src\/queue\//)],
  [
    "intake statements (build, send, parse)",
    (has) => has(/intake\/(turn-store|turn-filings)|safe-transaction/),
  ],
  ["offline engine", (has) => has(ENGINE)],
  ["dialogue", (has) => has(/intake\/dialogue\//)],
  ["intake service and batcher", (has) => has(/intake\/(intake-service|turn-batcher)/)],
  [
    "pg/drizzle, caller not on the stack",
    (has) => has(/node_modules\/(pg|pg-protocol|pg-pool|drizzle-orm)\//),
  ],
  ["bench's own polls", (has) => has(/bench\/intake/)],
];

const file = process.argv[2];
if (!file) {
  console.error("usage: intake-profile-groups.ts <file.cpuprofile>");
  process.exit(2);
}
const profile = JSON.parse(await readFile(file, "utf8")) as {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

let total = 0;
let busy = 0;
const groups = new Map<string, number>();
for (const [id, us] of self) {
  total += us;
  const leaf = byId.get(id)!.callFrame.functionName;
  if (leaf === "(idle)") continue;
  busy += us;
  const frames: string[] = [];
  for (let n = byId.get(id); n; n = byId.get(parent.get(n.id) ?? -1))
    frames.push(`${n.callFrame.url}#${n.callFrame.functionName}`);
  const has = (re: RegExp) => frames.some((f) => re.test(f));
  const group =
    leaf === "(garbage collector)"
      ? "garbage collection"
      : (GROUPS.find(([, test]) => test(has))?.[0] ?? "node internals and other");
  groups.set(group, (groups.get(group) ?? 0) + us);
}
console.log(
  `busy ${((100 * busy) / total).toFixed(0)} % of ${(total / 1e6).toFixed(1)} s sampled; shares of busy:`,
);
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]))
  console.log(`${((100 * v) / busy).toFixed(1).padStart(5)} %  ${k}`);
