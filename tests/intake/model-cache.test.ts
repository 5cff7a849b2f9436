import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  cachePath,
  isFiniteBlock,
  isStringBlock,
  readModelCache,
  writeModelCache,
} from "../../src/intake/model-cache.js";
import { gunzipWhole, writeModelCaches } from "../../src/intake/model-file.js";
import { TextClassifier, TextClassifierModel, isNumbers } from "../../src/intake/text-classifier.js";

const dataDir = new URL("../../data/intake/", import.meta.url);
const dir = mkdtempSync(path.join(tmpdir(), "model-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the build's binary copy of a model file", () => {
  it("reads back as JSON.parse of each shipped model: same keys, same order, the same doubles", () => {
    expect(writeModelCaches(fileURLToPath(dataDir), dir)).toEqual([
      "category-model.json.gz",
      "emergency-model.json.gz",
      "kind-model.json.gz",
    ]);
    for (const name of ["category", "emergency", "kind"]) {
      const bytes = readFileSync(new URL(`${name}-model.json.gz`, dataDir));
      const text = gunzipWhole(bytes).toString("utf8");
      const copy = readModelCache(cachePath(dir, `${name}-model.json.gz`), bytes);
      // JSON.stringify writes every double so that it parses back to the same bits.
      expect(`${JSON.stringify(copy)}\n`).toBe(text);
    }
  });

  it("holds long arrays of numbers as checked blocks, and a model read from it predicts the same", () => {
    const model = TextClassifierModel.parse({
      version: 1,
      type: "tfidf-softmax",
      labels: ["a", "b"],
      features: { words: false, wordBigrams: false, charNgrams: [1] },
      vocab: Array.from({ length: 100 }, (_, i) => `c:${String.fromCharCode(0x4e00 + i)}`),
      idf: Array.from({ length: 100 }, (_, i) => 1 + i / 7),
      weights: Array.from({ length: 200 }, (_, i) => Math.sin(i) / 3),
      bias: [0.1, -0.1],
    });
    const file = path.join(dir, "small.bin");
    const source = Buffer.from(JSON.stringify(model));
    writeModelCache(file, source, model);
    const copy = TextClassifierModel.parse(readModelCache(file, source));
    expect(isFiniteBlock(copy.weights)).toBe(true);
    expect(isStringBlock(copy.vocab)).toBe(true);
    expect(isStringBlock(copy.labels)).toBe(false); // short: stays JSON
    expect(isFiniteBlock(copy.bias)).toBe(false); // short: stays JSON
    const words = { cut: () => [] };
    const text = "一丁七万丈三上下不与丐丑专且丕世丗丘丙业丛东丝";
    expect(new TextClassifier(copy, words).predict(text)).toEqual(
      new TextClassifier(model, words).predict(text),
    );
  });

  it("holds weights with a few decimals as their float32 values, which write back as the same decimals", () => {
    const model = TextClassifierModel.parse({
      version: 1,
      type: "tfidf-softmax",
      labels: ["a", "b"],
      features: { words: false, wordBigrams: false, charNgrams: [1] },
      vocab: Array.from({ length: 100 }, (_, i) => `c:${String.fromCharCode(0x4e00 + i)}`),
      // As the trainer writes them: three decimals.
      idf: Array.from({ length: 100 }, (_, i) => Number((1 + i / 7).toFixed(3))),
      weights: Array.from({ length: 200 }, (_, i) => Number((Math.sin(i) * 4).toFixed(3))),
      bias: [0.1, -0.1],
    });
    const file = path.join(dir, "decimals.bin");
    const text = JSON.stringify(model);
    writeModelCache(file, Buffer.from(text), model);
    const copy = TextClassifierModel.parse(readModelCache(file, Buffer.from(text)));
    expect(copy.weights).toBeInstanceOf(Float32Array);
    expect(isFiniteBlock(copy.weights)).toBe(true);
    expect(Array.from(copy.weights)).toEqual(Array.from(Float32Array.from(model.weights)));
    expect(JSON.stringify(copy)).toBe(text);
    const words = { cut: () => [] };
    const sample = "一丁七万丈三上下不与丐丑专且丕世丗丘丙业丛东丝";
    expect(new TextClassifier(copy, words).predict(sample)).toEqual(
      new TextClassifier(model, words).predict(sample),
    );
  });

  it("is not used for other bytes than it was made from, nor when missing", () => {
    const file = path.join(dir, "other.bin");
    writeModelCache(file, Buffer.from("[1]"), { vocab: ["x"] });
    expect(readModelCache(file, Buffer.from("[2]"))).toBeNull();
    expect(readModelCache(path.join(dir, "missing.bin"), Buffer.from("[1]"))).toBeNull();
  });

  it("keeps an array holding a number JSON cannot hold exactly (1e999 → Infinity) for the check to reject", () => {
    const file = path.join(dir, "infinite.bin");
    const value = JSON.parse(`{"idf":[${"1,".repeat(100)}1e999]}`) as { idf: number[] };
    writeModelCache(file, Buffer.from("source"), value);
    const copy = readModelCache(file, Buffer.from("source")) as { idf: unknown };
    expect(Array.isArray(copy.idf)).toBe(true);
    expect(isNumbers(copy.idf)).toBe(false);
    // A Float64Array made anywhere else is not taken on trust.
    expect(isNumbers(new Float64Array([1, Number.NaN]))).toBe(false);
  });
});
