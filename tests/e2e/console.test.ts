import { sql } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { ticketEvents } from "../../src/db/schema/index.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { seedTicket } from "../auth/staff-helpers.js";
import { startConsoleBrowser, type ConsoleBrowser } from "../support/console-browser.js";
import { createStaff } from "../support/staff-session.js";

// Wednesday 18 November 2026, 10:00 in Shanghai.
const clock = testClock("2026-11-18T02:00:00Z");
let t: TestEnv;
let app: App;
let base: string;
let ui: ConsoleBrowser;
let context: BrowserContext;
let red: { id: string; ref: string };
let other: { ref: string };

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { LOGIN_RATE_PER_MINUTE: "1000" } });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
  await createStaff(t, "xisheng1", "unit", "community.xisheng");
  // Dispatched on Monday at 10:00 and never accepted: 48 hours later it is red.
  red = await seedTicket(t, {
    unitId: "community.xisheng",
    createdAt: new Date("2026-11-16T01:55:00Z"),
    dispatchedAt: new Date("2026-11-16T02:00:00Z"),
    summary: "西盛家园3号楼暖气不热",
    phone: "13912345678",
    name: "王建国",
    conversationText: "西盛家园3号楼暖气不热，室温十四度，电话13912345678",
  });
  other = await seedTicket(t, {
    unitId: "community.luxi",
    community: "community.luxi",
    summary: "路西小区夜间施工噪音",
    category: "noise",
    phone: "13700001111",
  });
  ui = await startConsoleBrowser(app);
  ({ base, context } = ui);
}, 120_000);

afterAll(async () => {
  await ui?.close();
  await t?.close();
});

const signIn = (page: Page, username: string) => ui.signIn(page, username);

async function kpi(page: Page, label: string): Promise<string> {
  const card = page.locator(".kpi", {
    has: page.locator(".kpi-label", { hasText: new RegExp(`^${label}$`) }),
  });
  return (await card.locator(".kpi-value").textContent()) ?? "";
}

describe("the console in a real browser", () => {
  it("a unit worker signs in, sees the red-light ticket, accepts and resolves it, and the dashboard follows", async () => {
    const page = await context.newPage();
    await signIn(page, "xisheng1");

    await page.goto(`${base}/console/#/dashboard`);
    await page.waitForSelector("#kpis");
    expect(await kpi(page, "当前红灯")).toBe("1");
    expect(await kpi(page, "办结量")).toBe("0");
    expect(await page.locator("#safety").textContent()).toContain("本期没有工单经过安全确认提问");

    await page.goto(`${base}/console/#/inbox`);
    const row = page.locator(`tr[data-ref="${red.ref}"]`);
    await row.waitFor();
    expect(await row.locator(".badge.light-red").textContent()).toBe("红灯");
    // Another unit's ticket is not in this unit's inbox at all.
    expect(await page.locator(`tr[data-ref="${other.ref}"]`).count()).toBe(0);

    await row.click();
    await page.waitForSelector(".ticket-head");
    expect(await page.locator(".ticket-summary").textContent()).toBe("西盛家园3号楼暖气不热");
    expect(await page.locator(".chat .msg.in .bubble").textContent()).toContain("139****5678");

    await page.click('button[data-action="accept"]');
    await page.click("dialog button[type=submit]");
    await page.waitForSelector(".badge.status-accepted");

    await page.click('button[data-action="resolve"]');
    await page.fill('dialog textarea[name="reply"]', "已联系热力公司检修，3号楼暖气已恢复正常。");
    await page.click("dialog button[type=submit]");
    await page.waitForSelector(".badge.status-resolved");
    expect(await page.locator(".timeline").textContent()).toContain("已联系热力公司检修");

    await page.goto(`${base}/console/#/dashboard`);
    await page.waitForSelector("#kpis");
    expect(await kpi(page, "办结量")).toBe("1");
    expect(await kpi(page, "当前红灯")).toBe("0");
    // The ticket had been filed after an unanswered safety question: the dashboard's card counts it.
    await t.ctx.database.db.insert(ticketEvents).values({
      ticketId: red.id,
      at: new Date("2026-11-16T01:55:00Z"),
      actorType: "resident",
      action: "danger_check",
      data: { asked: true, answer: "unanswered", hazard: "fire", reason: "hint" },
    });
    await page.reload();
    const unanswered = page.locator("#safety tr", { hasText: "未回复，按加急登记" });
    await unanswered.waitFor();
    expect(await unanswered.locator("td.num").textContent()).toBe("1");
    await page.close();
  });

  it("a unit worker cannot open another unit's ticket by its URL", async () => {
    const page = await context.newPage();
    await page.goto(`${base}/console/#/ticket/${other.ref}`);
    await page.waitForSelector(".notice.error");
    expect(await page.locator(".notice.error").textContent()).toContain("没有找到该工单，或您无权查看");
    expect(await page.content()).not.toContain("路西小区夜间施工噪音");
    const api = await page.evaluate(async (ref) => (await fetch(`/api/v1/tickets/${ref}`)).status, other.ref);
    expect(api).toBe(404);
    await page.close();
  });

  it("phone numbers stay masked in the pages until a dispatcher reveals them with a reason, which is audited", async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, "disp1");
    await page.goto(`${base}/console/#/ticket/${red.ref}`);
    await page.waitForSelector(".reporters li");
    expect(await page.locator(".reporters").textContent()).toContain("139****5678");
    expect(await page.locator(".reporters").textContent()).toContain("王**");
    for (const view of [`#/ticket/${red.ref}`, "#/inbox", "#/dashboard"]) {
      await page.goto(`${base}/console/${view}`);
      await page.waitForSelector("main#view > :not(p.muted)");
      expect(await page.content()).not.toContain("13912345678");
    }
    await page.goto(`${base}/console/#/ticket/${red.ref}`);
    await page.click("#reveal");
    await page.fill('dialog input[name="reason"]', "回访核实办理情况");
    await page.click("dialog button[type=submit]");
    // (a locator, not waitForFunction: the console's CSP rightly forbids evaluating strings)
    await page.locator(".reporters", { hasText: "13912345678" }).waitFor();
    const rows = await t.ctx.database.db.execute(
      sql`SELECT data FROM audit_log WHERE action = 'ticket.reveal' AND ticket_id = ${red.id}`,
    );
    expect(rows.rows).toHaveLength(1);
    expect((rows.rows[0] as { data: { reason: string } }).data.reason).toBe("回访核实办理情况");
    await page.close();
  });
});
