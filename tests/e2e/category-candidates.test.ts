import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { startConsoleBrowser, type ConsoleBrowser } from "../support/console-browser.js";
import { createStaff } from "../support/staff-session.js";
import { fileTicket, reload } from "../routing/helpers.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

const clock = testClock("2026-11-18T02:00:00Z");
let t: TestEnv;
let app: App;
let ui: ConsoleBrowser;
let ticket: { id: string; ref: string };

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { LOGIN_RATE_PER_MINUTE: "1000" } });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
  // What the offline engine files when it hesitates between three categories.
  ticket = await fileTicket(t, {
    // Unsure of the kind as well: read as a question with little confidence.
    kind: "consultation",
    category: "sanitation",
    summary: "西盛路边堆了建筑垃圾",
    description: "西盛路边堆了很多建筑垃圾和碎砖头",
    location: { text: "西盛路", community: "community.xisheng" },
    confidence: { category: 0.34, kind: 0.47 },
    candidates: [
      { category: "sanitation", confidence: 0.34, evidence: ["垃圾", "堆了"] },
      { category: "construction", confidence: 0.31, evidence: ["建筑", "碎砖头"] },
      { category: "municipal", confidence: 0.12, evidence: ["路边"] },
    ],
  });
  await routeTicket(t.ctx, { ticketId: ticket.id });
  ui = await startConsoleBrowser(app);
}, 120_000);

afterAll(async () => {
  await ui?.close();
  await t?.close();
});

describe("choosing a category from the engine's candidates in the console", () => {
  it("shows the top three with their evidence and files the ticket with one click, kind corrected", async () => {
    expect(await reload(t, ticket.id)).toMatchObject({ triage: true, unitId: null });
    const page = await ui.openAs("disp1");

    await page.goto(`${ui.base}/console/#/ticket/${ticket.ref}`);
    const box = page.locator("#category-candidates");
    await box.waitFor();
    expect(await box.locator("li").count()).toBe(3);
    const construction = box.locator('li[data-category="construction"]');
    expect(await construction.textContent()).toContain("建设施工");
    expect(await construction.textContent()).toContain("31%");
    expect(await construction.textContent()).toContain("依据：建筑、碎砖头");

    // The kind the engine was unsure of says so, and the dispatcher corrects it in the same click.
    expect(await page.locator("dl").first().textContent()).toContain("咨询（系统把握 47%，请核对）");
    await box.locator("#kind-choice").selectOption("complaint");
    await construction.locator("button").click();
    await page.waitForSelector(".badge.status-dispatched");
    expect(await reload(t, ticket.id)).toMatchObject({
      kind: "complaint",
      category: "construction",
      unitId: "dept.housing",
      triage: false,
    });
    const rows = await t.ctx.database.db.execute(
      sql`SELECT from_category, to_category FROM intake_corrections WHERE ticket_id = ${ticket.id}`,
    );
    expect(rows.rows).toEqual([{ from_category: "sanitation", to_category: "construction" }]);
    await page.close();
  });
});
