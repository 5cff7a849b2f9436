import { describe, expect, it } from "vitest";
import { mobilePathFor, oauthStateFor } from "../../src/notify/wecom/oauth-state.js";
import { clipBytes, unitCard } from "../../src/notify/wecom/wecom-card.js";

const url = "https://open.weixin.qq.com/connect/oauth2/authorize?appid=ww1#wechat_redirect";

describe("the WeCom text card of a unit notice", () => {
  it("an escalation names the unit, the stage and the missed deadline", () => {
    const c = unitCard({
      purpose: "escalation",
      params: {
        ref: "ZT20261123-0007",
        summary: "x",
        stage: "签收",
        deadline: "11月25日 10:00",
        unit: "西盛社区",
      },
      summary: "西盛家园暖气不热",
      place: "西盛家园",
      url,
      firstContactMinutes: 30,
    });
    expect(c.title).toBe("督办通知 ZT20261123-0007");
    expect(c.description).toContain("西盛社区签收已超时（11月25日 10:00），已列入督办");
    expect(c.description).toContain("西盛家园暖气不热");
    expect(c.btntxt).toBe("办理");
  });

  it("the centre's decisions carry their reason and the deadline; an assisting unit learns the lead", () => {
    const back = unitCard({
      purpose: "review_return",
      params: { ref: "ZT20261123-0008", reason: "请写明维修内容", deadline: "11月30日 00:00" },
      summary: "西盛家园电梯故障",
      place: "西盛家园",
      url,
      firstContactMinutes: 30,
    });
    expect(back.title).toBe("办结审核退回 ZT20261123-0008");
    expect(back.description).toContain("退回原因：请写明维修内容");
    expect(back.description).toContain("办结时限：11月30日 00:00");
    const refused = unitCard({
      purpose: "return_refused",
      params: { ref: "ZT20261123-0009", reason: "属本社区管理", deadline: "11月30日 00:00" },
      summary: "x",
      place: null,
      url,
      firstContactMinutes: 30,
    });
    expect(refused.title).toBe("退单未获同意 ZT20261123-0009");
    expect(refused.description).toContain("不同意退单：属本社区管理");
    const assist = unitCard({
      purpose: "assist",
      params: { ref: "ZT20261123-0010", lead: "西盛社区" },
      summary: "x",
      place: null,
      url,
      firstContactMinutes: 30,
    });
    expect(assist.title).toBe("协办通知 ZT20261123-0010");
    expect(assist.description).toContain("主办单位：西盛社区");
  });

  it("the digest carries its counts and no place", () => {
    const c = unitCard({
      purpose: "digest",
      params: { overdue: "3", stuck: "2", failed: "1" },
      summary: null,
      place: null,
      url: "https://zt.example/console/",
      firstContactMinutes: 30,
    });
    expect(c.title).toBe("每日调度提醒");
    expect(c.description).toContain("超期工单3件，待处理工单2件");
    expect(c.description).not.toContain("地点");
  });

  it("resident text cannot inject markup into the card, and WeCom's byte limits hold", () => {
    const c = unitCard({
      purpose: "dispatch",
      params: { ref: "ZT20261123-0001", deadline: "11月30日 00:00" },
      summary: `<a href="x">点我</a>${"很长的描述".repeat(200)}`,
      place: "西盛家园",
      url,
      firstContactMinutes: 30,
    });
    expect(c.description).not.toContain("<a");
    expect(c.description).toContain("&lt;a");
    expect(Buffer.byteLength(c.description, "utf8")).toBeLessThanOrEqual(512);
    expect(Buffer.byteLength(c.title, "utf8")).toBeLessThanOrEqual(128);
    // The deadline survives a long summary.
    expect(c.description).toContain("办结时限：11月30日 00:00");
  });

  it("a summary of markup characters still fits once escaped", () => {
    const c = unitCard({
      purpose: "reminder",
      params: {},
      summary: "<".repeat(400),
      place: "<>",
      url,
      firstContactMinutes: 30,
    });
    expect(Buffer.byteLength(c.description, "utf8")).toBeLessThanOrEqual(512);
    expect(c.description).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });

  it("clips at a character boundary", () => {
    expect(clipBytes("西盛家园", 7)).toBe("西…");
    expect(clipBytes("abc", 3)).toBe("abc");
  });
});

describe("the OAuth state", () => {
  it("carries a ticket ref in the characters WeCom allows, and back", () => {
    expect(oauthStateFor("ZT20261123-0042")).toBe("ZT202611230042");
    expect(mobilePathFor("ZT202611230042")).toBe("/m/tickets/ZT20261123-0042");
    expect(oauthStateFor(null)).toBe("inbox");
  });

  it("anything else leads to the list, never elsewhere", () => {
    for (const s of ["inbox", undefined, "//evil.example", "ZT2026", "/m/tickets/../../x"])
      expect(mobilePathFor(s)).toBe("/m/");
  });

  it("a dispatch card says the jurisdiction's first-contact minutes, not a fixed half hour", () => {
    const c = unitCard({
      purpose: "dispatch",
      params: { ref: "ZT20261123-0002", deadline: "11月30日 00:00" },
      summary: "西盛家园暖气不热",
      place: "西盛家园",
      url,
      firstContactMinutes: 15,
    });
    expect(c.description).toContain("15分钟内联系群众");
    expect(c.description).not.toContain("30分钟");
  });
});
