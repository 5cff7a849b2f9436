import { describe, expect, it } from "vitest";
import { createSegmenter } from "../../src/intake/segmenter.js";
import {
  DEFAULT_FEATURES,
  extractFeatures,
  featuresOf,
  piecewiseFeatures,
} from "../../src/intake/text-features.js";
import { readHazardPinyin } from "../../src/intake/emergency-pinyin.js";

describe("featuresOf", () => {
  const segmenter = createSegmenter(["西盛家园"]);
  const letter = "尊敬的领导：西盛家园3号楼楼道灯坏了一个月，A市A3区的物业一直不修。".repeat(40);

  it("gives exactly what extractFeatures gives, and the same map when the same model reads the text again", () => {
    const first = featuresOf(letter, segmenter, DEFAULT_FEATURES);
    expect([...first]).toEqual([...extractFeatures(letter, segmenter, DEFAULT_FEATURES)]);
    expect(featuresOf(letter, segmenter, DEFAULT_FEATURES)).toBe(first);
  });

  it("never serves one model's features to another, or one text's to another", () => {
    const first = featuresOf(letter, segmenter, DEFAULT_FEATURES);
    const charsOnly = { words: false, wordBigrams: false, charNgrams: [2] };
    expect([...featuresOf(letter, segmenter, charsOnly)]).toEqual([
      ...extractFeatures(letter, segmenter, charsOnly),
    ]);
    expect(featuresOf(letter, createSegmenter(), DEFAULT_FEATURES)).not.toBe(first);
    expect([...featuresOf(`${letter}。`, segmenter, DEFAULT_FEATURES)]).toEqual([
      ...extractFeatures(`${letter}。`, segmenter, DEFAULT_FEATURES),
    ]);
  });
});

describe("piecewiseFeatures", () => {
  const segmenter = createSegmenter(["西盛家园"]);
  const bigrams = { words: true, wordBigrams: true, charNgrams: [1, 2, 3] };
  // Breaks of every kind, runs jieba joins (3.5%, A-3, v2.0) and Han characters it does not (〇, 々).
  const texts = [
    "尊敬的领导：西盛家园3号楼楼道灯坏了一个月，A市A3区的物业一直不修。",
    "二〇二一年三月，我在某商场办卡（价值1.5万元），店员说“随时可退”……结果不退！",
    "人人々々都说 A-3 栋 3.5% 的 v2.0 版本\r\n不行;再看《通知》【第二条】、「附件」",
    "𠮷野家门口，𠮷𠮷𠮷 的牌子掉了 🙂 很危险",
    "，。！？",
    "",
    "西盛家园",
  ];

  it("gives what extractFeatures gives, map order included, whatever the pieces read before", () => {
    for (const options of [DEFAULT_FEATURES, bigrams])
      for (const text of [...texts, texts.join("\n"), texts.slice(0, 2).join("，")])
        expect([...piecewiseFeatures(text, segmenter, options)]).toEqual([
          ...extractFeatures(text, segmenter, options),
        ]);
  });

  it("reads windows of clauses alike whether their clauses were read alone first or not", () => {
    const clauses = texts[0]!.split("，");
    const window = clauses.slice(0, 2).join("，");
    const fresh = createSegmenter(["西盛家园"]);
    const before = [...piecewiseFeatures(window, fresh, DEFAULT_FEATURES)];
    for (const clause of clauses) piecewiseFeatures(clause, fresh, DEFAULT_FEATURES);
    expect([...piecewiseFeatures(window, fresh, DEFAULT_FEATURES)]).toEqual(before);
    expect(before).toEqual([...extractFeatures(window, fresh, DEFAULT_FEATURES)]);
  });

  it("cuts alike with the on-demand dictionary", () => {
    const onDemand = createSegmenter(["西盛家园"], { dictionary: "on-demand" });
    for (const text of texts)
      expect([...piecewiseFeatures(text, onDemand, DEFAULT_FEATURES)]).toEqual([
        ...extractFeatures(text, segmenter, DEFAULT_FEATURES),
      ]);
  });
});

describe("links in a pinyin message", () => {
  it("end where Chinese begins, so a hazard word typed after a link is still read", () => {
    expect(readHazardPinyin("看www.abc.com/x里说meiqi lou le")).toContain("煤气");
    expect(readHazardPinyin("邮箱 meiqi.lou@qq.com 发我")).not.toContain("煤气");
  });
});
