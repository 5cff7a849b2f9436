import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectKind } from "../../src/intake/detect-kind.js";
import { crossValidate, foldOf, scoreLetters } from "../../src/intake/kind-cv.js";
import {
  DEFAULT_HUMAN_KIND_LABELS,
  humanLabelFiles,
  humanLabelledLetters,
  letterId,
  readHumanKindLabels,
} from "../../src/intake/kind-human-labels.js";
import { KindModel, shippedKindModel } from "../../src/intake/kind-model.js";
import {
  humanMemberExamples,
  KIND_MODEL_LABEL_BATCHES,
  kindModelLabelFiles,
  seedKindExamples,
  teddyKindExamples,
  trainKindModel,
  trainMemberModel,
} from "../../src/intake/train-kind-model.js";

// A tiny stand-in for the corpus, in the corpus's own format (texts without ids, titles apart).
const LETTERS = [
  "我们小区门口的排水沟堵了一个多月，一下雨污水就漫到路上，物业和街道互相推，至今没人处理，恳请领导过问。",
  "本人想了解一下，灵活就业人员缴纳养老保险的基数是怎么确定的？在哪里可以办理？",
  "城西片区只有一条公交线路，早晚高峰车上挤得下不去脚。建议增开一条经过工业园的线路，方便上班族出行。",
  "我和弟弟因为老家宅基地的界线争了很久，双方都有道理，长辈也说不清，想请村里和司法所帮忙调解。",
  "我今年七十五岁，一个人住，前几天摔了一跤行动不便，家里没人照顾，恳请社区帮忙安排人来看看。",
  "某某饭店后厨的油烟管道直接对着居民楼，每天中午晚上熏得不能开窗，多次反映，希望环保部门尽快查处。",
];
const TITLES = ["关于增设路口红绿灯的建议", "咨询居住证办理流程", "某工地夜间施工扰民"];

function corpus(labels: object[]): { dir: string; labels: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "kind-human-"));
  writeFileSync(
    path.join(dir, "train-texts.jsonl"),
    LETTERS.map((text) => JSON.stringify({ text })).join("\n"),
  );
  writeFileSync(
    path.join(dir, "train-titles.jsonl"),
    TITLES.map((title) => JSON.stringify({ title })).join("\n"),
  );
  const file = path.join(dir, "labels.jsonl");
  writeFileSync(file, labels.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return { dir, labels: file };
}

const KINDS = ["complaint", "consultation", "suggestion", "dispute", "help", "complaint"];
const ALL_LABELS = LETTERS.map((t, i) => ({ id: letterId(t), kind: [KINDS[i]], category: ["other"] }));

describe("labels a person wrote for real training letters", () => {
  it("ships labels that name letters by the first 16 hex digits of their text's SHA-256", () => {
    const labels = readHumanKindLabels(DEFAULT_HUMAN_KIND_LABELS);
    expect(labels.length).toBeGreaterThanOrEqual(300);
    expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
    expect(letterId("你好")).toBe("670d9743542cae3e");
  });

  it("refuses a label with an unknown kind or an id given twice, naming the line", () => {
    const bad = corpus([{ id: letterId(LETTERS[0]!), kind: ["anger"], category: ["other"] }]);
    expect(() => readHumanKindLabels(bad.labels)).toThrow(/labels\.jsonl:1/);
    const twice = corpus([ALL_LABELS[0]!, ALL_LABELS[0]!]);
    expect(() => readHumanKindLabels(twice.labels)).toThrow(/labels\.jsonl:2: id .* labelled twice/);
  });

  it("reads every label file of a folder, in order, with an id allowed once across them all", () => {
    const c = corpus(ALL_LABELS.slice(0, 2));
    const name = (f: string): string => path.join(c.dir, f);
    writeFileSync(name("teddy-train-kind-labels.jsonl"), JSON.stringify(ALL_LABELS[0]) + "\n");
    writeFileSync(name("teddy-train-kind-labels10.jsonl"), JSON.stringify(ALL_LABELS[3]) + "\n");
    writeFileSync(
      name("teddy-train-kind-labels2.jsonl"),
      [ALL_LABELS[1], ALL_LABELS[2]].map((l) => JSON.stringify(l)).join("\n") + "\n",
    );
    writeFileSync(name("other.jsonl"), "not a label file\n");
    const files = humanLabelFiles(c.dir);
    expect(files.map((f) => path.basename(f))).toEqual([
      "teddy-train-kind-labels.jsonl",
      "teddy-train-kind-labels2.jsonl",
      "teddy-train-kind-labels10.jsonl",
    ]);
    const letters = humanLabelledLetters(c.dir, files);
    expect(letters.map((l) => l.text)).toEqual([LETTERS[0], LETTERS[1], LETTERS[2], LETTERS[3]]);
    expect(letters[0]!.categories).toEqual(["other"]);
    // The same letter in a later batch names that batch's file and line, and where it was first.
    writeFileSync(
      name("teddy-train-kind-labels10.jsonl"),
      [ALL_LABELS[3], ALL_LABELS[1]].map((l) => JSON.stringify(l)).join("\n") + "\n",
    );
    expect(() => readHumanKindLabels(humanLabelFiles(c.dir))).toThrow(
      /labels10\.jsonl:2: id .* labelled twice \(first at .*labels2\.jsonl:1\)/,
    );
    writeFileSync(name("teddy-train-kind-labels10.jsonl"), "{oops\n");
    expect(() => readHumanKindLabels(humanLabelFiles(c.dir))).toThrow(/labels10\.jsonl:1: not JSON/);
  });

  it("finds the shipped label files, the first of them the original batch", () => {
    const files = humanLabelFiles();
    expect(files[0]).toBe(DEFAULT_HUMAN_KIND_LABELS);
    expect(readHumanKindLabels(files).length).toBeGreaterThanOrEqual(600);
  });

  it("joins labels to the corpus letters, and stops when a label names no letter", () => {
    const ok = corpus(ALL_LABELS);
    const letters = humanLabelledLetters(ok.dir, ok.labels);
    expect(letters.map((l) => l.text)).toEqual(LETTERS);
    expect(letters[3]!.kinds).toEqual(["dispute"]);
    const stray = corpus([{ id: "0123456789abcdef", kind: ["complaint"], category: ["other"] }]);
    expect(() => humanLabelledLetters(stray.dir, stray.labels)).toThrow(
      /labels\.jsonl:1: id 0123456789abcdef is no letter/,
    );
  });

  it("lets a person's label win over the weak label, and leaves a held-out fold out altogether", () => {
    // The third letter closes with 建议 (a weak suggestion); the person called it a complaint.
    const labels = ALL_LABELS.map((l, i) => (i === 2 ? { ...l, kind: ["complaint"] } : l));
    const c = corpus(labels);
    const letters = humanLabelledLetters(c.dir, c.labels);
    const { train, measure } = teddyKindExamples(c.dir, letters, new Set(), 4);
    const all = [...train, ...measure];
    const third = all.filter((e) => e.text === LETTERS[2]);
    expect(third).toEqual([{ text: LETTERS[2], label: "complaint", source: "teddy-human", weight: 4 }]);
    expect(all.some((e) => e.source === "teddy-texts")).toBe(false);
    const without = teddyKindExamples(c.dir, letters, new Set([letters[2]!.id]));
    expect([...without.train, ...without.measure].some((e) => e.text === LETTERS[2])).toBe(false);
    // Requests for help and disputes teach the member model; questions and suggestions do not.
    expect(humanMemberExamples(letters).map((e) => e.kind)).toEqual([
      "complaint",
      "complaint",
      "dispute",
      "help",
      "complaint",
    ]);
  });

  it("trains the member model deterministically and needs two kinds to train one", () => {
    const c = corpus(ALL_LABELS);
    const examples = humanMemberExamples(humanLabelledLetters(c.dir, c.labels));
    expect(JSON.stringify(trainMemberModel(examples))).toBe(JSON.stringify(trainMemberModel(examples)));
    expect(trainMemberModel(examples.filter((e) => e.kind === "complaint"))).toBeUndefined();
  });

  it("cross-validates by folds fixed by the letters' ids, scoring every letter once per setting", () => {
    expect(foldOf("0000000affffffff", 5)).toBe(0);
    expect(foldOf("0000000bffffffff", 5)).toBe(1);
    const c = corpus(ALL_LABELS);
    const letters = humanLabelledLetters(c.dir, c.labels);
    const rows = crossValidate(c.dir, letters, { folds: 2, weights: [0, 5], memberRuleWeights: [1] });
    expect(rows.map((r) => [r.humanWeight, r.memberRuleWeight])).toEqual([
      [0, null],
      [0, 1],
      [5, null],
      [5, 1],
    ]);
    for (const r of rows) expect(r.score.total).toBe(LETTERS.length);
  });

  it("scores a reading right when it is any of the person's kinds", () => {
    const file = trainKindModel(seedKindExamples());
    const letter = {
      id: "x",
      text: "请问社区食堂几点开门？",
      kinds: ["praise" as const, "consultation" as const],
      categories: ["other"],
    };
    expect(scoreLetters([letter], new KindModel(file))).toMatchObject({ kind: 1, group: 1, total: 1 });
  });
});

describe("complaint, request for help or dispute in a letter (the member model)", () => {
  const model = shippedKindModel();

  it("ships a member model and reads a letter that pleads for help against someone as a complaint", () => {
    expect(model?.file.member).toBeDefined();
    const letter =
      "尊敬的领导：我家是低保户，生活本来就困难。去年小区改造时施工队把我家院子的围墙推倒了，说好一个月内" +
      "重建，可到现在半年过去了，施工单位换了负责人就再也找不到人，院子里的东西被偷了好几次。恳请领导帮助" +
      "我们，督促施工单位把围墙砌起来。";
    expect(detectKind(letter, "construction", model).kind).toBe("complaint");
  });

  it("reads a letter asking for mediation between relatives as a dispute", () => {
    const letter =
      "社区领导您好：母亲去世后，我和姐姐为了她留下的一点积蓄和老房子的归属一直意见不合，姐姐认为她照顾" +
      "母亲多应该多分，我觉得应该平分，我们已经吵了好几次，谁也说服不了谁。我们不想闹上法庭，希望社区" +
      "调解委员会帮我们组织一次调解。";
    expect(detectKind(letter, "neighbor_dispute", model).kind).toBe("dispute");
  });

  it("reads a letter from someone who cannot manage alone, accusing nobody, as a request for help", () => {
    const letter =
      "您好，我丈夫半年前因病去世，我患有类风湿关节炎，手指变形拿不住东西，儿子在部队服役。家里的电热水器" +
      "坏了，我自己拆不下来，也不知道该找谁修，冬天洗不了热水澡。恳请社区帮忙找个人上门看看，费用我来出。";
    expect(detectKind(letter, "social_assistance", model).kind).toBe("help");
  });

  it("leaves a caller's words on the hotline to the rules: calls were not what the letters taught", () => {
    const caller =
      "我是替我们楼下的刘大爷打的。他八十多了，老伴住院了，他一个人在家，做不了饭，这两天就吃点饼干。" +
      "你们能不能帮忙安排个人给他送送饭，或者社区食堂能不能送上门。";
    expect(detectKind(caller, "social_assistance", model, { spoken: true }).kind).toBe("help");
  });
});

describe("the batches each model learns from", () => {
  it("the kind model reads the first batches only, in the files' order; the category model reads all", () => {
    const all = humanLabelFiles();
    expect(all.length).toBeGreaterThan(KIND_MODEL_LABEL_BATCHES);
    expect(kindModelLabelFiles()).toEqual(all.slice(0, KIND_MODEL_LABEL_BATCHES));
    expect(path.basename(kindModelLabelFiles()[0]!)).toBe("teddy-train-kind-labels.jsonl");
  });
});
