import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CategoryClassifier } from "../../src/intake/category-model.js";
import { weakLabelByDomain } from "../../src/intake/domain-corpus.js";
import { createSegmenter } from "../../src/intake/segmenter.js";
import { TextClassifier } from "../../src/intake/text-classifier.js";
import { trainClassifier } from "../../src/intake/train-classifier.js";
import { trainHierarchicalModel } from "../../src/intake/train-category-model.js";

const segmenter = createSegmenter();

const seeds = [
  ...["路灯不亮", "井盖丢了", "马路有坑", "下水道堵了"].map((text) => ({ text, label: "municipal" })),
  ...["暖气不热", "暖气片冰凉", "供暖不足", "暖气漏水"].map((text) => ({ text, label: "heating" })),
  ...["拖欠工资", "不交社保", "老板不发工资", "劳动合同不签"].map((text) => ({ text, label: "labor" })),
  ...["邻居吵架", "邻居占楼道", "邻居漏水不赔", "邻居养狗扰民"].map((text) => ({
    text,
    label: "neighbor_dispute",
  })),
];
// Real-message stand-ins: domain labels only, wording the seeds never used.
const domainRows = [
  ...["道路年久失修坑洼不平", "小区路灯长期损坏无人维修", "冬季供暖温度不达标", "供热管网老化"].map(
    (text) => ({ text, label: "城乡建设" }),
  ),
  ...["企业长期拖欠农民工工资", "单位未依法缴纳养老保险", "工资被克扣", "社保断缴"].map((text) => ({
    text,
    label: "劳动和社会保障",
  })),
];

const OPTIONS = {
  maxChars: 400,
  domainSeedRepeat: 2,
  categorySeedRepeat: 2,
  minShare: 0.3,
  domainWeight: 1,
  domain: { features: { words: true, wordBigrams: false, charNgrams: [1, 2] }, epochs: 20 },
  category: { features: { words: true, wordBigrams: false, charNgrams: [1, 2] }, epochs: 20 },
};

describe("two-level category model", () => {
  const model = trainHierarchicalModel(seeds, domainRows, segmenter, OPTIONS);
  const classifier = new CategoryClassifier(model, segmenter);

  it("ranks every category with probabilities that sum to one", () => {
    const p = classifier.predict("单位拖欠工资半年");
    expect(p.label).toBe("labor");
    expect(p.ranked.map((r) => r.category).sort()).toEqual([...classifier.labels].sort());
    expect(p.ranked.reduce((s, r) => s + r.probability, 0)).toBeCloseTo(1, 5);
    for (let i = 1; i < p.ranked.length; i++)
      expect(p.ranked[i - 1]!.probability).toBeGreaterThanOrEqual(p.ranked[i]!.probability);
  });

  it("keeps categories no domain covers reachable through the domainless group", () => {
    expect(model.domains["none"]).toContain("neighbor_dispute");
    expect(classifier.predict("邻居占楼道还吵架").label).toBe("neighbor_dispute");
  });

  it("refuses a model whose domains name an unknown category, naming it", async () => {
    const broken = { ...model, domains: { ...model.domains, 交通运输: ["flying_cars"] } };
    broken.domain = { ...model.domain, labels: [...model.domain.labels.slice(0, -1), "交通运输"] };
    const dir = await mkdtemp(path.join(tmpdir(), "zt-model-"));
    const file = path.join(dir, "model.json");
    await writeFile(file, JSON.stringify(broken));
    await expect(CategoryClassifier.load(file, segmenter)).rejects.toThrow(/flying_cars/);
  });

  it("still reads a flat (version 1) model file", () => {
    const flat = trainClassifier(seeds, segmenter, { epochs: 10 });
    const c = new CategoryClassifier(flat, segmenter);
    expect(c.predict("暖气不热").label).toBe(new TextClassifier(flat, segmenter).predict("暖气不热").label);
  });
});

describe("letters a reader labelled, in the two-level model", () => {
  const options = OPTIONS;
  // A real letter about a lamp post no seed word names; the reader filed it under municipal.
  const letter = "小区外面那根电线杆上的灯坏了三个月，晚上走路很不安全";
  const rows = [...domainRows, { text: letter, label: "城乡建设" }];

  it("trains a labelled letter under the reader's category in place of the seeds' guess", () => {
    const human = [{ text: letter, categories: ["municipal", "heating"] }];
    const first = trainHierarchicalModel(
      seeds,
      rows,
      segmenter,
      { ...options, human: { weight: 3, acceptable: "first" } },
      { human },
    );
    const none = trainHierarchicalModel(seeds, rows, segmenter, options);
    expect(first.trainedOn).toMatchObject({
      labelledLetters: 1,
      realWithCategory: none.trainedOn!["realWithCategory"]! - 1,
    });
    expect(none.trainedOn!["labelledLetters"]).toBeUndefined();
    const p = (m: typeof first): number =>
      new CategoryClassifier(m, segmenter).predict(letter).ranked.find((r) => r.category === "municipal")!
        .probability;
    expect(p(first)).toBeGreaterThan(p(none));
    // Split: every acceptable category gets a share of the weight.
    const split = trainHierarchicalModel(
      seeds,
      rows,
      segmenter,
      { ...options, human: { weight: 2, acceptable: "split" } },
      { human },
    );
    expect(split.category.trainedOn).toBe((first.category.trainedOn ?? 0) + 1);
    // Weight 0 (the shipped setting) reads no letter: the model is the one without them.
    const off = trainHierarchicalModel(
      seeds,
      rows,
      segmenter,
      { ...options, human: { weight: 0, acceptable: "split" } },
      { human },
    );
    expect(JSON.stringify(off)).toBe(JSON.stringify(none));
  });

  it("refuses a labelled letter under a category no seed teaches, naming it", () => {
    expect(() =>
      trainHierarchicalModel(
        seeds,
        rows,
        segmenter,
        { ...options, human: { weight: 1, acceptable: "first" } },
        { human: [{ text: letter, categories: ["flying_cars"] }] },
      ),
    ).toThrow(/flying_cars/);
  });
});

describe("weak labels from domains", () => {
  it("places a real message inside its own domain and skips unknown domains", () => {
    const seedModel = new TextClassifier(trainClassifier(seeds, segmenter, { epochs: 20 }), segmenter);
    const r = weakLabelByDomain(
      [
        { text: "暖气片一点都不热", label: "城乡建设" },
        { text: "暖气片一点都不热", label: "劳动和社会保障" },
        { text: "景区门票太贵", label: "商贸旅游" },
      ],
      seedModel,
      { minShare: 0, maxChars: 100 },
    );
    expect(r.examples[0]).toEqual({ text: "暖气片一点都不热", label: "heating" });
    // Outside its domain the seeds' favourite is not allowed, however confident.
    expect(r.examples[1]!.label).toBe("labor");
    // 商贸旅游 holds categories these seeds lack: nothing to place it on.
    expect(r.skipped).toBe(1);
  });
});
