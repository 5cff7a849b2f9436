import { allStrings, isFiniteBlock, isStringBlock } from "./model-cache.js";
import { readModelJson, writeModelText } from "./model-file.js";
import { z } from "zod";
import type { Segmenter } from "./segmenter.js";
import { featuresOf, type FeatureOptions } from "./text-features.js";

/*
 * Models are read on the path of the first message and of every `zhitong extract`. Zod checking a
 * model's hundreds of thousands of numbers and words one by one was the largest part of loading
 * it; a plain loop checks the same and says which field is wrong.
 */
export const isStrings = (v: unknown): v is string[] =>
  isStringBlock(v) || (Array.isArray(v) && v.every((x) => typeof x === "string"));
/**
 * A model's numbers: a plain array as JSON.parse gives, or a block of the build's binary copy
 * (model-cache.ts), which holds only finite numbers and is read without a loop over them.
 */
export type Numbers = number[] | Float64Array | Float32Array;
export const isNumbers = (v: unknown): v is Numbers =>
  isFiniteBlock(v) || (Array.isArray(v) && v.every((x) => typeof x === "number" && Number.isFinite(x)));
const strings = () => z.custom<string[]>(isStrings, "expected an array of strings");
const numbers = () => z.custom<Numbers>(isNumbers, "expected an array of finite numbers");

/**
 * The numbers as the classifier computes with them, float32. A float32 block of the build's copy
 * already holds exactly those values and is taken as it is: nothing writes to a classifier's arrays,
 * and converting a model's million doubles was a few milliseconds of every cold start.
 */
function asFloat32(v: Numbers): Float32Array {
  return v instanceof Float32Array && isFiniteBlock(v) ? v : Float32Array.from(v);
}

/** The model file: a TF-IDF vocabulary and a softmax (multinomial logistic regression) layer. */
export const TextClassifierModel = z.object({
  version: z.literal(1),
  type: z.literal("tfidf-softmax"),
  labels: z.custom<string[]>((v) => isStrings(v) && v.length >= 2, "expected at least two string labels"),
  features: z.object({
    words: z.boolean(),
    wordBigrams: z.boolean(),
    charNgrams: z.array(z.number().int().min(1).max(5)),
  }),
  vocab: strings(),
  idf: numbers(),
  /** Row-major: weights[f * labels.length + k]. */
  weights: numbers(),
  bias: numbers(),
  trainedOn: z.number().int().nonnegative().optional(),
});
export type TextClassifierModel = z.infer<typeof TextClassifierModel>;

export interface Prediction<L extends string = string> {
  label: L;
  /** Softmax probability of the label. */
  confidence: number;
  /** Probability per label, same order as the model's labels. */
  probabilities: number[];
}

/** A sparse, L2-normalised TF-IDF vector: parallel arrays of feature index and value. */
export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

/**
 * A trained text classifier, generic over its labels. Immutable once built; `predict` is a pure
 * function of the text, so one instance can serve every request.
 */
export class TextClassifier<L extends string = string> {
  readonly labels: readonly L[];
  private featureIndex: Map<string, number> | null = null;
  private readonly idf: Float32Array;
  private readonly weights: Float32Array;
  private readonly bias: Float32Array;

  constructor(
    private readonly model: TextClassifierModel,
    private readonly segmenter: Segmenter,
  ) {
    const k = model.labels.length;
    if (model.idf.length !== model.vocab.length || model.weights.length !== model.vocab.length * k)
      throw new Error("text classifier model: vocab, idf and weights sizes disagree");
    this.labels = model.labels as L[];
    this.idf = asFloat32(model.idf);
    this.weights = asFloat32(model.weights);
    this.bias = asFloat32(model.bias);
  }

  get features(): FeatureOptions {
    return this.model.features;
  }

  /** The weight × idf of one feature for one label; 0 for an unknown feature. */
  weightOf(feature: string, labelIndex: number): number {
    const i = this.index.get(feature);
    return i === undefined ? 0 : this.weightAt(i, labelIndex);
  }

  /** `weightOf` for the feature in column `i`. */
  weightAt(i: number, labelIndex: number): number {
    return this.weights[i * this.labels.length + labelIndex]! * this.idf[i]!;
  }

  /**
   * Feature → column. Built on first use: a classifier read only through a SharedVocabulary never
   * builds its own.
   */
  get index(): ReadonlyMap<string, number> {
    if (!this.featureIndex) {
      // A plain loop: on a cold start this runs before the JIT, once per feature of the model.
      const index = new Map<string, number>();
      const vocab = allStrings(this.model.vocab);
      for (let i = 0; i < vocab.length; i++) index.set(vocab[i]!, i);
      this.featureIndex = index;
    }
    return this.featureIndex;
  }

  /** The features, in column order. */
  get vocab(): readonly string[] {
    return this.model.vocab;
  }

  get idfs(): Float32Array {
    return this.idf;
  }

  /** Reads and validates a model file written by `saveModel`. */
  static async load<L extends string = string>(
    file: string,
    segmenter: Segmenter,
  ): Promise<TextClassifier<L>> {
    const model = TextClassifierModel.parse(await readModelJson(file));
    return new TextClassifier<L>(model, segmenter);
  }

  toJSON(): TextClassifierModel {
    return this.model;
  }

  vectorize(text: string): SparseVector {
    return vectorize(featuresOf(text, this.segmenter, this.model.features), this.index, this.idf);
  }

  predict(text: string): Prediction<L> {
    return this.predictVector(this.vectorize(text));
  }

  predictVector(x: SparseVector): Prediction<L> {
    const k = this.labels.length;
    const scores = Float64Array.from(this.bias);
    for (let i = 0; i < x.index.length; i++) {
      const base = x.index[i]! * k;
      const v = x.value[i]!;
      for (let c = 0; c < k; c++) scores[c]! += this.weights[base + c]! * v;
    }
    const probabilities = softmax(scores);
    let best = 0;
    for (let c = 1; c < k; c++) if (probabilities[c]! > probabilities[best]!) best = c;
    return { label: this.labels[best]!, confidence: probabilities[best]!, probabilities };
  }

  /**
   * How much a text's features push towards one label (sum of weight × tf-idf). Used to pick the
   * clause of a message that carries the problem, e.g. for a dispatcher summary.
   */
  evidence(text: string, label: L): number {
    const c = this.labels.indexOf(label);
    if (c < 0) return 0;
    const counts = featuresOf(text, this.segmenter, this.model.features);
    const columns = new Int32Array(counts.size);
    let j = 0;
    for (const f of counts.keys()) columns[j++] = this.index.get(f) ?? -1;
    return this.evidenceOf(counts, columns, c);
  }

  /**
   * `evidence` of feature counts whose columns were already looked up: `columns[j]` is the column of
   * the counts' j-th feature, -1 when unknown.
   */
  evidenceOf(counts: ReadonlyMap<string, number>, columns: ArrayLike<number>, labelIndex: number): number {
    let sum = 0;
    let j = 0;
    for (const n of counts.values()) {
      const i = columns[j++]!;
      if (i < 0) continue;
      sum += this.term(i, n, labelIndex);
    }
    return sum;
  }

  /** One known feature's share of the evidence for a label: its weight times its tf-idf. */
  private term(column: number, count: number, labelIndex: number): number {
    return (
      this.weights[column * this.labels.length + labelIndex]! * (1 + Math.log(count)) * this.idf[column]!
    );
  }

  /**
   * `evidenceOf` counted by column: the first `size` entries of `columns` are the known features'
   * columns in the counts' order, `counts[i]` the count of column i. The same sum, term by term.
   */
  evidenceOfTally(columns: Int32Array, size: number, counts: ArrayLike<number>, labelIndex: number): number {
    let sum = 0;
    for (let j = 0; j < size; j++) {
      const i = columns[j]!;
      sum += this.term(i, counts[i]!, labelIndex);
    }
    return sum;
  }
}

/** Writes a model as compact JSON (the trainer already rounded the weights; run prettier before committing). */
export async function saveModel(model: object, file: string): Promise<void> {
  await writeModelText(file, JSON.stringify(model) + "\n");
}

/** Sublinear TF × IDF, L2-normalised; unknown features are dropped. */
export function vectorize(
  counts: ReadonlyMap<string, number>,
  index: ReadonlyMap<string, number>,
  idf: ArrayLike<number>,
): SparseVector {
  const ids: number[] = [];
  const vals: number[] = [];
  let norm = 0;
  for (const [f, n] of counts) {
    const i = index.get(f);
    if (i === undefined) continue;
    const v = (1 + Math.log(n)) * idf[i]!;
    ids.push(i);
    vals.push(v);
    norm += v * v;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  // Plain loops: TypedArray.from with a mapping function goes through the iterator protocol and was
  // the single largest cost of reading a message.
  const out = { index: new Int32Array(ids.length), value: new Float32Array(ids.length) };
  for (let k = 0; k < ids.length; k++) {
    out.index[k] = ids[k]!;
    out.value[k] = vals[k]! * scale;
  }
  return out;
}

export function softmax(scores: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i]!);
  const exps = Array.from(scores, (s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}
