import { describe, expect, it } from "vitest";
import { PINYIN_ALONE, PINYIN_WORD_EXCEPTIONS } from "../../src/intake/pinyin-in-context-table.js";
import { syllableInContext } from "../../src/intake/pinyin-in-context.js";
import {
  derivePinyinInContext,
  derivePinyinReadings,
  loadPinyinProData,
} from "../../src/intake/pinyin-readings-derive.js";
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

describe("the syllable pinyin-pro gives a character in a text, read from its tables", () => {
  /** Every position the tables can tell reads as pinyin-pro reads it; returns how many could be told. */
  function expectAsPinyinPro(text: string): number {
    const chars = [...text];
    const syllables = tonelessSyllables(text);
    let told = 0;
    chars.forEach((_, i) => {
      const s = syllableInContext(chars, i);
      if (s === undefined) return;
      told++;
      expect(s, `${text} @${i}`).toBe(syllables[i]);
    });
    return told;
  }

  it("are what pinyin-pro's data gives today (after a pinyin-pro upgrade: npx tsx scripts/pinyin-readings-table.ts)", async () => {
    const { alone, exceptions } = derivePinyinInContext(await loadPinyinProData());
    expect(PINYIN_ALONE).toBe([...alone].map(([syllable, chars]) => `${syllable} ${chars}\n`).join(""));
    expect(PINYIN_WORD_EXCEPTIONS).toBe(
      [...exceptions].map(([char, words]) => `${char} ${words}\n`).join(""),
    );
  });

  it("read every word of pinyin-pro's data, alone and between other words, as pinyin-pro does", async () => {
    const { patterns } = await loadPinyinProData();
    let told = 0;
    for (const [n, { zh }] of patterns.entries()) {
      told += expectAsPinyinPro(zh);
      // Every ninth word inside a sentence, beside the next word: segmentations compete there.
      if (n % 9 === 0) told += expectAsPinyinPro(`我家${zh}${patterns[n + 1]?.zh ?? ""}门口坏了`);
    }
    expect(told).toBeGreaterThan(10_000);
  });

  it("read characters alone and in a resident's sentences as pinyin-pro does, and leave open what they cannot tell", () => {
    const chars = [...new Set([...PINYIN_READINGS.replace(/^\S+ /gmu, "").replace(/\n/g, "")])];
    for (const c of chars.filter((_, i) => i % 11 === 0)) expectAsPinyinPro(c);
    for (const text of [
      "西胜社区3号楼门口的路灯坏了一个星期了",
      "区长说银行行长明天来看看",
      "一个不对了，说一说，看不见",
      "人々说长春路长大了",
      "重庆重新开的店门口",
      "Xisheng家园，3号楼🙂",
    ])
      expectAsPinyinPro(text);
    // 长 reads zhang in 区长 and chang alone; 了 and 々 look at their neighbours.
    expect(syllableInContext([..."区长来了"], 1)).toBeUndefined();
    expect(syllableInContext([..."长江大桥"], 0)).toBe("chang");
    expect(syllableInContext([..."坏了"], 1)).toBeUndefined();
    expect(syllableInContext([..."人々"], 1)).toBeUndefined();
    expect(syllableInContext([..."3号"], 0)).toBe("3");
  });
});
