import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Jurisdiction } from "../../src/domain/jurisdiction.schema.js";

const shipped = JSON.parse(
  readFileSync(new URL("../../config/jurisdiction.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
const issuesFor = (timezone: string): string[] => {
  const r = Jurisdiction.safeParse({ ...shipped, timezone });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the jurisdiction's time zone", () => {
  it("accepts canonical names and the aliases Intl accepts, whatever their letter case", () => {
    for (const tz of [
      "Asia/Shanghai",
      "Asia/Urumqi",
      "UTC",
      "PRC",
      "Asia/Chongqing",
      "asia/shanghai",
      "Etc/GMT-8",
    ])
      expect(issuesFor(tz), tz).toEqual([]);
  });

  it("refuses a name that is no time zone, with the same words", () => {
    for (const tz of ["Mars/Olympus", "", "Asia/Shanghai "])
      expect(issuesFor(tz), tz).toEqual(["timezone: not an IANA time zone, e.g. Asia/Shanghai"]);
  });
});
