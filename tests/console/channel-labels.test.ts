import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelManifests } from "../../channels/registry.js";
import { buildApp, type App } from "../../src/http/app.js";
import { createTestEnv, type TestEnv } from "../support/test-context.js";
import { staffToken } from "../survey/support.js";

/** The console's channel labels and choice lists are served from the channel registry. */
let t: TestEnv;
let app: App;

beforeAll(async () => {
  t = await createTestEnv();
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("GET /api/v1/channels", () => {
  it("lists every registered channel with its label, then the non-channel sources", async () => {
    const { headers } = await staffToken(t, "labels-dispatcher", "dispatcher");
    const res = await app.inject({ method: "GET", url: "/api/v1/channels", headers });
    expect(res.statusCode).toBe(200);
    const list = res.json() as Array<{ name: string; label: string; channel: boolean }>;
    expect(list.filter((c) => c.channel).map((c) => c.name)).toEqual(channelManifests.map((m) => m.name));
    expect(list).toContainEqual({ name: "wechat", label: "微信", channel: true });
    expect(list).toContainEqual({ name: "staff", label: "工作人员录入", channel: false });
    expect(list.every((c) => /\p{Script=Han}/u.test(c.label) || c.name === "open311")).toBe(true);
  });

  it("refuses an anonymous caller", async () => {
    const res = await app.inject({ method: "GET", url: "/api/v1/channels" });
    expect(res.statusCode).toBe(401);
  });
});

describe("staff-entered tickets accept only registered channels", () => {
  it("refuses an unknown channel with 400 and files nothing", async () => {
    const { headers } = await staffToken(t, "labels-entry", "dispatcher");
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/tickets",
      headers,
      payload: {
        category: "water_supply",
        summary: "楼道水管漏水",
        description: "西盛家园3号楼楼道水管漏水",
        location: { text: "西盛家园3号楼" },
        channel: "carrier-pigeon",
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("channel");
    const count = await t.ctx.database.pool.query("SELECT count(*)::int AS n FROM tickets");
    expect(count.rows[0].n).toBe(0);
  });
});
