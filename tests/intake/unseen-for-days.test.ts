import { describe, expect, it } from "vitest";
import { UNSEEN_FOR_DAYS } from "../../src/intake/urgency-rules.js";

// A look-ahead for the count's first character stands before each of the pattern's variable
// look-behinds: the days counted are read where they start, and an office named up to six characters
// before the count still keeps it from counting, as before.
describe("UNSEEN_FOR_DAYS's counted days", () => {
  const cases: [string, [number, string] | null][] = [
    ["隔壁老人三天没开门了", [4, "三天没开门"]],
    ["楼上的阿姨好几天没动静了", [5, "好几天没动静"]],
    ["他5天没出门", [1, "5天没出门"]],
    ["一个人住，一个星期没下楼", [5, "一个星期没下楼"]],
    ["12345热线好几天没动静", null],
    ["物业说他们三天没开门", null],
    ["邻居两天没人接电话", [2, "两天没人接电话"]],
    ["社区两天没人接电话", null],
    ["我妈一周没回消息了", [2, "一周没回消息"]],
    ["公司那边一周都没回消息", null],
    ["七天了电话打不通", [0, "七天了电话打不通"]],
    ["昨天今天都没开门", [0, "昨天今天都没开门"]],
  ];
  it.each(cases)("%s", (text, found) => {
    const m = UNSEEN_FOR_DAYS.exec(text);
    expect(m ? [m.index, m[0]] : null).toEqual(found);
  });
});
