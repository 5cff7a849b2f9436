import { eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tickets } from "../../src/db/schema/index.js";
import { buildApp, type App } from "../../src/http/app.js";
import { alarmDutyContact } from "../../src/routing/duty-alarm.js";
import { sweepLights } from "../../src/sla/evaluate.js";
import { DutyRoster } from "../../src/domain/duty-roster.schema.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { seedTicket } from "../auth/staff-helpers.js";
import { startConsoleBrowser, type ConsoleBrowser } from "../support/console-browser.js";
import { createStaff } from "../support/staff-session.js";
import { fileTicket } from "../routing/helpers.js";

// Wednesday 18 November 2026, 10:00 in Shanghai.
const clock = testClock("2026-11-18T02:00:00Z");
let t: TestEnv;
let app: App;
let base: string;
let ui: ConsoleBrowser;
let context: BrowserContext;
let emergency: { id: string; ref: string };
let red: { id: string; ref: string };
let closed: { id: string; ref: string };

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { LOGIN_RATE_PER_MINUTE: "1000" } });
  t.ctx.config.duty = DutyRoster.parse({
    officers: [{ id: "li", name: "李强", phone: "13900009002" }],
    shifts: [
      { officer: "li", days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "00:00", to: "24:00" },
    ],
  });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
  await createStaff(t, "disp2", "dispatcher");
  await createStaff(t, "xisheng1", "unit", "community.xisheng");

  // An emergency no unit can take, alarmed as the route worker does.
  emergency = await fileTicket(
    t,
    {
      category: "other",
      urgency: "emergency",
      summary: "河边有人落水",
      description: "河边有人落水了",
      location: { community: null, text: "滨河路桥下" },
    },
    "13900000901",
  );
  await t.ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.select().from(tickets).where(eq(tickets.id, emergency.id));
    await tx.update(tickets).set({ triage: true }).where(eq(tickets.id, emergency.id));
    await alarmDutyContact(tx, t.ctx, row!, "route-worker");
  });
  // Dispatched on Monday and never accepted: the sweep writes its light events (timeline labels).
  red = await seedTicket(t, {
    unitId: "community.xisheng",
    createdAt: new Date("2026-11-16T01:55:00Z"),
    dispatchedAt: new Date("2026-11-16T02:00:00Z"),
    summary: "西盛家园3号楼暖气不热",
  });
  await sweepLights(t.ctx);
  closed = await seedTicket(t, {
    unitId: "community.xisheng",
    dispatchedAt: new Date("2026-11-17T02:00:00Z"),
    summary: "西盛家园垃圾已清运",
  });
  await t.ctx.database.db
    .update(tickets)
    .set({ status: "closed", closedAt: clock.now() })
    .where(eq(tickets.id, closed.id));

  ui = await startConsoleBrowser(app);
  ({ base, context } = ui);
}, 120_000);

afterAll(async () => {
  await ui?.close();
  await t?.close();
});

/** Straight to the login page: the first profile signs in again while its session lives. */
const signIn = (page: Page, username: string) => ui.signIn(page, username, { direct: true });

/** The visible text of the page, for "no raw keys, no null" checks. */
const visibleText = (page: Page) => page.locator("body").innerText();

describe("the duty alarm banner and the console's labels in a real browser", () => {
  it("shows the alarm to a dispatcher on every page until 确认, then to nobody", async () => {
    const page = await context.newPage();
    await signIn(page, "disp1");
    const banner = page.locator("#duty-banner");
    await banner.locator(`li:has-text("${emergency.ref}")`).waitFor();
    const text = (await banner.textContent()) ?? "";
    expect(text).toContain("值班警报（1）");
    expect(text).toContain("河边有人落水");
    expect(text).toContain("特急事项无法派单");
    expect(text).toContain("李强");
    for (const hash of ["#/dashboard", "#/supervision", `#/ticket/${red.ref}`]) {
      await page.goto(`${base}/console/${hash}`);
      await page.waitForSelector("#view h2, #view .ticket-head");
      expect(await banner.isVisible()).toBe(true);
    }

    await banner.locator("button", { hasText: "确认" }).click();
    await banner.waitFor({ state: "hidden" });

    // Another dispatcher, signed in afresh, sees no banner; the ticket's timeline records who confirmed.
    const page2 = await (await ui.otherProfile()).newPage();
    await signIn(page2, "disp2");
    await page2.goto(`${base}/console/#/ticket/${emergency.ref}`);
    await page2.waitForSelector(".timeline");
    const timeline = (await page2.locator(".timeline").textContent()) ?? "";
    expect(timeline).toContain("值班警报");
    expect(timeline).toContain("确认值班警报");
    expect(await page2.locator("#duty-banner").isVisible()).toBe(false);
    await page.close();
    await page2.close();
  });

  it("shows no banner to unit staff", async () => {
    const page = await (await ui.otherProfile()).newPage();
    await signIn(page, "xisheng1");
    await page.waitForSelector("#view h2");
    expect(await page.locator("#duty-banner").isVisible()).toBe(false);
    await page.close();
  });

  it("writes every timeline entry in Chinese and no stray null or undefined on any page", async () => {
    const page = await context.newPage();
    await signIn(page, "disp1");
    await page.goto(`${base}/console/#/ticket/${red.ref}`);
    await page.waitForSelector(".timeline li");
    const timeline = (await page.locator(".timeline").textContent()) ?? "";
    expect(timeline).toContain("红黄灯预警");
    expect(timeline).not.toMatch(
      /\b(light|escalate|create|dispatch|triage|duty_alarm|survey_recorded|reopen)\b/,
    );
    for (const hash of [
      "#/inbox",
      "#/triage",
      "#/supervision",
      "#/dashboard",
      "#/report",
      `#/ticket/${red.ref}`,
      `#/ticket/${emergency.ref}`,
      `#/ticket/${closed.ref}`,
    ]) {
      await page.goto(`${base}/console/${hash}`);
      await page.waitForSelector("#view h2, #view .ticket-head");
      await page.waitForLoadState("networkidle");
      const text = await visibleText(page);
      expect(text, hash).not.toMatch(/\bnull\b|\bundefined\b|NaN/);
    }
    await page.close();
  });

  it("shows urgency as a column and a badge, red first in 督办, and no light on a closed ticket", async () => {
    const page = await context.newPage();
    await signIn(page, "disp1");
    await page.goto(`${base}/console/#/inbox`);
    await page.locator(`tr[data-ref="${emergency.ref}"]`).waitFor();
    const headers = await page.locator("table.tickets th").allTextContents();
    expect(headers).toContain("紧急程度");
    const row = page.locator(`tr[data-ref="${emergency.ref}"]`);
    expect(await row.locator("td.urgency-cell").textContent()).toBe("特急");
    expect(await row.locator(".badge.urgency-emergency").textContent()).toBe("特急");
    // Filtering by urgency leaves only the emergency.
    await page.selectOption('select[name="urgency"]', "emergency");
    await page.click("form.filters button[type=submit]");
    await page.waitForURL(/urgency=emergency/);
    await page.locator(`tr[data-ref="${red.ref}"]`).waitFor({ state: "detached" });
    // The filtered list has been drawn (not the "加载中…" in between).
    await page.locator(`tr[data-ref="${emergency.ref}"]`).waitFor();
    expect(await page.locator("table.tickets tbody tr").count()).toBe(1);
    await page.goto(`${base}/console/#/inbox`);
    const closedRow = page.locator(`tr[data-ref="${closed.ref}"]`);
    await closedRow.waitFor();
    expect(await closedRow.locator("[class*=light-]").count()).toBe(0);

    await page.goto(`${base}/console/#/supervision`);
    await page.locator(`tr[data-ref="${red.ref}"]`).waitFor();
    const first = page.locator("table.tickets tbody tr").first();
    expect(await first.getAttribute("data-ref")).toBe(red.ref);
    expect(await first.locator(".badge.light-red").count()).toBe(1);

    const favicon = await page.evaluate(async () => (await fetch("/console/favicon.svg")).status);
    expect(favicon).toBe(200);
    expect(await page.locator('link[rel="icon"]').getAttribute("href")).toBe("/console/favicon.svg");
    await page.close();
  });
});
