import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { describe, it, expect } from "vitest";
import { toSimplifiedChinese } from "../../src/domain/text-simplify.js";
import { normalizeText } from "../../src/intake/normalize-text.js";
import { parseTranscript } from "../../src/intake/parse-transcript.js";

describe("normalizeText", () => {
  it("converts traditional characters to simplified", () => {
    expect(normalizeText("樓下餐館油煙太大，暖氣不熱")).toBe("楼下餐馆油烟太大，暖气不热");
  });

  it("simplifies exactly as the full opencc-js package does (the code loads its smaller t2cn build)", () => {
    const full = OpenCC.Converter({ from: "hk", to: "cn" });
    const toHk = OpenCC.Converter({ from: "cn", to: "hk" });
    let everyChar = "";
    for (let c = 0x3000; c <= 0x9fff; c++) everyChar += String.fromCharCode(c);
    const cases = readFileSync(new URL("../../data/intake/dev-cases.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    // Whole phrases too: the dev cases written back in Hong Kong characters.
    for (const text of [everyChar, ...cases, ...cases.map((t) => String(toHk(t)))])
      expect(toSimplifiedChinese(text)).toBe(full(text));
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
    expect(t).toMatchObject({ caller: ["我家暖气不热", "西盛家园"], agent: ["您好，请讲。", "哪个小区？"] });
    expect(t?.turns.map((x) => x.speaker)).toEqual(["agent", "caller", "agent", "caller"]);
  });

  it("returns null for an ordinary message", () => {
    expect(parseTranscript("时间：昨晚十点，楼下很吵")).toBeNull();
  });
});
