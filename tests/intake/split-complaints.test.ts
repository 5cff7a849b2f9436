import { describe, it, expect } from "vitest";
import { splitComplaints } from "../../src/intake/split-complaints.js";

describe("splitComplaints", () => {
  it("splits two problems joined by 另外", () => {
    expect(splitComplaints("路灯不亮好几天了，另外楼下垃圾没人清理")).toEqual([
      "路灯不亮好几天了",
      "楼下垃圾没人清理",
    ]);
  });

  it("leaves a single problem with several clauses alone", () => {
    const text = "暖气不热，屋里才十五度，老人冻感冒了";
    expect(splitComplaints(text)).toEqual([text]);
  });

  it("merges segments that a classifier puts in the same category", () => {
    const classify = (s: string): string => (s.includes("暖气") ? "heating" : "sanitation");
    expect(splitComplaints("暖气不热好几天了，还有就是暖气片漏水", { classify })).toHaveLength(1);
  });
});
