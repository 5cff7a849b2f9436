import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../src/domain/app-error.js";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { listAvailableActions, performTicketAction } from "../../src/tickets/ticket-actions.js";
import { updateTicketIfUnchanged } from "../../src/tickets/ticket-store.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, reload, rows } from "../routing/helpers.js";

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;

const xisheng: StaffPrincipal = { id: "s-xisheng", role: "unit", unitId: "community.xisheng" };
const xisheng2: StaffPrincipal = { id: "s-xisheng-2", role: "unit", unitId: "community.xisheng" };
const street: StaffPrincipal = { id: "s-qimashan", role: "unit", unitId: "street.qimashan" };
const luxi: StaffPrincipal = { id: "s-luxi", role: "unit", unitId: "community.luxi" };
const dispatcher: StaffPrincipal = { id: "s-dispatcher", role: "dispatcher", unitId: null };
const leader: StaffPrincipal = { id: "s-leader", role: "leader", unitId: null };

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

let seq = 0;
async function dispatchedTicket(c: Parameters<typeof fileTicket>[1] = {}) {
  seq++;
  const ticket = await fileTicket(
    t,
    { summary: `西盛家园${seq}号楼漏水`, description: `西盛家园${seq}号楼楼顶漏水`, ...c },
    `1390000${String(900 + seq).padStart(4, "0")}`,
  );
  await routeTicket(t.ctx, { ticketId: ticket.id });
  return reload(t, ticket.id);
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

async function eventsOf(id: string, action: string) {
  return rows<{
    actor_id: string;
    actor_unit_id: string | null;
    data: Record<string, unknown>;
    reason: string | null;
  }>(
    t,
    `SELECT actor_id, actor_unit_id, data, reason FROM ticket_events WHERE ticket_id='${id}' AND action='${action}' ORDER BY id`,
  );
}

describe("unit and centre actions", () => {
  it("lets exactly one of two simultaneous accepts win; the other gets 409", async () => {
    const ticket = await dispatchedTicket();
    const results = await Promise.allSettled([
      performTicketAction(t.ctx, xisheng, ticket.id, "accept", {}),
      performTicketAction(t.ctx, xisheng2, ticket.id, "accept", {}),
      performTicketAction(t.ctx, street, ticket.id, "accept", {}),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((x): x is PromiseRejectedResult => x.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect((r.reason as AppError).status).toBe(409);
      expect(["TICKET.CONFLICT", "TICKET.INVALID_TRANSITION"]).toContain((r.reason as AppError).code);
    }
    expect(await eventsOf(ticket.id, "accept")).toHaveLength(1);
    expect((await reload(t, ticket.id)).acceptedAt?.toISOString()).toBe("2026-11-23T02:00:00.000Z");
  });

  it("refuses a write based on a stale version with TICKET.CONFLICT", async () => {
    const ticket = await dispatchedTicket();
    await performTicketAction(t.ctx, xisheng, ticket.id, "note", { text: "已到现场查看" });
    const err = await rejection(
      t.ctx.database.db.transaction((tx) =>
        updateTicketIfUnchanged(tx, ticket, { supervised: true }, clock.now()),
      ),
    );
    expect(err).toMatchObject({ code: "TICKET.CONFLICT", status: 409 });
  });

  it("keeps other units off the order, but lets the street act for its community", async () => {
    const ticket = await dispatchedTicket();
    const err = await rejection(performTicketAction(t.ctx, luxi, ticket.id, "accept", {}));
    expect(err).toMatchObject({ code: "TICKET.NOT_YOUR_UNIT", status: 403 });
    await performTicketAction(t.ctx, street, ticket.id, "accept", {});
    const [ev] = await eventsOf(ticket.id, "accept");
    expect(ev).toMatchObject({ actor_id: "s-qimashan", actor_unit_id: "street.qimashan" });
  });

  it("lets leaders supervise but not handle", async () => {
    const ticket = await dispatchedTicket();
    const err = await rejection(performTicketAction(t.ctx, leader, ticket.id, "accept", {}));
    expect(err).toMatchObject({ code: "AUTH.READ_ONLY", status: 403 });
    const r = await performTicketAction(t.ctx, leader, ticket.id, "escalate", {
      reason: "群众多次反映，书记盯办",
      toTier: "major",
    });
    expect(r.ticket).toMatchObject({ supervised: true, tier: "major" });
    expect((await listAvailableActions(t.ctx, leader, ticket.id)).actions).toEqual(["note", "escalate"]);
  });

  it("records the first contact with the resident and stops its clock", async () => {
    const ticket = await dispatchedTicket();
    clock.advance(20 * 60_000);
    await performTicketAction(t.ctx, xisheng, ticket.id, "first_contact", {
      method: "phone",
      note: "已电话联系，约定明早上门",
    });
    const after = await reload(t, ticket.id);
    expect(after.firstContactAt?.toISOString()).toBe("2026-11-23T02:20:00.000Z");
    const [ev] = await eventsOf(ticket.id, "first_contact");
    expect(ev!.data).toMatchObject({ method: "phone", note: "已电话联系，约定明早上门", first: true });
    clock.set("2026-11-23T02:00:00Z");
  });

  it("extends the resolution deadline by working days when the centre approves a request", async () => {
    const ticket = await dispatchedTicket();
    await performTicketAction(t.ctx, xisheng, ticket.id, "accept", {});
    await performTicketAction(t.ctx, xisheng, ticket.id, "request_extension", {
      days: 3,
      reason: "需等待维修配件",
    });
    const twice = await rejection(
      performTicketAction(t.ctx, xisheng, ticket.id, "request_extension", { days: 1, reason: "再延" }),
    );
    expect(twice).toMatchObject({ code: "TICKET.EXTENSION_PENDING", status: 409 });
    expect(ticket.resolveDueAt?.toISOString()).toBe("2026-11-30T16:00:00.000Z"); // end of Mon 30 Nov
    const r = await performTicketAction(t.ctx, dispatcher, ticket.id, "approve_extension", {});
    // +3 working days: Tue 1, Wed 2, Thu 3 December → due at the end of Thursday.
    expect(r.ticket.resolveDueAt?.toISOString()).toBe("2026-12-03T16:00:00.000Z");
    const [ev] = await eventsOf(ticket.id, "approve_extension");
    expect(ev!.data).toMatchObject({ workingDays: 3, totalExtensionDays: 3 });
    const [sla] = await rows<{
      extension_days: number;
      pending_extension_days: number | null;
      resolve_yellow_at: string;
    }>(
      t,
      `SELECT extension_days, pending_extension_days, resolve_yellow_at FROM ticket_sla WHERE ticket_id='${ticket.id}'`,
    );
    expect(sla).toMatchObject({ extension_days: 3, pending_extension_days: null });
    expect(new Date(sla!.resolve_yellow_at).toISOString()).toBe("2026-12-02T16:00:00.000Z");

    await performTicketAction(t.ctx, xisheng, ticket.id, "request_extension", {
      days: 10,
      reason: "工程量大",
    });
    await performTicketAction(t.ctx, dispatcher, ticket.id, "refuse_extension", { reason: "请先报街道协调" });
    expect((await reload(t, ticket.id)).resolveDueAt?.toISOString()).toBe("2026-12-03T16:00:00.000Z");
  });

  it("asks the centre to take a misrouted order back, which re-dispatches it to another unit", async () => {
    const ticket = await dispatchedTicket();
    const r = await performTicketAction(t.ctx, xisheng, ticket.id, "transfer_back", {
      reason: "该楼属于鹿溪社区管辖",
    });
    // The request waits for the centre: the unit keeps the order (and its clocks) meanwhile.
    expect(r.ticket).toMatchObject({ status: "dispatched", unitId: "community.xisheng", transferCount: 0 });
    expect(r.ticket.returnReason).toBe("该楼属于鹿溪社区管辖");
    await performTicketAction(t.ctx, xisheng, ticket.id, "note", { text: "已告知群众正在协调" });
    const again = await performTicketAction(t.ctx, dispatcher, ticket.ref, "redispatch", {
      unitId: "community.luxi",
      reason: "按退回理由改派",
    });
    expect(again.ticket).toMatchObject({
      status: "dispatched",
      unitId: "community.luxi",
      triage: false,
      transferCount: 1,
    });
    const [ev] = await eventsOf(ticket.id, "redispatch");
    expect(ev!.data).toMatchObject({
      fromUnitId: "community.xisheng",
      unitId: "community.luxi",
      reason: "按退回理由改派",
      returnGranted: true,
    });
    expect((await reload(t, ticket.id)).returnRequestedAt).toBeNull();
    const notes = await rows<{ unit_id: string }>(
      t,
      `SELECT unit_id FROM notifications WHERE ticket_id='${ticket.id}' AND purpose='dispatch' ORDER BY id`,
    );
    expect(notes.map((n) => n.unit_id)).toEqual(["community.xisheng", "community.luxi"]);
  });

  it("dispatches a triage ticket by hand, and refuses automatic routing that cannot decide", async () => {
    const ticket = await fileTicket(
      t,
      {
        location: { text: "我家楼下", community: null },
        summary: "楼下垃圾没人清",
        description: "楼下垃圾没人清",
      },
      "13900009990",
    );
    await routeTicket(t.ctx, { ticketId: ticket.id });
    const err = await rejection(performTicketAction(t.ctx, dispatcher, ticket.id, "redispatch", {}));
    expect(err).toMatchObject({ code: "ROUTE.NEEDS_DISPATCHER", status: 422 });
    const unknown = await rejection(
      performTicketAction(t.ctx, dispatcher, ticket.id, "redispatch", { unitId: "community.nowhere" }),
    );
    expect(unknown).toMatchObject({ code: "UNIT.UNKNOWN", status: 422 });
    const r = await performTicketAction(t.ctx, dispatcher, ticket.id, "redispatch", {
      unitId: "community.haixi",
    });
    expect(r.ticket).toMatchObject({ status: "dispatched", unitId: "community.haixi", triage: false });
    expect(await eventsOf(ticket.id, "dispatch")).toHaveLength(1);
  });

  it("resolves only an accepted order, only with a reply, and queues the reply to the resident", async () => {
    const ticket = await dispatchedTicket();
    const early = await rejection(
      performTicketAction(t.ctx, xisheng, ticket.id, "resolve", { reply: "已修好" }),
    );
    expect(early).toMatchObject({ code: "TICKET.INVALID_TRANSITION", status: 409 });
    await performTicketAction(t.ctx, xisheng, ticket.id, "accept", {});
    const empty = await rejection(
      performTicketAction(t.ctx, xisheng, ticket.id, "resolve", { reply: "   " }),
    );
    expect(empty).toMatchObject({ code: "REQUEST.INVALID", status: 400 });
    expect((await reload(t, ticket.id)).status).toBe("accepted");
    const r = await performTicketAction(t.ctx, xisheng, ticket.id, "resolve", {
      reply: "楼顶防水已重做，已不再漏水。",
    });
    expect(r.ticket.status).toBe("resolved");
    const [msg] = await rows<{ text: string }>(
      t,
      `SELECT text FROM messages WHERE direction='out' AND payload->>'purpose'='reply' AND payload->>'ticketId'='${ticket.id}'`,
    );
    expect(msg!.text).toBe(`您反映的问题（编号${ticket.ref}）已办结：楼顶防水已重做，已不再漏水。`);
    const surveys = await rows(t, `SELECT 1 FROM surveys WHERE ticket_id='${ticket.id}' AND round=1`);
    expect(surveys).toHaveLength(1);
  });

  it("cancels with a reason and writes nothing without one", async () => {
    const ticket = await dispatchedTicket();
    const bad = await rejection(performTicketAction(t.ctx, dispatcher, ticket.id, "cancel", {}));
    expect(bad.status).toBe(400);
    expect((await reload(t, ticket.id)).version).toBe(ticket.version);
    const r = await performTicketAction(t.ctx, dispatcher, ticket.id, "cancel", { reason: "群众撤回诉求" });
    expect(r.ticket.status).toBe("cancelled");
    const [ev] = await eventsOf(ticket.id, "cancel");
    expect(ev!.reason).toBe("群众撤回诉求");
  });

  it("lists the actions each caller may take for the console's buttons", async () => {
    const ticket = await dispatchedTicket();
    expect((await listAvailableActions(t.ctx, xisheng, ticket.id)).actions).toEqual([
      "accept",
      "first_contact",
      "note",
      "transfer_back",
    ]);
    expect((await listAvailableActions(t.ctx, luxi, ticket.id)).actions).toEqual([]);
    expect((await listAvailableActions(t.ctx, dispatcher, ticket.id)).actions).toEqual([
      "note",
      "redispatch",
      "escalate",
      "merge",
      "cancel",
      "add_assist",
    ]);
  });
});
