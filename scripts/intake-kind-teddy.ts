/**
 * Kind on real letters, measured honestly: each Teddy 2020 test message is weak-labelled from its
 * title alone and read from its body alone, so the label and the evidence never share words.
 * Measurement only: test.jsonl is never trained or tuned on (see data/intake/README.md).
 *
 *   npx tsx scripts/intake-kind-teddy.ts [../shared/benchmarks/teddy2020]
 *
 * With --train the test file is not opened: the training letters a person labelled
 * (data/intake/teddy-train-kind-labels*.jsonl) are read instead, body alone, and scored against the
 * person's kinds, apart for the batches the kind model learnt labels from and the rest. A check that
 * a change to the rules does not lose on real letters, not a held-out figure (their weak labels are
 * trained on).
 *
 *   npx tsx scripts/intake-kind-teddy.ts --train [../shared/benchmarks/teddy2020]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { detectKind } from "../src/intake/detect-kind.js";
import { shippedKindModel } from "../src/intake/kind-model.js";
import { weakKindFromTitle, type KindGroup } from "../src/intake/kind-weak-labels.js";
import { normalizeText } from "../src/intake/normalize-text.js";
import { groupOf, humanGroup, kindModelLabelFiles } from "../src/intake/train-kind-model.js";
import { humanLabelFiles, humanLabelledLetters } from "../src/intake/kind-human-labels.js";

const train = process.argv.includes("--train");
const dir = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "../shared/benchmarks/teddy2020";
if (train) {
  trainLetters();
  process.exit(0);
}

function trainLetters(): void {
  const learnt = new Set(humanLabelledLetters(dir, kindModelLabelFiles()).map((l) => l.id));
  const letters = humanLabelledLetters(dir, humanLabelFiles());
  const model = shippedKindModel();
  const parts = new Map<string, { kind: number; group: number; total: number }>();
  for (const l of letters) {
    const read = detectKind(normalizeText(l.text), "", model).kind;
    for (const part of ["all", learnt.has(l.id) ? "labels learnt" : "labels not learnt"]) {
      const p = parts.get(part) ?? { kind: 0, group: 0, total: 0 };
      p.total++;
      if (l.kinds.includes(read)) p.kind++;
      if ((groupOf(read) ?? read) === humanGroup(l.kinds)) p.group++;
      parts.set(part, p);
    }
  }
  for (const [part, p] of parts)
    console.log(
      `${part}: ${p.total} letters, kind ${p.kind} (${((100 * p.kind) / p.total).toFixed(1)}%), three-way ${p.group} (${((100 * p.group) / p.total).toFixed(1)}%)`,
    );
}

const rows = readFileSync(path.join(dir, "test.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { title: string; text: string });
const labelled = rows
  .map((r) => ({ label: weakKindFromTitle(r.title), text: normalizeText(r.text) }))
  .filter((r): r is { label: KindGroup; text: string } => r.label !== null);
const letters = labelled.filter((r) => r.text.length >= 100 && r.text.length <= 400).length;
console.log(
  `${labelled.length} of ${rows.length} test messages labelled by their title (${letters} of 100–400 characters)`,
);
const edges = [0, 0.45, 0.6, 0.75, 0.9];
for (const [name, m] of [
  ["rules alone", null],
  ["model + rules", shippedKindModel()],
] as const) {
  const confusion: Record<string, Record<string, number>> = {};
  const bins = edges.map((from) => ({ from, right: 0, total: 0, confidence: 0 }));
  let correct = 0;
  let letterCorrect = 0;
  for (const r of labelled) {
    const f = detectKind(r.text, "", m);
    const got = groupOf(f.kind) ?? f.kind;
    const ok = got === r.label;
    if (ok) correct++;
    if (ok && r.text.length >= 100 && r.text.length <= 400) letterCorrect++;
    confusion[r.label] ??= {};
    confusion[r.label]![got] = (confusion[r.label]![got] ?? 0) + 1;
    const bin = [...bins].reverse().find((b) => f.confidence >= b.from)!;
    bin.total++;
    bin.confidence += f.confidence;
    if (ok) bin.right++;
  }
  const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : "-");
  console.log(
    `${name}: ${pct(correct, labelled.length)} (${correct}/${labelled.length}), letters ${pct(letterCorrect, letters)}`,
  );
  console.log(`  confusion (title → read): ${JSON.stringify(confusion)}`);
  console.log(
    "  reliability: " +
      bins
        .filter((b) => b.total)
        .map(
          (b) =>
            `≥${b.from}: mean confidence ${(b.confidence / b.total).toFixed(2)}, right ${pct(b.right, b.total)} of ${b.total}`,
        )
        .join("; "),
  );
}
