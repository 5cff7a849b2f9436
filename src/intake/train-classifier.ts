import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Segmenter } from "./segmenter.js";
import { type TextClassifierModel, softmax, vectorize, type SparseVector } from "./text-classifier.js";
import { DEFAULT_FEATURES, extractFeatures, type FeatureOptions } from "./text-features.js";

export interface LabelledText<L extends string = string> {
  text: string;
  label: L;
}

export interface TrainOptions {
  features: FeatureOptions;
  /** Drop features seen in fewer documents: rare n-grams are mostly noise and bloat the model. */
  minDf: number;
  /** Keep at most this many features, the most frequent by document frequency. */
  maxFeatures: number;
  epochs: number;
  /** L2 regularisation strength. */
  lambda: number;
  learningRate: number;
  /** Weigh classes inversely to their frequency, which helps macro-F1 on skewed data. */
  balanced: boolean;
  /** Features whose largest absolute weight is below this are dropped from the saved model. */
  pruneBelow: number;
  /** Decimal places kept in the saved weights. */
  precision: number;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  features: DEFAULT_FEATURES,
  minDf: 1,
  maxFeatures: 200_000,
  epochs: 12,
  lambda: 1e-5,
  learningRate: 0.5,
  balanced: true,
  pruneBelow: 0,
  precision: 4,
  seed: 42,
};

/**
 * Trains a TF-IDF + softmax regression classifier with plain SGD. Linear models on sparse
 * n-gram features are the strong, cheap baseline for short Chinese texts; training is
 * deterministic for a given seed and takes seconds on ~15k texts.
 */
export function trainClassifier<L extends string>(
  examples: readonly LabelledText<L>[],
  segmenter: Segmenter,
  options: Partial<TrainOptions> = {},
): TextClassifierModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  return trainOnFeatures(
    examples.map((e) => extractFeatures(e.text, segmenter, o.features)),
    examples.map((e) => e.label),
    o,
  );
}

/**
 * The same training on feature counts the caller computed, for models whose features are not
 * plain n-grams (the emergency model adds concept features). `weights`, when given, multiplies each
 * example's loss (a hand-written phrasing may count more than one of thousands of letters).
 */
export function trainOnFeatures(
  docs: readonly Map<string, number>[],
  docLabels: readonly string[],
  options: Partial<TrainOptions> = {},
  sampleWeights?: readonly number[],
): TextClassifierModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  if (docs.length === 0) throw new Error("no training examples");
  const labels = [...new Set(docLabels)].sort();
  if (labels.length < 2) throw new Error("training needs at least two labels");
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const df = new Map<string, number>();
  for (const doc of docs) for (const f of doc.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df.entries()]
    .filter(([, n]) => n >= o.minDf)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, o.maxFeatures)
    .map(([f]) => f);
  const featureIndex = new Map(vocab.map((f, i) => [f, i]));
  const n = docs.length;
  const idf = Float32Array.from(vocab, (f) => Math.log((1 + n) / (1 + df.get(f)!)) + 1);
  const xs = docs.map((d) => vectorize(d, featureIndex, idf));
  const ys = Int32Array.from(docLabels, (l) => labelIndex.get(l)!);

  const k = labels.length;
  const classCounts = new Float64Array(k);
  for (const y of ys) classCounts[y]!++;
  const classWeight = Float64Array.from(classCounts, (c) => (o.balanced ? n / (k * c) : 1));

  const perSample = Float64Array.from(docs, (_, i) => sampleWeights?.[i] ?? 1);
  const { weights, bias } = sgdSoftmax(xs, ys, vocab.length, k, classWeight, perSample, o);

  // Prune and round for a small file; the pruned features simply become unknown at inference.
  const keep: number[] = [];
  for (let f = 0; f < vocab.length; f++) {
    let max = 0;
    for (let c = 0; c < k; c++) max = Math.max(max, Math.abs(weights[f * k + c]!));
    if (max >= o.pruneBelow && max > 0) keep.push(f);
  }
  const round = (v: number): number => Number(v.toFixed(o.precision));
  return {
    version: 1,
    type: "tfidf-softmax",
    labels,
    features: o.features,
    vocab: keep.map((f) => vocab[f]!),
    idf: keep.map((f) => round(idf[f]!)),
    weights: keep.flatMap((f) => Array.from(weights.subarray(f * k, f * k + k), round)),
    bias: Array.from(bias, round),
    trainedOn: n,
  };
}

function sgdSoftmax(
  xs: readonly SparseVector[],
  ys: Int32Array,
  dims: number,
  k: number,
  classWeight: Float64Array,
  sampleWeight: Float64Array,
  o: TrainOptions,
): { weights: Float32Array; bias: Float64Array } {
  const w = new Float64Array(dims * k);
  const bias = new Float64Array(k);
  // L2 shrinkage applied lazily through one global scale, so each step touches only the sample's features.
  let scale = 1;
  const order = Int32Array.from(xs, (_, i) => i);
  const random = mulberry32(o.seed);
  const scores = new Float64Array(k);
  let t = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const x = xs[i]!;
      const y = ys[i]!;
      const lr = o.learningRate / (1 + o.learningRate * o.lambda * t++);
      scores.set(bias);
      for (let j = 0; j < x.index.length; j++) {
        const base = x.index[j]! * k;
        const v = x.value[j]! * scale;
        for (let c = 0; c < k; c++) scores[c]! += w[base + c]! * v;
      }
      const p = softmax(scores);
      scale *= 1 - lr * o.lambda;
      if (scale < 1e-9) {
        for (let j = 0; j < w.length; j++) w[j]! *= scale;
        scale = 1;
      }
      const cw = classWeight[y]! * sampleWeight[i]!;
      for (let c = 0; c < k; c++) {
        const g = (p[c]! - (c === y ? 1 : 0)) * cw;
        if (g === 0) continue;
        bias[c]! -= lr * g * 0.1;
        const step = (lr * g) / scale;
        for (let j = 0; j < x.index.length; j++) w[x.index[j]! * k + c]! -= step * x.value[j]!;
      }
    }
  }
  const weights = new Float32Array(w.length);
  for (let j = 0; j < w.length; j++) weights[j] = w[j]! * scale;
  return { weights, bias };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(a: Int32Array, random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = a[i]!;
    a[i] = a[j]!;
    a[j] = tmp;
  }
}

const LabelledLine = z
  .object({ text: z.string().optional(), title: z.string().optional(), label: z.string().min(1) })
  .refine((r) => r.text !== undefined || r.title !== undefined, "needs text or title");

/** Reads JSON Lines of `{text, label}` (or `{title, label}`); throws naming the first bad line. */
export async function readLabelledJsonl(file: string): Promise<LabelledText[]> {
  const lines = (await readFile(file, "utf8")).split("\n");
  const out: LabelledText[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = LabelledLine.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    out.push({ text: parsed.data.text ?? parsed.data.title ?? "", label: parsed.data.label });
  });
  return out;
}
