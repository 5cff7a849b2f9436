import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { surveys, tickets } from "../../src/db/schema/index.js";
import { runSurveyStep } from "../../src/survey/run-survey-step.js";
import { isSpotChecked } from "../../src/survey/spot-check.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import {
  HOUR,
  eventsOf,
  fileTicket,
  outboundTo,
  reply,
  resolveRound,
  staffToken,
  surveysOf,
  ticketById,
} from "./support.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
let dispatcher: Awaited<ReturnType<typeof staffToken>>;
let leader: Awaited<ReturnType<typeof staffToken>>;
let luxiStaff: Awaited<ReturnType<typeof staffToken>>;
let phone = 13900003000;

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { SURVEY_HOTLINE_MODE: "call" } });
  app = await buildApp(t.ctx, { docs: false });
  dispatcher = await staffToken(t, "agent.zhang", "dispatcher");
  leader = await staffToken(t, "leader.liu", "leader");
  luxiStaff = await staffToken(t, "luxi.wang", "unit", "community.luxi");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

async function asked(channel: "sms" | "hotline" = "sms") {
  clock.set("2026-11-21T02:00:00Z");
  const filed = await fileTicket(t, [{ channel, address: String(phone++), phone: String(phone) }]);
  await resolveRound(t, filed.ticket.id);
  clock.advance(2 * HOUR);
  for (const s of await surveysOf(t, filed.ticket.id)) await runSurveyStep(t.ctx, s.id);
  return filed;
}

describe("access", () => {
  it("answers 401 AUTH.REQUIRED without a signed-in staff member", async () => {
    for (const url of [
      "/api/v1/reports/rates",
      "/api/v1/callback-tasks",
      "/api/v1/tickets/ZT20261121-0001/surveys",
    ]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe("AUTH.REQUIRED");
    }
  });

  it("unit staff may not read the centre's callback tasks", async () => {
    const res = await app.inject({
      method: "GET",
      url: "/api/v1/callback-tasks",
      headers: luxiStaff.headers,
    });
    expect(res.statusCode).toBe(403);
  });
});

describe("GET /tickets/:idOrRef/surveys", () => {
  it("lists the ticket's surveys with the answer and the reporter's number masked", async () => {
    const { ticket, residentIds } = await asked();
    await reply(t, residentIds[0]!, "基本满意，就是来得有点晚");
    const res = await app.inject({
      method: "GET",
      url: `/api/v1/tickets/${ticket.ref}/surveys`,
      headers: dispatcher.headers,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.surveys).toHaveLength(1);
    expect(body.surveys[0]).toMatchObject({
      round: 1,
      status: "answered",
      satisfaction: "basically",
      resolved: "yes",
      comment: "就是来得有点晚",
      unitId: "community.xisheng",
      attempts: 1,
    });
    expect(body.surveys[0].resident.phone).toMatch(/^139\*+\d{4}$/);
  });
});

describe("phone surveys for hotline callers (SURVEY_HOTLINE_MODE=call)", () => {
  it("an agent records the caller's answer through the API and the ticket closes", async () => {
    const { ticket } = await asked("hotline");
    const list = await app.inject({
      method: "GET",
      url: "/api/v1/callback-tasks?kind=survey_call",
      headers: dispatcher.headers,
    });
    const task = list.json().items.find((x: { ticketId: string }) => x.ticketId === ticket.id);
    expect(task).toMatchObject({ kind: "survey_call", status: "open", ref: ticket.ref });
    // The agent makes the call: the number is in clear for the centre (and the reveal is audited).
    expect(task.resident.phone).toMatch(/^139\d{8}$/);

    const bad = await app.inject({
      method: "POST",
      url: `/api/v1/callback-tasks/${task.id}/result`,
      headers: dispatcher.headers,
      payload: { reached: true },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("CALLBACK.ANSWER_REQUIRED");
    expect((await ticketById(t, ticket.id)).status).toBe("resolved");

    const res = await app.inject({
      method: "POST",
      url: `/api/v1/callback-tasks/${task.id}/result`,
      headers: dispatcher.headers,
      payload: { reached: true, satisfaction: "satisfied", comment: "电话回访：很满意" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: "closed", task: { status: "done" } });
    expect((await surveysOf(t, ticket.id))[0]).toMatchObject({
      answeredBy: "agent",
      satisfaction: "satisfied",
    });
    expect((await ticketById(t, ticket.id)).status).toBe("closed");
    const closeEvent = (await eventsOf(t, ticket.id)).find((e) => e.action === "close")!;
    expect(closeEvent).toMatchObject({ actorType: "staff", actorId: dispatcher.id });

    const again = await app.inject({
      method: "POST",
      url: `/api/v1/callback-tasks/${task.id}/result`,
      headers: dispatcher.headers,
      payload: { reached: false },
    });
    expect(again.statusCode).toBe(409);
  });

  it("leaders see the callback list with numbers masked and may not record results", async () => {
    const res = await app.inject({
      method: "GET",
      url: "/api/v1/callback-tasks?status=open,done",
      headers: leader.headers,
    });
    expect(res.statusCode).toBe(200);
    for (const item of res.json().items) expect(item.resident?.phone ?? "").not.toMatch(/^139\d{8}$/);
    const post = await app.inject({
      method: "POST",
      url: `/api/v1/callback-tasks/1/result`,
      headers: leader.headers,
      payload: { reached: false },
    });
    expect(post.statusCode).toBe(403);
  });
});

describe("spot checks (抽查)", () => {
  it("draws a seedable, stable share of closed tickets close to the configured rate", () => {
    const ids = Array.from(
      { length: 4000 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    );
    const picked = ids.filter((id) => isSpotChecked("seed-a", 0.1, id, 1));
    expect(picked.length / ids.length).toBeGreaterThan(0.08);
    expect(picked.length / ids.length).toBeLessThan(0.12);
    expect(ids.filter((id) => isSpotChecked("seed-a", 0.1, id, 1))).toEqual(picked);
    expect(ids.filter((id) => isSpotChecked("seed-b", 0.1, id, 1))).not.toEqual(picked);
    expect(ids.some((id) => isSpotChecked("seed-a", 0, id, 1))).toBe(false);
    expect(ids.every((id) => isSpotChecked("seed-a", 1, id, 1))).toBe(true);
  });

  it("a spot check that finds the resident dissatisfied overturns the survey and reopens the closed ticket", async () => {
    const policy = t.ctx.config.jurisdiction.policy.survey;
    const rate = policy.spotCheckRate;
    policy.spotCheckRate = 1;
    try {
      const { ticket, residentIds } = await asked();
      await reply(t, residentIds[0]!, "满意");
      expect((await ticketById(t, ticket.id)).status).toBe("closed");

      const list = await app.inject({
        method: "GET",
        url: "/api/v1/callback-tasks?kind=spot_check",
        headers: dispatcher.headers,
      });
      const task = list.json().items.find((x: { ticketId: string }) => x.ticketId === ticket.id);
      expect(task).toMatchObject({
        kind: "spot_check",
        status: "open",
        survey: { satisfaction: "satisfied" },
      });

      const res = await app.inject({
        method: "POST",
        url: `/api/v1/callback-tasks/${task.id}/result`,
        headers: dispatcher.headers,
        payload: {
          reached: true,
          satisfaction: "dissatisfied",
          resolved: "no",
          comment: "其实还在漏，没敢说",
        },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ outcome: "reopened", overturned: true });

      const tk = await ticketById(t, ticket.id);
      expect(tk).toMatchObject({ status: "reopened", round: 2, tier: "major" });
      const [s] = await surveysOf(t, ticket.id);
      expect(s).toMatchObject({ overturned: true, answeredBy: "spot_check", satisfaction: "dissatisfied" });
      const reopen = (await eventsOf(t, ticket.id)).find((e) => e.action === "reopen")!;
      expect(reopen.data).toMatchObject({
        explanation: {
          source: "spot_check",
          callbackTaskId: task.id,
          overturnedAnswer: { satisfaction: "satisfied" },
          residentComment: "其实还在漏，没敢说",
        },
      });
      const told = await outboundTo(t, residentIds[0]!, "status");
      expect(told.at(-1)!.text).toContain("重新交办");
    } finally {
      policy.spotCheckRate = rate;
    }
  });
});

describe("GET /reports/rates", () => {
  /** Seeds surveys of known outcomes for rounds resolved in November (and one in October). */
  async function seedRates() {
    const db = t.ctx.database.db;
    const make = async (
      unitId: string,
      rows: Array<Partial<typeof surveys.$inferInsert>>,
      resolvedAt: Date,
    ) => {
      const { ticket, residentIds } = await fileTicket(
        t,
        rows.map(() => ({ channel: "sms" as const, address: String(phone++) })),
      );
      await db
        .update(tickets)
        .set({ unitId, status: "closed", resolvedAt, createdAt: resolvedAt })
        .where(eq(tickets.id, ticket.id));
      for (const [i, r] of rows.entries())
        await db.insert(surveys).values({
          ticketId: ticket.id,
          residentId: residentIds[i]!,
          round: 1,
          reporterChannel: "sms",
          unitId,
          resolvedAt,
          status: "answered",
          ...r,
        });
    };
    const nov = new Date("2026-11-10T02:00:00Z");
    const ok = { resolved: "yes", satisfaction: "satisfied" };
    await make("community.taonan", [ok, ok, ok, ok, ok, ok], nov);
    await make(
      "community.taonan",
      [
        { resolved: "yes", satisfaction: "basically" },
        { resolved: "yes", satisfaction: "basically" },
        { resolved: "no", satisfaction: "dissatisfied" },
        { status: "unreachable", unreachableReason: "no_answer" },
        { status: "sent" },
      ],
      nov,
    );
    await make(
      "community.wenmiao",
      [
        ok,
        { resolved: "unknown", satisfaction: null },
        { status: "unreachable", unreachableReason: "no_answer" },
        { status: "unreachable", unreachableReason: "opted_out" },
      ],
      nov,
    );
    // Outside the period: not counted.
    await make(
      "community.taonan",
      [{ resolved: "no", satisfaction: "dissatisfied" }],
      new Date("2026-10-10T02:00:00Z"),
    );
    // A ticket of the period still being handled (not closed) for the closure rate.
    const open = await fileTicket(t, [{ channel: "sms", address: String(phone++) }]);
    await db
      .update(tickets)
      .set({ unitId: "community.taonan", status: "reopened", createdAt: nov })
      .where(eq(tickets.id, open.ticket.id));
  }

  it("computes response, resolution, satisfaction and closure rates per unit on a seeded dataset", async () => {
    await seedRates();
    const res = await app.inject({
      method: "GET",
      url: "/api/v1/reports/rates?unit=street.liuxiang&from=2026-11-01&to=2026-12-01&groupBy=unit",
      headers: leader.headers,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.from).toBe("2026-10-31T16:00:00.000Z"); // midnight in Asia/Shanghai
    const taonan = body.rows.find((r: { unitId: string }) => r.unitId === "community.taonan");
    expect(taonan).toMatchObject({
      unitName: "桃南社区",
      surveyed: 10,
      answered: 9,
      unreachable: 1,
      pending: 1,
      resolved: 8,
      satisfied: 6,
      basically: 2,
      dissatisfied: 1,
      received: 3,
      closed: 2,
    });
    expect(taonan.responseRate).toBeCloseTo(0.9, 10);
    expect(taonan.resolutionRate).toBeCloseTo(8 / 9, 10);
    expect(taonan.satisfactionRate).toBeCloseTo(8 / 9, 10);
    expect(taonan.satisfactionScore).toBe(84.44);
    expect(taonan.closureRate).toBeCloseTo(2 / 3, 10);
    expect(taonan.display).toEqual({
      responseRate: "90.00%",
      resolutionRate: "88.89%",
      satisfactionRate: "88.89%",
      closureRate: "66.67%",
    });
    const wenmiao = body.rows.find((r: { unitId: string }) => r.unitId === "community.wenmiao");
    expect(wenmiao).toMatchObject({ surveyed: 4, answered: 2, unreachable: 2, resolved: 1, satisfied: 1 });
    expect(wenmiao.unreachableByReason).toEqual({ no_answer: 1, opted_out: 1 });
    expect(wenmiao.responseRate).toBe(0.5);
    expect(wenmiao.satisfactionRate).toBe(0.5);
    expect(body.total).toMatchObject({
      surveyed: 14,
      answered: 11,
      unreachable: 3,
      satisfied: 7,
      basically: 2,
    });
    expect(body.total.satisfactionRate).toBeCloseTo(9 / 11, 10);
  });

  it("unit staff see only their own unit's figures", async () => {
    const own = await app.inject({
      method: "GET",
      url: "/api/v1/reports/rates?from=2026-11-01&to=2026-12-01&groupBy=unit",
      headers: luxiStaff.headers,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().rows.every((r: { unitId: string }) => r.unitId === "community.luxi")).toBe(true);
    const other = await app.inject({
      method: "GET",
      url: "/api/v1/reports/rates?unit=community.taonan",
      headers: luxiStaff.headers,
    });
    expect(other.statusCode).toBe(403);
  });

  it("documents the formulas in the OpenAPI description", () => {
    const spec = app.swagger() as { paths: Record<string, { get?: { description?: string } }> };
    const doc = spec.paths["/api/v1/reports/rates"]!.get!.description!;
    for (const term of ["响应率", "解决率", "满意率", "办结率", "answered / (answered + unreachable)"])
      expect(doc).toContain(term);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/tickets/{idOrRef}/surveys",
        "/api/v1/callback-tasks",
        "/api/v1/callback-tasks/{id}/result",
      ]),
    );
  });

  it("refuses an empty period and an unknown unit with a clear 400", async () => {
    const a = await app.inject({
      method: "GET",
      url: "/api/v1/reports/rates?from=2026-12-01&to=2026-11-01",
      headers: leader.headers,
    });
    expect(a.statusCode).toBe(400);
    expect(a.json().error.code).toBe("REPORT.INVALID_PERIOD");
    const b = await app.inject({
      method: "GET",
      url: "/api/v1/reports/rates?unit=nowhere",
      headers: leader.headers,
    });
    expect(b.json().error.code).toBe("REPORT.UNKNOWN_UNIT");
  });
});
