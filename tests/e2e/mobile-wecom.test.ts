import { createServer } from "node:net";
import { and, eq, sql } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, ticketEvents, tickets } from "../../src/db/schema/index.js";
import { buildApp, type App } from "../../src/http/app.js";
import { notifyWorkers } from "../../src/notify/notify.worker.js";
import { routeWorkerFactory } from "../../src/routing/route.worker.js";
import { seedTicket } from "../auth/staff-helpers.js";
import { startFakeServer } from "../channels/support/http-fake.js";
import { startFakeWecom, type FakeWecom } from "../notify/support/fake-wecom.js";
import { configDirWithWecom } from "../notify/support/wecom-config-dir.js";
import { eventually, fileTicket } from "../routing/helpers.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { startConsoleBrowser, type ConsoleBrowser } from "../support/console-browser.js";
import { createStaff } from "../support/staff-session.js";

const CORP = "ww0a1b2c3d4e5f6789";
const AGENT = 1000002;
const SECRET = "wecom-agent-secret-for-tests";
// Monday 23 November 2026, 10:00 in Shanghai.
const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;
let app: App;
let wecom: FakeWecom;
let sms: Awaited<ReturnType<typeof startFakeServer>>;
let ui: ConsoleBrowser;
let base: string;
let staffId: string;

/** A free port, so PUBLIC_BASE_URL (the OAuth redirect) can name the app before it listens. */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

beforeAll(async () => {
  wecom = await startFakeWecom({
    corpId: CORP,
    secret: SECRET,
    agentId: AGENT,
    members: ["ZhangWei", "Stranger"],
  });
  sms = await startFakeServer(() => ({ status: 200, body: { messageId: "sms-1" } }));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  t = await createTestEnv({
    clock,
    env: {
      CONFIG_DIR: await configDirWithWecom({ "community.xisheng": { users: ["ZhangWei"] } }),
      SMS_PROVIDER: "generic",
      GENERIC_SMS_SEND_URL: `${sms.url}/send`,
      GENERIC_SMS_SECRET: "unit-sms-gateway-secret",
      WECOM_CORP_ID: CORP,
      WECOM_AGENT_ID: String(AGENT),
      WECOM_AGENT_SECRET: SECRET,
      WECOM_API_BASE: wecom.url,
      WECOM_OAUTH_BASE: wecom.url,
      PUBLIC_BASE_URL: base,
      LOGIN_RATE_PER_MINUTE: "1000",
    },
    workers: [routeWorkerFactory, (c) => notifyWorkers(c)],
  });
  app = await buildApp(t.ctx, { docs: false });
  ui = await startConsoleBrowser(app, { port, defaultTimeoutMs: 10_000 });
  const staff = await createStaff(t, "xisheng-zw", "unit", "community.xisheng", {
    displayName: "张伟",
    wecomUserId: "ZhangWei",
  });
  staffId = staff.id;
}, 120_000);

afterAll(async () => {
  await ui?.close();
  await t?.close();
  await wecom?.close();
  await sms?.close();
});

async function submitDialog(page: Page) {
  await page.click("#m-submit");
  await page.waitForSelector("dialog#m-dialog", { state: "hidden" });
}

describe("a unit handles a ticket from its WeCom card on a phone", () => {
  it("dispatch → WeCom card → OAuth → accept, first contact, progress, resolve; the log names the worker", async () => {
    const ticket = await fileTicket(
      t,
      {
        summary: "西盛家园3号楼电梯坏了",
        location: { text: "西盛家园3号楼2单元" },
      },
      "13912345678",
    );
    t.ctx.relay.kick();
    const card = await eventually(
      () => wecom.state.delivered.find((c) => c.textcard.title === `新工单 ${ticket.ref}`),
      30_000,
      "the dispatch card in WeCom",
    );
    expect(card.touser).toBe("ZhangWei");
    expect(card.textcard.description).not.toContain("13912345678");

    // The worker taps the card on the phone where ZhangWei is signed in to WeCom.
    wecom.state.phoneUser = "ZhangWei";
    const page = await ui.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(card.textcard.url);
    // The #wechat_redirect fragment of WeCom's authorize URL rides along the redirects.
    await page.waitForURL((u) => u.pathname === `/m/tickets/${ticket.ref}` && u.origin === base);
    await page.waitForSelector(".ticket-head");
    expect(await page.locator(".ticket-summary").textContent()).toBe("西盛家园3号楼电梯坏了");
    expect(await page.locator(".ticket-place").textContent()).toBe("西盛家园3号楼2单元");
    expect(await page.locator("#m-user").textContent()).toContain("西盛社区");
    expect(await page.locator("main").textContent()).not.toMatch(/null|undefined/);
    // Phone-sized: nothing wider than the screen.
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    // The phone is masked until the worker asks for it, and the reveal is audited.
    expect(await page.locator("#m-reporters").textContent()).toContain("139****5678");

    await page.click('button[data-action="accept"]');
    await submitDialog(page);
    await page.waitForSelector('button[data-action="accept"]', { state: "detached" });

    await page.click("#m-reveal");
    await page.waitForSelector('a.m-tel[href="tel:13912345678"]');

    await page.click('button[data-action="first_contact"]');
    await page.selectOption('select[name="method"]', "phone");
    await page.fill('textarea[name="note"]', "已电话联系，约好明天上午查看");
    await submitDialog(page);
    // First contact may be recorded again later (a second call): the button stays; the row tells.
    await eventually(
      async () =>
        (await t.ctx.database.db.select().from(tickets).where(eq(tickets.id, ticket.id)))[0]!.firstContactAt,
      10_000,
      "the first contact recorded",
    );

    await page.click('button[data-action="note"]');
    await page.fill('textarea[name="text"]', "已通知物业联系电梯维保单位");
    await submitDialog(page);
    await page.locator(".timeline", { hasText: "电梯维保单位" }).waitFor();

    await page.click('button[data-action="resolve"]');
    await page.fill('textarea[name="reply"]', "电梯已由维保单位修复，恢复正常运行。");
    await submitDialog(page);
    await page.waitForSelector('button[data-action="resolve"]', { state: "detached" });
    await page.close();

    const [row] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row!.status).toBe("resolved");
    expect(row!.acceptedAt).not.toBeNull();
    expect(row!.firstContactAt).not.toBeNull();
    const events = await t.ctx.database.db
      .select()
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, ticket.id), eq(ticketEvents.actorId, staffId)));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["accept", "first_contact", "note", "resolve"]),
    );
    expect(events.every((e) => e.actorUnitId === "community.xisheng")).toBe(true);
    const reveals = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "ticket.reveal"), eq(auditLog.staffId, staffId)));
    expect(reveals).toHaveLength(1);
    const [{ n }] = (
      await t.ctx.database.db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login' AND data->>'method' = 'wecom'`,
      )
    ).rows as [{ n: number }];
    expect(n).toBe(1);
  });

  it("a signed-in worker opening another unit's ticket sees only that it is not theirs", async () => {
    const other = await seedTicket(t, {
      unitId: "community.luxi",
      community: "community.luxi",
      dispatchedAt: clock.now(),
      summary: "路西小区夜间施工噪音",
    });
    wecom.state.phoneUser = "ZhangWei";
    const page = await ui.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/m/login?to=${other.ref.replace("-", "")}`);
    await page.locator(".m-notice", { hasText: "没有找到该工单，或您无权查看" }).waitFor();
    expect(await page.content()).not.toContain("路西小区夜间施工噪音");
    // The unit's to-do list: its own ticket is resolved, the other unit's is not listed.
    await page.goto(`${base}/m/`);
    await page.locator("main", { hasText: "暂无待办工单" }).waitFor();
    expect(await page.locator("main").textContent()).not.toContain("null");
    expect(await page.locator(`[data-ref="${other.ref}"]`).count()).toBe(0);
    await page.close();
  });

  it("a WeCom member without an account who taps a card gets the refusal page and no session", async () => {
    const fresh = await ui.otherProfile();
    const page = await fresh.newPage();
    wecom.state.phoneUser = "Stranger";
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/m/login?to=inbox`);
    await page.locator("h1", { hasText: "未开通办理权限" }).waitFor();
    expect(await page.locator("body").textContent()).toContain("Stranger");
    const cookies = await fresh.cookies(base);
    expect(cookies.find((c) => c.name === "zt_session")).toBeUndefined();
    await page.close();
  });

  it("without a session the page offers WeCom sign-in, and shows nothing of the ticket", async () => {
    const page = await (await ui.otherProfile()).newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/m/tickets/ZT20261123-0001`);
    await page.waitForSelector("#m-signin");
    expect(await page.locator("main").textContent()).toContain("请先登录");
    await page.close();
  });
});
