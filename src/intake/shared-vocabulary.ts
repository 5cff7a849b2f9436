import type { SparseVector } from "./text-classifier.js";

/** What a classifier contributes to a shared vocabulary: its features and their idf, in its order. */
export interface VocabularyColumn {
  readonly vocab: readonly string[];
  readonly idfs: Float32Array;
}

/**
 * The vocabularies of classifiers that read the same feature counts (a category model's two levels,
 * the emergency model's detector and hazard, the kind model's group and member) as one table: one
 * look-up per feature finds its column in every classifier. Looking each feature up in each
 * classifier's own table of tens of thousands of strings was a sixth of the offline engine's CPU.
 */
export class SharedVocabulary {
  /** Feature → row. */
  private readonly rows = new Map<string, number>();
  /** Per classifier: row → its column, or -1 for a feature it does not know. */
  private readonly columns: Int32Array[];
  private readonly idfs: Float32Array[];

  constructor(classifiers: readonly VocabularyColumn[]) {
    const pairs: Int32Array[] = [];
    for (const { vocab } of classifiers) {
      const rowOf = new Int32Array(vocab.length);
      for (let i = 0; i < vocab.length; i++) {
        const f = vocab[i]!;
        let row = this.rows.get(f);
        if (row === undefined) this.rows.set(f, (row = this.rows.size));
        rowOf[i] = row;
      }
      pairs.push(rowOf);
    }
    this.columns = pairs.map((rowOf) => {
      const column = new Int32Array(this.rows.size).fill(-1);
      // In vocabulary order, so a feature listed twice maps to its last column, as a Map built from
      // the vocabulary would.
      for (let i = 0; i < rowOf.length; i++) column[rowOf[i]!] = i;
      return column;
    });
    this.idfs = classifiers.map((c) => c.idfs);
  }

  /** The column of a feature in one classifier, or -1. */
  indexOf(feature: string, classifier: number): number {
    const row = this.rows.get(feature);
    return row === undefined ? -1 : this.columns[classifier]![row]!;
  }

  /**
   * Each classifier's vector of the counts: for each, exactly what `vectorize(counts, its index,
   * its idf)` gives (sublinear tf × idf, L2-normalised, features in the counts' order).
   */
  vectorize(counts: ReadonlyMap<string, number>): SparseVector[] {
    const k = this.columns.length;
    const ids: number[][] = [];
    const vals: number[][] = [];
    const norms: number[] = [];
    for (let c = 0; c < k; c++) {
      ids.push([]);
      vals.push([]);
      norms.push(0);
    }
    for (const [f, n] of counts) {
      const row = this.rows.get(f);
      if (row === undefined) continue;
      const tf = 1 + Math.log(n);
      for (let c = 0; c < k; c++) {
        const i = this.columns[c]![row]!;
        if (i < 0) continue;
        const v = tf * this.idfs[c]![i]!;
        ids[c]!.push(i);
        vals[c]!.push(v);
        norms[c]! += v * v;
      }
    }
    const out: SparseVector[] = [];
    for (let c = 0; c < k; c++) {
      const norm = norms[c]!;
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      const index = new Int32Array(ids[c]!.length);
      const value = new Float32Array(index.length);
      for (let j = 0; j < index.length; j++) {
        index[j] = ids[c]![j]!;
        value[j] = vals[c]![j]! * scale;
      }
      out.push({ index, value });
    }
    return out;
  }
}
