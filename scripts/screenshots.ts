/**
 * `npm run screenshots`: PNGs of the console's main pages into ./screenshots (git-ignored), on a
 * laptop and a tablet viewport, and of the mobile ticket page on a phone. Starts a throw-away PostgreSQL and Redis, seeds a demo week with a
 * fixed clock (red, yellow and green lights, resolved and surveyed tickets, a recurring problem),
 * serves the app on a free port and drives Debian's chromium with playwright-core.
 */
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { buildApp } from "../src/http/app.js";
import { surveys, ticketReporters, tickets } from "../src/db/schema/index.js";
import { createContext } from "../src/runtime/create-context.js";
import { startEmbeddedPostgres } from "../src/runtime/embedded-postgres.js";
import { startEmbeddedRedis } from "../src/runtime/embedded-redis.js";
import { parseEnv } from "../src/runtime/env.schema.js";
import { createStaff, seedTicket, TEST_PASSWORD } from "../tests/auth/staff-helpers.js";
import { launchChromium } from "../tests/e2e/browser.js";
import { fileTicket } from "../tests/routing/helpers.js";
import { DutyRoster } from "../src/domain/duty-roster.schema.js";
import { alarmDutyContact } from "../src/routing/duty-alarm.js";
import type { TestEnv } from "../tests/support/test-context.js";

const OUT = path.resolve("screenshots");
const NOW = new Date("2026-11-19T06:30:00Z"); // Thursday 14:30 in Shanghai

async function main() {
  const root = await mkdtemp(path.join(os.tmpdir(), "zhitong-shots-"));
  await chmod(root, 0o755);
  const [pg, redis] = await Promise.all([
    startEmbeddedPostgres({ dir: path.join(root, "pg"), database: "postgres", ephemeral: true }),
    startEmbeddedRedis({ dir: path.join(root, "redis"), ephemeral: true }),
  ]);
  const env = parseEnv({ ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", QUEUE_PREFIX: "shots" });
  const ctx = await createContext(
    env,
    { databaseUrl: pg.url, redisUrl: redis.url },
    pino({ level: "silent" }),
    {
      now: () => NOW,
    },
  );
  const t = { ctx } as unknown as TestEnv;
  const app = await buildApp(ctx, { docs: false });
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    await seed(t);
    await app.listen({ port: 0, host: "127.0.0.1" });
    const addr = app.server.address();
    const base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
    await mkdir(OUT, { recursive: true });
    browser = await launchChromium();
    const page = await browser.context.newPage();
    const shot = async (name: string, wait: string) => {
      await page.waitForSelector(wait);
      await page.waitForTimeout(200);
      await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
      process.stdout.write(`  screenshots/${name}.png\n`);
    };
    await page.setViewportSize({ width: 1366, height: 860 });
    await page.goto(`${base}/console/login.html`);
    await shot("01-login", "#login-form");
    await page.fill("#username", "dispatcher");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button[type=submit]");
    await page.waitForURL(/\/console\/(#.*)?$/);
    await shot("02-inbox", "table.tickets");
    // The duty alarm banner (值班警报) the centre sees on every page until someone presses 确认.
    await shot("19-duty-alarm-banner", "#duty-banner li");
    const red = await page
      .locator("tr.light-row-red:not(.urgency-row-emergency)")
      .first()
      .getAttribute("data-ref");
    await page.goto(`${base}/console/#/ticket/${red}`);
    await shot("03-ticket", ".ticket-head");
    await page.click('button[data-action="redispatch"]');
    await shot("04-action-dialog", "dialog[open]");
    await page.keyboard.press("Escape");
    await page.goto(`${base}/console/#/triage`);
    await shot("05-triage", "main#view h2");
    await page.goto(`${base}/console/#/supervision`);
    await shot("06-supervision", "main#view h2");
    await page.goto(`${base}/console/#/dashboard`);
    await shot("07-dashboard", "#kpis");
    await page.goto(`${base}/console/#/dashboard?period=month`);
    await shot("08-dashboard-month", "#kpis");
    await page.goto(`${base}/console/#/report`);
    await shot("09-weekly-report", ".report");
    await page.emulateMedia({ media: "print" });
    await shot("10-weekly-report-print", ".report");
    await page.emulateMedia({ media: "screen" });
    // Tablet (iPad, portrait and landscape).
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${base}/console/#/inbox`);
    await shot("11-tablet-inbox", "table.tickets");
    await page.goto(`${base}/console/#/ticket/${red}`);
    await shot("12-tablet-ticket", ".ticket-head");
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${base}/console/#/dashboard`);
    await shot("13-tablet-dashboard", "#kpis");
    // A community worker's view.
    await browser.context.clearCookies();
    await page.setViewportSize({ width: 1366, height: 860 });
    await page.goto(`${base}/console/login.html`);
    await page.fill("#username", "xisheng");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button[type=submit]");
    await page.waitForURL(/\/console\/(#.*)?$/);
    await shot("14-unit-inbox", "table.tickets");
    await page.goto(`${base}/console/#/ticket/${red}`);
    await shot("15-unit-ticket", ".ticket-head");
    // The mobile page a WeCom card opens (the session here comes from the console sign-in; on a
    // phone it comes from WeCom OAuth), at a phone's viewport.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/m/`);
    await shot("16-mobile-list", ".m-list");
    await page.goto(`${base}/m/tickets/${red}`);
    await shot("17-mobile-ticket", ".ticket-head");
    await page.click('button[data-action="accept"]');
    await shot("18-mobile-action", "dialog[open]");
  } finally {
    await browser?.close();
    await app.close();
    await ctx.close();
    await Promise.all([pg.stop(), redis.stop()]);
    await rm(root, { recursive: true, force: true });
  }
}

const hours = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

async function seed(t: TestEnv) {
  const db = t.ctx.database.db;
  await createStaff(t, "dispatcher", "dispatcher");
  await createStaff(t, "xisheng", "unit", "community.xisheng");
  const heating = [
    ["西盛家园3号楼暖气不热", "13912345678", "王建国", 50],
    ["西盛家园5号楼暖气温度低", "13912340001", "李秀英", 30],
    ["西盛家园暖气片不热", "13912340002", "张伟", 20],
    ["西盛家园1号楼室温只有十五度", "13912340003", "刘洋", 8],
  ] as const;
  for (const [summary, phone, name, h] of heating)
    await seedTicket(t, {
      summary,
      phone,
      name,
      unitId: "community.xisheng",
      createdAt: hours(h + 0.2),
      dispatchedAt: hours(h),
      conversationText: `${summary}，家里老人冷得受不了，麻烦尽快处理。电话${phone}`,
    });
  await seedTicket(t, {
    summary: "路西小区楼上夜间跳绳噪音",
    category: "noise",
    community: "community.luxi",
    unitId: "community.luxi",
    phone: "13700001111",
    name: "赵敏",
    createdAt: hours(26),
    dispatchedAt: hours(25.5),
  });
  await seedTicket(t, {
    summary: "水库街井盖缺失",
    category: "municipal",
    community: "community.shuikujie",
    unitId: "dept.urban",
    phone: "13600002222",
    name: "孙丽",
    createdAt: hours(3),
    dispatchedAt: hours(2.5),
  });
  const triage = await seedTicket(t, {
    summary: "反映某处路灯不亮（地点不详）",
    category: "municipal",
    community: null,
    phone: "13500003333",
  });
  await db.update(tickets).set({ triage: true }).where(eq(tickets.id, triage.id));
  // Resolved and surveyed earlier in the week.
  const done = [
    ["海西苑垃圾清运不及时", "sanitation", "community.haixi", 70, "satisfied"],
    ["桃南一区路面坑洼", "municipal", "community.taonan", 60, "basically"],
    ["文庙社区楼道堆物", "property", "community.wenmiao", 55, "dissatisfied"],
    ["西盛花园外墙脱落", "property", "community.xisheng", 65, "satisfied"],
  ] as const;
  for (const [summary, category, unit, h, satisfaction] of done) {
    const row = await seedTicket(t, {
      summary,
      category,
      community: unit,
      unitId: unit,
      createdAt: hours(h + 1),
      dispatchedAt: hours(h),
      phone: `1390000${String(h).padStart(4, "0")}`,
    });
    await db
      .update(tickets)
      .set({
        status: "surveyed",
        acceptedAt: hours(h - 2),
        firstContactAt: hours(h - 0.3),
        resolvedAt: hours(h - 20),
      })
      .where(eq(tickets.id, row.id));
    const [rep] = await db
      .select({ residentId: ticketReporters.residentId })
      .from(ticketReporters)
      .where(eq(ticketReporters.ticketId, row.id));
    await db.insert(surveys).values({
      ticketId: row.id,
      residentId: rep!.residentId,
      round: 1,
      status: "answered",
      reporterChannel: "sms",
      deliveryChannel: "sms",
      unitId: unit,
      resolvedAt: hours(h - 20),
      answeredAt: hours(h - 18),
      resolved: satisfaction === "dissatisfied" ? "no" : "yes",
      satisfaction,
    });
  }
  const supervised = await seedTicket(t, {
    summary: "新城公寓电梯停运三天",
    category: "property",
    unitId: "community.xisheng",
    createdAt: hours(80),
    dispatchedAt: hours(79),
    phone: "13800004444",
  });
  await db.update(tickets).set({ supervised: true, tier: "major" }).where(eq(tickets.id, supervised.id));

  // An emergency no unit could take, alarmed to the officer on duty as the route worker does.
  t.ctx.config.duty = DutyRoster.parse({
    officers: [{ id: "li.qiang", name: "李强", phone: "13900009002" }],
    shifts: [
      {
        officer: "li.qiang",
        days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        from: "00:00",
        to: "24:00",
      },
    ],
  });
  const emergency = await fileTicket(
    t,
    {
      category: "other",
      urgency: "emergency",
      summary: "滨河路桥下有人落水",
      description: "滨河路桥下有人落水了，快来人",
      location: { community: null, text: "滨河路桥下" },
    },
    "13900000901",
  );
  await db.transaction(async (tx) => {
    await tx.update(tickets).set({ triage: true }).where(eq(tickets.id, emergency.id));
    const [row] = await tx.select().from(tickets).where(eq(tickets.id, emergency.id));
    await alarmDutyContact(tx, t.ctx, row!, "route-worker");
  });
}

main().catch((err) => {
  process.stderr.write(`screenshots failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
