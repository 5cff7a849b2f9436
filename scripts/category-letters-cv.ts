/**
 * How well the category model reads real letters, measured on the letters a reader labelled
 * (`data/intake/teddy-train-kind-labels*.jsonl`) by k-fold cross-validation over their ids:
 *   npx tsx scripts/category-letters-cv.ts --domain-corpus ../shared/benchmarks/teddy2020 \
 *     [--folds 5] [--only 0,1] [--variants '[{"weight":0}, {"weight":3,"acceptable":"first"}]']
 *
 * Each fold trains the model as shipped (seeds, domain corpus), with the other folds' labelled
 * letters at each variant's weight, and without the fold's letters: they are taken out of the domain corpus too, so no model reads a letter it was
 * trained on (the corpus's titles are a separate file with no link to the texts and stay in).
 * A variant with weight 0 trains on no labelled letter: the model as it was before them.
 * Scored leniently (right when the answer is among the reader's acceptable categories) for the
 * model's top category and for the offline engine's category (the model plus the owner rules),
 * and strictly against the reader's first category.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { CategoryClassifier } from "../src/intake/category-model.js";
import { foldOf } from "../src/intake/kind-cv.js";
import { humanLabelledLetters } from "../src/intake/kind-human-labels.js";
import { normalizeText } from "../src/intake/normalize-text.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { createSegmenter } from "../src/intake/segmenter.js";
import { saveModel } from "../src/intake/text-classifier.js";
import {
  DEFAULT_CATEGORY_SEEDS,
  HIERARCHICAL_OPTIONS,
  readDomainCorpus,
  readSeeds,
  trainHierarchicalModel,
  type FeatureCache,
  type HierarchicalOptions,
} from "../src/intake/train-category-model.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";

type Variant = NonNullable<HierarchicalOptions["human"]>;

const { values } = parseArgs({
  options: {
    "domain-corpus": { type: "string" },
    folds: { type: "string", default: "5" },
    only: { type: "string" },
    variants: { type: "string" },
    config: { type: "string", default: "config" },
  },
});
if (!values["domain-corpus"]) {
  process.stderr.write("category-letters-cv: --domain-corpus <dir> is required\n");
  process.exit(2);
}
const corpusDir = path.resolve(values["domain-corpus"]);
const k = Number(values.folds);
const folds = values.only ? values.only.split(",").map(Number) : Array.from({ length: k }, (_, i) => i);
const variants: Variant[] = values.variants
  ? (JSON.parse(values.variants) as Partial<Variant>[]).map((v) => ({
      weight: v.weight ?? 1,
      acceptable: v.acceptable ?? "first",
    }))
  : [
      { weight: 0, acceptable: "first" },
      { weight: 3, acceptable: "split" },
    ];

const segmenter = createSegmenter();
const seeds = await readSeeds(DEFAULT_CATEGORY_SEEDS);
const corpus = await readDomainCorpus(corpusDir);
const letters = humanLabelledLetters(corpusDir);
const config = await loadDomainConfig(path.resolve(values.config));
const dir = await mkdtemp(path.join(tmpdir(), "zt-category-letters-cv-"));
const cache: FeatureCache = new Map();

interface Score {
  model: number;
  engine: number;
  strict: number;
  total: number;
}
const scores = variants.map((): Score => ({ model: 0, engine: 0, strict: 0, total: 0 }));
const perCategory = variants.map(() => new Map<string, { right: number; total: number }>());
const started = performance.now();

for (const fold of folds) {
  const held = letters.filter((l) => foldOf(l.id, k) === fold);
  const heldTexts = new Set(held.map((l) => l.text));
  const rows = corpus.filter((r) => !heldTexts.has(r.text));
  const train = letters.filter((l) => foldOf(l.id, k) !== fold);
  for (const [vi, v] of variants.entries()) {
    const model = trainHierarchicalModel(
      seeds,
      rows,
      segmenter,
      { ...HIERARCHICAL_OPTIONS, human: v },
      { human: v.weight > 0 ? train : [], cache },
    );
    const classifier = new CategoryClassifier(model, segmenter);
    const file = path.join(dir, `fold-${fold}-${vi}.json`);
    await saveModel(model, file);
    const engine = await OfflineEngine.create(config, { modelFile: file });
    for (const l of held) {
      const top = classifier.predict(normalizeText(l.text)).label;
      const got = (await engine.extract({ text: l.text, channel: "web" })).category;
      const s = scores[vi]!;
      s.model += l.categories.includes(top) ? 1 : 0;
      s.engine += l.categories.includes(got) ? 1 : 0;
      s.strict += top === l.categories[0] ? 1 : 0;
      s.total++;
      const pc = perCategory[vi]!.get(l.categories[0]!) ?? { right: 0, total: 0 };
      pc.right += l.categories.includes(got) ? 1 : 0;
      pc.total++;
      perCategory[vi]!.set(l.categories[0]!, pc);
    }
    process.stderr.write(
      `fold ${fold} variant ${JSON.stringify(v)} done, ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
    );
  }
  // A long run can be cut short: the counts so far are still a (smaller) cross-validation.
  for (const [vi, v] of variants.entries()) {
    const s = scores[vi]!;
    process.stderr.write(
      `  so far ${JSON.stringify(v)}: model ${s.model}, strict ${s.strict}, engine ${s.engine} of ${s.total}\n`,
    );
  }
}
await rm(dir, { recursive: true, force: true });

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(b, 1)).toFixed(1)} %`;
const lines = [`${letters.length} labelled letters; folds ${folds.join(",")} of ${k} (by id)`];
for (const [vi, v] of variants.entries()) {
  const s = scores[vi]!;
  lines.push(
    `${JSON.stringify(v).padEnd(40)} model top lenient ${pct(s.model, s.total)}, strict ${pct(s.strict, s.total)}; ` +
      `engine lenient ${pct(s.engine, s.total)} (${s.total} letters)`,
  );
  const cats = [...perCategory[vi]!].sort((a, b) => b[1].total - a[1].total);
  lines.push(`  engine by first category: ${cats.map(([c, p]) => `${c} ${p.right}/${p.total}`).join(", ")}`);
}
process.stdout.write(lines.join("\n") + "\n");
