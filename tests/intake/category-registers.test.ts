import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CategoryClassifier } from "../../src/intake/category-model.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { DEFAULT_CATEGORY_MODEL } from "../../src/intake/offline-engine.js";
import { createSegmenter } from "../../src/intake/segmenter.js";
import {
  categoryModelMatchesRebuild,
  DEFAULT_CATEGORY_SEEDS,
  trainHierarchicalModel,
} from "../../src/intake/train-category-model.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

// Written for this test only, in registers the seeds do not repeat word for word.
const LETTER_SOCIAL =
  "尊敬的街道领导：您好！我叫张某，今年七十三岁，老伴五年前病故，唯一的女儿远嫁外省，很少回来。" +
  "我患有慢性肺病和腿疾，走路要拄拐杖，每月只有几百元的农村养老金，连药费都不够。" +
  "去年秋天向村委会递交了低保申请，至今杳无音信。恳请领导了解我的实际困难，给予救助，不胜感激！";
const LABOR =
  "我们十几个人在一家家具厂上班，老板已经连续四个月没发工资了，每次去要都说下个月一定发，" +
  "现在厂子大门都锁了，老板电话也打不通，我们该去哪里讨薪";
const HEALTH_INSURANCE = "请问在外省住院花的钱回来能用医保报销吗，要准备什么单据";

let engine: OfflineEngine;
beforeAll(async () => {
  engine = await OfflineEngine.create(await loadDomainConfig("config"));
});

describe("the shipped category model on registers real residents use", () => {
  it("files a formal letter asking for social assistance under social_assistance", async () => {
    const c = await engine.extract({ text: LETTER_SOCIAL, channel: "web" });
    expect(c.category).toBe("social_assistance");
  });

  it("files a complaint about unpaid wages under labor", async () => {
    const c = await engine.extract({ text: LABOR, channel: "wechat" });
    expect(c.category).toBe("labor");
  });

  it("files a question about health insurance under health", async () => {
    const c = await engine.extract({ text: HEALTH_INSURANCE, channel: "sms", callerPhone: "13900000000" });
    expect(c.category).toBe("health");
  });

  it("reads the same letter in traditional characters the same way", async () => {
    const c = await engine.extract({
      text: "懇請領導幫幫我們：家裡老人癱瘓在床，我一個人照顧沒法上班，生活非常困難，想申請低保和臨時救助",
      channel: "wechat",
    });
    expect(c.category).toBe("social_assistance");
  });

  it("keeps the dispatcher's top three for an unsure message", async () => {
    const c = await engine.extract({ text: "那个事情还是没人管", channel: "wechat" });
    expect(c.candidates?.length).toBe(3);
  });

  it("shows no word of the place's name as evidence for a category", async () => {
    const c = await engine.extract({ text: "水库街3号楼下水道堵了，污水冒出来", channel: "wechat" });
    const evidence = (c.candidates ?? []).flatMap((x) => x.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.filter((word) => "水库街".includes(word) && word.length > 1)).toEqual([]);
  });
});

describe("the domain floor", () => {
  const segmenter = createSegmenter();
  const seeds = [
    ...["路灯不亮", "井盖丢了", "马路有坑", "下水道堵了"].map((text) => ({ text, label: "municipal" })),
    ...["拖欠工资", "不交社保", "老板不发工资", "劳动合同不签"].map((text) => ({ text, label: "labor" })),
    ...["邻居占楼道", "邻居漏水不赔", "邻居养狗咬人", "邻居堆杂物"].map((text) => ({
      text,
      label: "neighbor_dispute",
    })),
  ];
  // The real messages are letters: the domain level learns that letters belong to real domains.
  const letter = "尊敬的领导：我们反映一个长期没有解决的问题，恳请有关部门重视并尽快处理，谢谢！";
  const domainRows = [
    ...["道路坑洼", "路灯损坏", "下水道堵塞"].map((t) => ({ text: letter + t, label: "城乡建设" })),
    ...["拖欠工资", "社保断缴", "克扣工资"].map((t) => ({ text: letter + t, label: "劳动和社会保障" })),
  ];
  const options = {
    maxChars: 400,
    domainSeedRepeat: 1,
    categorySeedRepeat: 3,
    minShare: 0.3,
    domainWeight: 1,
    domain: { features: { words: true, wordBigrams: false, charNgrams: [1, 2] }, epochs: 30 },
    category: { features: { words: true, wordBigrams: false, charNgrams: [1, 2] }, epochs: 30 },
  };
  const text = `${letter}邻居占楼道堆杂物`;

  it("lifts a domainless category that the letter-shaped domain prior holds down", () => {
    const plain = new CategoryClassifier(
      trainHierarchicalModel(seeds, domainRows, segmenter, options),
      segmenter,
    );
    const floored = new CategoryClassifier(
      trainHierarchicalModel(seeds, domainRows, segmenter, { ...options, domainFloor: 0.5 }),
      segmenter,
    );
    const p = (c: CategoryClassifier) =>
      c.predict(text).ranked.find((r) => r.category === "neighbor_dispute")!.probability;
    expect(p(floored)).toBeGreaterThan(p(plain));
  });

  it("leaves the category level alone when the floor is 1 (the domain level then never counts)", () => {
    const model = trainHierarchicalModel(seeds, domainRows, segmenter, { ...options, domainFloor: 1 });
    const ranked = new CategoryClassifier(model, segmenter).predict(text).ranked.map((r) => r.category);
    const own = new CategoryClassifier(model.category, segmenter).predict(text).ranked.map((r) => r.category);
    expect(ranked).toEqual(own);
  });

  it("refuses a model file whose floor is out of range, naming it", async () => {
    const model = trainHierarchicalModel(seeds, domainRows, segmenter, options);
    const dir = await mkdtemp(path.join(tmpdir(), "zt-floor-"));
    const file = path.join(dir, "model.json");
    await writeFile(file, JSON.stringify({ ...model, domainFloor: 2 }));
    await expect(CategoryClassifier.load(file, segmenter)).rejects.toThrow(/domainFloor/);
  });
});

const TEDDY = ["../shared/benchmarks/teddy2020", "../../shared/benchmarks/teddy2020"]
  .map((d) => path.resolve(d))
  .find((d) => existsSync(path.join(d, "train-texts.jsonl")));

describe.skipIf(!TEDDY)("the shipped model file", () => {
  // A full rebuild: about two minutes of CPU; longer on a loaded machine.
  it("is exactly what a rebuild from the seeds and the domain corpus writes", async () => {
    expect(
      await categoryModelMatchesRebuild(DEFAULT_CATEGORY_MODEL, DEFAULT_CATEGORY_SEEDS, {
        domainCorpus: TEDDY,
      }),
    ).toBe(true);
  }, 900_000);
});

describe("the shipped category model on messages in English or pinyin", () => {
  // Written for this test only: a foreign resident's English and a resident's toneless pinyin.
  it("files them under the subject their everyday words name", async () => {
    const cases: [string, string][] = [
      ["The lamps along our street have been dark for a week and it is scary walking home.", "municipal"],
      ["The bar downstairs plays loud music until 3am every night, I cannot sleep.", "noise"],
      ["My employer has not paid my wages for two months, where can I complain?", "labor"],
      ["xiaoqu de lajitong man le san tian mei ren qing", "sanitation"],
      ["wo jia ting shui liang tian le, zi lai shui gong si bu jie dian hua", "water_supply"],
    ];
    for (const [text, category] of cases)
      expect((await engine.extract({ text, channel: "app" })).category, text).toBe(category);
  });
});
