import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { combineUrgency, detectUrgency } from "../../src/intake/detect-urgency.js";
import { EmergencyModel, shippedEmergencyModel } from "../../src/intake/emergency-model.js";
import { detectUrgencyByRules, liveSentences, normaliseUrgencyText } from "../../src/intake/urgency-rules.js";

const model = { threshold: 0.5, vetoBelow: 0.2 };
// A model that is sure there is no danger: only the sentence-level reading can keep a rule hit.
const sureNoDanger = { probability: 0.01, hazard: "gas" as const };

describe("pinyin in the detector", () => {
  it("reads a gas leak typed in pinyin or initials as an emergency, rules alone or with the model", () => {
    for (const text of [
      "rq xl 在3单元 快来",
      "家里mq味很重",
      "lou dao li you ranqi wei",
      "RQ XL!!! 二号楼",
    ]) {
      expect(detectUrgencyByRules(text)).toMatchObject({ urgency: "emergency", hazard: "gas" });
      expect(detectUrgency(text)).toMatchObject({ urgency: "emergency", hazard: "gas" });
    }
    expect(detectUrgencyByRules("zhao huo le 5楼")).toMatchObject({ urgency: "emergency", hazard: "fire" });
  });

  it("does not read 'rq' inside an English word, a code, an address or a link as gas", () => {
    for (const text of [
      "请把资料发到 zhitong-rq@example.com 谢谢",
      "我在 https://rqxl.example.cn/form 上报不了 页面报错",
      "订单号rq2031漏发了一件",
      "the barqs xl menu is broken",
      "rq 什么时候来抄表",
    ]) {
      // What the pinyin reader writes, and what the rules make of it; the model's opinion of an
      // order that went missing is not the point here.
      expect(normaliseUrgencyText(text), text).not.toMatch(/燃气|泄漏/);
      expect(detectUrgencyByRules(text).urgency, text).not.toBe("emergency");
    }
  });

  it("still reads pinyin when the model file cannot be loaded (rules alone)", () => {
    expect(detectUrgency("rq xl 快来", null)).toMatchObject({ urgency: "emergency", decidedBy: "rules" });
  });
});

describe("sentence by sentence", () => {
  const letter =
    "尊敬的领导：您好！我是幸福小区8号楼的住户，我们小区的燃气管道改造已经拖了两年。去年冬天也出过一次漏气，" +
    "当时物业处理了。我们多次反映过，一直没有结果。此刻楼道里的燃气管正在往外冒气，味道越来越浓。恳请有关部门尽快处理。此致敬礼";

  it("lets one present danger sentence in a long letter decide, whatever the background says", () => {
    const rules = detectUrgencyByRules(letter);
    expect(rules).toMatchObject({ urgency: "emergency", hazard: "gas" });
    expect(rules.sentence).toMatch(/正在/);
    // Even a model sure there is no danger cannot veto a danger said to be happening now.
    expect(combineUrgency(letter, rules, sureNoDanger, model)).toMatchObject({
      urgency: "emergency",
      vetoed: false,
    });
    expect(detectUrgency(letter).urgency).toBe("emergency");
  });

  it("keeps a letter about a past danger normal, and lets the model veto a background sentence", () => {
    const past =
      "尊敬的领导：去年冬天我们楼的燃气管道漏过一次气，当时燃气公司来修好了。管道外面的防锈漆都掉了，" +
      "锈得很厉害，我们担心以后还会出问题。恳请有关部门安排更换老旧燃气管道。此致敬礼";
    expect(detectUrgency(past).urgency).not.toBe("emergency");
    // A rule hit in a letter with no word of the moment is the model's to veto.
    const standing =
      "尊敬的领导：我们小区是老小区，燃气管道老化，楼道里常年有燃气味，多次反映没有结果。恳请有关部门重视，安排更换管道。此致敬礼";
    const rules = detectUrgencyByRules(standing);
    expect(rules.urgency).toBe("emergency");
    expect(combineUrgency(standing, rules, sureNoDanger, model)).toMatchObject({ vetoed: true });
  });

  it("reads a past time anchor as governing the rest of its sentence", () => {
    const text = "上个月我妈在小区门口摔倒，腿骨折了，住了半个月医院，现在想问问路面坑洼的事有没有人管";
    expect(liveSentences(normaliseUrgencyText(text)).join("")).not.toMatch(/骨折/);
    expect(detectUrgency(text).urgency).not.toBe("emergency");
    // The complaint going on ("物业到现在也没个说法") does not bring the danger back.
    expect(
      detectUrgency("上个星期六我爸被困在电梯里半个小时，当时很害怕，物业到现在也没个说法").urgency,
    ).not.toBe("emergency");
    // But an absence that goes on does: yesterday's departure with no return is a danger now.
    expect(detectUrgency("昨天下午孩子出门，到现在还没回来，电话也打不通").urgency).toBe("emergency");
  });

  it("closes a danger made safe, unless it is said to go on", () => {
    expect(
      detectUrgency("刚才闻到燃气味，已经关了阀门开窗通风，燃气公司的人来看过了，没事了").urgency,
    ).not.toBe("emergency");
    expect(
      detectUrgency("昨晚楼道着火了，消防已经扑灭，没人受伤，现在想问问楼道杂物谁来清理").urgency,
    ).not.toBe("emergency");
    expect(detectUrgency("孩子刚才在商场找不着了 现在已经找到了 虚惊一场").urgency).not.toBe("emergency");
    expect(detectUrgency("火已经灭了一次，又烧起来了，烟还在往上冒").urgency).toBe("emergency");
  });

  it("does not read exclamations about fees, prices or noise as cries for help", () => {
    for (const text of [
      "救命啊，这个月物业费又涨了，一个月要三百多",
      "救命啊这个停车费也太贵了吧",
      "要命了 楼上装修吵了一整天 电钻声停都不停",
      "急死了 菜价涨成这样 还让不让人活",
    ])
      expect(detectUrgency(text).urgency, text).not.toBe("emergency");
    expect(detectUrgency("救命啊 我爸摔倒在浴室里起不来了").urgency).toBe("emergency");
  });

  it("does not read a broken access door as someone trapped", () => {
    for (const text of [
      "单元门禁坏了，门打不开，我们进不去，已经两天了",
      "门禁卡刷不开 门打不开 老人在外面等着",
    ])
      expect(detectUrgency(text).urgency, text).not.toBe("emergency");
    expect(detectUrgency("我妈把自己反锁在屋里 叫了半天没反应").urgency).toBe("emergency");
  });
});

describe("dangers without the hazard's name, dialect and vulnerable people", () => {
  it.each([
    ["困咗喺电梯度 冇人应 好焗", "trapped"],
    ["困电梯了 有个老人家呼吸困难", "trapped"],
    ["楼下水浸到膝头 阿婆喺屋企出唔到", "flood"],
    ["阿婆跌亲 喺楼梯口起唔到身 头流紧血", "injury"],
    ["烟道里面烧起来了 楼上全是焦味", "fire"],
    ["我弟弟有智力障碍 下午出门到现在没回来", "missing"],
    ["有个不认识的男人把我女儿抱上一辆面包车开走了", "missing"],
  ])("%s → %s", (text, hazard) => {
    expect(detectUrgency(text)).toMatchObject({ urgency: "emergency" });
    expect(detectUrgencyByRules(text)).toMatchObject({ urgency: "emergency", hazard });
  });

  it("does not take a parent fetching a child for a stranger taking one", () => {
    expect(detectUrgency("孩子被他爸爸接走了 我们离婚了 他不让我见孩子 这个怎么办").urgency).not.toBe(
      "emergency",
    );
  });
});

describe("loading the model", () => {
  it("names the damaged field of a model file", async () => {
    const file = shippedEmergencyModel()!.file;
    const dir = await mkdtemp(path.join(os.tmpdir(), "emergency-model-"));
    const bad = path.join(dir, "model.json.gz");
    const broken = { ...file, detector: { ...file.detector, idf: [...file.detector.idf.slice(0, 3), "x"] } };
    await writeFile(bad, gzipSync(JSON.stringify(broken)));
    expect(() => EmergencyModel.load(bad)).toThrow(/detector\.idf/);
  });
});
