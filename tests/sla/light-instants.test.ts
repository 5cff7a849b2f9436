import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "../../src/auth/staff-principal.js";
import { ticketSla, tickets } from "../../src/db/schema/index.js";
import { openLights, openLightsOfTickets } from "../../src/reports/open-lights.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { backfillLightInstants } from "../../src/sla/backfill-light-instants.js";
import { evaluateTicket } from "../../src/sla/evaluate.js";
import { lightsOf } from "../../src/sla/live-lights.js";
import { ticketLights } from "../../src/sla/ticket-lights.js";
import { applyTicketAction } from "../../src/tickets/ticket-store.js";
import { performTicketAction } from "../../src/tickets/ticket-actions.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { fileTicket, reload } from "../routing/helpers.js";

const START = "2026-11-23T02:00:00Z"; // Monday 10:00 in Shanghai
const clock = testClock(START);
let t: TestEnv;
const HOUR = 3_600_000;
const at = (ms: number) => new Date(new Date(START).getTime() + ms).toISOString();

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

const xisheng: StaffPrincipal = { id: "u-xisheng", role: "unit", unitId: "community.xisheng" };
const dispatcher: StaffPrincipal = { id: "d1", role: "dispatcher", unitId: null };

/**
 * The light the stored instants give at `now` must be the one the SLA worker computes from the
 * ticket's deadlines and its ticket_sla row (computeLights), just before, at and after every
 * deadline: the instants are the domain's result, stored, not a second rule.
 */
async function expectStoredInstantsAgree(id: string): Promise<void> {
  const row = await reload(t, id);
  const [sla] = await t.ctx.database.db.select().from(ticketSla).where(eq(ticketSla.ticketId, id));
  const running = row.status === "dispatched" || row.status === "accepted";
  const deadlines = [row.firstContactDueAt, row.acceptYellowAt, row.acceptRedAt, row.resolveDueAt]
    .concat([sla?.resolveYellowAt ?? null])
    .filter((d): d is Date => d !== null)
    .map((d) => d.getTime());
  const nows = deadlines.flatMap((x) => [x - 1, x, x + 1]).concat([clock.now().getTime()]);
  if (running) expect(row.lightOverdueAt).not.toBeNull();
  if (running) expect(row.resolveYellowAt).toEqual(sla!.resolveYellowAt);
  for (const ms of nows) {
    const now = new Date(ms);
    const want = ticketLights(row, sla?.resolveYellowAt ?? null, now);
    const wantLight = want && running ? want.light : "green";
    const wantOverdue = want && running ? want.overdue.length > 0 : false;
    const got =
      row.lightRedAt && row.lightRedAt <= now
        ? "red"
        : row.lightYellowAt && row.lightYellowAt <= now
          ? "yellow"
          : "green";
    expect({
      at: now.toISOString(),
      light: got,
      overdue: !!row.lightOverdueAt && row.lightOverdueAt <= now,
    }).toEqual({ at: now.toISOString(), light: wantLight, overdue: wantOverdue });
  }
}

/** The dashboard's open-lights count equals the console's per-ticket lights over every open ticket. */
async function expectDashboardAgrees(): Promise<void> {
  const db = t.ctx.database.db;
  const open = await db.select().from(tickets);
  const live = await lightsOf(
    t.ctx,
    db,
    open.filter((r) => ["dispatched", "accepted"].includes(r.status)),
  );
  const got = await openLights(t.ctx, null);
  expect(got).toEqual(await openLightsOfTickets(t.ctx, []));
  expect({ red: got.red, yellow: got.yellow, overdue: got.overdue }).toEqual({
    red: live.filter((l) => l.light === "red").length,
    yellow: live.filter((l) => l.light === "yellow").length,
    overdue: live.filter((l) => l.overdue.length > 0).length,
  });
}

describe("light instants stored on the ticket", () => {
  it("follow the ticket through dispatch, first contact, acceptance, extension and resolution", async () => {
    clock.set(START);
    const ticket = await fileTicket(t, {}, "13900000601");
    expect((await reload(t, ticket.id)).lightOverdueAt).toBeNull();
    await routeTicket(t.ctx, { ticketId: ticket.id });
    const dispatched = await reload(t, ticket.id);
    expect(dispatched.status).toBe("dispatched");
    // Dispatched at 10:00: first contact is due 30 minutes later, acceptance turns red at 48 h.
    expect(dispatched.lightYellowAt?.toISOString()).toBe(at(0.5 * HOUR));
    expect(dispatched.lightRedAt?.toISOString()).toBe(at(48 * HOUR));
    await expectStoredInstantsAgree(ticket.id);

    clock.set(at(HOUR / 6));
    await performTicketAction(t.ctx, xisheng, ticket.id, "first_contact", { method: "phone" });
    await expectStoredInstantsAgree(ticket.id);
    clock.set(at(2 * HOUR));
    await performTicketAction(t.ctx, xisheng, ticket.id, "accept", {});
    const accepted = await reload(t, ticket.id);
    expect(accepted.lightRedAt).toEqual(accepted.resolveDueAt);
    await expectStoredInstantsAgree(ticket.id);

    await performTicketAction(t.ctx, xisheng, ticket.id, "request_extension", { days: 3, reason: "等配件" });
    await performTicketAction(t.ctx, dispatcher, ticket.id, "approve_extension", {});
    const extended = await reload(t, ticket.id);
    // The working-day deadline (the domain's calendar) moved, and the red instant with it.
    expect(extended.resolveDueAt!.getTime()).toBeGreaterThan(accepted.resolveDueAt!.getTime());
    expect(extended.lightRedAt).toEqual(extended.resolveDueAt);
    await expectStoredInstantsAgree(ticket.id);
    await expectDashboardAgrees();

    clock.set(at(30 * HOUR));
    await performTicketAction(t.ctx, xisheng, ticket.id, "resolve", { reply: "已处理" });
    const resolved = await reload(t, ticket.id);
    expect(["resolved", "pending_review"]).toContain(resolved.status);
    expect([resolved.lightYellowAt, resolved.lightRedAt, resolved.lightOverdueAt]).toEqual([
      null,
      null,
      null,
    ]);
    await expectStoredInstantsAgree(ticket.id);
  });

  it("restart with new deadlines on a transfer and re-dispatch, and on a reopened round", async () => {
    clock.set(START);
    const ticket = await fileTicket(t, {}, "13900000602");
    await routeTicket(t.ctx, { ticketId: ticket.id });
    const first = await reload(t, ticket.id);
    await performTicketAction(t.ctx, xisheng, ticket.id, "transfer_back", { reason: "不属于本社区" });
    await expectStoredInstantsAgree(ticket.id);
    clock.set(at(30 * HOUR));
    await performTicketAction(t.ctx, dispatcher, ticket.id, "redispatch", {
      unitId: "community.wenmiao",
      reason: "改派",
    });
    const again = await reload(t, ticket.id);
    expect(again.lightRedAt!.getTime()).toBe(first.lightRedAt!.getTime() + 30 * HOUR);
    await expectStoredInstantsAgree(ticket.id);

    // Closed, then reopened by a dissatisfied callback: no clock until routing dispatches round 2.
    const wenmiao: StaffPrincipal = { id: "u-wenmiao", role: "unit", unitId: "community.wenmiao" };
    await performTicketAction(t.ctx, wenmiao, ticket.id, "accept", {});
    await performTicketAction(t.ctx, wenmiao, ticket.id, "resolve", { reply: "已清理" });
    const resolved = await reload(t, ticket.id);
    if (resolved.status === "pending_review")
      await performTicketAction(t.ctx, dispatcher, ticket.id, "approve_resolution", {});
    clock.set(at(80 * HOUR));
    const system = { role: "system" as const, id: "survey" };
    const opts = { now: clock.now(), reopenRaisesTier: true };
    await t.ctx.database.db.transaction(async (tx) => {
      const closed = await applyTicketAction(tx, await reload(t, ticket.id), { type: "close" }, system, opts);
      await applyTicketAction(tx, closed, { type: "reopen", reason: "群众不满意" }, system, opts);
    });
    const reopened = await reload(t, ticket.id);
    expect(reopened.status).toBe("reopened");
    expect(reopened.lightOverdueAt).toBeNull();
    await expectStoredInstantsAgree(ticket.id);
    await routeTicket(t.ctx, { ticketId: ticket.id });
    const round2 = await reload(t, ticket.id);
    expect(round2.status).toBe("dispatched");
    expect(round2.lightRedAt!.getTime()).toBe(new Date(at(80 * HOUR + 48 * HOUR)).getTime());
    await expectStoredInstantsAgree(ticket.id);
    await expectDashboardAgrees();
  });

  it("are backfilled in batches for tickets written before they were stored, and survive a crash mid-way", async () => {
    clock.set(START);
    const ids: string[] = [];
    const problems = ["路灯不亮", "井盖松动", "楼道堆物", "油烟扰民", "水管漏水"];
    for (const [i, p] of problems.entries()) {
      // Five different problems, so duplicate detection merges none of them.
      const f = await fileTicket(
        t,
        {
          category: "municipal",
          summary: `${i + 1}号楼${p}`,
          description: `西盛家园${i + 1}号楼${p}，请尽快处理`,
        },
        `1390000061${i}`,
      );
      await routeTicket(t.ctx, { ticketId: f.id });
      expect((await reload(t, f.id)).status).toBe("dispatched");
      ids.push(f.id);
    }
    // As a ticket dispatched before the columns existed looks: no instants, no "due soon" copy.
    const db = t.ctx.database.db;
    for (const id of ids)
      await db
        .update(tickets)
        .set({ resolveYellowAt: null, lightYellowAt: null, lightRedAt: null, lightOverdueAt: null })
        .where(eq(tickets.id, id));
    clock.set(at(49 * HOUR));
    // Not backfilled yet: the dashboard computes those tickets in code and still counts them right.
    await expectDashboardAgrees();
    // A backfill that dies after its first batch (the process killed) leaves a mix, still counted right.
    const partial = await backfillLightInstants(db, { batch: 2, maxBatches: 1 });
    expect(partial).toMatchObject({ updated: 2, done: false });
    await expectDashboardAgrees();
    // The next run (the SLA sweep) takes what is left; a second full run changes nothing.
    expect((await backfillLightInstants(db, { batch: 2 })).done).toBe(true);
    for (const id of ids) await expectStoredInstantsAgree(id);
    expect((await backfillLightInstants(db)).updated).toBe(0);
    await expectDashboardAgrees();
  });

  it("are repaired by the SLA evaluation if a write ever left them stale", async () => {
    clock.set(START);
    const f = await fileTicket(t, {}, "13900000620");
    await routeTicket(t.ctx, { ticketId: f.id });
    await t.ctx.database.db
      .update(tickets)
      .set({ lightRedAt: new Date(at(999 * HOUR)) })
      .where(eq(tickets.id, f.id));
    clock.set(at(HOUR));
    await evaluateTicket(t.ctx, f.id);
    await expectStoredInstantsAgree(f.id);
  });
});
