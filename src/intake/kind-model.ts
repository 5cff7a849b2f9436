import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { kindFeatures } from "./kind-features.js";
import { KIND_GROUPS, type KindGroup } from "./kind-weak-labels.js";
import type { Segmenter } from "./segmenter.js";
import { TextClassifier, TextClassifierModel, vectorize } from "./text-classifier.js";

/** The shipped kind model, rebuilt by `npx tsx src/intake/train-kind-model.ts`. */
export const DEFAULT_KIND_MODEL = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../data/intake/kind-model.json.gz",
);

/**
 * A linear model over n-grams, sentence-position n-grams and the rule cues that reads which of the
 * three groups a message belongs to (a complaint or request, a question, a suggestion). Trained on
 * real messages weakly labelled by what their titles say, plus hand-written chat lines.
 */
export const KindModelFile = z.object({
  version: z.literal(1),
  type: z.literal("kind"),
  model: TextClassifierModel,
  /** How much one unit of the rules' weighted evidence adds to a group's log-odds. */
  ruleWeight: z.number().min(0),
  /** The same for chat lines (under 40 Chinese characters), where the model has less to read. */
  chatRuleWeight: z.number().min(0),
  /**
   * Divides the combined log-odds before they become a confidence: weak labels make the model
   * surer than it is right on real letters (see docs/intake.md for the reliability table).
   */
  temperature: z.number().positive().default(1),
  /** What the model was trained on: source names and example counts, for the record. */
  sources: z.array(z.object({ name: z.string(), examples: z.number().int().nonnegative() })),
});
export type KindModelFile = z.infer<typeof KindModelFile>;

const NO_WORDS: Segmenter = { cut: () => [] };

/** A loaded kind model; `predict` is a pure function of the text. */
export class KindModel {
  private readonly classifier: TextClassifier;
  private readonly order: number[];

  constructor(readonly file: KindModelFile) {
    this.classifier = new TextClassifier(file.model, NO_WORDS);
    this.order = KIND_GROUPS.map((g) => file.model.labels.indexOf(g));
    if (this.order.some((i) => i < 0))
      throw new Error(`kind model: labels must be ${KIND_GROUPS.join(", ")}`);
  }

  get ruleWeight(): number {
    return this.file.ruleWeight;
  }

  get chatRuleWeight(): number {
    return this.file.chatRuleWeight;
  }

  get temperature(): number {
    return this.file.temperature;
  }

  /** Log-probability of each group, in KIND_GROUPS order. */
  logProbabilities(text: string): Record<KindGroup, number> {
    const c = this.classifier;
    const p = c.predictVector(vectorize(kindFeatures(text), c.index, c.idfs)).probabilities;
    return Object.fromEntries(
      KIND_GROUPS.map((g, i) => [g, Math.log(Math.max(p[this.order[i]!]!, 1e-9))]),
    ) as Record<KindGroup, number>;
  }

  /** Reads a model file (gzip-compressed when its name ends in `.gz`) synchronously. */
  static load(file: string): KindModel {
    const bytes = readFileSync(file);
    const text = (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
    const parsed = KindModelFile.safeParse(JSON.parse(text));
    if (!parsed.success)
      throw new Error(`kind model ${file}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    return new KindModel(parsed.data);
  }
}

let shipped: KindModel | null | undefined;

/**
 * The shipped model, loaded once on first use. If the file is missing or unreadable the rules
 * decide alone: the kind must never stop a message from being read.
 */
export function shippedKindModel(): KindModel | null {
  if (shipped === undefined) {
    try {
      shipped = KindModel.load(DEFAULT_KIND_MODEL);
    } catch (err) {
      shipped = null;
      process.emitWarning(`kind model not loaded, rules decide alone: ${(err as Error).message}`);
    }
  }
  return shipped;
}
