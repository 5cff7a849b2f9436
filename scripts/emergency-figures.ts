/**
 * Recall / false alarms / danger category on many emergency sets with one engine load, aggregate
 * figures only (safe on blind sets):
 *   npx tsx scripts/emergency-figures.ts FILE.jsonl [FILE.jsonl ...]
 * The sets are named one by one: run over every emergency-*.jsonl it would print the blind sets'
 * figures too, which a tuning session must never see. `--teddy DIR`: also the Teddy 2020
 * measurement fifth (never trained on), as the leave-one-out harness counts it.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { evaluateEmergencies, readEmergencyCases } from "../src/intake/evaluate-emergency.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { detectUrgency } from "../src/intake/detect-urgency.js";
import { teddyExamples } from "../src/intake/train-emergency-model.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { config: { type: "string" }, teddy: { type: "string" } },
});
const files = positionals;
if (!files.length && !values.teddy) {
  process.stderr.write(
    "usage: npx tsx scripts/emergency-figures.ts FILE.jsonl [FILE.jsonl ...] [--teddy DIR]\n",
  );
  process.exit(2);
}
const engine = await OfflineEngine.create(await loadDomainConfig(path.resolve(values.config ?? "config")));
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : "-");
for (const file of files) {
  const r = await evaluateEmergencies(engine, await readEmergencyCases(file));
  console.log(
    `${path.basename(file, ".jsonl")}: ${pct(r.recalled, r.emergencies)} (${r.recalled}/${r.emergencies}) / ` +
      `${pct(r.falseAlarms, r.nearMisses)} (${r.falseAlarms}/${r.nearMisses}) / ` +
      `${pct(r.categoryCorrect, r.categorised)} (${r.categoryCorrect}/${r.categorised})`,
  );
}
if (values.teddy) {
  const fifth = await teddyExamples(values.teddy, { slice: "measure" });
  const flagged = fifth.filter((e) => !e.emergency && detectUrgency(e.text).urgency === "emergency");
  console.log(
    `teddy measurement fifth: ${flagged.length}/${fifth.filter((e) => !e.emergency).length} false alarms`,
  );
}
