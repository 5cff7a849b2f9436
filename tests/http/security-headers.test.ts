import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { createTestEnv, type TestEnv } from "../support/test-context.js";

/*
 * Helmet's headers are computed once and given to every reply (src/http/security-headers.ts). They
 * must reach every kind of answer: a route's, a refusal, an error, an unknown path, a redirect.
 */
const EXPECTED = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "same-origin",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-frame-options": "SAMEORIGIN",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
};

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

describe("security headers", () => {
  it.each([
    ["a route's answer", "GET", "/healthz"],
    ["a refused login", "POST", "/api/v1/auth/login"],
    ["an unknown path", "GET", "/no-such-page"],
    ["a redirect", "GET", "/console"],
  ] as const)("are on %s", async (_name, method, url) => {
    const res = await app.inject({ method, url, ...(method === "POST" ? { payload: {} } : {}) });
    expect(res.headers).toMatchObject(EXPECTED);
    // One value each, never repeated by a second hook.
    for (const name of Object.keys(EXPECTED)) expect(typeof res.headers[name]).toBe("string");
  });

  it("leave the console page's own content security policy alone", async () => {
    const res = await app.inject({ method: "GET", url: "/console/" });
    expect(res.headers).toMatchObject(EXPECTED);
    expect(res.headers["content-security-policy"]).toContain("default-src");
  });
});
