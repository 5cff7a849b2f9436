import { Locale } from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import { designatedCharacters } from "../../src/domain/text-simplify-designated.js";
import { DESIGNATED_CHARACTERS } from "../../src/domain/text-simplify-table.js";
import { toSimplifiedChinese } from "../../src/domain/text-simplify.js";

describe("the traditional → simplified skip's table", () => {
  it("is what the converter's preset gives today (after an opencc-js upgrade: npx tsx scripts/text-simplify-table.ts)", () => {
    expect(DESIGNATED_CHARACTERS).toBe(designatedCharacters(Locale.configs));
  });

  it("still converts text that holds a designated character beyond the BMP, and leaves simplified text alone", () => {
    const astral = [...DESIGNATED_CHARACTERS].filter((c) => (c.codePointAt(0) ?? 0) > 0xffff);
    for (const c of astral) expect(toSimplifiedChinese(`路灯${c}坏了`)).not.toBe(`路灯${c}坏了`);
    expect(toSimplifiedChinese("幸福里小区3号楼门口的路灯坏了")).toBe("幸福里小区3号楼门口的路灯坏了");
  });
});
