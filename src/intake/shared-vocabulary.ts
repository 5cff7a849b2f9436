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
  /** Feature → row, every feature. */
  private readonly rows = new Map<string, number>();
  /**
   * The short features (nearly all) → row again, in a table of numbers that is cheaper to probe
   * (see GramTable), built once the vocabulary has been read WARM_UP times: a one-message
   * `zhitong extract` does not pay for building it, a worker does at once.
   */
  private grams: GramTable | null = null;
  private reads = 0;
  /** Per classifier: row → its column, or -1 for a feature it does not know. */
  private readonly columns: Int32Array[];
  private readonly idfs: Float32Array[];

  constructor(classifiers: readonly VocabularyColumn[]) {
    const pairs: Int32Array[] = [];
    for (const [c, { vocab }] of classifiers.entries()) {
      const rowOf = new Int32Array(vocab.length);
      for (let i = 0; i < vocab.length; i++) {
        const f = vocab[i]!;
        let row: number | undefined;
        if (c === 0) {
          // The first vocabulary fills an empty table: one set per feature instead of a get and a
          // set (this runs on every cold start, before the JIT). A feature listed twice is put back
          // on the row of its first listing.
          row = this.rows.size;
          this.rows.set(f, row);
          if (this.rows.size === row) this.rows.set(f, (row = rowOf[vocab.indexOf(f)]!));
        } else {
          row = this.rows.get(f);
          if (row === undefined) this.rows.set(f, (row = this.rows.size));
        }
        rowOf[i] = row;
      }
      pairs.push(rowOf);
    }
    const rows = this.rows.size;
    this.columns = pairs.map((rowOf) => {
      const column = new Int32Array(rows).fill(-1);
      // In vocabulary order, so a feature listed twice maps to its last column, as a Map built from
      // the vocabulary would.
      for (let i = 0; i < rowOf.length; i++) column[rowOf[i]!] = i;
      return column;
    });
    this.idfs = classifiers.map((c) => c.idfs);
  }

  /** The column of a feature in one classifier, or -1. */
  indexOf(feature: string, classifier: number): number {
    const row = this.rowOf(feature);
    return row < 0 ? -1 : this.columns[classifier]![row]!;
  }

  private rowOf(feature: string): number {
    const row = this.grams ? this.grams.get(feature) : NOT_A_GRAM;
    return row !== NOT_A_GRAM ? row : (this.rows.get(feature) ?? -1);
  }

  /**
   * Each classifier's vector of the counts: for each, exactly what `vectorize(counts, its index,
   * its idf)` gives (sublinear tf × idf, L2-normalised, features in the counts' order).
   */
  vectorize(counts: ReadonlyMap<string, number>): SparseVector[] {
    if (!this.grams && ++this.reads > WARM_UP) this.grams = GramTable.of(this.rows);
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
      const row = this.rowOf(f);
      if (row < 0) continue;
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

/** Vectors read before the numeric table is built. */
const WARM_UP = 50;

/** What GramTable.get answers for a feature it cannot hold (look in the map instead). */
const NOT_A_GRAM = -2;

/*
 * The prefixes of short features: character n-grams ("c:"), words ("w:") and the kind model's n-grams of the first and
 * last sentence ("s:c:", "e:c:"). The tag of a key tells the prefix and the length.
 */
const PREFIXES = ["c:", "w:", "s:c:", "e:c:"] as const;
const MAX_UNITS = 3;

/**
 * An open-addressing table from short features (a prefix above and one to three UTF-16 code units)
 * to rows. Each such string is packed into one exact number (tag, then 16 bits per code
 * unit), so distinct strings have distinct keys; a probe reads one slot of a typed array where a
 * Map<string> chases pointers to bucket, entry and key string, which in a table of tens of thousands
 * of features is a cache miss each.
 */
class GramTable {
  /** Slot i: key at 2i (0 = empty), row at 2i + 1. */
  private readonly slots: Float64Array;
  private readonly mask: number;

  private constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Float64Array(size * 2);
    this.mask = size - 1;
  }

  /** The short features of a feature → row map (each string once, so each key once). */
  static of(rows: ReadonlyMap<string, number>): GramTable {
    const table = new GramTable(rows.size);
    for (const [feature, row] of rows) {
      const key = keyOf(feature);
      if (key === 0) continue;
      let i = hashOf(key) & table.mask;
      while (table.slots[2 * i] !== 0) i = (i + 1) & table.mask;
      table.slots[2 * i] = key;
      table.slots[2 * i + 1] = row;
    }
    return table;
  }

  /** The row of a feature, -1 for an n-gram that is not in the table, NOT_A_GRAM for any other string. */
  get(feature: string): number {
    const key = keyOf(feature);
    if (key === 0) return NOT_A_GRAM;
    for (let i = hashOf(key) & this.mask; ; i = (i + 1) & this.mask) {
      const at = this.slots[2 * i]!;
      if (at === key) return this.slots[2 * i + 1]!;
      if (at === 0) return -1;
    }
  }
}

/** The key of a character n-gram feature, or 0 for any other string. */
function keyOf(f: string): number {
  for (let p = 0; p < PREFIXES.length; p++) {
    const prefix = PREFIXES[p]!;
    const units = f.length - prefix.length;
    if (units < 1 || units > MAX_UNITS || !f.startsWith(prefix)) continue;
    // tag ≥ 1, so no key is 0; tag × 2^48 + three 16-bit units stays below 2^53 (exact).
    let key = p * MAX_UNITS + units;
    for (let j = 0; j < MAX_UNITS; j++) key = key * 65536 + (j < units ? f.charCodeAt(prefix.length + j) : 0);
    return key;
  }
  return 0;
}

function hashOf(key: number): number {
  const lo = (key % 4294967296) | 0;
  const hi = (key / 4294967296) | 0;
  return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) ^ (lo >>> 15);
}
