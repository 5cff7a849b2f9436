import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectKind, KIND_FALLBACK_BELOW } from "../../src/intake/detect-kind.js";
import { DEFAULT_KIND_MODEL, KindModel, shippedKindModel } from "../../src/intake/kind-model.js";
import { weakKindFromBody, weakKindFromTitle } from "../../src/intake/kind-weak-labels.js";
import { readModelText } from "../../src/intake/model-file.js";
import {
  seedKindExamples,
  trainKindModel,
  trainShippedKindModel,
  type KindExample,
} from "../../src/intake/train-kind-model.js";

const model = shippedKindModel();

describe("kind read by the model trained on real messages", () => {
  it("ships a model that loads", () => {
    expect(model).not.toBeNull();
    expect(model!.file.sources.map((s) => s.name)).toEqual([
      "member-seed",
      "member-teddy-human",
      "seed",
      "teddy-human",
      "teddy-texts",
      "teddy-titles",
    ]);
    expect(model!.file.member).toBeDefined();
  });

  it("reads a long formal suggestion letter as a suggestion, though it describes a problem", () => {
    const letter =
      "尊敬的区领导：我是城北片区的一名普通居民。片区内现有的两所幼儿园学位紧张，每年报名都要排队抽签，" +
      "不少家长只能把孩子送到较远的民办园，接送非常不便，早晚高峰还加剧了道路拥堵。随着新建住宅陆续交付，" +
      "适龄儿童还会继续增加。为此建议将片区内闲置的原供销社用地规划为一所公办幼儿园，同时鼓励小区配套" +
      "幼儿园尽快移交办园。以上建议供领导参考，望有关部门研究考虑。";
    const f = detectKind(letter, "education", model);
    expect(f.kind).toBe("suggestion");
    expect(f.evidence).toContain("建议");
  });

  it("reads a question that ends in thanks as a consultation, not praise", () => {
    const letter =
      "领导您好！我爱人是外地户籍，我们结婚三年，一直在本区租房居住，孩子明年满六岁要上小学。" +
      "听说需要居住证和社保满一定年限才能在片区学校报名，但我爱人的社保是今年才开始交的。" +
      "请问这种情况孩子能否在本区公办小学入学？需要提前准备哪些材料？非常感谢！";
    expect(detectKind(letter, "education", model).kind).toBe("consultation");
    expect(detectKind("垃圾分类督导员每天几点在岗啊，谢谢了", "sanitation", model).kind).toBe("consultation");
  });

  it("reads a complaint that 'suggests' the culprit be dealt with as a complaint", () => {
    expect(detectKind("隔壁装修天天早上七点就开电钻，建议你们赶紧处理一下", "noise", model).kind).toBe(
      "complaint",
    );
    const letter =
      "尊敬的领导：我小区东门外的夜市摊贩每天占用人行道经营到凌晨两点，油烟和噪音让临街住户无法休息，" +
      "垃圾污水随地倾倒，我们已多次拨打热线反映，城管来过一次后一切照旧。建议相关部门依法查处，" +
      "还居民一个安静整洁的环境。";
    expect(groupOfKind(detectKind(letter, "market", model).kind)).toBe("complaint");
  });

  it("keeps praise and small wishes to the rules, which real boards rarely teach", () => {
    expect(detectKind("上周反映的路灯已经修好了，谢谢社区的同志们", "municipal", model).kind).toBe("praise");
    expect(
      detectKind("王大爷腿脚不好，想要一根拐杖，希望有爱心人士认领", "social_assistance", model).kind,
    ).toBe("wish");
    expect(
      detectKind("楼上漏水到我家，跟他协商了几次都谈不拢，想请社区调解", "neighbor_dispute", model).kind,
    ).toBe("dispute");
  });

  it("gives a confidence that says how sure it is, and files a guess as a complaint", () => {
    const clear = detectKind("请问居住证办理需要带哪些材料？", "government_service", model);
    expect(clear.kind).toBe("consultation");
    expect(clear.confidence).toBeGreaterThan(0.75);
    // A model that cannot tell the groups apart (every reading a coin toss) must not file a
    // question or a suggestion on a guess: the complaint gets a place and a unit, and the
    // dispatcher sees the low confidence.
    const unsure = new KindModel({ ...model!.file, temperature: 1000 });
    const guess = detectKind("请问居住证办理需要带哪些材料？", "government_service", unsure);
    expect(guess.kind).toBe("complaint");
    expect(guess.confidence).toBeLessThan(KIND_FALLBACK_BELOW);
    const nothing = detectKind("西盛路那个情况", "other", model);
    expect(nothing.confidence).toBeLessThanOrEqual(0.6);
  });

  it("falls back to the rules when the model file is unreadable, naming the file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kind-model-"));
    const bad = path.join(dir, "kind.json");
    writeFileSync(bad, JSON.stringify({ version: 1, type: "kind", ruleWeight: 0.3 }));
    expect(() => KindModel.load(bad)).toThrow(/kind model .*kind\.json/);
    expect(detectKind("请问居住证在哪里办？", "government_service", null).kind).toBe("consultation");
  });
});

describe("weak labels from what real titles say", () => {
  it("reads the kind a title states, and leaves accusing questions to complaints", () => {
    expect(weakKindFromTitle("关于改善城区停车难问题的建议")).toBe("suggestion");
    expect(weakKindFromTitle("咨询灵活就业人员社保缴费标准")).toBe("consultation");
    expect(weakKindFromTitle("新生入学需要哪些材料？")).toBe("consultation");
    expect(weakKindFromTitle("小区物业乱收停车费合理吗？")).toBe("complaint");
    expect(weakKindFromTitle("举报某加工厂夜间偷排废水")).toBe("complaint");
    expect(weakKindFromTitle("感谢社区为我们解决了漏水问题")).toBeNull();
  });

  it("labels a letter only by its closing request", () => {
    expect(weakKindFromBody("我是某小区居民。小区没有充电桩。建议在小区内增设充电桩。")).toBe("suggestion");
    expect(weakKindFromBody("我今年五十八岁，断缴了三年社保。请问还能补缴吗？")).toBe("consultation");
    expect(weakKindFromBody("小区门口的路灯坏了很久了，晚上很黑。")).toBeNull();
  });
});

describe("the kind model file", () => {
  it("trains the same model twice from the same examples", () => {
    const examples: KindExample[] = [
      ...seedKindExamples(),
      { text: "关于增设公交线路的建议", label: "suggestion", source: "teddy-titles", weight: 1 },
      { text: "咨询公租房申请条件", label: "consultation", source: "teddy-titles", weight: 1 },
      { text: "某工厂夜间噪音扰民严重", label: "complaint", source: "teddy-titles", weight: 1 },
    ];
    expect(JSON.stringify(trainKindModel(examples))).toBe(JSON.stringify(trainKindModel(examples)));
  });

  const teddy = ["../shared/benchmarks/teddy2020", "../../shared/benchmarks/teddy2020"].find((d) =>
    existsSync(path.join(d, "train-titles.jsonl")),
  );
  it.skipIf(!teddy)(
    "is what a rebuild from the Teddy 2020 training files, the human labels and the seeds writes",
    async () => {
      const rebuilt = JSON.stringify(trainShippedKindModel(teddy!)) + "\n";
      expect(rebuilt === (await readModelText(DEFAULT_KIND_MODEL))).toBe(true);
    },
    180_000,
  );
});

function groupOfKind(kind: string): string {
  return kind === "help" || kind === "dispute" ? "complaint" : kind;
}
