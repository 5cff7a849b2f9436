import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { runDigest } from "../../src/reports/daily-digest.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { evaluateTicket } from "../../src/sla/evaluate.js";
import { staffSessions } from "../support/staff-session.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, reload } from "../routing/helpers.js";

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;
let app: App;
const staff = staffSessions(
  () => t,
  () => app,
);

/** Real accounts and sessions: the access-control plugin sets req.staff from the session cookie. */
const signIn = staff.signIn;
const as = (user: string, opts: InjectOptions) => staff.inject(user, opts);

beforeAll(async () => {
  // The test clock jumps days ahead to light tickets up: keep the console sessions alive meanwhile.
  t = await createTestEnv({ clock, env: { SESSION_IDLE_MINUTES: "100000", SESSION_MAX_HOURS: "10000" } });
  app = await buildApp(t.ctx, { docs: false });
  await signIn("xisheng1", "unit", "community.xisheng");
  await signIn("xisheng2", "unit", "community.xisheng");
  await signIn("luxi1", "unit", "community.luxi");
  await signIn("disp1", "dispatcher");
  await signIn("boss1", "leader");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

let seq = 0;
/** A dispatched ticket; each about a different building, so none is merged as a duplicate. */
async function dispatched(phone: string, c: Parameters<typeof fileTicket>[1] = {}) {
  seq++;
  const ticket = await fileTicket(
    t,
    { summary: `西盛家园${seq}号楼电梯坏了`, description: `西盛家园${seq}号楼电梯坏了`, ...c },
    phone,
  );
  await routeTicket(t.ctx, { ticketId: ticket.id });
  return reload(t, ticket.id);
}

describe("staff API: ticket actions", () => {
  it("answers 401 AUTH.REQUIRED without a session and changes nothing", async () => {
    const ticket = await dispatched("13900001001");
    const res = await app.inject({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/actions/accept`,
      payload: {},
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("AUTH.REQUIRED");
    expect((await reload(t, ticket.id)).status).toBe("dispatched");
  });

  it("lets one of two unit staff accepting at once win and answers the other 409", async () => {
    const ticket = await dispatched("13900001002");
    const url = `/api/v1/tickets/${ticket.ref}/actions/accept`;
    const [a, b] = await Promise.all([
      as("xisheng1", { method: "POST", url, payload: {} }),
      as("xisheng2", { method: "POST", url, payload: {} }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(["TICKET.CONFLICT", "TICKET.INVALID_TRANSITION"]).toContain(loser.json().error.code);
    const winner = a.statusCode === 200 ? a : b;
    expect(winner.json()).toMatchObject({
      action: "accept",
      ticket: { status: "accepted", ref: ticket.ref },
    });
  });

  it("validates each action's body with a clear 400 and writes nothing", async () => {
    const ticket = await dispatched("13900001003");
    const res = await as("xisheng1", {
      method: "POST",
      url: `/api/v1/tickets/${ticket.id}/actions/request_extension`,
      payload: { days: 0 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("REQUEST.INVALID");
    expect((await reload(t, ticket.id)).version).toBe(ticket.version);
  });

  it("hides another unit's ticket (404) and lists the buttons of the holder", async () => {
    const ticket = await dispatched("13900001004");
    const other = await as("luxi1", {
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/actions/accept`,
      payload: {},
    });
    expect(other.statusCode).toBe(404);
    const buttons = await as("xisheng1", { method: "GET", url: `/api/v1/tickets/${ticket.ref}/actions` });
    expect(buttons.statusCode).toBe(200);
    expect(buttons.json()).toMatchObject({
      ref: ticket.ref,
      status: "dispatched",
      actions: ["accept", "first_contact", "note", "transfer_back"],
    });
  });

  it("shows red-light tickets in the supervision list and unplaceable ones in the triage queue", async () => {
    clock.set("2026-11-23T02:00:00Z");
    const late = await dispatched("13900001005", {
      summary: "西盛家园暖气漏水",
      description: "西盛家园50号楼暖气管漏水",
      category: "property",
    });
    clock.set("2026-11-25T03:00:00Z");
    await evaluateTicket(t.ctx, late.id);
    const sup = await as("boss1", { method: "GET", url: "/api/v1/supervision" });
    expect(sup.statusCode).toBe(200);
    const item = sup.json().items.find((i: { id: string }) => i.id === late.id);
    expect(item).toMatchObject({
      supervised: true,
      sla: { light: "red", overdue: ["acceptance", "first_contact"] },
    });
    // The unit sees its own supervised orders, a neighbour's are not in its list.
    const mine = await as("xisheng1", { method: "GET", url: "/api/v1/supervision" });
    expect(mine.json().items.map((i: { id: string }) => i.id)).toContain(late.id);
    const theirs = await as("luxi1", { method: "GET", url: "/api/v1/supervision" });
    expect(theirs.json().items).toEqual([]);

    const lost = await fileTicket(
      t,
      { location: { text: "不知道哪里", community: null }, summary: "路上有坑", description: "路上有坑" },
      "13900001006",
    );
    await routeTicket(t.ctx, { ticketId: lost.id });
    const triage = await as("disp1", { method: "GET", url: "/api/v1/triage" });
    expect(triage.json().items.map((i: { id: string }) => i.id)).toContain(lost.id);
    expect((await as("xisheng1", { method: "GET", url: "/api/v1/triage" })).statusCode).toBe(403);
    const send = await as("disp1", {
      method: "POST",
      url: `/api/v1/tickets/${lost.ref}/actions/redispatch`,
      payload: { unitId: "dept.urban" },
    });
    expect(send.statusCode).toBe(200);
    expect(send.json().ticket).toMatchObject({ status: "dispatched", unitId: "dept.urban", triage: false });
  });

  it("shows duplicate suggestions of a ticket to the centre", async () => {
    clock.set("2026-11-24T02:00:00Z");
    const a = await dispatched("13900001007", {
      category: "noise",
      summary: "海西社区广场舞噪音扰民",
      description: "海西社区广场每天晚上跳广场舞，音响声音太大，吵得睡不着。",
      location: { community: "community.haixi", text: "海西社区广场" },
    });
    clock.advance(60_000); // filed a minute later: only older tickets are candidates
    const b = await dispatched("13900001008", {
      category: "noise",
      summary: "广场舞音响太吵",
      description: "晚上海西社区广场跳舞的音响很吵，孩子没法写作业。",
      location: { community: "community.haixi", text: "海西社区广场" },
    });
    const res = await as("disp1", { method: "GET", url: `/api/v1/tickets/${b.ref}/duplicates` });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ ticketId: a.id, ref: a.ref, link: "suggested", direction: "older" }),
    ]);
    const fromA = await as("disp1", { method: "GET", url: `/api/v1/tickets/${a.ref}/duplicates` });
    expect(fromA.json().items[0]).toMatchObject({ ticketId: b.id, direction: "newer" });
  });

  it("serves the latest daily digest to the centre", async () => {
    const none = await as("disp1", { method: "GET", url: "/api/v1/digest/latest" });
    expect(none.statusCode).toBe(404);
    clock.set("2026-11-26T00:00:00Z");
    await runDigest(t.ctx);
    const res = await as("disp1", { method: "GET", url: "/api/v1/digest/latest" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ day: "20261126" });
    expect(res.json().overdueTickets.length).toBeGreaterThan(0);
    expect((await as("xisheng1", { method: "GET", url: "/api/v1/digest/latest" })).statusCode).toBe(403);
  });
});
