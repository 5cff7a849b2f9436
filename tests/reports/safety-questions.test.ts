import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { ticketEvents } from "../../src/db/schema/index.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { as, createStaff, login, seedTicket } from "../auth/staff-helpers.js";

/*
 * The dashboard and the weekly report count the safety question: how many tickets were filed after
 * it, and what residents answered. Tickets and their `danger_check` events are real rows in
 * PostgreSQL; the figures come through the real HTTP API.
 */
const clock = testClock("2026-11-18T02:00:00Z"); // Wednesday 10:00 in Shanghai
let t: TestEnv;
let app: App;

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { LOGIN_RATE_PER_MINUTE: "1000" } });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp1", "dispatcher");
  await createStaff(t, "xisheng1", "unit", "community.xisheng");
  const at = new Date("2026-11-17T03:00:00Z"); // this week
  const lastWeek = new Date("2026-11-10T03:00:00Z");
  const checked = async (answer: string | null, unitId: string, when = at) => {
    const ticket = await seedTicket(t, { unitId, createdAt: when, summary: `安全确认${answer}` });
    await t.ctx.database.db.insert(ticketEvents).values({
      ticketId: ticket.id,
      at: when,
      actorType: "resident",
      action: "danger_check",
      data: { asked: true, answer, hazard: "fire", reason: "hint", askedAt: when.toISOString() },
    });
  };
  await checked("yes", "community.xisheng");
  await checked("yes", "community.luxi");
  await checked("no", "community.xisheng");
  await checked("other", "community.luxi");
  await checked("unanswered", "community.xisheng");
  await checked("unanswered", "community.luxi");
  // Null: an older draft whose resident went on without answering; counted with the other answers.
  await checked(null, "community.luxi");
  // Another week: not this week's.
  await checked("yes", "community.xisheng", lastWeek);
  // A ticket without the question is not counted.
  await seedTicket(t, { unitId: "community.xisheng", createdAt: at });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("safety-question figures", () => {
  it("counts the week's questions and answers for the centre", async () => {
    const disp = as(app, await login(app, "disp1"));
    const res = await disp({ method: "GET", url: "/api/v1/reports/overview?period=week" });
    expect(res.statusCode).toBe(200);
    expect(res.json().safety).toEqual({ asked: 7, yes: 2, no: 1, other: 2, unanswered: 2 });
    const last = await disp({ method: "GET", url: "/api/v1/reports/overview?period=week&date=2026-11-10" });
    expect(last.json().safety).toEqual({ asked: 1, yes: 1, no: 0, other: 0, unanswered: 0 });
  });

  it("limits a unit's figures to its own tickets", async () => {
    const unit = as(app, await login(app, "xisheng1"));
    const res = await unit({ method: "GET", url: "/api/v1/reports/overview?period=week" });
    expect(res.json().safety).toEqual({ asked: 3, yes: 1, no: 1, other: 0, unanswered: 1 });
  });

  it("prints them as the weekly report's last section in the CSV", async () => {
    const disp = as(app, await login(app, "disp1"));
    const res = await disp({ method: "GET", url: "/api/v1/reports/weekly.csv" });
    expect(res.statusCode).toBe(200);
    const lines = res.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    const at = lines.indexOf("安全确认提问");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 2]).toBe("7,2,1,2,2");
  });

  it("is all zero for a period without any, and an empty period is not an error", async () => {
    const disp = as(app, await login(app, "disp1"));
    const res = await disp({ method: "GET", url: "/api/v1/reports/overview?period=month&date=2026-01-05" });
    expect(res.statusCode).toBe(200);
    expect(res.json().safety).toEqual({ asked: 0, yes: 0, no: 0, other: 0, unanswered: 0 });
  });

  it("counts a ticket no unit holds yet for the centre only", async () => {
    const ticket = await seedTicket(t, { unitId: null, createdAt: new Date("2026-11-17T04:00:00Z") });
    await t.ctx.database.db.insert(ticketEvents).values({
      ticketId: ticket.id,
      at: new Date("2026-11-17T04:00:00Z"),
      actorType: "resident",
      action: "danger_check",
      data: { asked: true, answer: "no" },
    });
    const disp = as(app, await login(app, "disp1"));
    const centre = await disp({ method: "GET", url: "/api/v1/reports/overview?period=week" });
    expect(centre.json().safety).toEqual({ asked: 8, yes: 2, no: 2, other: 2, unanswered: 2 });
    const unit = as(app, await login(app, "xisheng1"));
    const own = await unit({ method: "GET", url: "/api/v1/reports/overview?period=week" });
    expect(own.json().safety).toEqual({ asked: 3, yes: 1, no: 1, other: 0, unanswered: 1 });
  });
});
