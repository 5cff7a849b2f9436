import { describe, expect, it } from "vitest";
import {
  holdWithoutCommunity,
  scoreDuplicate,
  searchedTogether,
  type DuplicateCandidate,
} from "../../src/domain/duplicate-score.js";

const at = new Date(0);
const places = ["桃南一区", "柳巷路", "双塔小区"];
const side = (text: string, community: string | null): DuplicateCandidate => ({
  text,
  place: null,
  category: "municipal",
  community,
  createdAt: at,
});
const judge = (a: DuplicateCandidate, b: DuplicateCandidate) =>
  holdWithoutCommunity(scoreDuplicate(a, b, { places }), a, b, { places });

describe("pairs where one ticket has no community", () => {
  it("offers, never merges, two reports naming one place, one by its short name", () => {
    const s = judge(
      side("双塔小区西门的路灯坏了，晚上一片黑", "community.wenmiao"),
      side("雙塔西門的路燈壞了，晚上一片黑", null),
    );
    expect(s.suggestion).toBe("suggest_merge");
  });

  it("holds an automatic merge to a suggestion just under the line", () => {
    const a = side("双塔小区西门的路灯坏了", "community.wenmiao");
    const b = side("雙塔西門的路燈壞了", null);
    const auto = { score: 0.95, sameProblem: true, suggestion: "auto_merge" as const, reasons: [] };
    const s = holdWithoutCommunity(auto, a, b, { places });
    expect(s).toMatchObject({ score: 0.79, suggestion: "suggest_merge" });
    expect(s.reasons.at(-1)?.code).toBe("DUP.HELD_NO_COMMUNITY");
  });

  it("offers a report naming only the building when the numbers agree", () => {
    const s = judge(side("桃南一区6号楼下水道堵了", "community.taonan"), side("六号楼下水道堵了", null));
    expect(s.suggestion).toBe("suggest_merge");
  });

  it("keeps apart alike words that name no place in common", () => {
    const s = judge(side("路灯坏了，晚上一片黑", null), side("这边路灯坏了好几天，晚上一片黑", null));
    expect(s.suggestion).toBe("none");
    expect(s.reasons.at(-1)?.code).toBe("DUP.NO_SHARED_PLACE");
  });

  it("leaves a pair of one community as the scorer decided it", () => {
    const a = side("柳巷路的路灯坏了", "community.haixi");
    expect(judge(a, a)).toEqual(scoreDuplicate(a, a, { places }));
  });

  it("is searched across communities only in the new ticket's searched categories", () => {
    const newer = { category: "municipal", community: null };
    expect(searchedTogether(newer, { category: "municipal", community: "community.haixi" })).toBe(true);
    expect(searchedTogether(newer, { category: "noise", community: "community.haixi" })).toBe(false);
    expect(searchedTogether(newer, { category: "traffic", community: null }, [{ category: "traffic" }])).toBe(
      true,
    );
    const placed = { category: "municipal", community: "community.taonan" };
    expect(searchedTogether(placed, { category: "noise", community: "community.taonan" })).toBe(true);
    expect(searchedTogether(placed, { category: "municipal", community: "community.haixi" })).toBe(false);
  });
});
