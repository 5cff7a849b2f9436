import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readModelCache, sortedOrder, writeModelCache } from "../../src/intake/model-cache.js";
import { SharedVocabulary } from "../../src/intake/shared-vocabulary.js";
import { vectorize } from "../../src/intake/text-classifier.js";

const mapOf = (vocab: readonly string[]) => new Map(vocab.map((f, i) => [f, i]));

describe("a vocabulary shared by classifiers that read the same features", () => {
  // Short features (n-grams, words, the kind model's sentence n-grams) and others, some listed twice.
  const a = [
    "c:燃",
    "c:燃气",
    "w:燃气",
    "k:gas",
    "c:燃",
    "s:c:气味",
    "c:𠮷",
    "c:燃气味道",
    "len:chat",
    "c:气",
  ];
  const b = ["c:气", "w:漏", "c:燃", "p:gas+smell", "e:c:漏", "c:气", "c:燃气味道", "w:燃气管道"];
  const idf = (n: number) => Float32Array.from({ length: n }, (_, i) => 1 + i / 3);
  const counts = new Map(
    [
      "c:燃",
      "c:x",
      "w:燃气",
      "c:气",
      "c:燃气味道",
      "k:gas",
      "e:c:漏",
      "c:𠮷",
      "p:gas+smell",
      "w:燃气管道",
    ].map((f, i) => [f, 1 + (i % 3)]),
  );

  it("gives each classifier the vector its own map gives, before and after its numeric table is built", () => {
    const shared = new SharedVocabulary([
      { vocab: a, idfs: idf(a.length) },
      { vocab: b, idfs: idf(b.length) },
    ]);
    const want = [vectorize(counts, mapOf(a), idf(a.length)), vectorize(counts, mapOf(b), idf(b.length))];
    // The first reads use the map; later ones the numeric table (built after the warm-up).
    for (let read = 0; read < 60; read++) expect(shared.vectorize(counts)).toEqual(want);
    for (const f of [...a, ...b, "c:无", "w:无关"]) {
      expect(shared.indexOf(f, 0)).toBe(mapOf(a).get(f) ?? -1);
      expect(shared.indexOf(f, 1)).toBe(mapOf(b).get(f) ?? -1);
    }
  });
});

describe("a shared vocabulary read from the build's model copies", () => {
  it("searches the sorted vocabularies before it builds its tables, with the same columns", () => {
    // Long enough to be stored as blocks with their sorted order; duplicates and code-unit order
    // (an ASCII feature, a surrogate pair) included.
    const make = (seed: number) =>
      Array.from({ length: 120 }, (_, i) => {
        const j = (i * seed) % 97;
        return j % 5 === 0 ? `w:${String.fromCharCode(0x4e00 + j)}x` : `c:${String.fromCharCode(0x4e00 + j)}`;
      }).concat(["k:gas", "c:𠮷", "len:chat", "c:丁"]);
    const dir = mkdtempSync(path.join(tmpdir(), "shared-vocabulary-"));
    try {
      const file = path.join(dir, "vocab.bin");
      const source = Buffer.from("vocabularies");
      writeModelCache(file, source, { a: make(7), b: make(13) });
      const { a, b } = readModelCache(file, source) as { a: string[]; b: string[] };
      expect(sortedOrder(a)).toBeDefined();
      const idf = (n: number) => Float32Array.from({ length: n }, (_, i) => 1 + i / 3);
      const shared = new SharedVocabulary([
        { vocab: a, idfs: idf(a.length) },
        { vocab: b, idfs: idf(b.length) },
      ]);
      const features = [...new Set([...a, ...b, "c:无", "w:无关", "c:𠮷", "c:"])];
      const counts = new Map(features.map((f, i) => [f, 1 + (i % 4)]));
      const want = [vectorize(counts, mapOf(a), idf(a.length)), vectorize(counts, mapOf(b), idf(b.length))];
      for (let read = 0; read < 60; read++) {
        for (const f of features) {
          expect(shared.indexOf(f, 0)).toBe(mapOf(a).get(f) ?? -1);
          expect(shared.indexOf(f, 1)).toBe(mapOf(b).get(f) ?? -1);
        }
        expect(shared.vectorize(counts)).toEqual(want);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
