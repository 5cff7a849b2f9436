import { describe, expect, it } from "vitest";
import { maskFreeText } from "../../src/auth/free-text-mask.js";
import { findPersonalNumbers } from "../../src/domain/personal-numbers.js";

// The finder skips its patterns for a text with fewer than seven characters that can be a digit
// (typed digits, digit words, 要 / 腰 for 幺, l / I / O / o for 1 and 0). These pin the edge: a number
// of exactly seven such characters is still found however it is written, and a shorter run never was.
const kinds = (text: string) => findPersonalNumbers(text).map((n) => `${n.kind}:${n.digits}`);

describe("the number finder's digit count", () => {
  it("finds a seven-digit local number typed, in full-width digits, or read out", () => {
    expect(kinds("店里电话7305182，白天有人")).toEqual(["local:7305182"]);
    expect(kinds("店里电话７３０５１８２，白天有人")).toEqual(["local:7305182"]);
    expect(kinds("店里电话七三洞五幺八两，白天有人")).toEqual(["local:7305182"]);
  });

  it("finds a mobile with 要 read for 幺, or typed with letters for digits", () => {
    expect(kinds("我的号码要三八零五二七六四幺九")).toEqual(["mobile:13805276419"]);
    expect(kinds("手机l38O5276419")).toEqual(["mobile:13805276419"]);
  });

  it("finds a number told in English words in a text with few digits", () => {
    expect(kinds("3号楼, call me on one three eight oh five two seven six four one nine")).toEqual([
      "mobile:13805276419",
    ]);
  });

  it("finds nothing in a place, a count or a short run", () => {
    expect(kinds("柳岸小区12号楼3单元门口的路灯不亮了")).toEqual([]);
    expect(kinds("暖气不热，屋里只有十四度，三天了")).toEqual([]);
    expect(kinds("电话730518，好像少了一位")).toEqual([]);
  });
});

describe("masking a text's numbers once", () => {
  it("masks a piece of a number told apart, and the whole number, when the pieces change the text", () => {
    expect(maskFreeText("我那个号码最后几位是2076，完整的是13935112076", { houseNumbers: true })).toBe(
      "我那个号码最后几位是****，完整的是139****2076",
    );
    expect(maskFreeText("手机13935112076，前三位139别记错", { houseNumbers: true })).toBe(
      "手机139****2076，前三位***别记错",
    );
  });

  it("masks a number and keeps a card's building when the pieces change nothing", () => {
    expect(maskFreeText("柳岸小区12号楼3单元楼道灯坏了，电话13935112076", { houseNumbers: false })).toBe(
      "柳岸小区12号楼3单元楼道灯坏了，电话139****2076",
    );
    // The door is masked after the numbers, whatever their count.
    expect(maskFreeText("柳岸小区12号楼3单元501室楼道灯坏了", { houseNumbers: false })).toBe(
      "柳岸小区12号楼3单元[门牌]室楼道灯坏了",
    );
  });
});
