import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { fileTicket, reload, rows } from "../routing/helpers.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
let dispatcher: ReturnType<typeof as>;
let unitUser: ReturnType<typeof as>;

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { LOGIN_RATE_PER_MINUTE: "100" } });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp", "dispatcher");
  await createStaff(t, "xisheng", "unit", "community.xisheng");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

let seq = 0;
/** A ticket the engine read as a question with little confidence, waiting in triage. */
async function unsureQuestion() {
  seq++;
  // Far apart in time, so duplicate detection never merges one test's ticket into another's.
  clock.advance(30 * 24 * 3600_000);
  dispatcher = as(app, await login(app, "disp"));
  unitUser = as(app, await login(app, "xisheng"));
  const ticket = await fileTicket(
    t,
    {
      kind: "consultation",
      category: "sanitation",
      summary: `西盛路边垃圾${seq}`,
      description: `请问西盛路边堆了一个月的垃圾${seq}归谁清理？`,
      location: { text: "西盛路", community: "community.xisheng" },
      confidence: { kind: 0.47, category: 0.3 },
    },
    `1390000${String(8000 + seq)}`,
  );
  await routeTicket(t.ctx, { ticketId: ticket.id });
  return reload(t, ticket.id);
}

const dispatchEvents = (ticketId: string) =>
  rows<{ data: { reasons?: { code: string; message: string }[] } }>(
    t,
    `SELECT data FROM ticket_events WHERE ticket_id='${ticketId}' AND action IN ('dispatch','redispatch') ORDER BY id`,
  );

const kindCorrections = (ticketId: string) =>
  rows<{ from_kind: string | null; to_kind: string | null; from_category: string | null; staff_id: string }>(
    t,
    `SELECT from_kind, to_kind, from_category, staff_id FROM intake_corrections WHERE ticket_id='${ticketId}' ORDER BY id`,
  );

describe("the dispatcher sees the engine's kind and its confidence, and can change it", () => {
  it("shows the kind with the engine's confidence in the ticket API", async () => {
    const ticket = await unsureQuestion();
    expect(ticket).toMatchObject({ triage: true, kind: "consultation" });
    const res = await dispatcher({ method: "GET", url: `/api/v1/tickets/${ticket.ref}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: "consultation", kindConfidence: 0.47 });
  });

  it("changes the kind while dispatching, and the event says what the engine had read", async () => {
    const ticket = await unsureQuestion();
    const res = await dispatcher({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/actions/redispatch`,
      payload: { kind: "complaint", category: "sanitation" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().ticket).toMatchObject({ kind: "complaint", status: "dispatched" });
    expect(await reload(t, ticket.id)).toMatchObject({
      kind: "complaint",
      status: "dispatched",
      triage: false,
    });
    const [event] = await dispatchEvents(ticket.id);
    expect(event!.data.reasons?.[0]).toEqual({
      code: "KIND.SET_BY_CENTRE",
      message: "指挥中心将诉求类型由咨询改为投诉",
    });
    // A labelled example for retraining: what the engine read and what the centre chose.
    expect(await kindCorrections(ticket.id)).toEqual([
      { from_kind: "consultation", to_kind: "complaint", from_category: null, staff_id: expect.any(String) },
    ]);
  });

  it("records a kind correction once when the same request arrives twice", async () => {
    const ticket = await unsureQuestion();
    const send = () =>
      dispatcher({
        method: "POST",
        url: `/api/v1/tickets/${ticket.ref}/actions/redispatch`,
        payload: { kind: "suggestion", category: "sanitation" },
      });
    expect((await send()).statusCode).toBe(200);
    // The second delivery finds the kind already chosen: whatever it answers, no second row.
    await send();
    expect(await reload(t, ticket.id)).toMatchObject({ kind: "suggestion" });
    expect(await kindCorrections(ticket.id)).toEqual([
      { from_kind: "consultation", to_kind: "suggestion", from_category: null, staff_id: expect.any(String) },
    ]);
  });

  it("records the kind and the category in one row when the dispatcher changes both", async () => {
    const ticket = await unsureQuestion();
    const res = await dispatcher({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/actions/redispatch`,
      payload: { kind: "complaint", category: "municipal" },
    });
    expect(res.statusCode).toBe(200);
    expect(await kindCorrections(ticket.id)).toEqual([
      {
        from_kind: "consultation",
        to_kind: "complaint",
        from_category: "sanitation",
        staff_id: expect.any(String),
      },
    ]);
  });

  it("records nothing about the kind when the dispatcher keeps it", async () => {
    const ticket = await unsureQuestion();
    const res = await dispatcher({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/actions/redispatch`,
      payload: { kind: "consultation", category: "sanitation" },
    });
    expect(res.statusCode).toBe(200);
    const [event] = await dispatchEvents(ticket.id);
    expect(event!.data.reasons?.map((r) => r.code)).not.toContain("KIND.SET_BY_CENTRE");
    expect(await kindCorrections(ticket.id)).toEqual([]);
  });

  it("refuses a kind that does not exist with 400 and changes nothing", async () => {
    const ticket = await unsureQuestion();
    const res = await dispatcher({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/actions/redispatch`,
      payload: { kind: "rant", category: "sanitation" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("REQUEST.INVALID");
    expect(res.json().error.message).toMatch(/kind/);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    expect(await reload(t, ticket.id)).toMatchObject({ kind: "consultation", version: ticket.version });
    expect(await kindCorrections(ticket.id)).toEqual([]);
  });

  it("refuses a kind change with an unknown category with 422 and records nothing", async () => {
    const ticket = await unsureQuestion();
    const res = await dispatcher({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/actions/redispatch`,
      payload: { kind: "complaint", category: "flying_saucers" },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe("CATEGORY.UNKNOWN");
    expect(await reload(t, ticket.id)).toMatchObject({ kind: "consultation", version: ticket.version });
    expect(await kindCorrections(ticket.id)).toEqual([]);
  });

  it("does not let a unit user change the kind of a ticket in triage", async () => {
    const ticket = await unsureQuestion();
    const res = await unitUser({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/actions/redispatch`,
      payload: { kind: "complaint" },
    });
    expect(res.statusCode).toBe(404);
    expect(await reload(t, ticket.id)).toMatchObject({ kind: "consultation", version: ticket.version });
    expect(await kindCorrections(ticket.id)).toEqual([]);
  });
});
