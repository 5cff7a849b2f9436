import { describe, expect, it } from "vitest";
import { Unit } from "../../src/domain/jurisdiction.schema.js";
import { probeWecom } from "../../src/notify/wecom/wecom-probe.js";
import { preflight } from "../../src/runtime/config-preflight.js";
import { startFakeWecom } from "./support/fake-wecom.js";
import { configDirWithWecom } from "./support/wecom-config-dir.js";

const APP = {
  WECOM_CORP_ID: "ww0a1b2c3d4e5f6789",
  WECOM_AGENT_ID: "1000002",
  WECOM_AGENT_SECRET: "Zq8-very-secret-value",
  PUBLIC_BASE_URL: "https://zhitong.example.gov.cn",
};

describe("WeCom settings in `config check` (and so in serve's preflight)", () => {
  it("a complete app and units with recipients pass", async () => {
    const dir = await configDirWithWecom({ "community.xisheng": { users: ["ZhangWei"], parties: [2] } });
    const pf = await preflight({ CONFIG_DIR: dir, ...APP }, { configDir: dir });
    expect(pf.problems).toEqual([]);
    expect(pf.warnings.filter((w) => w.includes("WeCom"))).toEqual([]);
    expect(pf.jurisdiction!.units.find((u) => u.id === "community.xisheng")!.wecom).toEqual({
      users: ["ZhangWei"],
      parties: ["2"],
      tags: [],
    });
  });

  it("a missing secret is named by its key, and no value of the others is printed", async () => {
    const dir = await configDirWithWecom({});
    const { WECOM_AGENT_SECRET: _omitted, ...partial } = APP;
    const pf = await preflight({ CONFIG_DIR: dir, ...partial }, { configDir: dir });
    expect(pf.problems).toHaveLength(1);
    expect(pf.problems[0]).toMatch(/^environment: WECOM_AGENT_SECRET: required for the WeCom unit notifier/);
    expect(pf.problems.join("\n")).not.toContain(APP.WECOM_CORP_ID);
  });

  it("a malformed secret or agent id is named, never echoed", async () => {
    const dir = await configDirWithWecom({});
    const pf = await preflight(
      { CONFIG_DIR: dir, ...APP, WECOM_AGENT_SECRET: "Zq8x", WECOM_AGENT_ID: "agent-7" },
      { configDir: dir },
    );
    const text = pf.problems.join("\n");
    expect(text).toContain("WECOM_AGENT_SECRET");
    expect(text).toContain("WECOM_AGENT_ID: must be the application's AgentId");
    expect(text).not.toContain("Zq8x");
    expect(text).not.toContain("agent-7");
  });

  it("the app needs PUBLIC_BASE_URL for the card's link and the OAuth redirect", async () => {
    const dir = await configDirWithWecom({});
    const { PUBLIC_BASE_URL: _none, ...noBase } = APP;
    const pf = await preflight({ CONFIG_DIR: dir, ...noBase }, { configDir: dir });
    expect(pf.problems).toEqual([
      expect.stringMatching(/^environment: PUBLIC_BASE_URL: required when WECOM_CORP_ID is set/),
    ]);
  });

  it("bad recipients in jurisdiction.json are named with their key", async () => {
    const dir = await configDirWithWecom({
      "community.xisheng": { users: ["张 伟"] },
      "community.luxi": {},
      "community.haixi": { tags: ["all"] },
    });
    const pf = await preflight({ CONFIG_DIR: dir, ...APP }, { configDir: dir });
    expect(pf.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^jurisdiction\.json: units\.\d+\.wecom\.users\.0: a WeCom userid/),
        expect.stringMatching(
          /^jurisdiction\.json: units\.\d+\.wecom: name at least one of users, parties or tags/,
        ),
        expect.stringMatching(/^jurisdiction\.json: units\.\d+\.wecom\.tags\.0/),
      ]),
    );
  });

  it("recipients without the app, or the app without recipients, start with a warning", async () => {
    const withUnits = await configDirWithWecom({ "community.xisheng": { users: ["ZhangWei"] } });
    const noApp = await preflight({ CONFIG_DIR: withUnits }, { configDir: withUnits });
    expect(noApp.problems).toEqual([]);
    expect(noApp.warnings.join("\n")).toContain("they are notified by SMS only");
    const bare = await configDirWithWecom({});
    const noUnits = await preflight({ CONFIG_DIR: bare, ...APP }, { configDir: bare });
    expect(noUnits.warnings.join("\n")).toContain("no unit has `wecom` recipients");
  });

  it("unknown keys under wecom are refused (a typo must not silently send nothing)", () => {
    const r = Unit.safeParse({ id: "community.x", name: "X", level: "community", wecom: { user: ["a"] } });
    expect(r.success).toBe(false);
  });
});

describe("`config check` asking WeCom for a token", () => {
  const config = {
    corpId: "ww0a1b2c3d4e5f6789",
    agentId: 1000002,
    secret: "Zq8-very-secret-value",
    oauthBase: "http://unused",
    timeoutMs: 2_000,
    publicBaseUrl: "https://zhitong.example.gov.cn",
  };

  it("says nothing when WeCom gives a token, and names the key WeCom refused, never its value", async () => {
    const wecom = await startFakeWecom({
      corpId: config.corpId,
      secret: config.secret,
      agentId: 1000002,
      members: [],
    });
    try {
      expect(await probeWecom({ ...config, apiBase: wecom.url })).toBeNull();
      const wrong = await probeWecom({ ...config, apiBase: wecom.url, secret: "Wrong-secret-123" });
      expect(wrong).toContain("WECOM_AGENT_SECRET (40001");
      expect(wrong).not.toContain("Wrong-secret-123");
      expect(await probeWecom({ ...config, apiBase: wecom.url, corpId: "wwother" })).toContain(
        "WECOM_CORP_ID (40013",
      );
      wecom.state.ipBlocked = true;
      expect(await probeWecom({ ...config, apiBase: wecom.url })).toContain("企业可信IP");
    } finally {
      await wecom.close();
    }
  });

  it("an unreachable API is a warning naming WECOM_API_BASE", async () => {
    const r = await probeWecom({ ...config, apiBase: "http://127.0.0.1:1" });
    expect(r).toContain("WECOM_API_BASE");
    expect(r).not.toContain(config.secret);
  });
});
