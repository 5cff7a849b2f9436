/**
 * Everyday messages filed as emergencies, per read everyday set (the figure each emergency round must
 * not raise), with the urgency accuracy of each set:
 *   npx tsx scripts/everyday-false-emergencies.ts [--list] [FILE.jsonl ...]
 * Without files it reads the ten everyday sets whose failures the team has read. `--list` prints the
 * messages too; never pass it a blind set.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { readEvaluationCases } from "../src/intake/evaluate.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";

const READ_EVERYDAY_SETS = [
  "eval-fresh13",
  "eval-fresh12",
  "eval-fresh11",
  "eval-fresh10",
  "eval-fresh9",
  "eval-fresh8",
  "eval-fresh6",
  "eval-cases",
  "dev-cases",
  "urgency-dev",
].map((name) => `data/intake/${name}.jsonl`);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { list: { type: "boolean" }, config: { type: "string" } },
});
const engine = await OfflineEngine.create(await loadDomainConfig(path.resolve(values.config ?? "config")));
const files = positionals.length ? positionals : READ_EVERYDAY_SETS;
let total = 0;
let totalNormal = 0;
for (const file of files) {
  const cases = await readEvaluationCases(file);
  let alarms = 0;
  let normal = 0;
  let urgencyRight = 0;
  const listed: string[] = [];
  for (const c of cases) {
    const expected = Array.isArray(c.urgency) ? c.urgency : [c.urgency];
    const got = engine.extractSync({ text: c.text, channel: c.channel }).urgency;
    if (expected.includes(got)) urgencyRight++;
    if (got !== "emergency" || expected.includes("emergency")) continue;
    alarms++;
    if (expected.includes("normal")) normal++;
    if (values.list) listed.push(`    [${expected.join("|")}] ${c.text.replace(/\s+/g, " ")}`);
  }
  total += alarms;
  totalNormal += normal;
  const accuracy = ((100 * urgencyRight) / Math.max(1, cases.length)).toFixed(1);
  console.log(
    `${path.basename(file)}: ${alarms} filed as emergency (${normal} labelled normal); urgency ${accuracy} %`,
  );
  for (const line of listed) console.log(line);
}
console.log(`all: ${total} (${totalNormal} labelled normal)`);
