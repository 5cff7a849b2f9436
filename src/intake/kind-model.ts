import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { kindFeatures } from "./kind-features.js";
import { readModelJsonSync } from "./model-file.js";
import { KIND_GROUPS, type KindGroup } from "./kind-weak-labels.js";
import type { Segmenter } from "./segmenter.js";
import { SharedVocabulary } from "./shared-vocabulary.js";
import { TextClassifier, TextClassifierModel, type SparseVector } from "./text-classifier.js";

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
  /**
   * Inside the complaint group, a letter's complaint, request for help or dispute: a small model
   * trained on letters a person labelled (the weak labels cannot tell these apart). Absent, the
   * rules decide, as they still do for chat lines.
   */
  member: TextClassifierModel.optional(),
  /** How much one unit of the rules' evidence adds to a member kind's log-odds in a letter. */
  memberRuleWeight: z.number().min(0).default(0),
  /** What the model was trained on: source names and example counts, for the record. */
  sources: z.array(z.object({ name: z.string(), examples: z.number().int().nonnegative() })),
});
export type KindModelFile = z.infer<typeof KindModelFile>;

const NO_WORDS: Segmenter = { cut: () => [] };

/** The kinds inside the complaint group. */
export const MEMBER_KINDS = ["complaint", "help", "dispute"] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** A loaded kind model; `predict` is a pure function of the text. */
export class KindModel {
  private readonly classifier: TextClassifier;
  private readonly order: number[];
  private readonly member: { classifier: TextClassifier; order: number[] } | null;
  /** The group model's vocabulary (column 0) and the member model's (column 1), looked up together. */
  private readonly vocabulary: SharedVocabulary;
  private last: { text: string; vectors: SparseVector[] } | null = null;

  constructor(readonly file: KindModelFile) {
    this.classifier = new TextClassifier(file.model, NO_WORDS);
    this.order = KIND_GROUPS.map((g) => file.model.labels.indexOf(g));
    if (this.order.some((i) => i < 0))
      throw new Error(`kind model: labels must be ${KIND_GROUPS.join(", ")}`);
    if (file.member) {
      const order = MEMBER_KINDS.map((k) => file.member!.labels.indexOf(k));
      if (order.some((i) => i < 0))
        throw new Error(`kind model: member labels must be ${MEMBER_KINDS.join(", ")}`);
      this.member = { classifier: new TextClassifier(file.member, NO_WORDS), order };
    } else this.member = null;
    this.vocabulary = new SharedVocabulary(
      this.member ? [this.classifier, this.member.classifier] : [this.classifier],
    );
  }

  get memberRuleWeight(): number {
    return this.file.memberRuleWeight;
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
    const p = c.predictVector(this.vectors(text)[0]!).probabilities;
    return Object.fromEntries(
      KIND_GROUPS.map((g, i) => [g, Math.log(Math.max(p[this.order[i]!]!, 1e-9))]),
    ) as Record<KindGroup, number>;
  }

  /** Log-probability of complaint, help and dispute for a letter; null without a member model. */
  memberLogProbabilities(text: string): Record<MemberKind, number> | null {
    if (!this.member) return null;
    const { classifier: c, order } = this.member;
    const p = c.predictVector(this.vectors(text)[1]!).probabilities;
    return Object.fromEntries(
      MEMBER_KINDS.map((k, i) => [k, Math.log(Math.max(p[order[i]!]!, 1e-9))]),
    ) as Record<MemberKind, number>;
  }

  // A letter's group and then its member kind are read from the same features: computed and
  // looked up once.
  private vectors(text: string): SparseVector[] {
    if (this.last?.text !== text)
      this.last = { text, vectors: this.vocabulary.vectorize(kindFeatures(text)) };
    return this.last.vectors;
  }

  /** Reads a model file (gzip-compressed when its name ends in `.gz`) synchronously. */
  static load(file: string): KindModel {
    const parsed = KindModelFile.safeParse(readModelJsonSync(file));
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
