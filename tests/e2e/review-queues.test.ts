import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import { buildApp, type App } from "../../src/http/app.js";
import { performTicketAction } from "../../src/tickets/ticket-actions.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { seedTicket } from "../auth/staff-helpers.js";
import { startConsoleBrowser, type ConsoleBrowser } from "../support/console-browser.js";
import { createStaff } from "../support/staff-session.js";
import { countOf, reload } from "../routing/helpers.js";

// Monday 23 November 2026, 10:00 in Shanghai.
const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;
let app: App;
let base: string;
let ui: ConsoleBrowser;
let context: BrowserContext;
let unit: StaffPrincipal;

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { LOGIN_RATE_PER_MINUTE: "1000" } });
  t.ctx.config.jurisdiction.policy.review = { categories: ["property"], tiers: [], urgencies: [] };
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
  const u = await createStaff(t, "xisheng1", "unit", "community.xisheng");
  unit = { id: u.id, role: "unit", unitId: "community.xisheng" } as StaffPrincipal;
  ui = await startConsoleBrowser(app);
  ({ base, context } = ui);
}, 120_000);

afterAll(async () => {
  await ui?.close();
  await t?.close();
});

const signIn = (page: Page, username: string) => ui.signIn(page, username);

async function resolvedByUnit(summary: string, phone: string) {
  const ticket = await seedTicket(t, {
    unitId: "community.xisheng",
    dispatchedAt: clock.now(),
    summary,
    category: "property",
    phone,
  });
  await performTicketAction(t.ctx, unit, ticket.id, "accept", {});
  await performTicketAction(t.ctx, unit, ticket.id, "resolve", { reply: "已处理" });
  return ticket;
}

describe("the centre's review and return queues in a real browser", () => {
  it("a dispatcher returns a resolution with a reason, then approves the second one, and the survey follows", async () => {
    const ticket = await resolvedByUnit("西盛家园5号楼电梯故障", "13912340001");
    const page = await context.newPage();
    await signIn(page, "disp1");

    await page.click('#nav a[data-view="reviews"]');
    const row = page.locator(`#reviews-queue tr[data-ref="${ticket.ref}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain("答复：已处理");

    await row.locator('button[data-action="return_resolution"]').click();
    await page.fill('dialog textarea[name="reason"]', "请写明维修内容和恢复时间");
    await page.click("dialog button[type=submit]");
    await page.waitForSelector("#reviews-queue, .empty");
    await row.waitFor({ state: "detached" });
    expect((await reload(t, ticket.id)).status).toBe("accepted");
    expect(await countOf(t, `SELECT count(*)::int AS n FROM surveys WHERE ticket_id='${ticket.id}'`)).toBe(0);

    await performTicketAction(t.ctx, unit, ticket.id, "resolve", {
      reply: "已更换电梯控制板，5号楼电梯已恢复运行",
    });
    await page.reload();
    await row.waitFor();
    expect(await row.textContent()).toContain("已更换电梯控制板");
    await row.locator('button[data-action="approve_resolution"]').click();
    await row.waitFor({ state: "detached" });
    expect((await reload(t, ticket.id)).status).toBe("resolved");
    expect(await countOf(t, `SELECT count(*)::int AS n FROM surveys WHERE ticket_id='${ticket.id}'`)).toBe(1);

    // The timeline shows each step with its reason.
    await page.goto(`${base}/console/#/ticket/${ticket.ref}`);
    await page.waitForSelector(".timeline");
    const timeline = (await page.locator(".timeline").textContent()) ?? "";
    expect(timeline).toContain("审核退回");
    expect(timeline).toContain("请写明维修内容和恢复时间");
    expect(timeline).toContain("审核通过办结");
    await page.close();
  });

  it("a dispatcher refuses a unit's return request with a reason and the unit keeps the ticket", async () => {
    const ticket = await seedTicket(t, {
      unitId: "community.xisheng",
      dispatchedAt: clock.now(),
      summary: "西盛家园7号楼楼道堆物",
      category: "property",
      phone: "13912340002",
    });
    await performTicketAction(t.ctx, unit, ticket.id, "transfer_back", { reason: "该楼归鹿溪社区管理" });
    const page = await context.newPage();
    await page.goto(`${base}/console/#/returns`);
    const row = page.locator(`#returns-queue tr[data-ref="${ticket.ref}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain("退单理由：该楼归鹿溪社区管理");
    await row.locator('button[data-action="refuse_return"]').click();
    await page.fill('dialog textarea[name="reason"]', "经核实该楼由西盛社区管理");
    await page.click("dialog button[type=submit]");
    await row.waitFor({ state: "detached" });
    const after = await reload(t, ticket.id);
    expect(after).toMatchObject({
      unitId: "community.xisheng",
      status: "dispatched",
      returnRequestedAt: null,
    });
    await page.close();
  });

  it("an assisting unit sees the ticket tagged 协办 and may only add progress", async () => {
    const ticket = await seedTicket(t, {
      unitId: "community.xisheng",
      dispatchedAt: clock.now(),
      summary: "西盛家园9号楼水管爆裂",
      category: "property",
      phone: "13912340003",
    });
    await createStaff(t, "water1", "unit", "utility.water");
    const page = await context.newPage();
    // The dispatcher (still signed in) adds the water company on the ticket page.
    await page.goto(`${base}/console/#/ticket/${ticket.ref}`);
    await page.click('button[data-action="add_assist"]');
    await page.selectOption('dialog select[name="unitId"]', "utility.water");
    await page.click("dialog button[type=submit]");
    await page.locator(".facts", { hasText: "协办单位" }).waitFor();
    expect(await page.locator(".facts").first().textContent()).toContain("自来水公司");
    expect((await reload(t, ticket.id)).assistUnitIds).toEqual(["utility.water"]);
    await page.click("#logout");
    await page.waitForURL(/login\.html/);
    await signIn(page, "water1");
    const row = page.locator(`tr[data-ref="${ticket.ref}"]`);
    await row.waitFor();
    expect(await row.locator(".tag").allTextContents()).toContain("协办");
    await row.click();
    await page.waitForSelector("#actions button");
    expect(
      await page.locator("#actions button").evaluateAll((bs) => bs.map((b) => b.dataset.action)),
    ).toEqual(["note"]);
    await page.click('button[data-action="note"]');
    await page.fill('dialog textarea[name="text"]', "已关闭9号楼进水总阀");
    await page.click("dialog button[type=submit]");
    await page.locator(".timeline", { hasText: "已关闭9号楼进水总阀" }).waitFor();
    expect(await page.locator(".timeline").textContent()).toContain("自来水公司");
    await page.click("#logout");
    await page.waitForURL(/login\.html/);
    await page.close();
  });

  it("a unit worker sees neither queue", async () => {
    // The previous test signed out.
    const page = await context.newPage();
    await signIn(page, "xisheng1");
    await page.waitForSelector("#nav");
    // The nav is trimmed to the role once the session is known: wait for that, then look.
    await page.locator('#nav a[data-view="reviews"]').waitFor({ state: "detached", timeout: 15_000 });
    expect(await page.locator('#nav a[data-view="reviews"]').count()).toBe(0);
    expect(await page.locator('#nav a[data-view="returns"]').count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch("/api/v1/reviews")).status);
    expect(status).toBe(403);
    await page.close();
  });
});
