import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { EnvError, parseEnv } from "../../src/runtime/env.schema.js";
import { SMS_SECRETS, smsEnv } from "../channels/support/sms-http.js";
import { createTestEnv, type TestEnv } from "../support/test-context.js";

const ALIYUN_IP = "47.96.1.2";
const body =
  '[{"phone_number":"13800000001","content":"路灯坏了","send_time":"2026-11-21 10:00:00","sequence_id":"SEQ"}]';
const aliyun = (seq: string, remoteAddress: string, forwardedFor?: string) => ({
  method: "POST" as const,
  url: `/channels/sms/aliyun/${SMS_SECRETS.aliyunPath}`,
  payload: body.replace("SEQ", seq),
  remoteAddress,
  headers: {
    "content-type": "application/json",
    ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
  },
});
const badLogin = (remoteAddress: string, forwardedFor: string) => ({
  method: "POST" as const,
  url: "/api/v1/auth/login",
  payload: { username: "nobody", password: "wrong-password-1" },
  remoteAddress,
  headers: { "x-forwarded-for": forwardedFor },
});

async function auditIps(t: TestEnv): Promise<string[]> {
  const r = await t.ctx.database.db.execute(sql`SELECT ip FROM audit_log ORDER BY at`);
  return (r.rows as { ip: string }[]).map((x) => x.ip);
}

describe("TRUST_PROXY unset: the socket address is the client", () => {
  let t: TestEnv;
  let app: App;
  beforeAll(async () => {
    t = await createTestEnv({
      env: smsEnv({ ALIYUN_SMS_ALLOWED_IPS: "47.96.0.0/16", LOGIN_RATE_PER_MINUTE: "3" }),
    });
    app = await buildApp(t.ctx, { docs: false });
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it("refuses a forged X-Forwarded-For claiming an allowlisted Aliyun address", async () => {
    const res = await app.inject(aliyun("1", "203.0.113.9", ALIYUN_IP));
    expect(res.statusCode).toBe(403);
    expect(await t.ctx.database.db.execute(sql`SELECT 1 FROM messages`)).toMatchObject({ rows: [] });
  });

  it("keeps the login rate limit when the caller rotates X-Forwarded-For", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await app.inject(badLogin("203.0.113.7", `10.0.0.${i}`))).statusCode);
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes.slice(3)).toEqual([429, 429]);
  });

  it("writes the socket address, not the forged one, into the audit log", async () => {
    const ips = await auditIps(t);
    expect(ips.length).toBeGreaterThan(0);
    expect(new Set(ips)).toEqual(new Set(["203.0.113.7"]));
  });
});

describe("TRUST_PROXY names the proxy: its X-Forwarded-For is believed, nobody else's", () => {
  let t: TestEnv;
  let app: App;
  beforeAll(async () => {
    t = await createTestEnv({
      env: smsEnv({ ALIYUN_SMS_ALLOWED_IPS: "47.96.0.0/16", TRUST_PROXY: "10.1.0.0/16" }),
    });
    app = await buildApp(t.ctx, { docs: false });
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it("accepts Aliyun's address forwarded by the trusted proxy", async () => {
    const res = await app.inject(aliyun("2", "10.1.2.3", ALIYUN_IP));
    expect(res.statusCode).toBe(200);
  });

  it("refuses the same header from an address that is not the proxy", async () => {
    const res = await app.inject(aliyun("3", "203.0.113.9", ALIYUN_IP));
    expect(res.statusCode).toBe(403);
  });

  it("audits the forwarded client address only when the proxy sent it", async () => {
    await app.inject(badLogin("10.1.2.3", "198.51.100.20"));
    await app.inject(badLogin("203.0.113.8", "198.51.100.21"));
    expect(await auditIps(t)).toEqual(["198.51.100.20", "203.0.113.8"]);
  });
});

describe("TRUST_PROXY as a hop count", () => {
  let t: TestEnv;
  let app: App;
  beforeAll(async () => {
    t = await createTestEnv({ env: smsEnv({ TRUST_PROXY: "1" }) });
    app = await buildApp(t.ctx, { docs: false });
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it("believes only the address the nearest proxy added, not what the client wrote before it", async () => {
    await app.inject(badLogin("10.1.2.3", "6.6.6.6, 198.51.100.40"));
    expect(await auditIps(t)).toEqual(["198.51.100.40"]);
  });
});

describe("TRUST_PROXY validation", () => {
  const problems = (v: string) => {
    try {
      parseEnv({ TRUST_PROXY: v });
      return [];
    } catch (err) {
      if (err instanceof EnvError) return err.problems;
      throw err;
    }
  };
  it("accepts a hop count, addresses, CIDRs and the proxy-addr presets", () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: "10.0.0.1, 192.168.0.0/16,::1" }).TRUST_PROXY).toEqual([
      "10.0.0.1",
      "192.168.0.0/16",
      "::1",
    ]);
    expect(parseEnv({ TRUST_PROXY: "loopback" }).TRUST_PROXY).toEqual(["loopback"]);
  });
  it.each(["true", "yes", "10.0.0.300", "10.0.0.0/40", "-1"])("refuses %s, naming the key", (v) => {
    const p = problems(v);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^TRUST_PROXY: /);
  });
});
