import { describe, expect, it } from "vitest";
import { readHazardEnglish } from "../../src/intake/emergency-english.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

describe("English hazard words", () => {
  it("writes hazard words, people and durations in characters", () => {
    expect(readHazardEnglish("kitchen smells like rotten eggs, gas?")).toBe("kitchen 臭鸡蛋味, 燃气?");
    expect(readHazardEnglish("my mom 80 years old not come back 3 hours")).toBe("my 我妈 80岁 没回来 3小时");
  });

  it("leaves Chinese, pinyin and a lone English word alone", () => {
    for (const text of ["楼道里有煤气味", "mei qi wei hen da", "小区的gas灶坏了", "wo jia dian ti huai le"])
      expect(readHazardEnglish(text)).toBe(text);
  });

  it("does not turn everyday English into a danger", () => {
    for (const text of [
      "the lift is out of order again, please fix it",
      "no smoking sign in the lobby fell off",
      "I lost my phone near the gate, did anyone find it",
      "when is the gas bill due this month",
    ])
      expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it("reads an English danger as one", () => {
    expect(detectUrgency("help, my grandpa is stuck in the lift, he is 85 years old")).toMatchObject({
      urgency: "emergency",
      hazard: "trapped",
    });
  });
});

describe("English dangers told by a passer-by", () => {
  it.each([
    "a little girl is locked inside a grey car in the mall car park, it is very hot",
    "guy with knife at the night market, he cut someone, please send police",
    "a truck hit a cyclist at the crossing and he is not moving",
    "my friend says he is on the roof, he just wanted someone to know",
  ])("reads %s as an emergency", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it.each([
    "can you cut someone's hedge for them, it is too tall",
    "I locked my keys in my car, who can help",
  ])("keeps %s out of the emergencies", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});
