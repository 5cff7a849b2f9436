import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { performTicketAction } from "../../src/tickets/ticket-actions.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countOf, fileTicket, reload, rows } from "./helpers.js";

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

const fence = {
  category: "municipal",
  summary: "文庙街施工围挡占用人行道",
  description: "文庙街施工围挡把人行道全堵了，行人只能走机动车道，很危险。",
  location: { community: "community.wenmiao", text: "文庙街" },
};

describe("duplicates at routing", () => {
  it("merges the same problem from many reporters into one ticket, and all of them hear its outcome", async () => {
    const first = await fileTicket(t, fence, "13900000201");
    expect((await routeTicket(t.ctx, { ticketId: first.id })).outcome).toBe("dispatched");
    const others = [];
    for (let i = 2; i <= 12; i++) {
      clock.advance(10 * 60_000);
      const dup = await fileTicket(t, fence, `139000002${String(i).padStart(2, "0")}`);
      const out = await routeTicket(t.ctx, { ticketId: dup.id });
      expect(out).toMatchObject({ outcome: "merged", intoTicketId: first.id });
      others.push(dup);
    }
    for (const d of others)
      expect(await reload(t, d.id)).toMatchObject({ status: "merged", mergedIntoId: first.id });
    const n = await countOf(
      t,
      `SELECT count(*)::int AS n FROM ticket_reporters WHERE ticket_id='${first.id}'`,
    );
    expect(n).toBe(12);
    const notices = await rows<{ text: string }>(
      t,
      `SELECT text FROM messages WHERE direction='out' AND payload->>'ticketId'='${first.id}' AND text LIKE '%合并办理%'`,
    );
    expect(notices).toHaveLength(11);
    const merges = await rows<{ data: { auto: boolean; score: number } }>(
      t,
      `SELECT data FROM ticket_events WHERE action='merge' AND ticket_id='${others[0]!.id}'`,
    );
    expect(merges[0]!.data).toMatchObject({ auto: true, score: 1 });

    // Five reporters make it a 较大 matter (TIER.MANY_REPORTERS): raised once, supervised, not moved.
    expect(await reload(t, first.id)).toMatchObject({
      tier: "major",
      supervised: true,
      unitId: "dept.urban",
    });
    const raised = await rows<{
      actor_id: string;
      data: { reasons: { code: string }[]; reporterCount: number };
    }>(t, `SELECT actor_id, data FROM ticket_events WHERE action='escalate' AND ticket_id='${first.id}'`);
    expect(raised).toHaveLength(1);
    expect(raised[0]!.data.reporterCount).toBe(5);
    expect(raised[0]!.data.reasons.map((r) => r.code)).toEqual(["TIER.MANY_REPORTERS"]);

    // The unit resolves the kept ticket: every one of the 12 reporters gets the reply and a survey.
    const unit = { id: "u-urban", role: "unit" as const, unitId: "dept.urban" };
    await performTicketAction(t.ctx, unit, first.id, "accept", {});
    await performTicketAction(t.ctx, unit, first.id, "resolve", { reply: "围挡已后移，人行道已恢复通行。" });
    const replies = await rows<{ resident_id: string }>(
      t,
      `SELECT resident_id FROM messages WHERE direction='out' AND payload->>'purpose'='reply' AND payload->>'ticketId'='${first.id}'`,
    );
    expect(new Set(replies.map((r) => r.resident_id)).size).toBe(12);
    const s = await countOf(t, `SELECT count(*)::int AS n FROM surveys WHERE ticket_id='${first.id}'`);
    expect(s).toBe(12);
  });

  it("only suggests a merge to the centre for a similar but not identical report", async () => {
    const a = await fileTicket(
      t,
      {
        category: "noise",
        summary: "海西社区广场舞噪音扰民",
        description: "海西社区广场每天晚上跳广场舞，音响声音太大，吵得睡不着。",
        location: { community: "community.haixi", text: "海西社区广场" },
      },
      "13900000301",
    );
    await routeTicket(t.ctx, { ticketId: a.id });
    clock.advance(HOUR);
    const b = await fileTicket(
      t,
      {
        category: "noise",
        summary: "广场舞音响太吵",
        description: "晚上海西社区广场跳舞的音响很吵，孩子没法写作业。",
        location: { community: "community.haixi", text: "海西社区广场" },
      },
      "13900000302",
    );
    const out = await routeTicket(t.ctx, { ticketId: b.id });
    expect(out.outcome).toBe("dispatched");
    const links = await rows<{ other_ticket_id: string; status: string; score: number }>(
      t,
      `SELECT other_ticket_id, status, score FROM ticket_links WHERE ticket_id='${b.id}'`,
    );
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ other_ticket_id: a.id, status: "suggested" });
    expect(links[0]!.score).toBeGreaterThanOrEqual(0.4);
    expect(links[0]!.score).toBeLessThan(0.8);

    // The dispatcher accepts the suggestion: b is merged into a, its reporter joins a.
    const centre = { id: "d1", role: "dispatcher" as const, unitId: "centre" };
    const r = await performTicketAction(t.ctx, centre, b.ref, "merge", { into: a.ref });
    expect(r.ticket).toMatchObject({ status: "merged", mergedIntoId: a.id });
    const n = await countOf(t, `SELECT count(*)::int AS n FROM ticket_reporters WHERE ticket_id='${a.id}'`);
    expect(n).toBe(2);
    const [link] = await rows<{ status: string; decided_by: string }>(
      t,
      `SELECT status, decided_by FROM ticket_links WHERE ticket_id='${b.id}'`,
    );
    expect(link).toEqual({ status: "merged", decided_by: "d1" });
  });

  it("does not link reports of different buildings or outside the window", async () => {
    const a = await fileTicket(
      t,
      {
        location: { community: "community.taonan", text: "桃南小区3号楼" },
        summary: "桃南小区3号楼电梯坏了",
        description: "桃南小区3号楼电梯坏了",
      },
      "13900000401",
    );
    await routeTicket(t.ctx, { ticketId: a.id });
    const b = await fileTicket(
      t,
      {
        location: { community: "community.taonan", text: "桃南小区5号楼" },
        summary: "桃南小区5号楼电梯坏了",
        description: "桃南小区5号楼电梯坏了",
      },
      "13900000402",
    );
    expect((await routeTicket(t.ctx, { ticketId: b.id })).outcome).toBe("dispatched");
    clock.advance(80 * HOUR);
    const c = await fileTicket(
      t,
      {
        location: { community: "community.taonan", text: "桃南小区3号楼" },
        summary: "桃南小区3号楼电梯坏了",
        description: "桃南小区3号楼电梯坏了",
      },
      "13900000403",
    );
    expect((await routeTicket(t.ctx, { ticketId: c.id })).outcome).toBe("dispatched");
    const n = await countOf(
      t,
      `SELECT count(*)::int AS n FROM ticket_links WHERE ticket_id IN ('${b.id}','${c.id}')`,
    );
    expect(n).toBe(0);
  });

  it("merges one hoarding told five ways although intake filed it under three categories", async () => {
    // The categories and runners-up intake gives these wordings (construction, municipal, traffic).
    const near = (category: string, ...next: string[]) => ({
      category,
      candidates: [category, ...next].map((c) => ({ category: c, confidence: 0.3, evidence: [] })),
    });
    const place = { community: "community.shuikujie", text: "水库街" };
    const told = [
      {
        ...near("construction", "sanitation", "municipal"),
        text: "水库街施工围挡把人行道全占了，行人只能走机动车道",
      },
      {
        ...near("construction", "sanitation", "municipal"),
        text: "水库街那边工地的挡板占了人行道，推婴儿车根本过不去",
      },
      { ...near("municipal", "construction", "traffic"), text: "水库街修路的施工围栏堵住人行道了，太危险" },
      {
        ...near("traffic", "construction", "municipal"),
        text: "我是水库街开店的，门口的围挡把路都挡住了，顾客进不来",
      },
      {
        ...near("municipal", "construction", "sanitation"),
        text: "水库街人行道被工地围起来了，走路要绕到马路上",
      },
    ];
    const ids: string[] = [];
    for (const [i, { text, ...c }] of told.entries()) {
      clock.advance(5 * 60_000);
      const ticket = await fileTicket(
        t,
        { ...c, summary: text.slice(0, 20), description: text, location: place },
        `1390000050${i}`,
      );
      await routeTicket(t.ctx, { ticketId: ticket.id });
      ids.push(ticket.id);
    }
    const first = await reload(t, ids[0]!);
    expect(first.status).not.toBe("merged");
    for (const id of ids.slice(1)) expect((await reload(t, id)).status).toBe("merged");
    // Another thing at the same street, in one of those categories, stays its own ticket.
    clock.advance(5 * 60_000);
    const light = await fileTicket(
      t,
      {
        ...near("municipal", "construction"),
        summary: "水库街路灯不亮",
        description: "水库街的路灯晚上不亮",
        location: place,
      },
      "13900000510",
    );
    expect((await routeTicket(t.ctx, { ticketId: light.id })).outcome).toBe("dispatched");
  });

  it("offers, never merges, a report naming only a building, and leaves one naming no place alone", async () => {
    clock.advance(100 * HOUR);
    const lift = "电梯停了一上午，八楼的老人下不了楼，物业电话没人接";
    const a = await fileTicket(
      t,
      {
        category: "property",
        summary: "海西苑7号楼电梯坏了",
        description: `海西苑7号楼${lift}`,
        location: { community: "community.haixi", text: "海西苑7号楼" },
      },
      "13900000601",
    );
    await routeTicket(t.ctx, { ticketId: a.id });
    clock.advance(20 * 60_000);
    // The same words and the same building number: a person decides, the estate is not named.
    const b = await fileTicket(
      t,
      {
        category: "property",
        summary: "7号楼电梯坏了",
        description: `7号楼${lift}`,
        location: { community: null, text: "7号楼" },
      },
      "13900000602",
    );
    expect((await routeTicket(t.ctx, { ticketId: b.id })).outcome).not.toBe("merged");
    const links = await rows<{ ticket_id: string; status: string }>(
      t,
      `SELECT ticket_id, status FROM ticket_links WHERE ticket_id='${b.id}' AND other_ticket_id='${a.id}'`,
    );
    expect(links).toEqual([{ ticket_id: b.id, status: "suggested" }]);
    clock.advance(20 * 60_000);
    // Alike words, no place in common: anywhere in the district, so nothing is offered.
    const c = await fileTicket(
      t,
      {
        category: "property",
        summary: "电梯坏了",
        description: lift,
        location: { community: null, text: null },
      },
      "13900000603",
    );
    await routeTicket(t.ctx, { ticketId: c.id });
    expect(await countOf(t, `SELECT count(*)::int AS n FROM ticket_links WHERE ticket_id='${c.id}'`)).toBe(0);
  });
});
