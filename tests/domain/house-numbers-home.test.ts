import { describe, expect, it } from "vitest";
import { houseNumberTokens } from "../../src/domain/duplicate-score.js";

/*
 * A building named as the resident's own home is not where fumes or music from outside come from,
 * so it is no house number of the report; named otherwise, or with a problem of the building itself,
 * it is. The text's concepts (what the report is about) are read only for a number told as a home:
 * these cases pin the answer either way. Wordings are our own, on the made-up 光明小区.
 */
const numbers = (text: string) => houseNumberTokens(text, "");

describe("house numbers told as the resident's home", () => {
  it("leaves out the home building when the nuisance comes from outside it", () => {
    expect(numbers("光明小区门口饭店油烟太大，我们3号楼都闻得到")).not.toContain("3号楼");
    expect(numbers("光明小区6号楼住户反映：楼下广场舞太吵")).not.toContain("6号楼");
    expect(numbers("我家在光明小区9号楼，对面烧烤摊油烟熏得开不了窗")).not.toContain("9号楼");
  });

  it("keeps the building when it is told as the home but the problem is the building's own", () => {
    expect(numbers("我住光明小区3号楼，楼道灯坏了好几天")).toContain("3号楼");
    expect(numbers("光明小区6号楼住户反映：电梯坏了")).toContain("6号楼");
  });

  it("keeps the building when it is not told as anyone's home, whatever the nuisance", () => {
    expect(numbers("光明小区3号楼楼下饭店油烟太大")).toContain("3号楼");
    expect(numbers("光明小区12号楼2单元门口的路灯不亮了")).toEqual(["12号楼", "2单元", "单元", "号楼"]);
  });

  it("reads one text the same however often it is asked, home number or not", () => {
    for (const text of ["光明小区门口饭店油烟太大，我们3号楼都闻得到", "光明小区3号楼楼下饭店油烟太大"]) {
      const first = numbers(text);
      expect(numbers(text)).toEqual(first);
      expect(houseNumberTokens(text.slice(0, 8), text)).toEqual(houseNumberTokens(text.slice(0, 8), text));
    }
  });
});
