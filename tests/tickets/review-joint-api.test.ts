import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { runDigest } from "../../src/reports/daily-digest.js";
import { routeTicket } from "../../src/routing/route-ticket.js";
import { surveyJobHandler } from "../../src/survey/survey.worker.js";
import { staffSessions } from "../support/staff-session.js";
import { loseRedisData } from "../support/redis-loss.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { countOf, eventually, fileTicket, reload, rows } from "../routing/helpers.js";

const HOUR = 3_600_000;
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
const act = (user: string, ref: string, action: string, payload: object = {}) =>
  as(user, { method: "POST", url: `/api/v1/tickets/${ref}/actions/${action}`, payload });

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { SESSION_IDLE_MINUTES: "100000", SESSION_MAX_HOURS: "10000" } });
  // The review policy of this deployment: property matters (物业) are checked before the callback.
  t.ctx.config.jurisdiction.policy.review = { categories: ["property"], tiers: [], urgencies: [] };
  app = await buildApp(t.ctx, { docs: false });
  await signIn("xisheng1", "unit", "community.xisheng");
  await signIn("luxi1", "unit", "community.luxi");
  await signIn("water1", "unit", "utility.water");
  await signIn("disp1", "dispatcher");
  await signIn("boss1", "leader");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

let seq = 0;
/** A property ticket of 西盛社区, dispatched there (each about another building: no duplicates). */
async function dispatched(phone: string, category = "property") {
  seq++;
  const ticket = await fileTicket(
    t,
    { summary: `西盛家园${seq}号楼电梯坏了`, description: `西盛家园${seq}号楼电梯坏了三天`, category },
    phone,
  );
  await routeTicket(t.ctx, { ticketId: ticket.id });
  return reload(t, ticket.id);
}
async function accepted(phone: string, category = "property") {
  const ticket = await dispatched(phone, category);
  expect((await act("xisheng1", ticket.ref, "accept")).statusCode).toBe(200);
  return reload(t, ticket.id);
}

const surveysOf = (id: string) =>
  countOf(t, `SELECT count(*)::int AS n FROM surveys WHERE ticket_id='${id}'`);
const outbound = (id: string, purpose: string) =>
  countOf(
    t,
    `SELECT count(*)::int AS n FROM messages WHERE direction='out' AND payload->>'ticketId'='${id}' AND payload->>'purpose'='${purpose}'`,
  );
const eventsOf = (id: string) =>
  rows<{ action: string; actor_id: string | null; actor_unit_id: string | null; reason: string | null }>(
    t,
    `SELECT action, actor_id, actor_unit_id, reason FROM ticket_events WHERE ticket_id='${id}' ORDER BY id`,
  );
const staffId = async (username: string) =>
  (await rows<{ id: string }>(t, `SELECT id FROM staff_users WHERE username='${username}'`))[0]!.id;

describe("办结审核: the centre reviews a resolution before the resident is asked", () => {
  it("returns it once with a reason, approves the second reply, and only then tells and surveys the resident", async () => {
    const ticket = await accepted("13900002001");
    const dueBefore = ticket.resolveDueAt!.toISOString();

    const first = await act("xisheng1", ticket.ref, "resolve", { reply: "已处理" });
    expect(first.statusCode).toBe(200);
    expect(first.json().ticket.status).toBe("pending_review");
    expect(await outbound(ticket.id, "reply")).toBe(0);
    expect(await surveysOf(ticket.id)).toBe(0);

    const queue = await as("disp1", { method: "GET", url: "/api/v1/reviews" });
    expect(queue.statusCode).toBe(200);
    const item = queue.json().items.find((i: { ref: string }) => i.ref === ticket.ref);
    expect(item).toMatchObject({ reply: "已处理", status: "pending_review" });

    clock.advance(2 * HOUR);
    const back = await act("disp1", ticket.ref, "return_resolution", {
      reason: "答复过于简单，请说明电梯何时修复",
    });
    expect(back.statusCode).toBe(200);
    const returned = await reload(t, ticket.id);
    expect(returned).toMatchObject({ status: "accepted", unitId: "community.xisheng", resolvedAt: null });
    // No reset: the same resolution deadline as before the review.
    expect(returned.resolveDueAt!.toISOString()).toBe(dueBefore);
    const notes = await rows<{ purpose: string; text: string }>(
      t,
      `SELECT purpose, text FROM notifications WHERE ticket_id='${ticket.id}' AND purpose='review_return'`,
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]!.text).toContain("办结答复未通过审核");
    expect(notes[0]!.text).toContain("请说明电梯何时修复");
    expect(await outbound(ticket.id, "reply")).toBe(0);
    expect(await surveysOf(ticket.id)).toBe(0);

    const second = await act("xisheng1", ticket.ref, "resolve", {
      reply: "已联系电梯维保公司更换主板，电梯已恢复运行",
    });
    expect(second.json().ticket.status).toBe("pending_review");
    expect(await surveysOf(ticket.id)).toBe(0);

    const ok = await act("disp1", ticket.ref, "approve_resolution");
    expect(ok.statusCode).toBe(200);
    expect(ok.json().ticket.status).toBe("resolved");
    expect(await outbound(ticket.id, "reply")).toBe(1);
    const [reply] = await rows<{ text: string }>(
      t,
      `SELECT text FROM messages WHERE payload->>'ticketId'='${ticket.id}' AND payload->>'purpose'='reply'`,
    );
    expect(reply!.text).toContain("已办结：已联系电梯维保公司更换主板");
    expect(await surveysOf(ticket.id)).toBe(1);

    // Light changes are the SLA worker's; the clock kept running across the review (first contact is late).
    const log = (await eventsOf(ticket.id)).filter((e) => e.action !== "light");
    const disp = await staffId("disp1");
    expect(log.map((e) => e.action)).toEqual([
      "create",
      "dispatch",
      "accept",
      "resolve",
      "return_resolution",
      "resolve",
      "approve_resolution",
    ]);
    expect(log[4]).toMatchObject({ actor_id: disp, reason: "答复过于简单，请说明电梯何时修复" });
    expect(log[6]).toMatchObject({ actor_id: disp });

    // The survey goes at its usual time after the approval, once.
    clock.advance(3 * HOUR);
    await surveyJobHandler(t.ctx)({ sweep: true });
    await surveyJobHandler(t.ctx)({ sweep: true });
    expect(await outbound(ticket.id, "survey")).toBe(1);
  });

  it("answers a second (duplicate) approval 409 and sends no second reply or survey", async () => {
    const ticket = await accepted("13900002002");
    await act("xisheng1", ticket.ref, "resolve", { reply: "电梯已修好" });
    const [a, b] = await Promise.all([
      act("disp1", ticket.ref, "approve_resolution"),
      act("disp1", ticket.ref, "approve_resolution"),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const again = await act("disp1", ticket.ref, "approve_resolution");
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("TICKET.INVALID_TRANSITION");
    expect(await surveysOf(ticket.id)).toBe(1);
    expect(await outbound(ticket.id, "reply")).toBe(1);
  });

  it("still sends exactly one survey when Redis loses its data between the approval and the survey", async () => {
    const ticket = await accepted("13900002003");
    await act("xisheng1", ticket.ref, "resolve", { reply: "电梯已修好" });
    await act("disp1", ticket.ref, "approve_resolution");
    // The survey's delayed job reaches Redis through the outbox …
    await eventually(
      async () =>
        (await countOf(
          t,
          `SELECT count(*)::int AS n FROM outbox WHERE queue='survey' AND relayed_at IS NULL`,
        )) === 0,
      15_000,
      "survey job relayed",
    );
    // … and is lost with everything else (a Redis restart without persistence).
    await loseRedisData(t);
    clock.advance(3 * HOUR);
    const [s] = await rows<{ id: number }>(t, `SELECT id FROM surveys WHERE ticket_id='${ticket.id}'`);
    // The periodic sweep finds the due survey in PostgreSQL; a late duplicate of the lost job changes nothing.
    await surveyJobHandler(t.ctx)({ sweep: true });
    await surveyJobHandler(t.ctx)({ surveyId: s!.id });
    expect(await outbound(ticket.id, "survey")).toBe(1);
  });

  it("resolves tickets outside the policy at once, as before", async () => {
    const ticket = await accepted("13900002004", "noise");
    const r = await act("xisheng1", ticket.ref, "resolve", { reply: "已劝导住户" });
    expect(r.json().ticket.status).toBe("resolved");
    expect(await surveysOf(ticket.id)).toBe(1);
  });

  it("refuses the review to units, leaders, a missing reason and the wrong state, changing nothing", async () => {
    const ticket = await accepted("13900002005");
    const early = await act("disp1", ticket.ref, "approve_resolution");
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("TICKET.INVALID_TRANSITION");
    await act("xisheng1", ticket.ref, "resolve", { reply: "已处理" });
    const before = await reload(t, ticket.id);

    const unit = await act("xisheng1", ticket.ref, "approve_resolution");
    expect(unit.statusCode).toBe(403);
    expect(unit.json().error.code).toBe("TICKET.ROLE_NOT_ALLOWED");
    const leader = await act("boss1", ticket.ref, "approve_resolution");
    expect(leader.statusCode).toBe(403);
    expect(leader.json().error.code).toBe("AUTH.READ_ONLY");
    const noReason = await act("disp1", ticket.ref, "return_resolution", { reason: " " });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain("请填写理由");
    const other = await act("luxi1", ticket.ref, "approve_resolution");
    expect(other.statusCode).toBe(404);
    for (const user of ["xisheng1", "boss1"]) {
      const q = await as(user, { method: "GET", url: "/api/v1/reviews" });
      expect(q.statusCode).toBe(403);
    }
    expect((await reload(t, ticket.id)).version).toBe(before.version);
    expect(await surveysOf(ticket.id)).toBe(0);
  });

  it("tells the resident who asks that a ticket under review is still being handled", async () => {
    const { statusText } = await import("../../src/intake/dialogue/replies.js");
    expect(statusText("pending_review", "西盛社区", null)).toBe("西盛社区正在办理");
  });
});

describe("主办/协办: assisting units", () => {
  it("lets the centre add an assisting unit, which sees the ticket, is notified and adds progress", async () => {
    const ticket = await dispatched("13900002101");
    const add = await act("disp1", ticket.ref, "add_assist", { unitId: "utility.water" });
    expect(add.statusCode).toBe(200);
    expect(add.json().ticket.assistUnitIds).toEqual(["utility.water"]);
    const [notice] = await rows<{ unit_id: string; text: string }>(
      t,
      `SELECT unit_id, text FROM notifications WHERE ticket_id='${ticket.id}' AND purpose='assist'`,
    );
    expect(notice).toMatchObject({ unit_id: "utility.water" });
    expect(notice!.text).toContain("协办工单");
    expect(notice!.text).toContain("西盛社区");

    const list = await as("water1", { method: "GET", url: "/api/v1/tickets?limit=100" });
    expect(list.json().items.map((i: { ref: string }) => i.ref)).toContain(ticket.ref);
    const one = await as("water1", { method: "GET", url: `/api/v1/tickets/${ticket.ref}` });
    expect(one.statusCode).toBe(200);
    const buttons = await as("water1", { method: "GET", url: `/api/v1/tickets/${ticket.ref}/actions` });
    expect(buttons.json().actions).toEqual(["note"]);
    // The reporter's phone stays with the lead unit, which calls the resident back.
    const reveal = await as("water1", {
      method: "POST",
      url: `/api/v1/tickets/${ticket.ref}/reveal`,
      payload: { reason: "需要联系群众" },
    });
    expect(reveal.statusCode).toBe(403);

    const note = await act("water1", ticket.ref, "note", { text: "已关闭3号楼进水阀门，待社区协调入户" });
    expect(note.statusCode).toBe(200);
    const log = await eventsOf(ticket.id);
    expect(log.at(-1)).toMatchObject({ action: "note", actor_unit_id: "utility.water" });
    expect(log.find((e) => e.action === "add_assist")).toMatchObject({ actor_unit_id: null });
  });

  it("refuses an assisting unit resolving, returning or accepting (403) and changes nothing", async () => {
    const ticket = await dispatched("13900002102");
    await act("disp1", ticket.ref, "add_assist", { unitId: "utility.water" });
    await act("xisheng1", ticket.ref, "accept");
    const before = await reload(t, ticket.id);
    for (const [action, body] of [
      ["resolve", { reply: "水管已修好" }],
      ["transfer_back", { reason: "不归我们管" }],
      ["request_extension", { days: 3, reason: "等配件" }],
    ] as const) {
      const r = await act("water1", ticket.ref, action, body);
      expect(r.statusCode).toBe(403);
      expect(r.json().error.code).toBe("TICKET.ASSIST_ONLY");
      expect(r.json().error.message).toContain("协办单位");
    }
    expect((await reload(t, ticket.id)).version).toBe(before.version);
  });

  it("refuses bad assisting requests with a clear 4xx and removes an assisting unit", async () => {
    const ticket = await dispatched("13900002103");
    const unit = await act("xisheng1", ticket.ref, "add_assist", { unitId: "utility.water" });
    expect(unit.statusCode).toBe(403);
    const unknown = await act("disp1", ticket.ref, "add_assist", { unitId: "utility.nothing" });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.code).toBe("UNIT.UNKNOWN");
    const lead = await act("disp1", ticket.ref, "add_assist", { unitId: "community.xisheng" });
    expect(lead.statusCode).toBe(422);
    expect(lead.json().error.code).toBe("TICKET.ASSIST_IS_LEAD");
    await act("disp1", ticket.ref, "add_assist", { unitId: "utility.water" });
    const twice = await act("disp1", ticket.ref, "add_assist", { unitId: "utility.water" });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("TICKET.ALREADY_ASSISTING");

    const rm = await act("disp1", ticket.ref, "remove_assist", { unitId: "utility.water" });
    expect(rm.statusCode).toBe(200);
    expect(rm.json().ticket.assistUnitIds).toEqual([]);
    const gone = await as("water1", { method: "GET", url: `/api/v1/tickets/${ticket.ref}` });
    expect(gone.statusCode).toBe(404);
    const rmAgain = await act("disp1", ticket.ref, "remove_assist", { unitId: "utility.water" });
    expect(rmAgain.statusCode).toBe(409);
    expect(rmAgain.json().error.code).toBe("TICKET.NOT_ASSISTING");
  });
});

describe("daily digest: the centre's own decisions left waiting", () => {
  it("lists a resolution waiting for review and a return request older than four hours", async () => {
    const review = await accepted("13900002401");
    await act("xisheng1", review.ref, "resolve", { reply: "已处理完毕" });
    const back = await dispatched("13900002402");
    await act("xisheng1", back.ref, "transfer_back", { reason: "不属于本社区" });
    const saved = clock.now();
    clock.advance(30 * 24 * HOUR);
    try {
      const digest = await runDigest(t.ctx);
      const refs = digest.stuckTickets.map((x) => x.ref);
      expect(refs).toContain(review.ref);
      expect(refs).toContain(back.ref);
    } finally {
      clock.set(saved);
    }
  });
});

describe("ranking: assisting is counted apart and never blamed for the lead's delay", () => {
  it("lists the assisting unit's tickets beside the score while lateness stays with the lead", async () => {
    const ticket = await dispatched("13900002301");
    await act("disp1", ticket.ref, "add_assist", { unitId: "utility.water" });
    const saved = clock.now();
    // Three weeks on, the lead has let the resolution deadline pass.
    clock.advance(21 * 24 * HOUR);
    try {
      const res = await as("disp1", {
        method: "GET",
        url: "/api/v1/reports/overview?period=week&date=2026-11-23",
      });
      expect(res.statusCode).toBe(200);
      const ranking = res.json().ranking as {
        unitId: string;
        late: number;
        assisted: number;
        score: number | null;
      }[];
      const lead = ranking.find((r) => r.unitId === "community.xisheng")!;
      const water = ranking.find((r) => r.unitId === "utility.water")!;
      expect(lead.late).toBeGreaterThan(0);
      // utility.water assists this ticket and two earlier ones (it was removed from a third).
      expect(water).toMatchObject({ late: 0, assisted: 3, score: null });
    } finally {
      clock.set(saved);
    }
  });
});

describe("退单审核: a unit's return waits for the centre", () => {
  it("keeps the ticket with the unit, lets the centre insist once and then re-dispatch it", async () => {
    const ticket = await dispatched("13900002201");
    const ask = await act("xisheng1", ticket.ref, "transfer_back", { reason: "该楼属于鹿溪社区管辖" });
    expect(ask.statusCode).toBe(200);
    expect(ask.json().ticket).toMatchObject({
      status: "dispatched",
      unitId: "community.xisheng",
      transferCount: 0,
      returnRequest: { reason: "该楼属于鹿溪社区管辖" },
    });
    const twice = await act("xisheng1", ticket.ref, "transfer_back", { reason: "再次申请" });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("TICKET.RETURN_PENDING");

    const queue = await as("disp1", { method: "GET", url: "/api/v1/returns" });
    expect(queue.json().items.map((i: { ref: string }) => i.ref)).toContain(ticket.ref);
    expect((await as("xisheng1", { method: "GET", url: "/api/v1/returns" })).statusCode).toBe(403);
    // The unit still holds it: it may accept while waiting.
    expect((await act("xisheng1", ticket.ref, "accept")).statusCode).toBe(200);

    const noReason = await act("disp1", ticket.ref, "refuse_return", {});
    expect(noReason.statusCode).toBe(400);
    const insist = await act("disp1", ticket.ref, "refuse_return", { reason: "经核实该楼由西盛社区管理" });
    expect(insist.statusCode).toBe(200);
    expect(insist.json().ticket).toMatchObject({ unitId: "community.xisheng", returnRequest: null });
    const [refused] = await rows<{ unit_id: string; text: string }>(
      t,
      `SELECT unit_id, text FROM notifications WHERE ticket_id='${ticket.id}' AND purpose='return_refused'`,
    );
    expect(refused).toMatchObject({ unit_id: "community.xisheng" });
    expect(refused!.text).toContain("退单申请未获同意");
    const none = await act("disp1", ticket.ref, "refuse_return", { reason: "重复操作" });
    expect(none.statusCode).toBe(409);
    expect(none.json().error.code).toBe("TICKET.NO_RETURN_PENDING");

    await act("xisheng1", ticket.ref, "transfer_back", { reason: "物业合同显示归鹿溪社区" });
    const moved = await act("disp1", ticket.ref, "redispatch", {
      unitId: "community.luxi",
      reason: "同意退单，改派鹿溪社区",
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().ticket).toMatchObject({
      status: "dispatched",
      unitId: "community.luxi",
      transferCount: 1,
      returnRequest: null,
    });
    const after = await as("disp1", { method: "GET", url: "/api/v1/returns" });
    expect(after.json().items.map((i: { ref: string }) => i.ref)).not.toContain(ticket.ref);
    expect((await eventsOf(ticket.id)).map((e) => e.action)).toEqual([
      "create",
      "dispatch",
      "transfer_back",
      "accept",
      "refuse_return",
      "transfer_back",
      "redispatch",
    ]);
  });

  it("refuses a return request from another unit or without a reason, changing nothing", async () => {
    const ticket = await dispatched("13900002202");
    const other = await act("luxi1", ticket.ref, "transfer_back", { reason: "不是我们的" });
    expect(other.statusCode).toBe(404);
    const empty = await act("xisheng1", ticket.ref, "transfer_back", { reason: "" });
    expect(empty.statusCode).toBe(400);
    const unit = await act("xisheng1", ticket.ref, "refuse_return", { reason: "自己驳回" });
    expect(unit.statusCode).toBe(403);
    const row = await reload(t, ticket.id);
    expect(row).toMatchObject({ version: ticket.version, returnRequestedAt: null });
  });
});
