import { describe, expect, it } from "vitest";
import { MADE_SAFE } from "../../src/intake/urgency-rules.js";

// The pattern's guards are written after the character they guard; each pair is read as before:
// the guarded word alone is a danger made safe, the same word behind its guard is not.
describe("MADE_SAFE's guards", () => {
  const cases: [string, string | null][] = [
    ["火已经灭了", "火已经灭了"],
    ["灶上的火灭了", null],
    ["炉子的火灭了", null],
    ["人已经出来了", "人已经出来了"],
    ["楼道的人都出来了", null],
    ["我人已经出来了", null],
    ["问了一下，没事，放心", "没事"],
    ["能自己站起来", "能自己站起来"],
    ["不能自己站起来", null],
    ["孩子找到了", "找到了"],
    ["孩子没能找到了", null],
    ["那是个误会", "是个误会"],
    ["这不是误会", null],
    ["他是开玩笑", "是开玩笑"],
    ["他不是开玩笑", null],
    ["老人站起来了", "站起来了"],
    ["老人没站起来了", null],
    ["孩子醒过来了", "醒过来了"],
    ["孩子没有醒过来了", null],
  ];
  it.each(cases)("%s", (text, made) => {
    expect(MADE_SAFE.exec(text)?.[0] ?? null).toBe(made);
  });
});
