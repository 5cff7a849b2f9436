import { describe, expect, it } from "vitest";
import { parseSurveyAnswer, type SurveyAnswer } from "../../src/domain/survey-answer.js";

type Expect = Pick<SurveyAnswer, "resolved" | "satisfaction" | "clear">;
const yes = (satisfaction: SurveyAnswer["satisfaction"]): Expect => ({
  resolved: "yes",
  satisfaction,
  clear: true,
});

describe("digits from the SMS template", () => {
  it.each<[string, Expect]>([
    ["1", yes("satisfied")],
    ["2", yes("basically")],
    ["3", { resolved: "unknown", satisfaction: "dissatisfied", clear: true }],
    ["１", yes("satisfied")],
    ["回复1", yes("satisfied")],
    [" 2。", yes("basically")],
    ["一", yes("satisfied")],
    ["三", { resolved: "unknown", satisfaction: "dissatisfied", clear: true }],
    ["3 还是漏水", { resolved: "no", satisfaction: "dissatisfied", clear: true }],
  ])("reads %j", (text, expected) => {
    expect(parseSurveyAnswer(text)).toMatchObject(expected);
  });

  it("does not read a building number as an answer", () => {
    expect(parseSurveyAnswer("3号楼还是漏水")).toMatchObject({
      resolved: "no",
      satisfaction: null,
      clear: true,
    });
  });

  it("does not read a number of days as an answer", () => {
    expect(parseSurveyAnswer("2天了")).toMatchObject({ satisfaction: null, clear: false });
  });

  it("does not read 12 as the answer 1", () => {
    expect(parseSurveyAnswer("12")).toMatchObject({ satisfaction: null, clear: false });
  });

  it("does not read 一般 as the digit 1", () => {
    expect(parseSurveyAnswer("一般").satisfaction).toBe("basically");
  });
});

describe("words", () => {
  it.each<[string, Expect]>([
    ["满意", yes("satisfied")],
    ["非常满意", yes("satisfied")],
    ["很满意，谢谢你们", yes("satisfied")],
    ["挺好的", yes("satisfied")],
    ["还不错", yes("basically")],
    ["基本满意", yes("basically")],
    ["还行", yes("basically")],
    ["还可以吧", yes("basically")],
    ["一般", yes("basically")],
    ["一般般", yes("basically")],
    ["马马虎虎", yes("basically")],
    ["比较满意", yes("basically")],
    ["不满意", { resolved: "unknown", satisfaction: "dissatisfied", clear: true }],
    ["非常不满意", { resolved: "unknown", satisfaction: "dissatisfied", clear: true }],
    ["不太满意", { resolved: "unknown", satisfaction: "dissatisfied", clear: true }],
    ["不是很满意", { resolved: "unknown", satisfaction: "dissatisfied", clear: true }],
    ["不满意，还是漏水", { resolved: "no", satisfaction: "dissatisfied", clear: true }],
    ["没解决", { resolved: "no", satisfaction: null, clear: true }],
    ["没有解决", { resolved: "no", satisfaction: null, clear: true }],
    ["没解决但态度好", { resolved: "no", satisfaction: null, clear: true }],
    ["暖气还是不热", { resolved: "no", satisfaction: null, clear: true }],
    ["根本没人来", { resolved: "no", satisfaction: null, clear: true }],
    ["解决了一半", { resolved: "no", satisfaction: null, clear: true }],
    ["依然很吵", { resolved: "no", satisfaction: null, clear: true }],
    ["还是没修好，不满意", { resolved: "no", satisfaction: "dissatisfied", clear: true }],
    ["已经解决了，满意", yes("satisfied")],
    ["问题解决了但是不满意，拖了半个月", { resolved: "yes", satisfaction: "dissatisfied", clear: true }],
    ["没有不满意", yes("satisfied")],
    ["修好了", { resolved: "yes", satisfaction: null, clear: false }],
    ["态度很好", { resolved: "unknown", satisfaction: null, clear: false }],
    ["谢谢", { resolved: "unknown", satisfaction: null, clear: false }],
    ["好的", { resolved: "unknown", satisfaction: null, clear: false }],
    ["收到", { resolved: "unknown", satisfaction: null, clear: false }],
    ["不好意思刚才在忙", { resolved: "unknown", satisfaction: null, clear: false }],
    ["", { resolved: "unknown", satisfaction: null, clear: false }],
  ])("reads %j", (text, expected) => {
    expect(parseSurveyAnswer(text)).toMatchObject(expected);
  });
});

describe("traditional characters", () => {
  it.each<[string, Expect]>([
    ["滿意", yes("satisfied")],
    ["非常滿意", yes("satisfied")],
    ["還行", yes("basically")],
    ["基本滿意", yes("basically")],
    ["不滿意，還是漏水", { resolved: "no", satisfaction: "dissatisfied", clear: true }],
    ["沒解決", { resolved: "no", satisfaction: null, clear: true }],
    ["謝謝", { resolved: "unknown", satisfaction: null, clear: false }],
  ])("reads %j", (text, expected) => {
    expect(parseSurveyAnswer(text)).toMatchObject(expected);
  });
});

describe("negation", () => {
  it("never reads 不满意 as 满意", () => {
    expect(parseSurveyAnswer("不满意").matched).toEqual(["不满意"]);
  });

  it("never reads 没解决 as 解决", () => {
    expect(parseSurveyAnswer("没解决").matched).toEqual(["没解决"]);
  });

  it("takes the worst of mixed satisfaction signals", () => {
    expect(parseSurveyAnswer("态度满意，结果不满意").satisfaction).toBe("dissatisfied");
  });

  it("lets a digit and words disagree towards dissatisfaction", () => {
    expect(parseSurveyAnswer("1 不满意").satisfaction).toBe("dissatisfied");
  });
});

describe("comments", () => {
  it.each<[string, string | null]>([
    ["1", null],
    ["满意", null],
    ["满意，谢谢", null],
    ["不满意，还是漏水", "还是漏水"],
    ["3 还是漏水", "还是漏水"],
    ["没解决但态度好", "没解决但态度好"],
    ["不滿意，還是漏水", "还是漏水"],
    ["基本满意，就是来得有点晚。", "就是来得有点晚"],
  ])("keeps from %j the comment %j", (text, comment) => {
    expect(parseSurveyAnswer(text).comment).toBe(comment);
  });
});
