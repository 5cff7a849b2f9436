import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { buildApp, type App } from "../../src/http/app.js";
import { EnvError, parseEnv } from "../../src/runtime/env.schema.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { createTestEnv, type TestEnv } from "../support/test-context.js";

const SECRETS = {
  LOG_HASH_SALT: "salt-for-this-deployment-0001",
  WEB_CHAT_SECRET: "web-chat-secret-for-this-deployment",
};
const METRICS_TOKEN = "metrics-token-0123456789";

function problems(vars: Record<string, string>): string[] {
  try {
    parseEnv(vars);
    return [];
  } catch (err) {
    if (err instanceof EnvError) return err.problems;
    throw err;
  }
}

describe("production mode refuses to start without its secrets", () => {
  it("names every missing secret", () => {
    const p = problems({ NODE_ENV: "production" });
    expect(p.join("\n")).toMatch(/LOG_HASH_SALT: .*production/);
    expect(p.join("\n")).toMatch(/WEB_CHAT_SECRET: .*production/);
  });

  it("refuses the development salt and a short salt, without echoing them", () => {
    const p = problems({ ...SECRETS, NODE_ENV: "production", LOG_HASH_SALT: "zhitong-dev-salt" });
    expect(p).toEqual([expect.stringMatching(/^LOG_HASH_SALT: /)]);
    const short = problems({ ...SECRETS, NODE_ENV: "production", LOG_HASH_SALT: "short-salt" });
    expect(short).toEqual([expect.stringMatching(/^LOG_HASH_SALT: /)]);
    expect(short.join("\n")).not.toContain("short-salt");
  });

  it("starts with the secrets set, and development still needs none", () => {
    expect(parseEnv({ ...SECRETS, NODE_ENV: "production" }).NODE_ENV).toBe("production");
    expect(problems({})).toEqual([]);
  });
});

describe("a production server", () => {
  let t: TestEnv;
  let app: App;
  let tokenApp: App;
  beforeAll(async () => {
    t = await createTestEnv({ env: { ...SECRETS, NODE_ENV: "production" } });
    app = await buildApp(t.ctx);
    tokenApp = await buildApp({ ...t.ctx, env: { ...t.ctx.env, METRICS_TOKEN } }, { docs: false });
    await createStaff(t, "admin1", "admin");
    await createStaff(t, "disp1", "dispatcher");
  });
  afterAll(async () => {
    await app.close();
    await tokenApp.close();
    await t.close();
  });

  it("keeps /metrics from anonymous callers and non-admins, and shows it to an admin", async () => {
    expect((await app.inject({ method: "GET", url: "/metrics" })).statusCode).toBe(401);
    const disp = as(app, await login(app, "disp1"));
    expect((await disp({ method: "GET", url: "/metrics" })).statusCode).toBe(403);
    const admin = as(app, await login(app, "admin1"));
    const res = await admin({ method: "GET", url: "/metrics" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("zhitong_");
  });

  it("accepts the scraper's bearer token when METRICS_TOKEN is set", async () => {
    const auth = { authorization: `Bearer ${METRICS_TOKEN}` };
    expect((await tokenApp.inject({ method: "GET", url: "/metrics", headers: auth })).statusCode).toBe(200);
    expect((await tokenApp.inject({ method: "GET", url: "/metrics" })).statusCode).toBe(401);
  });

  it("shows the API documentation to signed-in staff only", async () => {
    expect((await app.inject({ method: "GET", url: "/docs/json" })).statusCode).toBe(401);
    expect((await app.inject({ method: "GET", url: "/docs" })).statusCode).toBe(401);
    const disp = as(app, await login(app, "disp1"));
    expect((await disp({ method: "GET", url: "/docs/json" })).statusCode).toBe(200);
  });

  it("answers /readyz without the driver's error text", async () => {
    const down = openDatabase("postgres://zhitong:pw@127.0.0.1:1/none");
    const downApp = await buildApp({ ...t.ctx, database: down }, { docs: false });
    try {
      const res = await downApp.inject({ method: "GET", url: "/readyz" });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ ok: false, postgres: { ok: false }, redis: { ok: true } });
    } finally {
      await downApp.close();
      await down.close();
    }
  });
});
