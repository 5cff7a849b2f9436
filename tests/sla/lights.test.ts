import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { evaluateTicket } from "../../src/sla/evaluate.js";
import { performTicketAction } from "../../src/tickets/ticket-actions.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, reload, rows } from "../routing/helpers.js";

const START = "2026-11-23T02:00:00Z"; // Monday 10:00 in Shanghai
const clock = testClock(START);
let t: TestEnv;
const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (ms: number) => new Date(new Date(START).getTime() + ms).toISOString();

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

async function notificationsOf(ticketId: string) {
  return rows<{ unit_id: string; purpose: string; text: string }>(
    t,
    `SELECT unit_id, purpose, text FROM notifications WHERE ticket_id='${ticketId}' AND purpose<>'dispatch' ORDER BY id`,
  );
}
async function lightEvents(ticketId: string) {
  return rows<{ data: { stage: string; light: string; notified: string[] } }>(
    t,
    `SELECT data FROM ticket_events WHERE ticket_id='${ticketId}' AND action='light' ORDER BY id`,
  );
}

describe("deadline lights (红黄灯)", () => {
  let id: string;
  beforeAll(async () => {
    clock.set(START);
    const ticket = await fileTicket(t, {}, "13900000501");
    id = ticket.id;
    await routeTicket(t.ctx, { ticketId: id });
  });

  it("is green and fires nothing right after dispatch", async () => {
    const ev = await evaluateTicket(t.ctx, id);
    expect(ev).toMatchObject({ light: "green", fired: [], nextCheckAt: new Date(at(30 * MIN)) });
  });

  it("reminds the unit when the first contact is 30 minutes overdue, once", async () => {
    clock.set(at(30 * MIN));
    const ev = await evaluateTicket(t.ctx, id);
    expect(ev!.fired).toEqual([{ stage: "first_contact", light: "yellow", dueAt: new Date(at(30 * MIN)) }]);
    expect(ev!.light).toBe("yellow");
    expect(ev!.nextCheckAt).toEqual(new Date(at(24 * HOUR)));
    // A duplicate job and a sweep at the same instant change nothing.
    const again = await Promise.all([evaluateTicket(t.ctx, id), evaluateTicket(t.ctx, id)]);
    expect(again.map((e) => e!.fired)).toEqual([[], []]);
    const notes = await notificationsOf(id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ unit_id: "community.xisheng", purpose: "reminder" });
    expect(notes[0]!.text).toContain("首次联系群众");
    expect((await reload(t, id)).supervised).toBe(false);
  });

  it("turns yellow and reminds the unit when not accepted within 24 hours", async () => {
    clock.set(at(24 * HOUR));
    const ev = await evaluateTicket(t.ctx, id);
    expect(ev!.fired).toEqual([{ stage: "acceptance", light: "yellow", dueAt: new Date(at(24 * HOUR)) }]);
    expect(ev!.overdue).toEqual(["acceptance", "first_contact"]);
    const notes = await notificationsOf(id);
    expect(notes.map((n) => [n.unit_id, n.purpose])).toEqual([
      ["community.xisheng", "reminder"],
      ["community.xisheng", "reminder"],
    ]);
    expect((await reload(t, id)).supervised).toBe(false);
  });

  it("turns red at 48 hours: the street and the centre are notified and the ticket is supervised", async () => {
    clock.set(at(48 * HOUR + 5 * MIN));
    const before = await reload(t, id);
    const ev = await evaluateTicket(t.ctx, id);
    expect(ev!.fired).toEqual([{ stage: "acceptance", light: "red", dueAt: new Date(at(24 * HOUR)) }]);
    expect(ev!.light).toBe("red");
    const after = await reload(t, id);
    expect(after.supervised).toBe(true);
    expect(after.version).toBe(before.version + 1);
    // Supervision goes through the lifecycle like any change: its event names the SLA worker.
    const escalations = await rows<{ actor_id: string; reason: string }>(
      t,
      `SELECT actor_id, reason FROM ticket_events WHERE ticket_id='${id}' AND action='escalate'`,
    );
    expect(escalations).toEqual([{ actor_id: "sla-worker", reason: "红灯超期，列入督办" }]);
    const red = (await notificationsOf(id)).slice(2);
    expect(red.map((n) => [n.unit_id, n.purpose])).toEqual([
      ["street.qimashan", "escalation"],
      ["centre", "escalation"],
    ]);
    expect(red[0]!.text).toContain("督办：西盛社区工单");
    const events = await lightEvents(id);
    expect(events.map((e) => `${e.data.stage}:${e.data.light}`)).toEqual([
      "first_contact:yellow",
      "acceptance:yellow",
      "acceptance:red",
    ]);
    expect(events[2]!.data.notified).toEqual(["street.qimashan", "centre"]);
    expect((await evaluateTicket(t.ctx, id))!.fired).toEqual([]);
  });

  it("runs the same ladder for resolution: due soon → remind, overdue → street, centre and supervision", async () => {
    clock.set(START);
    const ticket = await fileTicket(
      t,
      { summary: "鹿溪路灯不亮", location: { community: "community.luxi", text: "鹿溪" } },
      "13900000502",
    );
    await routeTicket(t.ctx, { ticketId: ticket.id });
    const unit = { id: "u-luxi", role: "unit" as const, unitId: "community.luxi" };
    clock.set(at(10 * MIN));
    await performTicketAction(t.ctx, unit, ticket.id, "accept", {});
    await performTicketAction(t.ctx, unit, ticket.id, "first_contact", { method: "phone" });
    const due = (await reload(t, ticket.id)).resolveDueAt!;
    expect(due.toISOString()).toBe("2026-11-30T16:00:00.000Z");

    clock.set("2026-11-29T16:00:00Z"); // 00:00 on Monday 30 November: the last working day begins
    const yellow = await evaluateTicket(t.ctx, ticket.id);
    expect(yellow!.fired).toEqual([{ stage: "resolution", light: "yellow", dueAt: due }]);
    expect(yellow!.overdue).toEqual([]);
    clock.set("2026-11-30T16:00:00Z");
    const red = await evaluateTicket(t.ctx, ticket.id);
    expect(red!.fired).toEqual([{ stage: "resolution", light: "red", dueAt: due }]);
    expect(red!.overdue).toEqual(["resolution"]);
    expect(red!.nextCheckAt).toBeNull();
    expect((await reload(t, ticket.id)).supervised).toBe(true);
    const notes = await notificationsOf(ticket.id);
    expect(notes.map((n) => [n.unit_id, n.purpose])).toEqual([
      ["community.luxi", "reminder"],
      ["street.qimashan", "escalation"],
      ["centre", "escalation"],
    ]);
  });

  it("notifies the centre once when a department's order turns red (its superior is the centre)", async () => {
    clock.set(START);
    const ticket = await fileTicket(
      t,
      {
        category: "municipal",
        summary: "水库街井盖松动",
        description: "水库街路口井盖松动，车一压就响",
        location: { community: "community.shuikujie", text: "水库街路口" },
      },
      "13900000503",
    );
    await routeTicket(t.ctx, { ticketId: ticket.id });
    clock.set(at(49 * HOUR));
    const ev = await evaluateTicket(t.ctx, ticket.id);
    // Jumping straight past 48 h records the red light (and the missed first contact), not a stale yellow.
    expect(ev!.fired.map((f) => `${f.stage}:${f.light}`)).toEqual(["acceptance:red", "first_contact:yellow"]);
    const notes = await notificationsOf(ticket.id);
    expect(notes.map((n) => [n.unit_id, n.purpose])).toEqual([
      ["centre", "escalation"],
      ["dept.urban", "reminder"],
    ]);
  });

  it("keeps the clocks running while a return request waits and restarts them at re-dispatch", async () => {
    clock.set(START);
    const ticket = await fileTicket(
      t,
      {
        summary: "桃南小区楼道堆物",
        description: "桃南小区2号楼楼道堆满杂物",
        location: { community: "community.taonan", text: "桃南小区2号楼" },
      },
      "13900000504",
    );
    await routeTicket(t.ctx, { ticketId: ticket.id });
    const unit = { id: "u-taonan", role: "unit" as const, unitId: "community.taonan" };
    await performTicketAction(t.ctx, unit, ticket.id, "transfer_back", { reason: "该楼属于文庙社区" });
    clock.set(at(30 * HOUR));
    // A return request does not stop the unit's clock: the order is still the unit's until the centre decides.
    const pending = await evaluateTicket(t.ctx, ticket.id);
    expect(pending!.fired.map((f) => `${f.stage}:${f.light}`)).toContain("acceptance:yellow");
    const before = (await notificationsOf(ticket.id)).length;
    const centre = { id: "d1", role: "dispatcher" as const, unitId: "centre" };
    await performTicketAction(t.ctx, centre, ticket.id, "redispatch", {
      unitId: "community.wenmiao",
      reason: "按退回理由改派",
    });
    clock.set(at(54 * HOUR));
    const ev = await evaluateTicket(t.ctx, ticket.id);
    expect(ev!.fired.map((f) => `${f.stage}:${f.light}`)).toEqual([
      "acceptance:yellow",
      "first_contact:yellow",
    ]);
    const notes = (await notificationsOf(ticket.id)).slice(before);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n.unit_id === "community.wenmiao")).toBe(true);
  });
});
