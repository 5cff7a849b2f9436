import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { startConsoleBrowser, type ConsoleBrowser } from "../support/console-browser.js";
import { createStaff } from "../support/staff-session.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { storeReceivedSms, waitFor } from "../intake/support/inbound.js";
import { FlakyIntake, messageState } from "../intake/support/parking.js";

const clock = testClock("2026-12-02T02:00:00Z");
let t: TestEnv;
let app: App;
let ui: ConsoleBrowser;
let intake: FlakyIntake;

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: {
      LOGIN_RATE_PER_MINUTE: "1000",
      INTAKE_RETRY_BASE_MS: "20",
      INTAKE_MAX_ATTEMPTS: "3",
      INTAKE_POLL_MS: "200",
    },
  });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "admin1", "admin");
  await createStaff(t, "disp1", "dispatcher");
  intake = new FlakyIntake(t);
  ui = await startConsoleBrowser(app);
}, 120_000);

afterAll(async () => {
  await intake?.stop();
  await ui?.close();
  await t?.close();
});

describe("the console's page of parked intake messages", () => {
  it("an admin sees a parked message without its text and hands it back; the worker answers it", async () => {
    const id = await storeReceivedSms(t.ctx, "13600001111", "西胜家园路灯不亮了");
    await intake.park([id]);
    intake.failing.clear();
    await intake.start();

    const page = await ui.openAs("admin1");
    page.on("dialog", (d) => void d.accept());
    await page.click('#nav a[data-view="parked"]');
    const row = page.locator(`#parked-messages tr[data-id="${id}"]`);
    await row.waitFor();
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("Error");
    expect(text).not.toContain("路灯");
    expect(await page.locator("#view").textContent()).not.toContain("13600001111");

    await row.locator('button[data-action="revive"]').click();
    await row.waitFor({ state: "detached" });
    await waitFor(async () => (await messageState(t, id)).status === "processed", 15_000, "answered");
    expect(await messageState(t, id)).toMatchObject({ replies: 1 });
    await page.close();
  });

  it("a dispatcher has no such page in the navigation", async () => {
    const page = await ui.openAs("disp1", { fresh: true });
    // The links stand in the page's HTML; the console removes those of other roles once it knows
    // who signed in, the same step that marks the body with the role.
    await page.locator('body[data-role="dispatcher"]').waitFor({ state: "attached" });
    expect(await page.locator('#nav a[data-view="parked"]').count()).toBe(0);
    await page.close();
  });

  it("shows no link kept for some roles until the console knows who signed in", async () => {
    const page = await ui.openAs("admin1", { fresh: true });
    // Hold the console's question "who am I?" unanswered: its links of other roles are not removed yet.
    await page.route("**/api/v1/me", () => undefined);
    await page.reload();
    await page.locator('#nav a[data-view="inbox"]').waitFor();
    expect(await page.locator('#nav a[data-view="parked"]').isVisible()).toBe(false);
    await page.unroute("**/api/v1/me");
    await page.close();
  });
});
