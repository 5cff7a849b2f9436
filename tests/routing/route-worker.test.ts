import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countOf, fileTicket, reload, rows } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z"); // Monday 10:00 in Shanghai
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

describe("route worker", () => {
  it("dispatches a community matter to its community with deadlines, reasons and the outbox work", async () => {
    const ticket = await fileTicket(t, {}, "13900000101");
    const out = await routeTicket(t.ctx, { ticketId: ticket.id, round: 1 });
    expect(out.outcome).toBe("dispatched");
    const after = await reload(t, ticket.id);
    expect(after).toMatchObject({
      status: "dispatched",
      unitId: "community.xisheng",
      tier: "general",
      triage: false,
    });
    expect(after.version).toBe(ticket.version + 1);
    expect(after.dispatchedAt?.toISOString()).toBe("2026-11-23T02:00:00.000Z");
    expect(after.firstContactDueAt?.toISOString()).toBe("2026-11-23T02:30:00.000Z");
    expect(after.acceptYellowAt?.toISOString()).toBe("2026-11-24T02:00:00.000Z");
    expect(after.acceptRedAt?.toISOString()).toBe("2026-11-25T02:00:00.000Z");
    // 5 working days after Monday 23 (24–27 and 30 November): due at 00:00 on 1 December, local time.
    expect(after.resolveDueAt?.toISOString()).toBe("2026-11-30T16:00:00.000Z");

    const [ev] = await rows<{ data: { reasons: { code: string }[]; unitId: string } }>(
      t,
      `SELECT data FROM ticket_events WHERE ticket_id='${ticket.id}' AND action='dispatch'`,
    );
    expect(ev!.data.unitId).toBe("community.xisheng");
    expect(ev!.data.reasons.map((r) => r.code)).toEqual([
      "ROUTE.COMMUNITY_FROM_INTAKE",
      "ROUTE.CATEGORY_COMMUNITY",
      "ROUTE.LEVEL_HANDLER",
    ]);

    const notes = await rows<{
      unit_id: string;
      purpose: string;
      template_code: string;
      params: Record<string, string>;
    }>(t, `SELECT unit_id, purpose, template_code, params FROM notifications WHERE ticket_id='${ticket.id}'`);
    expect(notes).toEqual([
      {
        unit_id: "community.xisheng",
        purpose: "dispatch",
        template_code: "ZT_UNIT_DISPATCH",
        params: { ref: ticket.ref, summary: "西盛家园3号楼电梯坏了", deadline: "12月1日 00:00" },
      },
    ]);
    const [msg] = await rows<{ text: string; payload: { purpose: string } }>(
      t,
      `SELECT text, payload FROM messages WHERE direction='out' AND payload->>'ticketId'='${ticket.id}'`,
    );
    expect(msg!.text).toBe(`您反映的问题已转交西盛社区处理，编号${ticket.ref}。`);
    expect(msg!.payload.purpose).toBe("status");
    const jobs = await rows<{ queue: string; run_at: Date | null }>(
      t,
      `SELECT queue, run_at FROM outbox WHERE queue IN ('notify','sla','outbound') AND (payload->>'ticketId'='${ticket.id}' OR queue<>'sla') ORDER BY id`,
    );
    expect(jobs.map((j) => j.queue).sort()).toEqual(["notify", "outbound", "sla"]);
    expect(new Date(jobs.find((j) => j.queue === "sla")!.run_at!).toISOString()).toBe(
      "2026-11-23T02:30:00.000Z",
    );
  });

  it("dispatches once when the same job is delivered twice at the same moment", async () => {
    const ticket = await fileTicket(
      t,
      { summary: "鹿溪社区路灯不亮", location: { community: "community.luxi", text: "鹿溪" } },
      "13900000102",
    );
    const outs = await Promise.all([
      routeTicket(t.ctx, { ticketId: ticket.id, round: 1 }),
      routeTicket(t.ctx, { ticketId: ticket.id, round: 1 }),
    ]);
    expect(outs.map((o) => o.outcome).sort()).toEqual(["dispatched", "skipped"]);
    const again = await routeTicket(t.ctx, { ticketId: ticket.id, round: 1 });
    expect(again.outcome).toBe("skipped");
    const n = await countOf(
      t,
      `SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id='${ticket.id}' AND action='dispatch'`,
    );
    expect(n).toBe(1);
    const m = await countOf(t, `SELECT count(*)::int AS n FROM notifications WHERE ticket_id='${ticket.id}'`);
    expect(m).toBe(1);
  });

  it("leaves a ticket without a resolvable place in the centre's triage queue with the reason", async () => {
    const ticket = await fileTicket(
      t,
      { location: { text: "我家楼下", community: null }, description: "楼下电梯坏了", summary: "电梯坏了" },
      "13900000103",
    );
    const out = await routeTicket(t.ctx, { ticketId: ticket.id });
    expect(out.outcome).toBe("triage");
    const after = await reload(t, ticket.id);
    expect(after).toMatchObject({ status: "received", triage: true, unitId: null });
    const [ev] = await rows<{ data: { reasons: { code: string }[] } }>(
      t,
      `SELECT data FROM ticket_events WHERE ticket_id='${ticket.id}' AND action='triage'`,
    );
    expect(ev!.data.reasons.map((r) => r.code)).toContain("ROUTE.TRIAGE_NO_PLACE");
    expect((await routeTicket(t.ctx, { ticketId: ticket.id })).outcome).toBe("skipped");
  });

  it("raises a safety risk to the street with the rule that fired", async () => {
    const ticket = await fileTicket(
      t,
      {
        category: "property",
        summary: "水库街小区燃气泄漏",
        description: "水库街小区楼道里有燃气泄漏的味道",
        location: { community: "community.shuikujie", text: "水库街小区" },
      },
      "13900000104",
    );
    const out = await routeTicket(t.ctx, { ticketId: ticket.id });
    expect(out).toMatchObject({ outcome: "dispatched", unit: "street.qimashan", tier: "major" });
    const [ev] = await rows<{ data: { reasons: { code: string }[] } }>(
      t,
      `SELECT data FROM ticket_events WHERE ticket_id='${ticket.id}' AND action='dispatch'`,
    );
    expect(ev!.data.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["TIER.SAFETY_RISK", "ROUTE.LEVEL_STREET"]),
    );
    // Major: 10 working days.
    expect((await reload(t, ticket.id)).resolveDueAt?.toISOString()).toBe("2026-12-07T16:00:00.000Z");
  });

  it("counts resolution days after the National Day holiday for a ticket dispatched on 30 September", async () => {
    clock.set("2026-09-30T02:00:00Z"); // Wednesday 10:00 in Shanghai, the eve of the holiday
    const ticket = await fileTicket(
      t,
      {
        summary: "海西社区垃圾没人清",
        category: "property",
        location: { community: "community.haixi", text: "海西" },
      },
      "13900000105",
    );
    await routeTicket(t.ctx, { ticketId: ticket.id });
    const after = await reload(t, ticket.id);
    // 1–7 October are holidays; Saturday 10 October is a make-up working day (调休):
    // working days 8, 9, 10, 12, 13 October → due at the end of Tuesday 13 October.
    expect(after.resolveDueAt?.toISOString()).toBe("2026-10-13T16:00:00.000Z");
    // The 24 h acceptance clock does not stop for the holiday.
    expect(after.acceptYellowAt?.toISOString()).toBe("2026-10-01T02:00:00.000Z");
    clock.set("2026-11-23T02:00:00Z");
  });
});

describe("route worker, second round (二次办理)", () => {
  it("dispatches a reopened ticket at its raised tier with fresh clocks, once per round", async () => {
    clock.set("2026-11-23T02:00:00Z");
    const ticket = await fileTicket(
      t,
      {
        summary: "文庙社区楼道积水",
        description: "文庙社区8号楼楼道积水",
        location: { community: "community.wenmiao", text: "文庙社区8号楼" },
      },
      "13900000106",
    );
    await routeTicket(t.ctx, { ticketId: ticket.id, round: 1 });
    // The survey found it unsolved: reopened one tier up (what the survey stage writes).
    await t.ctx.database.db.execute(
      sql`UPDATE tickets SET status='reopened', round=2, tier='major', resolved_at=now(), accepted_at=now(),
            first_contact_at=now(), return_reason='旧的退单理由', version=version+1 WHERE id=${ticket.id}`,
    );
    clock.set("2026-12-07T02:00:00Z");
    expect((await routeTicket(t.ctx, { ticketId: ticket.id, round: 1 })).outcome).toBe("skipped");
    const out = await routeTicket(t.ctx, { ticketId: ticket.id, round: 2 });
    expect(out).toMatchObject({ outcome: "dispatched", unit: "street.liuxiang", tier: "major" });
    const after = await reload(t, ticket.id);
    // The new round's clocks start empty: values cleared are written as NULL, though the batch's
    // JSON leaves null keys out.
    expect(after).toMatchObject({
      status: "dispatched",
      round: 2,
      resolvedAt: null,
      acceptedAt: null,
      firstContactAt: null,
      returnReason: null,
    });
    expect(after.acceptYellowAt?.toISOString()).toBe("2026-12-08T02:00:00.000Z");
    expect((await routeTicket(t.ctx, { ticketId: ticket.id, round: 2 })).outcome).toBe("skipped");
  });
});
