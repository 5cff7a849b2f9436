/**
 * Kind on real letters, measured honestly: each Teddy 2020 test message is weak-labelled from its
 * title alone and read from its body alone, so the label and the evidence never share words.
 * Measurement only: test.jsonl is never trained on (see data/intake/README.md).
 *
 *   npx tsx scripts/intake-kind-teddy.ts [../shared/benchmarks/teddy2020]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { detectKind } from "../src/intake/detect-kind.js";
import { shippedKindModel } from "../src/intake/kind-model.js";
import { weakKindFromTitle, KIND_GROUPS } from "../src/intake/kind-weak-labels.js";
import { normalizeText } from "../src/intake/normalize-text.js";
import { groupOf } from "../src/intake/train-kind-model.js";

const dir = process.argv[2] ?? "../shared/benchmarks/teddy2020";
const rows = readFileSync(path.join(dir, "test.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { title: string; text: string });
const labelled = rows
  .map((r) => ({ label: weakKindFromTitle(r.title), text: normalizeText(r.text) }))
  .filter((r): r is { label: (typeof KIND_GROUPS)[number]; text: string } => r.label !== null);
const model = shippedKindModel();
for (const [name, m] of [
  ["rules alone", null],
  ["model + rules", model],
] as const) {
  const confusion: Record<string, Record<string, number>> = {};
  let correct = 0;
  for (const r of labelled) {
    const got = groupOf(detectKind(r.text, "", m).kind) ?? "praise/wish";
    if (got === r.label) correct++;
    confusion[r.label] ??= {};
    confusion[r.label]![got] = (confusion[r.label]![got] ?? 0) + 1;
  }
  const pct = ((100 * correct) / labelled.length).toFixed(1);
  console.log(`${name}: ${pct}% (${correct}/${labelled.length}) ${JSON.stringify(confusion)}`);
}
