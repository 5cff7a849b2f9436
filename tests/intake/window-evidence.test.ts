import { describe, expect, it } from "vitest";
import { CategoryClassifier, HierarchicalCategoryModel } from "../../src/intake/category-model.js";
import { readModelJson } from "../../src/intake/model-file.js";
import { DEFAULT_CATEGORY_MODEL } from "../../src/intake/offline-engine.js";
import { createSegmenter } from "../../src/intake/segmenter.js";
import { TextClassifier } from "../../src/intake/text-classifier.js";
import { extractFeatures } from "../../src/intake/text-features.js";

describe("CategoryClassifier.evidence, tallied by column from each piece", () => {
  const letter =
    "尊敬的领导：我们是西盛家园3号楼的居民，小区南侧约两百米处有一家废品收购站，每天焚烧垃圾，" +
    "浓烟滚滚、气味刺鼻，家里窗户都不敢开。老人孩子咳嗽不止，我们多次找物业和社区反映，都没用！" +
    "恳请相关部门尽快查处，还居民一片蓝天。二〇二一年起就这样了，A-3 栋 3.5% 的住户已搬走 🙂";

  it("gives exactly the sum over the window's feature strings, read in any order and more than once", async () => {
    const segmenter = createSegmenter(["西盛家园"]);
    const classifier = await CategoryClassifier.load(DEFAULT_CATEGORY_MODEL, segmenter);
    const model = HierarchicalCategoryModel.parse(await readModelJson(DEFAULT_CATEGORY_MODEL));
    const plain = new TextClassifier(model.category, createSegmenter(["西盛家园"]));
    // What evidence is: weight × tf-idf summed over the text's features, from the whole text's counts.
    const reference = (text: string, label: string): number => {
      const counts = extractFeatures(text, segmenter, plain.features);
      const columns = [...counts.keys()].map((f) => plain.index.get(f) ?? -1);
      return plain.evidenceOf(counts, columns, plain.labels.indexOf(label));
    };
    const clauses = letter.split(/[，。！]/).filter(Boolean);
    const windows: string[] = [];
    for (let i = 0; i < clauses.length; i++)
      for (let from = i; from >= Math.max(0, i - 2); from--)
        windows.push(clauses.slice(from, i + 1).join("，"));
    // Windows before their clauses are read alone, then again after: the pieces' columns are kept.
    const texts = [
      ...windows.slice().reverse(),
      ...clauses,
      ...windows,
      letter,
      "",
      "，。！",
      `${letter}${letter}`,
    ];
    const labels = classifier.labels.slice(0, 6);
    for (const text of texts)
      for (const label of labels) expect(classifier.evidence(text, label)).toBe(reference(text, label));
    expect(classifier.evidence(letter, "no such category")).toBe(0);
  });
});
