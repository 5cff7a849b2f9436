import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { createSegmenter } from "../../src/intake/segmenter.js";
import { TextClassifier, TextClassifierModel, saveModel } from "../../src/intake/text-classifier.js";
import { trainClassifier } from "../../src/intake/train-classifier.js";

const segmenter = createSegmenter();
const examples = [
  ...["暖气不热", "暖气片冰凉", "供暖温度不够", "家里暖气不热很冷", "暖气漏水了"].map((text) => ({
    text,
    label: "heating",
  })),
  ...["垃圾没人清运", "垃圾桶满了", "楼下垃圾堆成山", "垃圾好几天没人拉", "小广告贴满墙"].map((text) => ({
    text,
    label: "sanitation",
  })),
];

describe("TextClassifier", () => {
  it("learns to separate labels from a handful of examples", () => {
    const classifier = new TextClassifier(trainClassifier(examples, segmenter, { epochs: 30 }), segmenter);
    expect(classifier.predict("我家暖气一点都不热").label).toBe("heating");
    expect(classifier.predict("小区垃圾没人清理").label).toBe("sanitation");
  });

  it("predicts the same after a save and load round trip", async () => {
    const model = trainClassifier(examples, segmenter, { epochs: 30 });
    const dir = await mkdtemp(path.join(tmpdir(), "zhitong-model-"));
    try {
      const file = path.join(dir, "model.json");
      await saveModel(model, file);
      const loaded = await TextClassifier.load(file, segmenter);
      const original = new TextClassifier(model, segmenter);
      for (const text of ["暖气不热", "垃圾桶满了", "随便说点什么"])
        expect(loaded.predict(text)).toEqual(original.predict(text));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("trains deterministically for a given seed", () => {
    expect(trainClassifier(examples, segmenter)).toEqual(trainClassifier(examples, segmenter));
  });

  it("rejects a model file whose sizes disagree", () => {
    const model = trainClassifier(examples, segmenter);
    expect(() => new TextClassifier({ ...model, weights: model.weights.slice(1) }, segmenter)).toThrow(
      /sizes/,
    );
  });

  it("rejects a model file with a word or a number out of place, naming the field", () => {
    const model = trainClassifier(examples, segmenter);
    expect(TextClassifierModel.safeParse(model).success).toBe(true);
    const cases: [Record<string, unknown>, string][] = [
      [{ weights: [...model.weights.slice(1), "0.5"] }, "weights"],
      [{ idf: [...model.idf.slice(1), null] }, "idf"],
      [{ bias: "1,2" }, "bias"],
      [{ vocab: [...model.vocab.slice(1), 7] }, "vocab"],
      [{ labels: ["heating"] }, "labels"],
    ];
    for (const [change, field] of cases) {
      const parsed = TextClassifierModel.safeParse({ ...model, ...change });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual([field]);
    }
  });
});
