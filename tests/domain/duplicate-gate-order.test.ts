import { describe, expect, it } from "vitest";
import {
  clearlyDifferent,
  prepareCandidate,
  scoreDuplicate,
  type DuplicateCandidate,
} from "../../src/domain/duplicate-score.js";

/*
 * clearlyDifferent's gates each only ever answer "different", so the order they are tried in cannot
 * change its answer; the cheap ones (time window, distance, house numbers) go before the category
 * gate, which reads both texts' problem concepts. These pairs pin the answer of each combination:
 * another category naming the same thing, in the same or another building, inside or outside the
 * window, with and without numbers worked out ahead (the route worker's prepared candidates).
 */
const at = (wall: string) => new Date(`${wall}+08:00`);

// A lift out of order, read once as a property matter and once as a safety one.
const lift: DuplicateCandidate = {
  text: "东湖苑3号楼的电梯停了两天，上下楼只能爬楼梯",
  category: "property",
  community: "community.xisheng",
  createdAt: at("2026-12-02T08:00:00"),
};
const sameLiftOtherCategory: DuplicateCandidate = {
  ...lift,
  text: "东湖苑3号楼电梯坏了，我妈腿脚不好下不来",
  category: "public_safety",
  createdAt: at("2026-12-02T10:30:00"),
};
const otherBuilding: DuplicateCandidate = {
  ...sameLiftOtherCategory,
  text: "东湖苑8号楼电梯坏了，我妈腿脚不好下不来",
};
const otherThingSameBuilding: DuplicateCandidate = {
  ...sameLiftOtherCategory,
  text: "东湖苑3号楼门前的下水道堵了，污水漫到路上",
  category: "drainage",
};

const both = (a: DuplicateCandidate, b: DuplicateCandidate) => [
  clearlyDifferent(a, b),
  clearlyDifferent(b, a),
  clearlyDifferent(prepareCandidate(a), prepareCandidate(b)),
  clearlyDifferent(prepareCandidate(b), prepareCandidate(a)),
];

describe("clearlyDifferent: the gates' order does not change the answer", () => {
  it("keeps the same lift told under another category in the same building", () => {
    expect(both(lift, sameLiftOtherCategory)).toEqual([false, false, false, false]);
    expect(scoreDuplicate(lift, sameLiftOtherCategory).suggestion).not.toBe("none");
  });

  it("parts the same thing under another category in another building by its number", () => {
    expect(both(lift, otherBuilding)).toEqual([true, true, true, true]);
    expect(scoreDuplicate(lift, otherBuilding).suggestion).toBe("none");
  });

  it("parts another thing under another category in the same building", () => {
    expect(both(lift, otherThingSameBuilding)).toEqual([true, true, true, true]);
    expect(scoreDuplicate(lift, otherThingSameBuilding).suggestion).toBe("none");
  });

  it("parts the same lift under another category outside the window, and keeps it inside a wider one", () => {
    const later = { ...sameLiftOtherCategory, createdAt: at("2026-12-06T10:30:00") };
    expect(both(lift, later)).toEqual([true, true, true, true]);
    expect(clearlyDifferent(lift, later, { windowHours: 200 })).toBe(false);
  });

  it("parts the same lift under another category told from far apart", () => {
    const here = { ...lift, lat: 36.07, lng: 103.83 };
    const there = { ...sameLiftOtherCategory, lat: 36.09, lng: 103.83 };
    expect(both(here, there)).toEqual([true, true, true, true]);
    expect(clearlyDifferent(here, there, { radiusMeters: 5000 })).toBe(false);
  });
});
