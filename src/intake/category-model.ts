import { readModelJson } from "./model-file.js";
import { z } from "zod";
import type { Segmenter } from "./segmenter.js";
import { SharedVocabulary } from "./shared-vocabulary.js";
import { softmax, TextClassifier, TextClassifierModel } from "./text-classifier.js";
import { featurePieces, featuresOf, type Piece } from "./text-features.js";

/** How many pieces' columns `evidence` keeps (as many as the feature reader keeps pieces). */
const MAX_PIECE_COLUMNS = 4096;

/** Domain label for the categories that no domain of the real-message corpus covers. */
export const NO_DOMAIN = "none";

/**
 * A two-level model: a domain classifier trained mostly on real residents' messages, and a
 * category classifier that splits each domain into the taxonomy's categories. Real text is
 * plentiful at the domain level and scarce below it, so each level learns from what it has.
 */
export const HierarchicalCategoryModel = z.object({
  version: z.literal(2),
  type: z.literal("domain-category"),
  /** Domain → the categories it holds; a category may sit in more than one domain. */
  domains: z.record(z.string(), z.array(z.string()).min(1)),
  domain: TextClassifierModel,
  category: TextClassifierModel,
  /**
   * How far the domain level may overrule the category level: the score of a category is
   * log P(category) + domainWeight × log P(its domains). 1 trusts both levels equally; lower
   * values lean on the category classifier, which knows short chat lines better.
   */
  domainWeight: z.number().min(0).max(4).default(1),
  /**
   * The domain level learnt mostly from letters; a chat line shorter than `maxChars` leans on it
   * with this weight instead.
   */
  shortText: z
    .object({ maxChars: z.number().int().positive(), domainWeight: z.number().min(0).max(4) })
    .optional(),
  /**
   * The least probability the domain level may give a category's domains before it counts against
   * it. The domain level learnt its domains from one board's letters; a formal letter about a
   * neighbour or a government counter looks like a letter to it, and without a floor it would
   * crush categories that real boards rarely file, however clear their own wording.
   */
  domainFloor: z.number().min(0).max(1).optional(),
  trainedOn: z.record(z.string(), z.number().int().nonnegative()).optional(),
});
export type HierarchicalCategoryModel = z.infer<typeof HierarchicalCategoryModel>;

export const CategoryModelFile = z.union([TextClassifierModel, HierarchicalCategoryModel]);
export type CategoryModelFile = z.infer<typeof CategoryModelFile>;

export interface RankedCategory {
  category: string;
  probability: number;
}

export interface CategoryPrediction {
  label: string;
  confidence: number;
  /** Every category, most probable first. */
  ranked: RankedCategory[];
}

/**
 * The category classifier the offline engine uses, over either model file format: a flat
 * softmax (version 1) or domain × category (version 2). Immutable; one instance serves every
 * request.
 */
export class CategoryClassifier {
  private readonly flat: TextClassifier | null;
  private readonly domainClf: TextClassifier | null;
  private readonly categoryClf: TextClassifier;
  /** For each category: the domain indices it belongs to. */
  private readonly domainsOf: number[][];
  /** For each domain: the category indices it holds. */
  private readonly membersOf: number[][];
  private readonly sameFeatures: boolean;
  /** Both levels' vocabularies, when they read the same features: column 0 category, 1 domain. */
  private readonly shared: SharedVocabulary | null;
  /** Each feature count's category columns, for `explain` and `evidence` (see categoryColumns). */
  private readonly columns = new WeakMap<ReadonlyMap<string, number>, Int32Array>();
  private readonly domainWeight: number;
  private readonly shortText: { maxChars: number; domainWeight: number } | null;
  private readonly domainFloor: number;

  constructor(
    model: CategoryModelFile,
    private readonly segmenter: Segmenter,
  ) {
    if (model.version === 1) {
      this.flat = new TextClassifier(model, segmenter);
      this.domainClf = null;
      this.categoryClf = this.flat;
      this.domainsOf = [];
      this.membersOf = [];
      this.sameFeatures = true;
      this.shared = null;
      this.domainWeight = 0;
      this.shortText = null;
      this.domainFloor = 0;
      return;
    }
    this.flat = null;
    this.domainClf = new TextClassifier(model.domain, segmenter);
    this.categoryClf = new TextClassifier(model.category, segmenter);
    const categories = model.category.labels;
    this.membersOf = model.domain.labels.map((d) => {
      const members = model.domains[d];
      if (!members) throw new Error(`category model: domain "${d}" has no categories`);
      return members.map((c) => {
        const i = categories.indexOf(c);
        if (i < 0) throw new Error(`category model: domain "${d}" lists unknown category "${c}"`);
        return i;
      });
    });
    this.domainsOf = categories.map((_, c) =>
      this.membersOf.flatMap((members, d) => (members.includes(c) ? [d] : [])),
    );
    const orphan = categories.find((_, c) => this.domainsOf[c]!.length === 0);
    if (orphan) throw new Error(`category model: category "${orphan}" belongs to no domain`);
    this.domainWeight = model.domainWeight;
    this.shortText = model.shortText ?? null;
    this.domainFloor = model.domainFloor ?? 0;
    this.sameFeatures = JSON.stringify(model.domain.features) === JSON.stringify(model.category.features);
    this.shared = this.sameFeatures ? new SharedVocabulary([this.categoryClf, this.domainClf]) : null;
  }

  static async load(file: string, segmenter: Segmenter): Promise<CategoryClassifier> {
    const raw = await readModelJson(file);
    // Validate against the format the file claims, so the error names the field that is wrong.
    const schema =
      (raw as { version?: unknown } | null)?.version === 2 ? HierarchicalCategoryModel : CategoryModelFile;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
      throw new Error(`category model ${file}: ${where}${issue?.message ?? "invalid"}`);
    }
    return new CategoryClassifier(parsed.data, segmenter);
  }

  get labels(): readonly string[] {
    return this.categoryClf.labels;
  }

  predict(text: string): CategoryPrediction {
    const probabilities = this.probabilities(text);
    const ranked = this.labels
      .map((category, i) => ({ category, probability: probabilities[i]! }))
      .sort((a, b) => b.probability - a.probability);
    return { label: ranked[0]!.category, confidence: ranked[0]!.probability, ranked };
  }

  /** A product of the two levels: P(category) × P(its domains)^domainWeight, normalised. */
  probabilities(text: string): number[] {
    if (this.flat) return this.flat.predict(text).probabilities;
    const domainClf = this.domainClf!;
    let pc: number[];
    let pd: number[];
    if (this.shared) {
      // One segmentation and one look-up per feature for both levels.
      const counts = featuresOf(text, this.segmenter, this.categoryClf.features);
      const [category, domain] = this.shared.vectorize(counts);
      pc = this.categoryClf.predictVector(category!).probabilities;
      pd = domainClf.predictVector(domain!).probabilities;
    } else {
      pc = this.categoryClf.predict(text).probabilities;
      pd = domainClf.predict(text).probabilities;
    }
    const beta =
      this.shortText && [...text].length < this.shortText.maxChars
        ? this.shortText.domainWeight
        : this.domainWeight;
    const scores = pc.map((p, c) => {
      const domainP = this.domainsOf[c]!.reduce((s, d) => s + pd[d]!, 0);
      return Math.log(Math.max(p, 1e-12)) + beta * Math.log(Math.max(domainP, this.domainFloor, 1e-12));
    });
    return softmax(scores);
  }

  /**
   * The words of a text that speak most for a category, strongest first: what a dispatcher
   * sees next to a candidate. Character n-grams inside a listed word are not repeated.
   */
  explain(text: string, label: string, limit = 3): string[] {
    const clf = this.categoryClf;
    const c = clf.labels.indexOf(label);
    if (c < 0) return [];
    const contributions: [string, number][] = [];
    const counts = featuresOf(text, this.segmenter, clf.features);
    const columns = this.categoryColumns(counts);
    let j = 0;
    for (const f of counts.keys()) {
      const i = columns[j++]!;
      // A surface of one character (a two-character prefix and one more: every character unigram
      // and one-character word) is never shown, so it is left out before the sort, not after it.
      if (f.length < 4) continue;
      const w = i < 0 ? 0 : clf.weightAt(i, c);
      if (w > 0) contributions.push([f.slice(2), w]);
    }
    contributions.sort((a, b) => b[1] - a[1]);
    const out: string[] = [];
    for (const [surface] of contributions) {
      if (out.some((o) => o.includes(surface) || surface.includes(o))) continue;
      out.push(surface);
      if (out.length === limit) break;
    }
    return out;
  }

  /** How much a text's wording speaks for one category (see TextClassifier.evidence). */
  evidence(text: string, label: string): number {
    const clf = this.categoryClf;
    const c = clf.labels.indexOf(label);
    if (c < 0) return 0;
    const pieces = featurePieces(text, this.segmenter, clf.features);
    if (!pieces) {
      const counts = featuresOf(text, this.segmenter, clf.features);
      return clf.evidenceOf(counts, this.categoryColumns(counts), c);
    }
    /*
     * The summary weighs up to ~25 windows of a letter's clauses, each clause in up to three: the
     * counts are tallied by column from each piece's columns, looked up once per piece, instead of
     * a map of the window's feature strings looked up feature by feature. A column is one
     * feature's, so the known features come in the counts' order with the same counts.
     */
    const tally = (this.tally ??= {
      counts: new Int32Array(clf.vocab.length),
      columns: new Int32Array(clf.vocab.length),
    });
    let size = 0;
    const count = (columns: Int32Array): void => {
      for (let j = 0; j < columns.length; j++) {
        const i = columns[j]!;
        if (i < 0) continue;
        const n = tally.counts[i]!;
        if (n === 0) tally.columns[size++] = i;
        tally.counts[i] = n + 1;
      }
    };
    const columns = pieces.map((p) => this.pieceColumnsOf(p));
    for (const p of columns) count(p.words);
    for (const p of columns) count(p.grams);
    const sum = clf.evidenceOfTally(tally.columns, size, tally.counts, c);
    for (let j = 0; j < size; j++) tally.counts[tally.columns[j]!] = 0;
    return sum;
  }

  /** Scratch for `evidence`: counts by category column, and the columns in the order first counted. */
  private tally: { counts: Int32Array; columns: Int32Array } | null = null;
  /**
   * Each piece's category columns (see evidence). A Map, cleared when full, rather than a WeakMap:
   * weak keys by the thousand lengthen the collector's pauses, which a p99 target feels.
   */
  private readonly pieceColumns = new Map<Piece, { words: Int32Array; grams: Int32Array }>();

  private pieceColumnsOf(piece: Piece): { words: Int32Array; grams: Int32Array } {
    let found = this.pieceColumns.get(piece);
    if (!found) {
      const shared = this.shared;
      const index = shared ? null : this.categoryClf.index;
      const columnsOf = (keys: readonly string[]): Int32Array =>
        Int32Array.from(keys, (f) => (shared ? shared.indexOf(f, 0) : (index!.get(f) ?? -1)));
      found = { words: columnsOf(piece.words), grams: columnsOf(piece.grams) };
      if (this.pieceColumns.size >= MAX_PIECE_COLUMNS) this.pieceColumns.clear();
      this.pieceColumns.set(piece, found);
    }
    return found;
  }

  /**
   * The category column of each feature of the counts, in their order (-1 when unknown), looked up
   * once: a message's features are explained for three candidates and its clauses weighed.
   */
  private categoryColumns(counts: ReadonlyMap<string, number>): Int32Array {
    let columns = this.columns.get(counts);
    if (!columns) {
      const shared = this.shared;
      const index = shared ? null : this.categoryClf.index;
      columns = new Int32Array(counts.size);
      let j = 0;
      for (const f of counts.keys()) columns[j++] = shared ? shared.indexOf(f, 0) : (index!.get(f) ?? -1);
      this.columns.set(counts, columns);
    }
    return columns;
  }
}
