import { describe, expect, it } from "vitest";
import { pgSafe } from "../../../src/channels-runtime/pg-safe.js";

describe("pgSafe", () => {
  it("returns the very same object when nothing needs changing (no copy on the hot path)", () => {
    const message = { text: "路灯坏了 😀", raw: { MsgId: "1", list: ["a", { b: "c" }] }, at: new Date(0) };
    expect(pgSafe(message)).toBe(message);
  });

  it("removes NUL and replaces lone surrogates deep inside, keeping valid pairs and untouched parts", () => {
    const clean = { MsgId: "2" };
    const message = { text: "坏\u0000字", raw: { clean, list: ["x\uD800y", "😀"] } };
    const safe = pgSafe(message);
    expect(safe).toEqual({ text: "坏字", raw: { clean: { MsgId: "2" }, list: ["x\uFFFDy", "😀"] } });
    expect(safe.raw.clean).toBe(clean);
    expect(message.text).toBe("坏\u0000字");
  });
});
