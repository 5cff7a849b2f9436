import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { faultsMeetLoosely, problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * A branch broken off and left hanging in the crown is the same fault as one that droops, so two
 * tellings of it meet. A heap left where it lies is told as uncleared by one resident and as in the
 * way by another: the two faults meet loosely, so such a pair is offered, never merged alone.
 * Wordings are our own, on the made-up 光明路.
 */
const when = new Date("2026-12-05T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const faults = (t: string) => [...problemConcepts(t).faults];

describe("a branch left hanging", () => {
  it("reads a broken branch hanging in the crown as hanging", () => {
    expect(faults("光明路那棵大树的枝子断了一半，挂着")).toContain("垂落");
    expect(faults("光明路有根树杈吊在树上，随时会掉")).toContain("垂落");
  });

  it("does not read a banner or washing hung on a tree as a branch hanging", () => {
    expect(faults("光明路树上挂着横幅，写的贷款广告")).not.toContain("垂落");
    expect(faults("光明路有人在树上挂衣服晾晒")).not.toContain("垂落");
  });

  it("offers a hanging broken branch against a drooping dead one, which were kept apart", () => {
    const r = scoreDuplicate(
      report("光明路那棵大树的枝子断了一半挂着，底下是公交站"),
      report("光明路那棵大树有根枯枝耷拉着，眼看要掉"),
    );
    expect(r.suggestion).not.toBe("none");
  });
});

describe("a heap uncleared and in the way", () => {
  it("meets only loosely: neither a shared fault nor closer kin", () => {
    expect(faultsMeetLoosely(new Set(["未清运"]), new Set(["占道"]))).toBe(true);
    expect(faultsMeetLoosely(new Set(["未清运", "占道"]), new Set(["占道"]))).toBe(false);
    expect(faultsMeetLoosely(new Set(["冒水"]), new Set(["占道"]))).toBe(false);
  });

  it("offers, never merges, bikes piled up against bikes blocking the way", () => {
    const r = scoreDuplicate(
      report("光明路的共享单车越来越多，好几天没人管"),
      report("光明路的共享单车越来越多，把人行道挡住了"),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_ONE_FAULT");
  });

  it("still merges the heap told twice as in the way", () => {
    const r = scoreDuplicate(
      report("光明路的共享单车把人行道挡住了，过不去"),
      report("光明路的共享单车把人行道挡住了，根本过不去"),
    );
    expect(r.suggestion).toBe("auto_merge");
  });
});
