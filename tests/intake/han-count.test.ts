import { describe, expect, it } from "vitest";
import { hanCount } from "../../src/intake/han-count.js";

const byPattern = (s: string): number => (s.match(/\p{Script=Han}/gu) ?? []).length;

describe("hanCount", () => {
  it("counts as the Han pattern does, including characters beyond the BMP and lone surrogates", () => {
    const texts = [
      "",
      "尊敬的领导：西盛家园3号楼暖气不热，屋里才15度！",
      "々〆〇〻 ⺀⻳ 㐀䶿 豈 丨",
      "𠀀𪜶𫝀 are Extension B–E; 🙂 is not Han",
      "lone \ud842 high and \udc00 low surrogate, and a pair at the end 𠀀",
      "\ud842",
      "A-3 栋 3.5% 的住户 ABC ﹏ ｋ ー ・",
    ];
    for (const t of texts) expect(hanCount(t)).toBe(byPattern(t));
  });

  it("agrees with the pattern on every code point of planes 0 to 3", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x40000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (hanCount(ch) !== byPattern(ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});
