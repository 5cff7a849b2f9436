import { describe, expect, it } from "vitest";
import { callerThing } from "../../src/intake/caller-thing.js";

const turns = (...lines: string[]) =>
  lines.map((text, i) => ({ speaker: i % 2 ? ("caller" as const) : ("agent" as const), text }));
const placeless = (text: string) => text.replace(/西山路|桃园北路|双塔小区/g, "");

describe("callerThing", () => {
  it("reads the thing a caller names alone, after a place or a hesitation", () => {
    expect(callerThing(turns("您好。", "嗯，水管。", "水管怎么了？", "裂了。"), placeless)).toBe("水管");
    expect(callerThing(turns("请讲。", "西山路。", "西山路什么问题？", "那个护栏。"), placeless)).toBe(
      "护栏",
    );
    expect(callerThing(turns("请讲。", "又是我，双塔小区那个垃圾站。"), placeless)).toBe("垃圾站");
  });

  it("gives nothing when the caller tells the problem or announces the call", () => {
    expect(callerThing(turns("您好。", "桃园北路的路灯不亮了。"), placeless)).toBeNull();
    expect(callerThing(turns("您好。", "我反映个工地的事。"), placeless)).toBeNull();
    expect(callerThing(turns("您好。", "我想问问那个药店。"), placeless)).toBeNull();
    expect(callerThing(turns("您好。", "对。"), placeless)).toBeNull();
  });
});
