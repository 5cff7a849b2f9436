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

const candidates = [
  { category: "sanitation", confidence: 0.31, evidence: ["垃圾", "堆放"] },
  { category: "municipal", confidence: 0.28, evidence: ["路边"] },
  { category: "construction", confidence: 0.17, evidence: ["建筑"] },
];

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { LOGIN_RATE_PER_MINUTE: "100" } });
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "disp", "dispatcher");
  await createStaff(t, "xisheng", "unit", "community.xisheng");
  dispatcher = as(app, await login(app, "disp"));
  unitUser = as(app, await login(app, "xisheng"));
});
afterAll(async () => {
  await app.close();
  await t.close();
});

let seq = 0;
async function unsureTicket(confidence = 0.31) {
  seq++;
  // Far apart in time, so duplicate detection never merges one test's ticket into another's.
  clock.advance(30 * 24 * 3600_000);
  // A month later the sessions have expired: sign in anew, as staff would.
  dispatcher = as(app, await login(app, "disp"));
  unitUser = as(app, await login(app, "xisheng"));
  const ticket = await fileTicket(
    t,
    {
      category: "sanitation",
      summary: `西盛路边建筑垃圾${seq}`,
      description: `西盛路边堆放了很多建筑垃圾${seq}`,
      location: { text: "西盛路", community: "community.xisheng" },
      confidence: { category: confidence },
      candidates,
    },
    `1390000${String(7000 + seq)}`,
  );
  const outcome = await routeTicket(t.ctx, { ticketId: ticket.id });
  return { ticket: await reload(t, ticket.id), outcome };
}

const corrections = (ticketId: string) =>
  rows<{
    from_category: string | null;
    to_category: string | null;
    to_unit_id: string | null;
    engine: string;
  }>(
    t,
    `SELECT from_category, to_category, to_unit_id, engine FROM intake_corrections WHERE ticket_id='${ticketId}' ORDER BY id`,
  );

describe("an unsure category waits for a dispatcher with the top three", () => {
  it("sends a low-confidence ticket to triage instead of a unit, saying why", async () => {
    const { ticket, outcome } = await unsureTicket();
    expect(ticket).toMatchObject({ triage: true, unitId: null, category: "sanitation" });
    expect(outcome.outcome).toBe("triage");
    const reasons = outcome.outcome === "triage" ? outcome.plan.reasons.map((r) => r.code) : [];
    expect(reasons).toContain("ROUTE.TRIAGE_LOW_CONFIDENCE");
  });

  it("routes a confident ticket straight to its unit", async () => {
    const { ticket } = await unsureTicket(0.9);
    expect(ticket).toMatchObject({ triage: false, unitId: "dept.urban", status: "dispatched" });
  });

  it("shows the candidates and their evidence in the ticket API", async () => {
    const { ticket } = await unsureTicket();
    const res = await dispatcher({ method: "GET", url: `/api/v1/tickets/${ticket.ref}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().categoryCandidates).toEqual(candidates);
  });

  it("files the ticket under the chosen candidate with one action and records the correction", async () => {
    const { ticket } = await unsureTicket();
    const res = await dispatcher({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/actions/redispatch`,
      payload: { category: "municipal" },
    });
    expect(res.statusCode).toBe(200);
    expect(await reload(t, ticket.id)).toMatchObject({
      category: "municipal",
      status: "dispatched",
      unitId: "dept.urban",
      triage: false,
    });
    expect(await corrections(ticket.id)).toEqual([
      { from_category: "sanitation", to_category: "municipal", to_unit_id: null, engine: "offline" },
    ]);
  });

  it("confirms the engine's own first choice without recording a correction", async () => {
    const { ticket } = await unsureTicket();
    const res = await dispatcher({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/actions/redispatch`,
      payload: { category: "sanitation" },
    });
    expect(res.statusCode).toBe(200);
    expect(await reload(t, ticket.id)).toMatchObject({ category: "sanitation", status: "dispatched" });
    expect(await corrections(ticket.id)).toEqual([]);
  });

  it("records a unit the dispatcher names by hand as a correction", async () => {
    const { ticket } = await unsureTicket(0.9);
    const res = await dispatcher({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/actions/redispatch`,
      payload: { unitId: "community.xisheng", reason: "属地社区先行处置" },
    });
    expect(res.statusCode).toBe(200);
    expect(await corrections(ticket.id)).toEqual([
      { from_category: null, to_category: null, to_unit_id: "community.xisheng", engine: "offline" },
    ]);
  });

  it("refuses an unknown category with 422 and changes nothing", async () => {
    const { ticket } = await unsureTicket();
    const res = await dispatcher({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/actions/redispatch`,
      payload: { category: "flying_saucers" },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe("CATEGORY.UNKNOWN");
    expect(await reload(t, ticket.id)).toMatchObject({
      category: "sanitation",
      triage: true,
      version: ticket.version,
    });
    expect(await corrections(ticket.id)).toEqual([]);
  });

  it("refuses a unit user choosing a category (the triage ticket is not theirs to see)", async () => {
    const { ticket } = await unsureTicket();
    const res = await unitUser({
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/actions/redispatch`,
      payload: { category: "municipal" },
    });
    expect(res.statusCode).toBe(404);
    expect(await reload(t, ticket.id)).toMatchObject({ category: "sanitation", triage: true });
    expect(await corrections(ticket.id)).toEqual([]);
  });

  it("keeps two simultaneous choices consistent: every success is one correction, the last one holds", async () => {
    const { ticket } = await unsureTicket();
    const choose = (category: string) =>
      dispatcher({
        method: "POST",
        url: `/api/v1/tickets/${ticket.ref}/actions/redispatch`,
        payload: { category },
      });
    const results = await Promise.all([choose("municipal"), choose("construction")]);
    // Either both ran one after the other (a dispatch, then a redispatch) or one lost the race (409).
    for (const r of results) expect([200, 409]).toContain(r.statusCode);
    const ok = results.filter((r) => r.statusCode === 200).length;
    expect(ok).toBeGreaterThanOrEqual(1);
    const rowsNow = await corrections(ticket.id);
    expect(rowsNow).toHaveLength(ok);
    expect((await reload(t, ticket.id)).category).toBe(rowsNow.at(-1)!.to_category);
  });

  it("routes the ticket again after a duplicate delivery of the route job without moving it", async () => {
    const { ticket } = await unsureTicket();
    const again = await routeTicket(t.ctx, { ticketId: ticket.id });
    expect(again.outcome).toBe("skipped");
    expect(await reload(t, ticket.id)).toMatchObject({ triage: true, version: ticket.version });
  });
});
