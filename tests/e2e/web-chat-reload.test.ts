import { eq } from "drizzle-orm";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { residentIdentities } from "../../src/db/schema/index.js";
import { buildApp, type App } from "../../src/http/app.js";
import { queueResidentMessage } from "../../src/notify/queue-resident-message.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { waitFor } from "../support/wait-for.js";
import { startConsoleBrowser, type ConsoleBrowser } from "../support/console-browser.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
let base: string;
let ui: ConsoleBrowser;
let context: BrowserContext;

beforeAll(async () => {
  t = await createTestEnv({ clock });
  app = await buildApp(t.ctx, { docs: false });
  ui = await startConsoleBrowser(app);
  ({ base, context } = ui);
}, 120_000);

afterAll(async () => {
  await ui?.close();
  await t?.close();
});

describe("the resident's web chat page", () => {
  it("shows the conversation again after the page is reloaded, without repeating a reply", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 760 });
    await page.goto(`${base}/channels/web/`);
    await page.fill("#text", "西盛家园北门路灯坏了");
    // The bubble shows at once; the session exists once the message has been stored.
    const stored = page.waitForResponse(
      (r) => r.url().endsWith("/channels/web/messages") && r.request().method() === "POST",
    );
    await page.click("#send");
    expect((await stored).status()).toBe(200);
    await page.locator(".msg.me", { hasText: "西盛家园北门路灯坏了" }).waitFor();

    // The bot's answer, as intake would queue it for this session's resident.
    const sessionId = (await page.evaluate(
      'JSON.parse(localStorage.getItem("zt-web-session") || "{}").sessionId',
    )) as string;
    const identity = await waitFor(async () => {
      const [row] = await t.ctx.database.db
        .select()
        .from(residentIdentities)
        .where(eq(residentIdentities.address, sessionId));
      return row;
    });
    await t.ctx.database.db.transaction((tx) =>
      queueResidentMessage(tx, {
        residentId: identity.residentId,
        text: "已收到，请问是哪栋楼附近？",
        purpose: "reply",
        at: t.ctx.now(),
      }),
    );
    await page.locator(".msg.bot", { hasText: "已收到，请问是哪栋楼附近？" }).waitFor({ timeout: 15_000 });

    // After the reload the page restores the transcript, then polls: wait for a poll to come back,
    // so a reply shown twice (restored and polled) would be on screen.
    const polled = page.waitForResponse((r) => r.url().includes("/channels/web/messages?"));
    await page.reload();
    await page.locator(".msg.me", { hasText: "西盛家园北门路灯坏了" }).waitFor();
    await page.locator(".msg.bot", { hasText: "已收到，请问是哪栋楼附近？" }).waitFor();
    await polled;
    const texts = await page.locator("#log .msg").allTextContents();
    expect(texts.filter((x) => x === "已收到，请问是哪栋楼附近？")).toHaveLength(1);
    expect(texts.filter((x) => x === "西盛家园北门路灯坏了")).toHaveLength(1);
    await page.close();
  });
});
