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

  it("gives the converter's answer for every entry of its dictionaries, alone and inside simplified text", async () => {
    // The conversion is skipped for a text that holds none of the characters that can start a
    // change: every entry, and every entry between ordinary words, must still convert as opencc does.
    const { Locale } = await import("opencc-js/t2cn");
    const full = OpenCC.Converter({ from: "hk", to: "cn" });
    const config = (
      Locale.configs as Record<string, { normalizationChain?: string[][]; conversionChain: string[][] }>
    ).hk2s!;
    const sources = [...(config.normalizationChain ?? []), ...config.conversionChain]
      .flat()
      .flatMap((dictionary) => dictionary.split("|").map((line) => line.split(" ")[0]!));
    expect(sources.length).toBeGreaterThan(5000);
    for (const source of sources)
      for (const text of [source, `楼下的${source}今天又坏了`, `${source}${source}`])
        expect(toSimplifiedChinese(text)).toBe(full(text));
  });

  it("keeps a text with no character to convert as it is, and still converts one that has", () => {
    for (const text of [
      "小区门口的路灯坏了三天",
      "电梯停了，我家老人下不了楼",
      "A栋3单元漏水",
      "",
      "𠀾𠀾",
      "\ud840",
    ])
      expect(toSimplifiedChinese(text)).toBe(text);
    // Round trips through a variant (户 → 戶 → 户) and changes a whole phrase only (反覆 → 反复).
    expect(toSimplifiedChinese("住户反覆投诉")).toBe("住户反复投诉");
    expect(toSimplifiedChinese("電梯壞了")).toBe("电梯坏了");
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
