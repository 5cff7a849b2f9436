import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { emergencyFeatures } from "./emergency-features.js";
import { readModelJsonSync } from "./model-file.js";
import type { Segmenter } from "./segmenter.js";
import {
  isNumbers,
  isStrings,
  TextClassifier,
  TextClassifierModel,
  type Numbers,
} from "./text-classifier.js";
import { SharedVocabulary } from "./shared-vocabulary.js";
import { HAZARDS, type Hazard } from "./urgency-rules.js";

/** The shipped emergency model, rebuilt by `zhitong intake train-emergency`. */
export const DEFAULT_EMERGENCY_MODEL = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../data/intake/emergency-model.json.gz",
);

/**
 * Two linear models over the same features: `detector` (labels "emergency" / "normal") says
 * whether life or safety is at risk now, `hazard` (trained on emergencies only) which danger it is.
 * The thresholds are chosen by leave-one-file-out cross-validation (see docs/intake.md).
 */
export const EmergencyModelFile = z.object({
  version: z.literal(1),
  type: z.literal("emergency"),
  /** Probability of "emergency" at or above which the model alone flags an emergency. */
  threshold: z.number().min(0).max(1),
  /** Below this probability the model may veto a rule hit that stands in a non-emergency context. */
  vetoBelow: z.number().min(0).max(1),
  /** Whether the features include the rule detector's concepts (false only for evaluation). */
  concepts: z.boolean().default(true),
  detector: TextClassifierModel,
  hazard: TextClassifierModel,
  /** What the model was trained on: file names and example counts, for the record. */
  sources: z.array(z.object({ name: z.string(), examples: z.number().int().nonnegative() })),
});
export type EmergencyModelFile = z.infer<typeof EmergencyModelFile>;

/*
 * Loading is on the path of the first message (and of every `zhitong extract`). Zod checking each
 * of the ~80,000 numbers one by one was half the load time; a plain loop checks the same.
 */
const FastClassifier = TextClassifierModel.extend({
  labels: z.custom<string[]>((v) => isStrings(v) && v.length >= 2, "at least two string labels"),
  vocab: z.custom<string[]>(isStrings, "an array of strings"),
  idf: z.custom<Numbers>(isNumbers, "an array of finite numbers"),
  weights: z.custom<Numbers>(isNumbers, "an array of finite numbers"),
  bias: z.custom<Numbers>(isNumbers, "an array of finite numbers"),
});
const FastModelFile = EmergencyModelFile.extend({ detector: FastClassifier, hazard: FastClassifier });

export interface EmergencyOpinion {
  /** Probability that the text describes a danger happening now. */
  probability: number;
  /** The most likely danger, had it been one. */
  hazard: Hazard;
}

const NO_WORDS: Segmenter = { cut: () => [] };

/** A loaded emergency model; `predict` is a pure function of the text. */
export class EmergencyModel {
  private readonly detector: TextClassifier;
  private readonly hazardModel: TextClassifier;
  private readonly emergencyIndex: number;
  /** Both models read the same features: column 0 detector, 1 hazard. */
  private readonly vocabulary: SharedVocabulary;

  constructor(readonly file: EmergencyModelFile) {
    this.detector = new TextClassifier(file.detector, NO_WORDS);
    this.hazardModel = new TextClassifier(file.hazard, NO_WORDS);
    this.vocabulary = new SharedVocabulary([this.detector, this.hazardModel]);
    this.emergencyIndex = file.detector.labels.indexOf("emergency");
    if (this.emergencyIndex < 0) throw new Error("emergency model: the detector has no label 'emergency'");
    for (const label of file.hazard.labels)
      if (!(HAZARDS as readonly string[]).includes(label))
        throw new Error(`emergency model: unknown hazard label '${label}'`);
  }

  get threshold(): number {
    return this.file.threshold;
  }

  get vetoBelow(): number {
    return this.file.vetoBelow;
  }

  predict(text: string): EmergencyOpinion {
    const features = emergencyFeatures(text, { concepts: this.file.concepts });
    const [detector, hazard] = this.vocabulary.vectorize(features);
    const d = this.detector.predictVector(detector!);
    const h = this.hazardModel.predictVector(hazard!);
    return { probability: d.probabilities[this.emergencyIndex]!, hazard: h.label as Hazard };
  }

  /** Reads a model file (gzip-compressed when its name ends in `.gz`) synchronously. */
  static load(file: string): EmergencyModel {
    const parsed = FastModelFile.safeParse(readModelJsonSync(file));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `emergency model ${file}: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"}`,
      );
    }
    return new EmergencyModel(parsed.data);
  }
}

let shipped: EmergencyModel | null | undefined;

/**
 * The shipped model, loaded once on first use (tens of milliseconds). If the file is missing or
 * unreadable the rules decide alone: the detector must never stop a message from being read.
 */
export function shippedEmergencyModel(): EmergencyModel | null {
  if (shipped === undefined) {
    try {
      shipped = EmergencyModel.load(DEFAULT_EMERGENCY_MODEL);
    } catch (err) {
      shipped = null;
      process.emitWarning(`emergency model not loaded, rules decide alone: ${(err as Error).message}`);
    }
  }
  return shipped;
}
