import { pinyin } from "pinyin-pro";
import { describe, expect, it } from "vitest";
import { tonelessSyllables } from "../../src/intake/toneless-pinyin.js";

describe("tonelessSyllables", () => {
  it("gives exactly pinyin-pro's toneless syllables with ü as v, the first time and the next", () => {
    const texts = [
      "西胜家园的女儿在绿化带旁边略等一下，不去不行",
      // Tone sandhi of 一 and 不, the neutral tone of a repeated verb, 了 after a non-Han character.
      "说一说，看不看，一个不对，A了，々々，人々",
      // Accented Latin and characters pinyin-pro has no reading for pass through as themselves.
      "Café naïve ā ǚ ń 嗯 呣 😀 𠮷野家 \uD800 123 ，。！",
      "",
      "一",
    ];
    for (let round = 0; round < 2; round++)
      for (const text of texts)
        expect(tonelessSyllables(text)).toEqual(pinyin(text, { toneType: "none", type: "array", v: true }));
  });
});
