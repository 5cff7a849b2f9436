import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { createSession } from "../../src/auth/sessions.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { as, createStaff, login, seedTicket, sessionCookie, TEST_PASSWORD } from "./staff-helpers.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;

async function auditRows(action: string) {
  const r = await t.ctx.database.db.execute(
    sql`SELECT staff_id, role, action, ticket_id, target_type, target_id, data FROM audit_log WHERE action = ${action} ORDER BY id`,
  );
  return r.rows as {
    staff_id: string | null;
    action: string;
    ticket_id: string | null;
    target_id: string | null;
    data: Record<string, unknown>;
  }[];
}

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: {
      LOGIN_MAX_FAILURES: "3",
      LOGIN_LOCK_MINUTES: "15",
      SESSION_IDLE_MINUTES: "30",
      SESSION_MAX_HOURS: "12",
      LOGIN_RATE_PER_MINUTE: "1000",
    },
  });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "admin1", "admin");
  await createStaff(t, "disp1", "dispatcher");
  await createStaff(t, "lead1", "leader");
  await createStaff(t, "xisheng1", "unit", "community.xisheng");
  await createStaff(t, "luxi1", "unit", "community.luxi");
  await createStaff(t, "qimashan1", "unit", "street.qimashan");
  await createStaff(t, "heat1", "unit", "utility.heating");
  await createStaff(t, "locky", "dispatcher");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("signing in and out", () => {
  it("stores passwords as argon2id hashes, never in clear", async () => {
    const r = await t.ctx.database.db.execute(
      sql`SELECT password_hash FROM staff_users WHERE username = 'disp1'`,
    );
    const hash = (r.rows[0] as { password_hash: string }).password_hash;
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain(TEST_PASSWORD);
  });

  it("signs in with an http-only, SameSite=Strict session cookie and answers /me", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "disp1", password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const c = res.cookies.find((x) => x.name === "zt_session")!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe("Strict");
    expect(c.path).toBe("/");
    expect(c.value.length).toBeGreaterThanOrEqual(40);
    const me = await app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { cookie: sessionCookie(res) },
    });
    expect(me.json()).toMatchObject({
      username: "disp1",
      role: "dispatcher",
      roleLabel: "指挥中心调度员",
      unitId: null,
    });
  });

  it("marks the cookie Secure when the console is reached over https through the trusted proxy", async () => {
    const proxied = await buildApp(
      { ...t.ctx, env: { ...t.ctx.env, TRUST_PROXY: ["127.0.0.1"] } },
      { docs: false },
    );
    try {
      const res = await proxied.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        headers: { "x-forwarded-proto": "https" },
        payload: { username: "disp1", password: TEST_PASSWORD },
      });
      expect(res.cookies.find((x) => x.name === "zt_session")!.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it("refuses a wrong password with 401 and records the failure in the audit log", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "disp1", password: "wrong-password-1" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("AUTH.INVALID_CREDENTIALS");
    expect(res.cookies.find((x) => x.name === "zt_session")).toBeUndefined();
    const rows = await auditRows("auth.login_failed");
    expect(rows.at(-1)!.data).toEqual({ reason: "bad_credentials" });
    expect(JSON.stringify(rows)).not.toContain("wrong-password-1");
  });

  it("answers an unknown username exactly like a wrong password", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "nobody", password: "x" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("AUTH.INVALID_CREDENTIALS");
  });

  it("makes the guessing address wait after three failures, even for the right password, never the account", async () => {
    for (let i = 0; i < 3; i++)
      await app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username: "locky", password: `guess-${i}` },
      });
    const throttled = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "locky", password: TEST_PASSWORD },
    });
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error.code).toBe("AUTH.THROTTLED");
    const elsewhere = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "locky", password: TEST_PASSWORD },
      remoteAddress: "192.0.2.77",
    });
    expect(elsewhere.statusCode).toBe(200);
    clock.advance(Number(throttled.headers["retry-after"]) * 1000);
    const ok = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "locky", password: TEST_PASSWORD },
    });
    expect(ok.statusCode).toBe(200);
  });

  it("logs out: the cookie stops working and the logout is audited", async () => {
    const cookie = await login(app, "disp1");
    const out = await app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const me = await app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe("AUTH.REQUIRED");
    expect((await auditRows("auth.logout")).length).toBeGreaterThanOrEqual(1);
  });

  it("ends a session left idle longer than the idle timeout", async () => {
    const cookie = await login(app, "disp1");
    clock.advance(20 * 60_000);
    expect((await app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } })).statusCode).toBe(
      200,
    );
    clock.advance(31 * 60_000);
    expect((await app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it("ends an active session at its absolute lifetime", async () => {
    const cookie = await login(app, "disp1");
    for (let i = 0; i < 25; i++) {
      clock.advance(29 * 60_000);
      const res = await app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } });
      if (i < 24) expect(res.statusCode).toBe(200);
      else expect(res.statusCode).toBe(401);
    }
  });

  it("deletes a user's sessions that have been dead for a week when they sign in again", async () => {
    await createStaff(t, "sweeper", "dispatcher");
    await login(app, "sweeper");
    await login(app, "sweeper");
    const n = async () =>
      (
        (
          await t.ctx.database.db.execute(
            sql`SELECT count(*)::int AS n FROM staff_sessions s JOIN staff_users u ON u.id = s.staff_id WHERE u.username = 'sweeper'`,
          )
        ).rows[0] as { n: number }
      ).n;
    expect(await n()).toBe(2);
    clock.advance(8 * 86_400_000);
    await login(app, "sweeper");
    expect(await n()).toBe(1);
  });

  it("accepts an API token as Authorization: Bearer for integrations", async () => {
    const r = await t.ctx.database.db.execute(sql`SELECT id FROM staff_users WHERE username = 'lead1'`);
    const { token } = await createSession(t.ctx.database.db, (r.rows[0] as { id: string }).id, clock.now(), {
      kind: "api",
      lifetimeMs: 86_400_000,
    });
    const res = await app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.json()).toMatchObject({ username: "lead1", role: "leader" });
    const bad = await app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { authorization: "Bearer nope" },
    });
    expect(bad.statusCode).toBe(401);
  });

  it("refuses every staff API call without a session", async () => {
    for (const url of ["/api/v1/tickets", "/api/v1/me", "/api/v1/inbox", "/api/v1/units"]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe("AUTH.REQUIRED");
    }
  });
});

describe("login rate limit", () => {
  it("answers 429 once one address has tried to sign in too often within a minute", async () => {
    const strict = await buildApp(
      { ...t.ctx, env: { ...t.ctx.env, LOGIN_RATE_PER_MINUTE: 3 } },
      { docs: false },
    );
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await strict.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { username: `user${i}`, password: "x" },
        });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await strict.close();
    }
  });
});

describe("who sees which tickets", () => {
  let xisheng: { id: string; ref: string };
  let luxi: { id: string; ref: string };
  let heating: { id: string; ref: string };

  beforeAll(async () => {
    xisheng = await seedTicket(t, {
      unitId: "community.xisheng",
      summary: "西盛暖气不热",
      conversationText: "暖气不热，电话13912345678",
    });
    luxi = await seedTicket(t, {
      unitId: "community.luxi",
      community: "community.luxi",
      summary: "路西噪音",
      phone: "13700001111",
      name: "李四",
    });
    heating = await seedTicket(t, { unitId: "utility.heating", summary: "热力管网漏水" });
  });

  const refsFor = async (user: string) => {
    const api = as(app, await login(app, user));
    const res = await api({ method: "GET", url: "/api/v1/tickets?limit=100" });
    return res
      .json()
      .items.map((x: { ref: string }) => x.ref)
      .sort();
  };

  it("shows a community's staff only their community's tickets", async () => {
    expect(await refsFor("xisheng1")).toEqual([xisheng.ref]);
    expect(await refsFor("luxi1")).toEqual([luxi.ref]);
  });

  it("shows a street's staff the tickets of its communities as well", async () => {
    expect(await refsFor("qimashan1")).toEqual([xisheng.ref, luxi.ref].sort());
  });

  it("shows a department or utility only its own tickets", async () => {
    expect(await refsFor("heat1")).toEqual([heating.ref]);
  });

  it("lets leaders and dispatchers read every ticket", async () => {
    for (const u of ["lead1", "disp1"])
      expect(await refsFor(u)).toEqual(expect.arrayContaining([xisheng.ref, luxi.ref, heating.ref]));
  });

  it("answers 404 when unit staff open another unit's ticket by its reference or id", async () => {
    const api = as(app, await login(app, "luxi1"));
    for (const key of [xisheng.ref, xisheng.id]) {
      for (const path of ["", "/lights", "/messages"]) {
        const res = await api({ method: "GET", url: `/api/v1/tickets/${key}${path}` });
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe("TICKET.NOT_FOUND");
      }
    }
  });

  it("keeps unit staff from filing tickets by hand (403)", async () => {
    const api = as(app, await login(app, "luxi1"));
    const res = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload: { category: "heating", summary: "x", description: "y", location: { text: "x" } },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("AUTH.FORBIDDEN");
  });

  it("scopes the inbox the same way and gives each ticket its light", async () => {
    const api = as(app, await login(app, "xisheng1"));
    const res = await api({ method: "GET", url: "/api/v1/inbox" });
    expect(res.json().items.map((x: { ref: string }) => x.ref)).toEqual([xisheng.ref]);
    expect(res.json().items[0].light).toBe("green");
  });
});

describe("personal data", () => {
  let ticket: { id: string; ref: string };
  beforeAll(async () => {
    ticket = await seedTicket(t, {
      unitId: "community.xisheng",
      summary: "西盛垃圾未清",
      phone: "13655556666",
      name: "赵小明",
      conversationText: "垃圾三天没人收了，有事打我电话13655556666",
    });
  });

  it("masks reporters' names and phones in the ticket for every role", async () => {
    for (const u of ["disp1", "xisheng1", "lead1"]) {
      const api = as(app, await login(app, u));
      const res = await api({ method: "GET", url: `/api/v1/tickets/${ticket.ref}` });
      expect(res.json().reporters[0]).toMatchObject({ name: "赵**", phone: "136****6666" });
      expect(res.body).not.toContain("13655556666");
    }
  });

  it("masks phone numbers typed into the conversation transcript", async () => {
    const api = as(app, await login(app, "xisheng1"));
    const res = await api({ method: "GET", url: `/api/v1/tickets/${ticket.ref}/messages` });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((m: { direction: string }) => m.direction)).toEqual(["in", "out"]);
    expect(res.json().items[0].text).toContain("136****6666");
    expect(res.body).not.toContain("13655556666");
  });

  it("reveals name and phone to a dispatcher who gives a reason, and audits it", async () => {
    const api = as(app, await login(app, "disp1"));
    const res = await api({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/reveal`,
      payload: { reason: "回访核实" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().reporters[0]).toMatchObject({ name: "赵小明", phone: "13655556666" });
    const rows = (await auditRows("ticket.reveal")).filter((r) => r.ticket_id === ticket.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.data).toMatchObject({ fields: ["name", "phone"], reason: "回访核实" });
    expect(JSON.stringify(rows)).not.toContain("13655556666");
  });

  it("reveals only the phone to the unit handling the ticket, and audits it", async () => {
    const api = as(app, await login(app, "xisheng1"));
    const res = await api({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/reveal`,
      payload: { reason: "联系群众" },
    });
    expect(res.json().reporters[0]).toMatchObject({ name: "赵**", phone: "13655556666" });
    const rows = (await auditRows("ticket.reveal")).filter((r) => r.ticket_id === ticket.id);
    expect(rows.at(-1)!.data).toMatchObject({ fields: ["phone"] });
  });

  it("refuses a reveal to a street that supervises but does not handle the ticket, to leaders, and without a reason", async () => {
    const street = as(app, await login(app, "qimashan1"));
    expect(
      (
        await street({
          method: "POST",
          url: `/api/v1/tickets/${ticket.ref}/reveal`,
          payload: { reason: "看看" },
        })
      ).statusCode,
    ).toBe(403);
    const leader = as(app, await login(app, "lead1"));
    expect(
      (
        await leader({
          method: "POST",
          url: `/api/v1/tickets/${ticket.ref}/reveal`,
          payload: { reason: "看看" },
        })
      ).statusCode,
    ).toBe(403);
    const other = as(app, await login(app, "luxi1"));
    expect(
      (
        await other({
          method: "POST",
          url: `/api/v1/tickets/${ticket.ref}/reveal`,
          payload: { reason: "看看" },
        })
      ).statusCode,
    ).toBe(404);
    const disp = as(app, await login(app, "disp1"));
    expect(
      (await disp({ method: "POST", url: `/api/v1/tickets/${ticket.ref}/reveal`, payload: {} })).statusCode,
    ).toBe(400);
  });

  it("audits staff writes such as filing a ticket by hand", async () => {
    const api = as(app, await login(app, "disp1"));
    const res = await api({
      method: "POST",
      url: "/api/v1/tickets",
      payload: {
        category: "heating",
        summary: "测试工单",
        description: "测试",
        location: { text: "西盛家园" },
      },
    });
    expect(res.statusCode).toBe(201);
    const rows = await auditRows("api.post /api/v1/tickets");
    expect(rows).toHaveLength(1);
  });
});
