import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { createTestEnv, type TestEnv } from "../support/test-context.js";

const lines: string[] = [];
let t: TestEnv;
let app: App;

beforeAll(async () => {
  t = await createTestEnv({ logLines: lines });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "agent7", "dispatcher");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("logs never carry personal data in clear", () => {
  it("logs requests, errors and ticket creation without the resident's phone or name", async () => {
    const api = as(app, await login(app, "agent7"));
    const ok = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload: {
        category: "water_supply",
        summary: "新城公寓停水",
        description: "新城公寓2号楼从早上开始停水",
        location: { text: "新城公寓2号楼", community: "community.xisheng" },
        contact: { name: "赵秀兰", phone: "13700001111" },
      },
    });
    expect(ok.statusCode).toBe(201);
    // A refused request is logged too; its body (with the phone) must not appear.
    const bad = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload: {
        category: "nope",
        summary: "x",
        description: "y",
        location: {},
        contact: { name: "赵秀兰", phone: "13700001111" },
      },
    });
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    await t.ctx.relay.drain();
    expect(lines.length).toBeGreaterThan(3); // the capture works: requests were logged
    const all = lines.join("\n");
    expect(all).not.toContain("13700001111");
    expect(all).not.toContain("赵秀兰");
    expect(all).not.toContain(process.env.TEST_PASSWORD ?? "Zhitong-test-2026");
  });
});
