import { describe, it, expect } from "vitest";
import { READ_QI_OR_SI, READ_TIAN_OR_YE, normaliseGasHomophones } from "../../src/intake/gas-homophones.js";

describe("normaliseGasHomophones", () => {
  it.each([
    ["楼道里然气味好大", "楼道里燃气味好大"],
    ["燃汽泄露了", "燃气泄露了"],
    ["燃起味好大", "燃气味好大"],
    ["天然汽味道重", "天然气味道重"],
    ["没气味很重", "煤气味很重"],
  ])("reads %s as %s", (text, expected) => {
    expect(normaliseGasHomophones(text)).toBe(expected);
  });

  it.each(["家里没气了", "燃起希望", "暖气片不热", "燃气费怎么交", "今天天气不错"])(
    "leaves %s alone when no gas word follows the sound-alike",
    (text) => {
      expect(normaliseGasHomophones(text)).toBe(text);
    },
  );
});

/*
 * normaliseGasHomophones reads no pinyin for a text where no character that can end a substance
 * (qi, si) stands right before a gas word. The characters are listed in the source; they are
 * recomputed here from pinyin-pro's own data (its reading of each character and of each word it
 * segments by, the only places its syllables come from besides 一, 不, 了 and 々).
 */
describe("the characters that let a sound-alike end before a gas word", () => {
  const readableAs = async (syllables: readonly string[]): Promise<Set<string>> => {
    // pinyin-pro's data modules (exported under dist/*, untyped): loaded by name at run time.
    const dictModule = "pinyin-pro/dist/esm/data/dict1.mjs";
    const patternsModule = "pinyin-pro/dist/esm/data/patterns.mjs";
    const dict = (
      (await import(dictModule)) as {
        default: { NumberDICT: (string | undefined)[]; StringDICT: Map<string, string> };
      }
    ).default;
    const { PatternsNormal } = (await import(patternsModule)) as {
      PatternsNormal: { zh: string; pinyin: string }[];
    };
    const toneless = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    const out = new Set<string>();
    dict.NumberDICT.forEach((readings, code) => {
      if (readings?.split(" ").some((r) => syllables.includes(toneless(r))))
        out.add(String.fromCharCode(code));
    });
    // Characters outside the basic plane, kept by their two code units.
    for (const [char, readings] of dict.StringDICT)
      if (readings.split(" ").some((r) => syllables.includes(toneless(r)))) out.add(char);
    for (const { zh, pinyin } of PatternsNormal) {
      const chars = [...zh];
      pinyin.split(" ").forEach((r, j) => {
        if (syllables.includes(toneless(r)) && chars[j]) out.add(chars[j]);
      });
    }
    return out;
  };

  it("holds every character pinyin-pro can read as qi or si, and 々", async () => {
    const wanted = await readableAs(["qi", "si"]);
    wanted.add("々");
    expect([...wanted].filter((c) => !READ_QI_OR_SI.has(c))).toEqual([]);
    expect([...READ_QI_OR_SI].filter((c) => !wanted.has(c))).toEqual([]);
  });

  it("holds every character pinyin-pro can read as tian or ye", async () => {
    const wanted = await readableAs(["tian", "ye"]);
    expect([...wanted].filter((c) => !READ_TIAN_OR_YE.has(c))).toEqual([]);
    expect([...READ_TIAN_OR_YE].filter((c) => !wanted.has(c))).toEqual([]);
  });

  it.each([
    // A written pair after a character that opens a three-syllable substance still reads the sound.
    ["厨房天燃气味很重", "厨房天然气味很重"],
    ["夜化气罐漏了", "液化气罐漏了"],
    ["闻到然气 味道", "闻到燃气 味道"],
  ])("still reads %s as %s", (text, expected) => {
    expect(normaliseGasHomophones(text)).toBe(expected);
  });

  it.each([
    // 气 and a gas word both present, never one right after the other.
    "暖气片不热，楼道的水管也冻了",
    // Written as the substance already, with a gas word after it.
    "燃气味好大，煤气管子在响",
  ])("leaves %s as it is", (text) => {
    expect(normaliseGasHomophones(text)).toBe(text);
  });
});
