/**
 * Trains the shipped category model from the seed file:
 *   npx tsx src/intake/train-category-model.ts [--data FILE.jsonl] [--out MODEL.json]
 * A centre can point --data at its own labelled history ({text, label} per line).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { normalizeText } from "./normalize-text.js";
import { DEFAULT_CATEGORY_MODEL } from "./offline-engine.js";
import { createSegmenter } from "./segmenter.js";
import { saveModel } from "./text-classifier.js";
import { readLabelledJsonl, trainClassifier, type TrainOptions } from "./train-classifier.js";

export const DEFAULT_CATEGORY_SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../data/intake/category-seed.jsonl",
);

/** Options for short resident messages: words plus character 1–3-grams tolerate typos and homophones. */
export const CATEGORY_TRAIN_OPTIONS: Partial<TrainOptions> = {
  features: { words: true, wordBigrams: false, charNgrams: [1, 2, 3] },
  // Capped so the shipped model stays under 2 MB once prettier has formatted it.
  minDf: 1,
  maxFeatures: 6000,
  epochs: 30,
  lambda: 1e-4,
  learningRate: 0.5,
  pruneBelow: 0.02,
  precision: 3,
};

export async function trainCategoryModel(
  dataFile: string,
  outFile: string,
): Promise<{ examples: number; features: number }> {
  const examples = (await readLabelledJsonl(dataFile)).map((e) => ({ ...e, text: normalizeText(e.text) }));
  const model = trainClassifier(examples, createSegmenter(), CATEGORY_TRAIN_OPTIONS);
  await saveModel(model, outFile);
  return { examples: examples.length, features: model.vocab.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { data: { type: "string" }, out: { type: "string" } } });
  const result = await trainCategoryModel(
    values.data ?? DEFAULT_CATEGORY_SEED,
    values.out ?? DEFAULT_CATEGORY_MODEL,
  );
  console.log(
    `trained on ${result.examples} examples, ${result.features} features → ${values.out ?? DEFAULT_CATEGORY_MODEL}`,
  );
}
