import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffUser, setStaffWecomUserId } from "../../src/auth/staff.repository.js";
import { auditLog } from "../../src/db/schema/index.js";
import { AppError } from "../../src/domain/app-error.js";
import { buildApp, type App } from "../../src/http/app.js";
import { createStaff, seedTicket, TEST_PASSWORD } from "../auth/staff-helpers.js";
import { startFakeWecom, type FakeWecom } from "../notify/support/fake-wecom.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

const CORP = "ww0a1b2c3d4e5f6789";
const AGENT = 1000002;
const SECRET = "wecom-agent-secret-for-tests";
const clock = testClock("2026-11-18T02:00:00Z");
let t: TestEnv;
let app: App;
let wecom: FakeWecom;
let mine: { id: string; ref: string };
let theirs: { id: string; ref: string };

beforeAll(async () => {
  wecom = await startFakeWecom({
    corpId: CORP,
    secret: SECRET,
    agentId: AGENT,
    members: ["ZhangWei", "Stranger", "Disabled1"],
  });
  t = await createTestEnv({
    clock,
    env: {
      WECOM_CORP_ID: CORP,
      WECOM_AGENT_ID: String(AGENT),
      WECOM_AGENT_SECRET: SECRET,
      WECOM_API_BASE: wecom.url,
      WECOM_OAUTH_BASE: wecom.url,
      PUBLIC_BASE_URL: "https://zhitong.example.gov.cn",
    },
  });
  app = await buildApp(t.ctx, { docs: false });
  await t.ctx.database.db.transaction((tx) =>
    createStaffUser(
      tx,
      t.ctx.config,
      {
        username: "xisheng-zw",
        role: "unit",
        unitId: "community.xisheng",
        password: TEST_PASSWORD,
        wecomUserId: "ZhangWei",
      },
      clock.now(),
    ),
  );
  await createStaff(t, "gone1", "unit", "community.xisheng");
  await setStaffWecomUserId(t.ctx.database.db, "gone1", "Disabled1", clock.now());
  await t.ctx.database.db.execute(
    // A disabled account does not sign in through WeCom either.
    sql`UPDATE staff_users SET disabled = true WHERE username = 'gone1'`,
  );
  mine = await seedTicket(t, {
    unitId: "community.xisheng",
    dispatchedAt: clock.now(),
    summary: "西盛家园3号楼暖气不热",
    locationText: "西盛家园3号楼2单元501室",
  });
  theirs = await seedTicket(t, {
    unitId: "community.luxi",
    community: "community.luxi",
    dispatchedAt: clock.now(),
    summary: "路西小区夜间施工噪音",
  });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await t?.close();
  await wecom?.close();
});

const target = (ref: string) => ref.replace("-", "");
const cookieOf = (res: { cookies: Array<{ name: string; value: string }> }) =>
  res.cookies.find((c) => c.name === "zt_session");

/** What the card's link does in a browser: /m/login (nonce cookie) → WeCom authorize → callback. */
async function startSignIn(to: string) {
  const res = await app.inject({ method: "GET", url: `/m/login?to=${to}` });
  expect(res.statusCode).toBe(302);
  const nonce = res.cookies.find((c) => c.name === "zt_wecom_oauth")!;
  const authorize = new URL(res.headers.location as string);
  return { nonce: nonce.value, state: authorize.searchParams.get("state")!, authorize, cookie: nonce };
}

/** The callback as WeCom's authorize page sends the browser back, with the browser's nonce cookie. */
async function callback(userId: string, to: string) {
  const s = await startSignIn(to);
  return app.inject({
    method: "GET",
    url: `/m/auth/wecom?code=${wecom.issueCode(userId)}&state=${s.state}`,
    cookies: { zt_wecom_oauth: s.nonce },
  });
}

describe("signing in on the mobile page with WeCom", () => {
  it("the card's link leads through WeCom's authorize page back to the callback", async () => {
    const s = await startSignIn(target(mine.ref));
    const to = s.authorize;
    expect(`${to.origin}${to.pathname}`).toBe(`${wecom.url}/connect/oauth2/authorize`);
    expect(to.searchParams.get("appid")).toBe(CORP);
    expect(to.searchParams.get("agentid")).toBe(String(AGENT));
    expect(to.searchParams.get("scope")).toBe("snsapi_base");
    expect(to.searchParams.get("redirect_uri")).toBe("https://zhitong.example.gov.cn/m/auth/wecom");
    expect(to.hash).toBe("#wechat_redirect");
    // WeCom allows only letters and digits in state: the target, then this browser's nonce.
    expect(s.state).toMatch(new RegExp(`^${target(mine.ref)}[0-9a-f]{32}$`));
    expect(s.state.endsWith(s.nonce)).toBe(true);
    expect(s.cookie.httpOnly).toBe(true);
    expect(s.cookie.sameSite).toBe("Lax");
  });

  it("a code brought to another browser (no nonce cookie, or another one) is refused and not spent", async () => {
    const s = await startSignIn(target(mine.ref));
    const code = wecom.issueCode("ZhangWei");
    const forged = await app.inject({ method: "GET", url: `/m/auth/wecom?code=${code}&state=${s.state}` });
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain("登录链接已过期");
    expect(cookieOf(forged)).toBeUndefined();
    const other = await app.inject({
      method: "GET",
      url: `/m/auth/wecom?code=${code}&state=${s.state}`,
      cookies: { zt_wecom_oauth: "0".repeat(32) },
    });
    expect(other.statusCode).toBe(400);
    // The code was never sent to WeCom, so the rightful browser can still use it.
    const own = await app.inject({
      method: "GET",
      url: `/m/auth/wecom?code=${code}&state=${s.state}`,
      cookies: { zt_wecom_oauth: s.nonce },
    });
    expect(own.statusCode).toBe(302);
  });

  it("a linked member gets the console's session and lands on the ticket; the sign-in is audited", async () => {
    const res = await callback("ZhangWei", target(mine.ref));
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(`/m/tickets/${mine.ref}`);
    const c = res.cookies.find((x) => x.name === "zt_session")!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe("Strict");
    const me = await app.inject({ method: "GET", url: "/api/v1/me", cookies: { zt_session: c.value } });
    expect(me.json()).toMatchObject({ username: "xisheng-zw", role: "unit", unitId: "community.xisheng" });
    const audits = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "auth.login")));
    expect(audits.some((a) => (a.data as { method?: string }).method === "wecom")).toBe(true);
  });

  it("userids are matched case-insensitively, as WeCom compares them", async () => {
    const res = await callback("zhangwei", "inbox");
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe("/m/");
  });

  it("through the session the member sees its unit's ticket (door kept for the handling unit), not another unit's", async () => {
    const res = await callback("ZhangWei", target(mine.ref));
    const cookies = { zt_session: cookieOf(res)!.value };
    const own = await app.inject({ method: "GET", url: `/api/v1/tickets/${mine.ref}`, cookies });
    expect(own.statusCode).toBe(200);
    expect(own.json().location.text).toBe("西盛家园3号楼2单元501室");
    const other = await app.inject({ method: "GET", url: `/api/v1/tickets/${theirs.ref}`, cookies });
    expect(other.statusCode).toBe(404);
  });

  it("a member without an account gets a Chinese refusal page and no session", async () => {
    const res = await callback("Stranger", target(mine.ref));
    expect(res.statusCode).toBe(403);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.body).toContain("尚未开通直通诉求办理权限");
    expect(res.body).not.toContain(mine.ref);
    expect(res.body).not.toContain("暖气");
    expect(cookieOf(res)).toBeUndefined();
    const failed = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "auth.login_failed"));
    expect(failed.some((a) => (a.data as { reason?: string }).reason === "unknown_wecom_user")).toBe(true);
  });

  it("a disabled account is refused like an unknown one", async () => {
    const res = await callback("Disabled1", "inbox");
    expect(res.statusCode).toBe(403);
    expect(cookieOf(res)).toBeUndefined();
  });

  it("someone who is not a member of the corp (openid only) is refused", async () => {
    const res = await callback("outsider", "inbox");
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain("只有本单位企业微信成员");
    expect(cookieOf(res)).toBeUndefined();
  });

  it("a used or made-up code (40029) is a 400 page saying to open the message again", async () => {
    const code = wecom.issueCode("ZhangWei");
    const use = async () => {
      const s = await startSignIn("inbox");
      return app.inject({
        method: "GET",
        url: `/m/auth/wecom?code=${code}&state=${s.state}`,
        cookies: { zt_wecom_oauth: s.nonce },
      });
    };
    expect((await use()).statusCode).toBe(302);
    const again = await use();
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain("登录已失效");
    expect(cookieOf(again)).toBeUndefined();
  });

  it("a callback without a code, or with a malformed one, is a 400 page", async () => {
    for (const url of ["/m/auth/wecom", "/m/auth/wecom?code=", "/m/auth/wecom?code=%3Cscript%3E"]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain("登录链接无效");
      expect(res.body).not.toContain("<script>");
    }
  });

  it("a target that is not a ticket never redirects elsewhere (no open redirect)", async () => {
    const s = await startSignIn(encodeURIComponent("//evil.example/x"));
    expect(s.state).toMatch(/^inbox[0-9a-f]{32}$/);
    const res = await callback("ZhangWei", "ZT2026x");
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe("/m/");
  });

  it("WeCom refusing the server (60020) is a 503 page, not a stack trace", async () => {
    wecom.state.ipBlocked = true;
    try {
      const res = await callback("ZhangWei", "inbox");
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain("暂时无法登录");
      expect(res.body).not.toContain("60020");
    } finally {
      wecom.state.ipBlocked = false;
    }
  });

  it("the page itself is served with the console's content security policy", async () => {
    const res = await app.inject({ method: "GET", url: `/m/tickets/${mine.ref}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("/m/assets/mobile.js");
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    const js = await app.inject({ method: "GET", url: "/m/assets/mobile.js" });
    expect(js.statusCode).toBe(200);
  });
});

describe("linking WeCom members to accounts", () => {
  it("a WeCom userid belongs to one account only, whatever its case", async () => {
    await expect(
      createStaffUser(
        t.ctx.database.db,
        t.ctx.config,
        {
          username: "copy1",
          role: "unit",
          unitId: "community.luxi",
          password: TEST_PASSWORD,
          wecomUserId: "ZHANGWEI",
        },
        clock.now(),
      ),
    ).rejects.toMatchObject({ code: "STAFF.WECOM_USERID_TAKEN" });
  });

  it("a malformed userid is refused and nothing is written", async () => {
    const err = await createStaffUser(
      t.ctx.database.db,
      t.ctx.config,
      {
        username: "bad1",
        role: "unit",
        unitId: "community.luxi",
        password: TEST_PASSWORD,
        wecomUserId: "张 伟",
      },
      clock.now(),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("STAFF.INVALID_WECOM_USERID");
    const rows = await t.ctx.database.db.execute(sql`SELECT 1 FROM staff_users WHERE username = 'bad1'`);
    expect(rows.rows).toHaveLength(0);
  });
});

describe("without the WeCom app configured", () => {
  it("the sign-in routes answer a plain 404 page", async () => {
    const bare = await createTestEnv({ clock });
    const bareApp = await buildApp(bare.ctx, { docs: false });
    try {
      const res = await bareApp.inject({ method: "GET", url: "/m/auth/wecom?code=X&state=inbox" });
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain("未启用企业微信登录");
    } finally {
      await bareApp.close();
      await bare.close();
    }
  });
});
