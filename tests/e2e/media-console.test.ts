import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { seedTicket } from "../auth/staff-helpers.js";
import { startConsoleBrowser, type ConsoleBrowser } from "../support/console-browser.js";
import { as, createStaff, login } from "../support/staff-session.js";
import { jpegWithGps } from "../media/support/images.js";
import { waitFor } from "../support/wait-for.js";

/** A unit picks a fix photo in the console's resolve form; the ticket page then shows its thumbnail. */
const clock = testClock("2026-11-18T02:00:00Z");
let t: TestEnv;
let app: App;
let base: string;
let dir: string;
let photoFile: string;
let ui: ConsoleBrowser;
let context: BrowserContext;
let ticket: { ref: string };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "zt-media-console-"));
  photoFile = path.join(dir, "fix.jpg");
  await writeFile(photoFile, await jpegWithGps("#3399cc"));
  t = await createTestEnv({ clock, env: { LOGIN_RATE_PER_MINUTE: "1000", DATA_DIR: dir } });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "xisheng1", "unit", "community.xisheng");
  await createStaff(t, "water1", "unit", "utility.water");
  await createStaff(t, "disp1", "dispatcher");
  ticket = await seedTicket(t, { unitId: "community.xisheng", summary: "西盛家园3号楼暖气不热" });
  ui = await startConsoleBrowser(app, { defaultTimeoutMs: 10_000 });
  ({ base, context } = ui);
}, 120_000);

afterAll(async () => {
  await ui?.close();
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

/** One browser profile for several staff: each signs in from a clean slate. */
const signIn = (page: Page, username: string) => ui.signIn(page, username, { fresh: true });

describe("fix photos in the console", () => {
  it("a unit resolves with a photo and sees it as a thumbnail on the ticket page", async () => {
    const page = await context.newPage();
    await signIn(page, "xisheng1");
    await page.goto(`${base}/console/#/ticket/${ticket.ref}`);
    await page.waitForSelector(".ticket-head");
    expect(await page.locator("#ticket-media").count()).toBe(0);

    await page.click('button[data-action="accept"]');
    await page.click("dialog button[type=submit]");
    await page.waitForSelector(".badge.status-accepted");
    await page.click('button[data-action="resolve"]');
    await page.fill('dialog textarea[name="reply"]', "已更换暖气阀门，室温恢复。");
    await page.setInputFiles('dialog input[name="photos"]', photoFile);
    await page.click("dialog button[type=submit]");
    await page.waitForSelector(".badge.status-resolved");

    const img = page.locator("#ticket-media .photos img");
    await img.waitFor();
    expect(await page.locator("#ticket-media").textContent()).toContain("承办单位办理照片（第1轮）");
    // The thumbnail really loaded (same-origin, staff session), not a broken image.
    await waitFor(
      async () =>
        (await img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)) > 0 || null,
      10_000,
      "the thumbnail to load",
    );
    expect(await img.getAttribute("src")).toMatch(/\/api\/v1\/tickets\/.+\/media\/.+\?size=thumb$/);
    await page.close();
  });
});

describe("progress photos of an assisting unit", () => {
  it("the water company adds progress with a photo in the console; the lead sees its thumbnail in the timeline, on the console and on the phone", async () => {
    const joint = await seedTicket(t, { unitId: "community.xisheng", summary: "西盛家园5号楼门前水管漏水" });
    const lead = as(app, await login(app, "xisheng1"));
    const centre = as(app, await login(app, "disp1"));
    const ok = (r: { statusCode: number }) => expect(r.statusCode).toBe(200);
    ok(await lead({ method: "POST", url: `/api/v1/tickets/${joint.ref}/actions/accept`, payload: {} }));
    ok(
      await centre({
        method: "POST",
        url: `/api/v1/tickets/${joint.ref}/actions/add_assist`,
        payload: { unitId: "utility.water" },
      }),
    );
    const progressFile = path.join(dir, "progress.jpg");
    await writeFile(progressFile, await jpegWithGps("#cc6633"));

    const page = await context.newPage();
    await signIn(page, "water1");
    await page.goto(`${base}/console/#/ticket/${joint.ref}`);
    await page.waitForSelector(".ticket-head");
    await page.click('button[data-action="note"]');
    await page.fill('dialog textarea[name="text"]', "已关闭上游阀门，明早更换管道。");
    await page.setInputFiles('dialog input[name="photos"]', progressFile);
    await page.click("dialog button[type=submit]");
    await page.locator(".timeline", { hasText: "已关闭上游阀门" }).waitFor();
    await page.close();

    const loaded = async (p: Page, selector: string) => {
      const img = p.locator(selector).first();
      await img.waitFor();
      await waitFor(
        async () =>
          (await img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)) > 0 || null,
        10_000,
        "the progress thumbnail to load",
      );
      expect(await img.getAttribute("src")).toMatch(/\/api\/v1\/tickets\/.+\/media\/.+\?size=thumb$/);
    };
    const leadPage = await context.newPage();
    await signIn(leadPage, "xisheng1");
    await leadPage.goto(`${base}/console/#/ticket/${joint.ref}`);
    await leadPage.waitForSelector(".ticket-head");
    await loaded(leadPage, ".timeline li .photos img");
    expect(await leadPage.locator("#ticket-media").count()).toBe(0);
    await leadPage.goto(`${base}/m/tickets/${joint.ref}`);
    await leadPage.waitForSelector(".ticket-head");
    await loaded(leadPage, ".m-timeline li .m-photos img");
    // Shown under the note, not again among the residents' and fix photos.
    expect(await leadPage.locator("#m-photos").count()).toBe(0);

    // The lead adds its own progress photo from the phone.
    const siteFile = path.join(dir, "site.jpg");
    await writeFile(siteFile, await jpegWithGps("#33cc66"));
    await leadPage.click('button[data-action="note"]');
    await leadPage.fill('textarea[name="text"]', "社区已设置围挡。");
    await leadPage.setInputFiles('#m-dialog input[name="photos"]', siteFile);
    await leadPage.click("#m-submit");
    await leadPage.waitForSelector("dialog#m-dialog", { state: "hidden" });
    await leadPage
      .locator(".m-timeline li", { hasText: "社区已设置围挡" })
      .locator(".m-photos img")
      .waitFor();
    expect(await leadPage.locator(".m-timeline .m-photos img").count()).toBe(2);
    await leadPage.close();
  });
});
