import { describe, expect, it } from "vitest";
import { askingBandSweep, type Scored } from "../../src/intake/emergency-cv.js";

// A held-out score stands for the model alone: flagged at or above the line it is given.
const scored = (emergency: boolean, probability: number): Scored => ({
  emergency,
  rules: false,
  probability,
  combined: (threshold, _veto, aloneAbove) => probability >= Math.max(threshold, aloneAbove ?? 0.5),
});

describe("the asking band read off held-out scores", () => {
  const all = [
    scored(true, 0.9),
    scored(true, 0.42),
    scored(true, 0.27),
    scored(true, 0.05),
    scored(false, 0.33),
  ];
  const teddy = [scored(false, 0.01), scored(false, 0.31), scored(false, 0.6)];
  const lines = askingBandSweep(all, teddy, 0.2);

  it("moves the model's lone line with the line swept, not only its threshold", () => {
    expect(lines).toContain("  line 0.4: combined found 2/4, near-misses flagged 0, Teddy flagged 1");
    expect(lines).toContain("  line 0.5: combined found 1/4, near-misses flagged 0, Teddy flagged 1");
  });

  it("counts the missed dangers, near-misses and Teddy letters in the band under the line", () => {
    expect(lines).toContain("    band from 0.25: missed asked 2/3, near-misses asked 1/1, Teddy asked 1/2");
    expect(lines).toContain("    band from 0.3: missed asked 1/3, near-misses asked 1/1, Teddy asked 1/2");
  });

  it("offers no band at or above the line", () => {
    const under35 = lines.slice(
      lines.indexOf("  line 0.35: combined found 2/4, near-misses flagged 0, Teddy flagged 1") + 1,
    );
    expect(under35.findIndex((l) => l.startsWith("  line"))).toBe(5);
  });
});
