/**
 * Honest measurement of the category model, for tuning without touching any held-out set:
 *   npx tsx scripts/category-cv.ts --domain-corpus ../shared/benchmarks/teddy2020 [--folds 5] [--only 0,1]
 *     [--options '{"domainWeight":0.8}'] [--per-category]
 *
 * - Seeds: k-fold cross-validation, folds by the SHA-256 of each seed line's text, so a fold is
 *   the same on every run and a seed never sits in its own training set.
 * - Real messages: a fixed fifth of the domain corpus's training files (by SHA-256 of the text) is
 *   never trained on; the domain level is read on it (accuracy and macro-F1 over the seven
 *   domains). The corpus's test.jsonl is never read.
 * - The offline engine with each fold's model on the case files (`--cases`, default
 *   eval-holdout, eval-cases, dev-cases; none of them is ever trained on): category accuracy, as
 *   `zhitong intake eval` scores it.
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { CategoryClassifier, NO_DOMAIN } from "../src/intake/category-model.js";
import { evaluateEngine, readEvaluationCases } from "../src/intake/evaluate.js";
import { macroF1 } from "../src/intake/macro-f1.js";
import { normalizeText } from "../src/intake/normalize-text.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { createSegmenter } from "../src/intake/segmenter.js";
import { saveModel, TextClassifier } from "../src/intake/text-classifier.js";
import {
  DEFAULT_CATEGORY_SEED,
  DEFAULT_CATEGORY_SEED_BOUNDARIES,
  DEFAULT_CATEGORY_SEED_CONCEPTS,
  DEFAULT_CATEGORY_SEED_REGISTERS,
  HIERARCHICAL_OPTIONS,
  readDomainCorpus,
  readSeeds,
  trainHierarchicalModel,
  type HierarchicalOptions,
} from "../src/intake/train-category-model.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";

const { values } = parseArgs({
  options: {
    "domain-corpus": { type: "string" },
    folds: { type: "string", default: "5" },
    only: { type: "string" },
    options: { type: "string" },
    cases: { type: "string", multiple: true },
    "per-category": { type: "boolean" },
    /** Train without category-seed-registers.jsonl (the seeds as they were before it). */
    "no-registers": { type: "boolean" },
    /** Train without category-seed-boundaries.jsonl (the seeds as they were before it). */
    "no-boundaries": { type: "boolean" },
    config: { type: "string", default: "config" },
  },
});
if (!values["domain-corpus"]) {
  process.stderr.write("category-cv: --domain-corpus <dir> is required\n");
  process.exit(2);
}

const bucket = (text: string, n: number): number =>
  createHash("sha256").update(text).digest().readUInt32BE(0) % n;

const k = Number(values.folds);
const folds = values.only ? values.only.split(",").map(Number) : Array.from({ length: k }, (_, i) => i);
const options: HierarchicalOptions = {
  ...HIERARCHICAL_OPTIONS,
  ...(values.options ? (JSON.parse(values.options) as Partial<HierarchicalOptions>) : {}),
};
const segmenter = createSegmenter();
const original = await readSeeds(DEFAULT_CATEGORY_SEED);
const registers = values["no-registers"] ? [] : await readSeeds(DEFAULT_CATEGORY_SEED_REGISTERS);
const boundaries = values["no-boundaries"] ? [] : await readSeeds(DEFAULT_CATEGORY_SEED_BOUNDARIES);
// The concept seeds ship in the model too: without them the folds measured another model.
const concepts = await readSeeds(DEFAULT_CATEGORY_SEED_CONCEPTS);
const seeds = [...original, ...registers, ...boundaries, ...concepts];
const isOriginal = new Set(original.map((s) => s.text));
const corpus = await readDomainCorpus(path.resolve(values["domain-corpus"]));
// The same fifth the emergency model keeps out: bucket 0 of five by text hash.
const realTrain = corpus.filter((r) => bucket(r.text, 5) !== 0);
const realHeld = corpus.filter((r) => bucket(r.text, 5) === 0);
const caseFiles = values.cases ?? [
  "data/intake/eval-holdout.jsonl",
  "data/intake/eval-cases.jsonl",
  "data/intake/dev-cases.jsonl",
];
const cases = await Promise.all(caseFiles.map((f) => readEvaluationCases(f)));
const config = await loadDomainConfig(path.resolve(values.config));
const dir = await mkdtemp(path.join(tmpdir(), "zt-category-cv-"));

let seedRight = 0;
let seedTotal = 0;
const bySource = { original: { right: 0, total: 0 }, registers: { right: 0, total: 0 } };
const perCategory = new Map<string, { right: number; total: number }>();
const confusions = new Map<string, number>();
const domainExpected: string[] = [];
const domainPredicted: string[] = [];
const caseScores = caseFiles.map(() => ({ right: 0, total: 0 }));
const started = performance.now();

for (const fold of folds) {
  const train = seeds.filter((s) => bucket(s.text, k) !== fold);
  const test = seeds.filter((s) => bucket(s.text, k) === fold);
  const model = trainHierarchicalModel(train, realTrain, segmenter, options);
  const classifier = new CategoryClassifier(model, segmenter);
  for (const s of test) {
    const got = classifier.predict(s.text).label;
    const ok = got === s.label;
    seedRight += ok ? 1 : 0;
    seedTotal++;
    const src = bySource[isOriginal.has(s.text) ? "original" : "registers"];
    src.right += ok ? 1 : 0;
    src.total++;
    const pc = perCategory.get(s.label) ?? { right: 0, total: 0 };
    pc.right += ok ? 1 : 0;
    pc.total++;
    perCategory.set(s.label, pc);
    if (!ok) confusions.set(`${s.label} → ${got}`, (confusions.get(`${s.label} → ${got}`) ?? 0) + 1);
  }
  // Domain level on real messages it never saw: the domain classifier's best real domain.
  const domainClf = new TextClassifier(model.domain, segmenter);
  const real = domainClf.labels.map((d, i) => [d, i] as const).filter(([d]) => d !== NO_DOMAIN);
  for (const r of realHeld) {
    const p = domainClf.predict(normalizeText(r.text).slice(0, options.maxChars)).probabilities;
    let best = real[0]!;
    for (const e of real) if (p[e[1]]! > p[best[1]]!) best = e;
    domainExpected.push(r.label);
    domainPredicted.push(best[0]);
  }
  const file = path.join(dir, `fold-${fold}.json`);
  await saveModel(model, file);
  const engine = await OfflineEngine.create(config, { modelFile: file });
  for (const [i, set] of cases.entries()) {
    const result = await evaluateEngine(engine, set);
    caseScores[i]!.right += result.fields.category.correct;
    caseScores[i]!.total += result.fields.category.total;
  }
  process.stderr.write(`fold ${fold} done, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}
await rm(dir, { recursive: true, force: true });

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(b, 1)).toFixed(1)} %`;
const domainRight = domainExpected.filter((e, i) => e === domainPredicted[i]).length;
const lines = [
  `options: ${values.options ?? "(shipped)"}; folds ${folds.join(",")} of ${k}`,
  `seed CV category: ${pct(seedRight, seedTotal)} (${seedRight}/${seedTotal}); original seeds ${pct(bySource.original.right, bySource.original.total)} (${bySource.original.total}), register and boundary seeds ${pct(bySource.registers.right, bySource.registers.total)} (${bySource.registers.total})`,
  `real held-out fifth, domain level: accuracy ${pct(domainRight, domainExpected.length)}, macro-F1 ${macroF1(domainExpected, domainPredicted).toFixed(3)} (${domainExpected.length} predictions)`,
  ...caseFiles.map(
    (f, i) =>
      `${path.basename(f)} category (engine, fold models): ${pct(caseScores[i]!.right, caseScores[i]!.total)}`,
  ),
];
if (values["per-category"]) {
  for (const [c, s] of [...perCategory].sort((a, b) => a[1].right / a[1].total - b[1].right / b[1].total))
    lines.push(`  ${c.padEnd(20)} ${pct(s.right, s.total)} (${s.right}/${s.total})`);
  lines.push("  most frequent confusions:");
  for (const [c, n] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 15)) lines.push(`    ${c}: ${n}`);
}
process.stdout.write(lines.join("\n") + "\n");
