import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { as, createStaff, login, seedTicket } from "../auth/staff-helpers.js";

const clock = testClock("2026-11-18T02:00:00Z"); // Wednesday 10:00 in Shanghai
let t: TestEnv;
let app: App;
let disp: ReturnType<typeof as>;

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { LOGIN_RATE_PER_MINUTE: "1000" } });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
  await createStaff(t, "xisheng1", "unit", "community.xisheng");
  disp = as(app, await login(app, "disp1"));
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("console API", () => {
  let red: { ref: string };
  beforeAll(async () => {
    // Dispatched Monday 10:00 and never accepted: 48 h later (Wednesday 10:00) the light is red.
    red = await seedTicket(t, {
      unitId: "community.xisheng",
      dispatchedAt: new Date("2026-11-16T02:00:00Z"),
      createdAt: new Date("2026-11-16T01:50:00Z"),
      summary: "西盛家园暖气不热",
    });
    await seedTicket(t, { unitId: "community.xisheng", summary: "西盛家园暖气不热（二）" });
    await seedTicket(t, { summary: "西盛家园暖气不热（三）", phone: "13811112222" });
  });

  it("shows a ticket unaccepted for 48 hours with a red light in the inbox", async () => {
    const res = await disp({ method: "GET", url: "/api/v1/inbox" });
    const item = res.json().items.find((x: { ref: string }) => x.ref === red.ref);
    expect(item.light).toBe("red");
    expect(item.overdue).toEqual(expect.arrayContaining(["acceptance", "first_contact"]));
  });

  it("gives the per-stage lights of one ticket", async () => {
    const res = await disp({ method: "GET", url: `/api/v1/tickets/${red.ref}/lights` });
    expect(res.json().light).toBe("red");
    expect(res.json().stages.map((s: { stage: string }) => s.stage)).toEqual([
      "acceptance",
      "first_contact",
      "resolution",
    ]);
  });

  it("counts the week's volume, red lights and the recurring problem of one compound", async () => {
    const res = await disp({ method: "GET", url: "/api/v1/reports/overview?period=week" });
    expect(res.statusCode).toBe(200);
    const o = res.json();
    expect(o.period.label).toBe("2026年第47周（11月16日—11月22日）");
    expect(o.totals).toMatchObject({ received: 3, red: 1, overdue: 1 });
    expect(o.series).toHaveLength(7);
    expect(o.series[0]).toEqual({ day: "2026-11-16", received: 1, closed: 0 });
    expect(o.clusters[0]).toMatchObject({
      communityId: "community.xisheng",
      category: "heating",
      tickets: 3,
      // Two of the three tickets came from one resident: reporters are people, not ticket rows.
      reporters: 2,
    });
    expect(o.ranking[0]).toMatchObject({ unitId: "community.xisheng", received: 2, late: 1 });
  });

  it("limits the dashboard of unit staff to their unit", async () => {
    const unit = as(app, await login(app, "xisheng1"));
    const o = (await unit({ method: "GET", url: "/api/v1/reports/overview?period=month" })).json();
    expect(o.totals.received).toBe(2);
    expect(o.ranking.map((r: { unitId: string }) => r.unitId)).toEqual(["community.xisheng"]);
  });

  it("exports the weekly report as CSV with a UTF-8 BOM and audits the export", async () => {
    const res = await disp({ method: "GET", url: "/api/v1/reports/weekly.csv?date=2026-11-18" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toContain("zhitong-weekly-2026-11-16.csv");
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("周通报,2026年第47周（11月16日—11月22日）");
    expect(lines).toContain(
      "排名,单位,受理量,办结量,办结率,超时件数,协办件数,按时率,响应率,解决率,满意率,综合得分",
    );
    expect(res.body).toContain("西盛社区");
    const audit = await t.ctx.database.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'report.export'`,
    );
    expect((audit.rows[0] as { n: number }).n).toBe(1);
  });

  it("serves the weekly report laid out by the server, the same tables the CSV exports", async () => {
    const res = await disp({ method: "GET", url: "/api/v1/reports/weekly?date=2026-11-18" });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.period.label).toBe("2026年第47周（11月16日—11月22日）");
    expect(r.summary).toMatch(/^本周共受理群众诉求 \d+ 件/);
    expect(r.ranking.columns).toContain("综合得分");
    const csv = (await disp({ method: "GET", url: "/api/v1/reports/weekly.csv?date=2026-11-18" })).body;
    expect(csv).toContain(r.ranking.columns.join(","));
    for (const row of r.ranking.rows) expect(csv).toContain(row.map((c: unknown) => c ?? "").join(","));
  });

  it("refuses the weekly report to unit staff and an impossible date to anyone", async () => {
    const unit = as(app, await login(app, "xisheng1"));
    expect((await unit({ method: "GET", url: "/api/v1/reports/weekly" })).statusCode).toBe(403);
    const bad = await disp({ method: "GET", url: "/api/v1/reports/weekly?date=2026-02-30" });
    expect(bad.statusCode).toBe(400);
    const rates = await disp({ method: "GET", url: "/api/v1/reports/rates?from=2026-02-30" });
    expect(rates.statusCode).toBe(400);
  });

  it("refuses the weekly export to unit staff", async () => {
    const unit = as(app, await login(app, "xisheng1"));
    expect((await unit({ method: "GET", url: "/api/v1/reports/weekly.csv" })).statusCode).toBe(403);
  });

  it("writes every staff action to the audit log as well as the ticket's timeline", async () => {
    const unit = as(app, await login(app, "xisheng1"));
    const res = await unit({ method: "POST", url: `/api/v1/tickets/${red.ref}/actions/accept`, payload: {} });
    expect(res.statusCode).toBe(200);
    const rows = await t.ctx.database.db.execute(
      sql`SELECT role, unit_id, target_id FROM audit_log WHERE action = 'ticket.action.accept'`,
    );
    expect(rows.rows).toEqual([{ role: "unit", unit_id: "community.xisheng", target_id: red.ref }]);
    const events = (await unit({ method: "GET", url: `/api/v1/tickets/${red.ref}` })).json().events;
    expect(events.map((e: { action: string }) => e.action)).toContain("accept");
  });

  it("serves the console pages and redirects / to them", async () => {
    const root = await app.inject({ method: "GET", url: "/" });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe("/console/");
    const page = await app.inject({ method: "GET", url: "/console/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(page.body).toContain('<html lang="zh-CN">');
    const js = await app.inject({ method: "GET", url: "/console/js/app.js" });
    expect(js.headers["content-type"]).toContain("javascript");
  });

  it("serves the server's labels, the only copy the console uses", async () => {
    const res = await disp({ method: "GET", url: "/api/v1/labels" });
    expect(res.statusCode).toBe(200);
    const l = res.json();
    expect(l.urgency).toEqual({ normal: "一般", urgent: "紧急", emergency: "特急" });
    expect(l.status.closed).toBe("已结案");
    expect(l.role.dispatcher).toBe("指挥中心调度员");
    expect(Object.keys(l)).toEqual(
      expect.arrayContaining(["tier", "kind", "action", "stage", "surveyStatus"]),
    );
    const anonymous = await app.inject({ method: "GET", url: "/api/v1/labels" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("sends the standard security headers on pages and API answers alike", async () => {
    for (const url of ["/console/", "/api/v1/me", "/healthz"]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.headers["x-content-type-options"], url).toBe("nosniff");
      expect(res.headers["x-frame-options"], url).toBe("SAMEORIGIN");
      expect(res.headers["referrer-policy"], url).toBe("same-origin");
    }
  });
});
