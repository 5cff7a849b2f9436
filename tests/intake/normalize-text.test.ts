import { describe, it, expect } from "vitest";
import { normalizeText } from "../../src/intake/normalize-text.js";
import { parseTranscript } from "../../src/intake/parse-transcript.js";

describe("normalizeText", () => {
  it("converts traditional characters to simplified", () => {
    expect(normalizeText("樓下餐館油煙太大，暖氣不熱")).toBe("楼下餐馆油烟太大，暖气不热");
  });

  it("turns full-width digits and letters into half-width", () => {
    expect(normalizeText("３号楼２单元ＡＢ")).toBe("3号楼2单元AB");
  });

  it("collapses runs of whitespace and trims", () => {
    expect(normalizeText("  暖气\u3000\u3000不热 \n\n\n 好几天了 ")).toBe("暖气 不热\n好几天了");
  });
});

describe("parseTranscript", () => {
  it("keeps caller and agent turns apart", () => {
    const t = parseTranscript("坐席：您好，请讲。\n来电人：我家暖气不热\n坐席：哪个小区？\n来电人：西盛家园");
    expect(t).toEqual({ caller: ["我家暖气不热", "西盛家园"], agent: ["您好，请讲。", "哪个小区？"] });
  });

  it("returns null for an ordinary message", () => {
    expect(parseTranscript("时间：昨晚十点，楼下很吵")).toBeNull();
  });
});
