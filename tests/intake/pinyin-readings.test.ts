import { describe, expect, it } from "vitest";
import { derivePinyinReadings, loadPinyinProData } from "../../src/intake/pinyin-readings-derive.js";
import { PINYIN_READINGS } from "../../src/intake/pinyin-readings-table.js";
import { possibleSyllables } from "../../src/intake/pinyin-readings.js";
import { tonelessSyllables } from "../../src/intake/toneless-pinyin.js";

describe("the syllables pinyin-pro may give a character, read without loading it", () => {
  it("are what pinyin-pro's data gives today (after a pinyin-pro upgrade: npx tsx scripts/pinyin-readings-table.ts)", async () => {
    const derived = derivePinyinReadings(await loadPinyinProData());
    expect(PINYIN_READINGS).toBe([...derived].map(([syllable, chars]) => `${syllable} ${chars}\n`).join(""));
  });

  it("hold the syllable pinyin-pro gives every character alone and inside words", () => {
    // Every seventh of the table's characters: all of them take ten seconds.
    const chars = [...new Set([...PINYIN_READINGS.replace(/^\S+ /gmu, "").replace(/\n/g, "")])];
    for (const c of chars.filter((_, i) => i % 7 === 0))
      expect(possibleSyllables(c)).toContain(tonelessSyllables(c)[0]);
    // Inside words and after the characters that change a reading (一, 不, 了, 々).
    for (const text of [
      "西胜家园门口",
      "一个不对了",
      "了解一下",
      "看不见",
      "人々说",
      "长春路长大了",
      "重庆重新",
    ]) {
      const syllables = tonelessSyllables(text);
      [...text].forEach((c, i) => {
        const possible = possibleSyllables(c);
        if (possible !== null) expect(possible).toContain(syllables[i]);
      });
    }
  });

  it("hold a character pinyin-pro cannot read as itself, and leave 々 open", () => {
    expect(possibleSyllables("3")).toEqual(["3"]);
    expect(possibleSyllables("，")).toEqual(["，"]);
    expect(possibleSyllables("々")).toBeNull();
    expect(possibleSyllables("盛")).toEqual(expect.arrayContaining(["sheng", "cheng"]));
  });
});
