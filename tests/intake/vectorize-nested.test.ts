import { describe, expect, it } from "vitest";
import { vectorize, vectorizeNested } from "../../src/intake/text-classifier.js";
import { CategoryClassifier } from "../../src/intake/category-model.js";
import { DEFAULT_CATEGORY_MODEL } from "../../src/intake/offline-engine.js";
import { createSegmenter } from "../../src/intake/segmenter.js";

describe("vectorizeNested", () => {
  it("gives, bit for bit, the two vectors two vectorize calls give", () => {
    const outer = new Map(["c:楼道", "c:煤气", "w:漏气", "c:气味", "w:路灯", "c:#号"].map((f, i) => [f, i]));
    const inner = new Map(["w:漏气", "c:楼道", "c:#号"].map((f, i) => [f, i]));
    const columns = Int32Array.from([...outer.keys()].map((f) => inner.get(f) ?? -1));
    const idf = [1.5, 2.25, 3.1, 0.7, 1.9, 0.2];
    const innerIdf = [2.9, 1.1, 0.35];
    const counts = new Map([
      ["c:煤气", 3],
      ["w:不认识", 2],
      ["c:楼道", 1],
      ["c:#号", 4],
      ["w:漏气", 2],
    ]);
    const [a, b] = vectorizeNested(counts, outer, idf, columns, innerIdf);
    expect(a).toEqual(vectorize(counts, outer, idf));
    expect(b).toEqual(vectorize(counts, inner, innerIdf));
    const none = vectorizeNested(new Map([["w:无", 1]]), outer, idf, columns, innerIdf);
    expect(none[0].index.length + none[1].index.length).toBe(0);
  });

  it("leaves the shipped category model's probabilities exactly as the two-pass vectors gave them", async () => {
    const segmenter = createSegmenter();
    const clf = await CategoryClassifier.load(DEFAULT_CATEGORY_MODEL, segmenter);
    const levels = clf as unknown as { categoryColumns: Int32Array | null | undefined };
    const texts = [
      "楼道里有很大的煤气味",
      "小区门口的路灯坏了好几天了晚上黑乎乎的",
      "我交了八年社保，中间断了半年",
    ];
    const first = texts.map((t) => clf.probabilities(t));
    // Built once a few texts have been read, not by a one-message command.
    expect(levels.categoryColumns).toBeUndefined();
    for (let i = 0; i < 8; i++) clf.probabilities(texts[i % 3]!);
    expect(levels.categoryColumns).toBeInstanceOf(Int32Array);
    const nested = [
      "楼道里有很大的煤气味",
      "小区门口的路灯坏了好几天了晚上黑乎乎的",
      "我交了八年社保，中间断了半年",
    ].map((t) => clf.probabilities(t));
    // The same classifier with the shortcut switched off takes the two-pass path.
    Object.assign(levels, { categoryColumns: null });
    const twoPass = [
      "楼道里有很大的煤气味",
      "小区门口的路灯坏了好几天了晚上黑乎乎的",
      "我交了八年社保，中间断了半年",
    ].map((t) => clf.probabilities(t));
    expect(nested).toEqual(twoPass);
    expect(first).toEqual(twoPass);
  });
});
