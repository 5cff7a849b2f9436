import { allStrings, sortedOrder, stringAt } from "./model-cache.js";
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
  /**
   * Feature → row, every feature, and per classifier row → its column (-1 for a feature it does not
   * know). Built when first needed: until then, vocabularies read from the build's model copies are
   * searched in their sorted order, so a one-message `zhitong extract` builds no map of them.
   */
  private table: { rows: Map<string, number>; columns: Int32Array[]; cells: Float64Array } | null = null;
  /**
   * The short features (nearly all) → row again, in a table of numbers that is cheaper to probe
   * (see GramTable), built once the vocabulary has been read WARM_UP times: a one-message
   * `zhitong extract` does not pay for building it, a worker does at once.
   */
  private grams: GramTable | null = null;
  private reads = 0;
  private readonly vocabs: (readonly string[])[];
  /** Each vocabulary's sorted order, when every one has it (see sortedOrder); else null. */
  private readonly orders: Int32Array[] | null;
  private readonly idfs: Float32Array[];

  constructor(classifiers: readonly VocabularyColumn[]) {
    this.vocabs = classifiers.map((c) => c.vocab);
    this.idfs = classifiers.map((c) => c.idfs);
    const orders = this.vocabs.map(sortedOrder);
    this.orders = orders.every((o) => o !== undefined) ? (orders as Int32Array[]) : null;
    if (!this.orders) this.build();
  }

  private build(): { rows: Map<string, number>; columns: Int32Array[]; cells: Float64Array } {
    if (this.table) return this.table;
    const rows = new Map<string, number>();
    const pairs: Int32Array[] = [];
    for (const [c, vocab] of this.vocabs.entries()) {
      const rowOf = new Int32Array(vocab.length);
      const words = allStrings(vocab);
      for (let i = 0; i < words.length; i++) {
        const f = words[i]!;
        let row: number | undefined;
        if (c === 0) {
          // The first vocabulary fills an empty table: one set per feature instead of a get and a
          // set (this runs before the JIT). A feature listed twice is put back on the row of its
          // first listing.
          row = rows.size;
          rows.set(f, row);
          if (rows.size === row) rows.set(f, (row = rowOf[vocab.indexOf(f)]!));
        } else {
          row = rows.get(f);
          if (row === undefined) rows.set(f, (row = rows.size));
        }
        rowOf[i] = row;
      }
      pairs.push(rowOf);
    }
    const columns = pairs.map((rowOf) => {
      const column = new Int32Array(rows.size).fill(-1);
      // In vocabulary order, so a feature listed twice maps to its last column, as a Map built from
      // the vocabulary would.
      for (let i = 0; i < rowOf.length; i++) column[rowOf[i]!] = i;
      return column;
    });
    /*
     * Each row's column and idf in every classifier side by side (row × 2k + 2c: column, idf), so
     * vectorizing reads one place per feature instead of a column table and an idf table per
     * classifier: in a worker those tables are out of the cache by the next message. The idf is the
     * float32 the classifier holds, widened exactly.
     */
    const k = columns.length;
    const cells = new Float64Array(rows.size * 2 * k);
    for (let row = 0; row < rows.size; row++)
      for (let c = 0; c < k; c++) {
        const i = columns[c]![row]!;
        cells[(row * k + c) * 2] = i;
        cells[(row * k + c) * 2 + 1] = i < 0 ? 0 : this.idfs[c]![i]!;
      }
    return (this.table = { rows, columns, cells });
  }

  /** Whether features are still found by searching the sorted vocabularies. */
  private get searching(): boolean {
    return this.table === null && this.reads <= WARM_UP;
  }

  /**
   * The column of a feature in classifier `c` by binary search in its sorted order: the last of equal
   * features, as a Map built from the vocabulary would give; -1 when absent.
   */
  private search(feature: string, c: number): number {
    const vocab = this.vocabs[c]!;
    const order = this.orders![c]!;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (stringAt(vocab, order[mid]!) <= feature) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && stringAt(vocab, order[lo - 1]!) === feature ? order[lo - 1]! : -1;
  }

  /** The column of a feature in one classifier, or -1. */
  indexOf(feature: string, classifier: number): number {
    if (this.searching) return this.search(feature, classifier);
    const row = this.rowOf(feature);
    return row < 0 ? -1 : this.table!.columns[classifier]![row]!;
  }

  private rowOf(feature: string): number {
    const slot = this.grams ? this.grams.get(feature) : NOT_A_GRAM;
    if (slot === -1) return -1;
    return slot !== NOT_A_GRAM ? this.grams!.slots[slot + 1]! : (this.build().rows.get(feature) ?? -1);
  }

  /**
   * Each classifier's vector of the counts: for each, exactly what `vectorize(counts, its index,
   * its idf)` gives (sublinear tf × idf, L2-normalised, features in the counts' order).
   */
  vectorize(counts: ReadonlyMap<string, number>): SparseVector[] {
    if (!this.grams && ++this.reads > WARM_UP) {
      const { rows, cells } = this.build();
      this.grams = GramTable.of(rows, cells, this.vocabs.length);
    }
    const searching = this.searching;
    const table = searching ? null : this.build().cells;
    const grams = this.grams;
    const k = this.vocabs.length;
    const ids: number[][] = [];
    const vals: number[][] = [];
    const norms: number[] = [];
    for (let c = 0; c < k; c++) {
      ids.push([]);
      vals.push([]);
      norms.push(0);
    }
    for (const [f, n] of counts) {
      // A short feature's cells are read from its slot in the gram table; any other from the
      // row's cells in the table's array.
      let cells = table;
      let base = 0;
      if (!searching) {
        const slot = grams ? grams.get(f) : NOT_A_GRAM;
        if (slot === -1) continue;
        if (slot !== NOT_A_GRAM) {
          cells = grams!.slots;
          base = slot + 2;
        } else {
          const row = this.build().rows.get(f);
          if (row === undefined) continue;
          base = row * k * 2;
        }
      }
      const tf = 1 + Math.log(n);
      for (let c = 0; c < k; c++) {
        const at = base + c * 2;
        const i = cells ? cells[at]! : this.search(f, c);
        if (i < 0) continue;
        const v = tf * (cells ? cells[at + 1]! : this.idfs[c]![i]!);
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

/** Vectors read by searching (when possible) before the map and the numeric table are built. */
const WARM_UP = 50;

/** What GramTable.get answers for a feature it cannot hold (look in the map instead). */
const NOT_A_GRAM = -2;

/*
 * The prefixes of short features: character n-grams ("c:"), words ("w:") and the kind model's
 * n-grams of the first and last sentence ("s:c:", "e:c:"). A key's tag tells prefix and length.
 */
const PREFIXES = ["c:", "w:", "s:c:", "e:c:"] as const;
const MAX_UNITS = 3;

/**
 * An open-addressing table from short features (a prefix above and one to three UTF-16 code units)
 * to rows. Each such string is packed into one exact number (tag, then 16 bits per code
 * unit), so distinct strings have distinct keys; a probe reads one slot of a typed array where a
 * Map<string> chases pointers to bucket, entry and key string, which in a table of tens of thousands
 * of features is a cache miss each. Each slot also holds its row's cells (column and idf per
 * classifier, as in the vocabulary's cells), so vectorizing a feature reads the memory of one slot
 * instead of a slot and then a row elsewhere: the probe was memory-bound, not hash-bound.
 */
class GramTable {
  /** Slot at i × stride: key (0 = empty), row, then the row's 2k cells. */
  readonly slots: Float64Array;
  private readonly mask: number;
  private readonly stride: number;

  private constructor(capacity: number, k: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.stride = 2 + 2 * k;
    this.slots = new Float64Array(size * this.stride);
    this.mask = size - 1;
  }

  /** The short features of a feature → row map (each string once, so each key once), with their cells. */
  static of(rows: ReadonlyMap<string, number>, cells: Float64Array, k: number): GramTable {
    const table = new GramTable(rows.size, k);
    const stride = table.stride;
    for (const [feature, row] of rows) {
      const key = keyOf(feature);
      if (key === 0) continue;
      let i = hashOf(key) & table.mask;
      while (table.slots[i * stride] !== 0) i = (i + 1) & table.mask;
      const at = i * stride;
      table.slots[at] = key;
      table.slots[at + 1] = row;
      for (let j = 0; j < 2 * k; j++) table.slots[at + 2 + j] = cells[row * 2 * k + j]!;
    }
    return table;
  }

  /**
   * The offset in `slots` of a feature's slot (its row at +1, its cells from +2), -1 for an n-gram
   * that is not in the table, NOT_A_GRAM for any other string.
   */
  get(feature: string): number {
    const key = keyOf(feature);
    if (key === 0) return NOT_A_GRAM;
    const stride = this.stride;
    for (let i = hashOf(key) & this.mask; ; i = (i + 1) & this.mask) {
      const at = this.slots[i * stride]!;
      if (at === key) return i * stride;
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
