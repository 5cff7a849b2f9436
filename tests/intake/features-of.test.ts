import { describe, expect, it } from "vitest";
import { createSegmenter } from "../../src/intake/segmenter.js";
import { DEFAULT_FEATURES, extractFeatures, featuresOf } from "../../src/intake/text-features.js";
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

describe("links in a pinyin message", () => {
  it("end where Chinese begins, so a hazard word typed after a link is still read", () => {
    expect(readHazardPinyin("看www.abc.com/x里说meiqi lou le")).toContain("煤气");
    expect(readHazardPinyin("邮箱 meiqi.lou@qq.com 发我")).not.toContain("煤气");
  });
});
