/**
 * Public benchmark: Teddy Cup 2020 government message-board classification (7 labels).
 * Trains the intake text classifier on the training files and reports macro-F1 and accuracy on
 * test.jsonl next to the published anchor (macro-F1 0.912). The data is read from ../shared and never
 * copied into the repository. `TEDDY_DEV=1` holds out 10% of the training files instead of using
 * test.jsonl, for development.
 *
 *   npx tsx bench/teddy2020.ts            # TEDDY_DIR overrides the data directory
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createSegmenter } from "../src/intake/segmenter.js";
import { TextClassifier } from "../src/intake/text-classifier.js";
import { readLabelledJsonl, trainClassifier, type LabelledText } from "../src/intake/train-classifier.js";
import { macroF1 } from "../src/intake/macro-f1.js";
import { z } from "zod";

const TestRow = z.object({ title: z.string(), text: z.string(), label: z.string() });

const ANCHOR = { macroF1: 0.912, accuracy: 0.914 };
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.env.TEDDY_DIR ?? path.resolve(repoRoot, "../shared/benchmarks/teddy2020");
const devMode = process.env.TEDDY_DEV === "1";

async function main(): Promise<void> {
  if (!existsSync(path.join(dir, "train-texts.jsonl"))) {
    console.log(`teddy2020: no data in ${dir} (set TEDDY_DIR); skipped`);
    return;
  }
  // Two rows carry a combined "a|b" label; the first label is the primary category.
  const primary = (rows: LabelledText[]): LabelledText[] =>
    rows.map((r) => ({ text: r.text, label: r.label.split("|")[0]! }));
  const texts = primary(await readLabelledJsonl(path.join(dir, "train-texts.jsonl")));
  const titles = existsSync(path.join(dir, "train-titles.jsonl"))
    ? primary(await readLabelledJsonl(path.join(dir, "train-titles.jsonl")))
    : [];

  let train = [...texts, ...titles];
  let test: LabelledText[];
  if (devMode) {
    // Deterministic 10% hold-out of the message bodies (titles stay in training).
    test = texts.filter((_, i) => i % 10 === 0);
    train = [...texts.filter((_, i) => i % 10 !== 0), ...titles];
  } else {
    // Test rows have a title and a body; the classifier reads them as one text, like the anchor did.
    const lines = (await readFile(path.join(dir, "test.jsonl"), "utf8")).split("\n").filter((l) => l.trim());
    test = lines.map((l) => {
      const row = TestRow.parse(JSON.parse(l));
      return { text: `${row.title}。${row.text}`, label: row.label };
    });
  }

  const segmenter = createSegmenter();
  const started = performance.now();
  const model = trainClassifier(train, segmenter, {
    features: { words: true, wordBigrams: true, charNgrams: [2] },
    minDf: 2,
    epochs: Number(process.env.TEDDY_EPOCHS ?? 10),
    lambda: Number(process.env.TEDDY_LAMBDA ?? 2e-5),
    learningRate: Number(process.env.TEDDY_LR ?? 0.5),
  });
  const trainSeconds = (performance.now() - started) / 1000;
  const classifier = new TextClassifier(model, segmenter);
  const predicted = test.map((t) => classifier.predict(t.text).label);
  const expected = test.map((t) => t.label);
  const correct = predicted.filter((p, i) => p === expected[i]).length;
  const f1 = macroF1(expected, predicted);
  const rssMb = process.resourceUsage().maxRSS / 1024;

  console.log(
    `teddy2020 (${devMode ? "dev split of the training files" : "test.jsonl"}), ${train.length} training texts`,
  );
  console.log(`  macro-F1  ${f1.toFixed(3)}   (anchor ${ANCHOR.macroF1})`);
  console.log(`  accuracy  ${(correct / test.length).toFixed(3)}   (anchor ${ANCHOR.accuracy})`);
  console.log(`  training  ${trainSeconds.toFixed(1)} s, ${model.vocab.length} features`);
  console.log(`  peak RSS  ${rssMb.toFixed(0)} MB`);
}

await main();
