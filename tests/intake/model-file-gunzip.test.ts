import { readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gunzipWhole } from "../../src/intake/model-file.js";

describe("gunzipWhole", () => {
  it("gives what gunzipSync gives, for the shipped models, a two-member file and an empty one", () => {
    for (const name of ["category", "emergency", "kind"]) {
      const bytes = readFileSync(new URL(`../../data/intake/${name}-model.json.gz`, import.meta.url));
      expect(gunzipWhole(bytes).equals(gunzipSync(bytes))).toBe(true);
    }
    const twoMembers = Buffer.concat([gzipSync("a".repeat(100_000)), gzipSync("模型")]);
    expect(gunzipWhole(twoMembers).toString()).toBe(`${"a".repeat(100_000)}模型`);
    expect(gunzipWhole(gzipSync("")).length).toBe(0);
  });
});
