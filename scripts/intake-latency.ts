/**
 * Extraction latency of the offline engine, after warm-up, over labelled case files:
 *   npx tsx scripts/intake-latency.ts [--model FILE] [--rounds N] CASES.jsonl...
 *   npx tsx scripts/intake-latency.ts --texts ../shared/benchmarks/teddy2020/test.jsonl   (real letters, any `text` lines)
 * Prints model load time and p50/p99/max per message. For reports only; no test asserts on speed.
 *
 * The engine is warmed up first exactly as the intake worker warms it before claiming its first
 * message (engine-warm-up.ts: made-up samples, none of the measured texts), so the figures are what
 * residents of a started worker see. `--warm-up cases` warms with the first 50 cases instead, as
 * this script did until the twenty-fourth round: that left the shared vocabularies' tables (built on
 * their 51st read) and the JIT of every path those 50 do not take inside the first measured round.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Channel } from "../src/domain/complaint.schema.js";
import { warmUpEngine } from "../src/intake/engine-warm-up.js";
import { readEvaluationCases } from "../src/intake/evaluate.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    model: { type: "string" },
    rounds: { type: "string" },
    config: { type: "string" },
    texts: { type: "string", multiple: true },
    "warm-up": { type: "string", default: "worker" },
  },
});
const config = await loadDomainConfig(path.resolve(values.config ?? "config"));
const loadStarted = performance.now();
const engine = await OfflineEngine.create(config, { modelFile: values.model });
const loadMs = performance.now() - loadStarted;
const cases: { text: string; channel: Channel }[] = (
  await Promise.all(positionals.map((f) => readEvaluationCases(f)))
).flat();
// Unlabelled texts (e.g. real message-board letters, often 1,000–3,000 characters), read as web messages.
for (const file of values.texts ?? [])
  for (const line of (await readFile(file, "utf8")).split("\n"))
    if (line.trim()) cases.push({ text: (JSON.parse(line) as { text: string }).text, channel: "web" });
if (values["warm-up"] === "cases")
  for (const c of cases.slice(0, 50)) engine.extractSync({ text: c.text, channel: c.channel });
else if (values["warm-up"] === "worker") await warmUpEngine((input) => engine.extractSync(input));
else throw new Error(`--warm-up is worker or cases, not ${values["warm-up"]}`);
const times: number[] = [];
// CPU time as well: on a shared, loaded machine the wall-clock tail is mostly time spent descheduled.
const cpu: number[] = [];
for (let round = 0; round < Number(values.rounds ?? 3); round++)
  for (const c of cases) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    engine.extractSync({ text: c.text, channel: c.channel });
    const used = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
const at = (xs: number[], q: number): string => {
  const sorted = [...xs].sort((a, b) => a - b);
  return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2);
};
console.log(`${times.length} extractions, model load ${loadMs.toFixed(0)} ms`);
console.log(`  wall p50 ${at(times, 0.5)} ms, p99 ${at(times, 0.99)} ms, max ${at(times, 1)} ms`);
const mean = cpu.reduce((a, b) => a + b, 0) / Math.max(1, cpu.length);
console.log(
  `  cpu  p50 ${at(cpu, 0.5)} ms, p99 ${at(cpu, 0.99)} ms, max ${at(cpu, 1)} ms, mean ${mean.toFixed(3)} ms`,
);
