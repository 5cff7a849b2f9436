import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelWorkers } from "../../../src/channels-runtime/channel.workers.js";
import {
  dutyAlarms,
  messages,
  notifications,
  ticketEvents,
  ticketSla,
  tickets,
} from "../../../src/db/schema/index.js";
import { buildApp, type App } from "../../../src/http/app.js";
import { intakeWorkers } from "../../../src/intake/intake.worker.js";
import { formatDeadline } from "../../../src/notify/unit-texts.js";
import type { AppContext } from "../../../src/runtime/context.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { hmacSigned, SMS_SECRETS, smsEnv } from "../support/sms-http.js";
import { waitFor } from "../support/wait-for.js";

/** The feed's clock and ours: a segment "1.5 s after call.ended" is 1.5 s on this clock. */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;

const feed = async (body: unknown) => {
  const res = await app.inject(
    hmacSigned("/channels/hotline/events", body, SMS_SECRETS.hotline, clock.now()),
  );
  expect(res.statusCode).toBe(200);
};
const segment = (callId: string, seq: number, speaker: "caller" | "agent", text: string) => ({
  type: "transcript.segment",
  callId,
  seq,
  speaker,
  text,
  final: true,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
});
const started = (callId: string, caller: string) => ({
  type: "call.started",
  callId,
  caller,
  callee: "12345",
  at: "2026-11-21T10:00:00+08:00",
});
const ended = (callId: string) => ({ type: "call.ended", callId, at: "2026-11-21T10:02:00+08:00" });

const transcript = async (callId: string) =>
  (
    await t.ctx.database.db
      .select()
      .from(messages)
      .where(and(eq(messages.channel, "hotline"), eq(messages.channelMessageId, callId)))
  )[0];

const raisedNotices = async (ticketId: string) =>
  t.ctx.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.ticketId, ticketId), eq(notifications.purpose, "urgency_raised")));
const alarmsOf = async (ticketId: string) =>
  t.ctx.database.db.select().from(dutyAlarms).where(eq(dutyAlarms.ticketId, ticketId));
/** Waits until `read` finds rows for the ticket; returns them. */
const firstRows = <T>(read: (ticketId: string) => Promise<T[]>, ticketId: string, what: string) =>
  waitFor(async () => ((await read(ticketId)).length ? read(ticketId) : null), 15_000, what);
const GAS_LATE = "对了，楼道里还有很浓的煤气味，好像燃气泄漏了";

/** Waits until the ticket's urgency is `urgency`; returns the row. */
const raisedTo = (ticketId: string, urgency: string) =>
  waitFor(
    async () => {
      const [row] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.id, ticketId));
      return row?.urgency === urgency ? row : null;
    },
    15_000,
    `ticket raised to ${urgency}`,
  );

/** A late caller line that makes the call an emergency; waits until the ticket shows it. */
async function lateGas(callId: string, seq: number, ticketId: string) {
  await feed(segment(callId, seq, "caller", GAS_LATE));
  return raisedTo(ticketId, "emergency");
}

/** A whole call fed and ended; waits for its transcript and the ticket filed at `place`. */
async function filedCall(
  callId: string,
  caller: string,
  lines: [string, "caller" | "agent", string][],
  place: string,
) {
  await feed([
    started(callId, caller),
    ...lines.map(([, speaker, text], i) => segment(callId, i + 1, speaker, text)),
    ended(callId),
  ]);
  clock.advance(2500);
  const message = await waitFor(() => transcript(callId), 15_000, "assembled transcript");
  const ticket = await waitFor(
    async () =>
      (
        await t.ctx.database.db
          .select()
          .from(tickets)
          .where(and(eq(tickets.channel, "hotline"), eq(tickets.locationText, place)))
      ).find((x) => lines.some(([key]) => key && x.description.includes(key))),
    15_000,
    "ticket from the call",
  );
  return { message, ticket };
}

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: smsEnv({ HOTLINE_SILENCE_SECONDS: "120", HOTLINE_END_GRACE_MS: "2000" }),
    workers: [(ctx: AppContext) => channelWorkers(ctx), (ctx: AppContext) => intakeWorkers(ctx)],
  });
  await t.ctx.relay.start();
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("hotline segments that arrive after call.ended", () => {
  it("waits the grace period after call.ended, so a final segment 1.5 s later is in the transcript", async () => {
    const call = "late-0001";
    await feed([started(call, "13911112222"), segment(call, 1, "caller", "你好")]);
    await feed(ended(call));
    clock.advance(1500);
    await feed(segment(call, 2, "caller", "西盛家园3号楼楼道里燃气泄漏了"));
    // Still inside the grace period (counted from the last event): nothing assembled yet.
    expect(await transcript(call)).toBeUndefined();
    clock.advance(2500);
    const message = await waitFor(() => transcript(call), 15_000, "assembled transcript");
    expect(message.text).toContain("你好");
    expect(message.text).toContain("燃气泄漏了");
  });

  it("amends the ticket when a final segment arrives after assembly, and raises its urgency", async () => {
    const call = "late-0002";
    const { message, ticket } = await filedCall(
      call,
      "13933334444",
      [
        ["", "agent", "您好，直通热线，请讲。"],
        ["灯坏了", "caller", "我是西盛家园3号楼的，楼道里的灯坏了好几天了。"],
      ],
      "西盛家园3号楼",
    );
    expect(ticket.urgency).not.toBe("emergency");
    expect(message.text).not.toContain("燃气");

    // The vendor's last final result comes in after all that.
    clock.advance(1000);
    await feed(segment(call, 3, "caller", "对了，楼道里还有很浓的煤气味，好像燃气泄漏了"));
    const amended = await waitFor(
      async () => {
        const [row] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.id, ticket.id));
        return row?.description.includes("燃气泄漏了") ? row : null;
      },
      15_000,
      "amended ticket",
    );
    expect(amended.urgency).toBe("emergency");
    const events = await t.ctx.database.db
      .select()
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, ticket.id), eq(ticketEvents.action, "amend")));
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({
      callId: call,
      urgencyFrom: ticket.urgency,
      urgencyTo: "emergency",
    });
    expect((await transcript(call))!.text).toContain("燃气泄漏了");
    // The caller gets the emergency advice intake would have given (by SMS, on the number called from).
    const advice = await t.ctx.database.db
      .select()
      .from(messages)
      .where(and(eq(messages.direction, "out"), eq(messages.replyToMessageId, message.id)));
    expect(advice.map((m) => m.text).join("")).toContain("119");

    // The same segment delivered again changes nothing.
    await feed(segment(call, 3, "caller", "对了，楼道里还有很浓的煤气味，好像燃气泄漏了"));
    await t.ctx.relay.drain();
    const again = await t.ctx.database.db
      .select()
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, ticket.id), eq(ticketEvents.action, "amend")));
    expect(again).toHaveLength(1);
    // Still waiting for routing: the route worker reads the new urgency, nobody is alarmed here.
    expect(await raisedNotices(ticket.id)).toHaveLength(0);
    expect(await alarmsOf(ticket.id)).toHaveLength(0);
  });

  it("tells the unit that already holds the ticket, once, when a late segment makes it an emergency", async () => {
    const call = "late-0005";
    const { ticket } = await filedCall(
      call,
      "13922223333",
      [["路灯", "caller", "我是西盛家园7号楼的，楼下路灯一直不亮。"]],
      "西盛家园7号楼",
    );
    // Routed and dispatched as an everyday matter before the late words arrived, with the
    // everyday deadline (five working days).
    const everyday = new Date(clock.now().getTime() + 7 * 24 * 3_600_000);
    await t.ctx.database.db
      .update(tickets)
      .set({
        status: "dispatched",
        unitId: "community.xisheng",
        dispatchedAt: clock.now(),
        resolveDueAt: everyday,
        resolveYellowAt: new Date(everyday.getTime() - 24 * 3_600_000),
      })
      .where(eq(tickets.id, ticket.id));
    clock.advance(1000);
    const raisedAt = clock.now();
    const raised = await lateGas(call, 2, ticket.id);
    // The emergency's 24 hours (config/jurisdiction.json) count from the moment it was raised.
    const emergencyDue = new Date(raisedAt.getTime() + 24 * 3_600_000);
    expect(raised.resolveDueAt).toEqual(emergencyDue);
    expect(raised.resolveYellowAt!.getTime()).toBeLessThan(emergencyDue.getTime());
    const [sla] = await t.ctx.database.db.select().from(ticketSla).where(eq(ticketSla.ticketId, ticket.id));
    expect(sla).toMatchObject({ resolveBasis: "hours", resolveYellowAt: raised.resolveYellowAt });
    const [amend] = await t.ctx.database.db
      .select()
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, ticket.id), eq(ticketEvents.action, "amend")));
    expect(amend!.data).toMatchObject({
      resolveBy: { from: everyday.toISOString(), to: emergencyDue.toISOString() },
    });
    const notices = await firstRows(raisedNotices, ticket.id, "the unit's notice");
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ recipientType: "unit", unitId: "community.xisheng" });
    expect(notices[0]!.text).toContain("已升为特急");
    expect(notices[0]!.text).toContain(ticket.ref);
    // The unit is told the deadline it now works to (Beijing time).
    expect(notices[0]!.text).toContain(`办结时限：${formatDeadline(emergencyDue, "Asia/Shanghai")}`);
    expect(await alarmsOf(ticket.id)).toHaveLength(0);

    // Delivered again by the vendor: no second notice.
    await feed(segment(call, 2, "caller", GAS_LATE));
    await t.ctx.relay.drain();
    expect(await raisedNotices(ticket.id)).toHaveLength(1);
  });

  it("tells the unit of a ticket raised to urgent, with a deadline never later than the one it had", async () => {
    const call = "late-0007";
    const { ticket } = await filedCall(
      call,
      "13977778888",
      [["电梯", "caller", "我是西盛家园9号楼的，楼里电梯这几天老是停。"]],
      "西盛家园9号楼",
    );
    expect(ticket.urgency).toBe("normal");
    // Dispatched two days ago with a deadline a day from now: the urgent 72 hours would end later.
    const soon = new Date(clock.now().getTime() + 24 * 3_600_000);
    await t.ctx.database.db
      .update(tickets)
      .set({
        status: "accepted",
        unitId: "community.xisheng",
        dispatchedAt: new Date(clock.now().getTime() - 48 * 3_600_000),
        resolveDueAt: soon,
      })
      .where(eq(tickets.id, ticket.id));
    clock.advance(1000);
    await feed(segment(call, 2, "caller", "对了，我家老人坐轮椅，电梯坏了下不了楼"));
    const raised = await raisedTo(ticket.id, "urgent");
    expect(raised.resolveDueAt).toEqual(soon);
    const notices = await firstRows(raisedNotices, ticket.id, "the unit's notice");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain("已升为紧急");
    expect(notices[0]!.text).toContain(`办结时限：${formatDeadline(soon, "Asia/Shanghai")}`);
    expect(notices[0]!.params).toMatchObject({ urgency: "紧急" });
    // No duty alarm for an urgent ticket: the unit has it.
    expect(await alarmsOf(ticket.id)).toHaveLength(0);
  });

  it("alarms the duty officer when the ticket a late segment makes an emergency sits in triage", async () => {
    const call = "late-0006";
    const { ticket } = await filedCall(
      call,
      "13944445555",
      [["垃圾", "caller", "我是西盛家园8号楼的，垃圾桶满了没人清。"]],
      "西盛家园8号楼",
    );
    await t.ctx.database.db.update(tickets).set({ triage: true }).where(eq(tickets.id, ticket.id));
    clock.advance(1000);
    await lateGas(call, 2, ticket.id);
    const alarms = await firstRows(alarmsOf, ticket.id, "duty alarm");
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.reason).toBe("unroutable_emergency");
    expect(await raisedNotices(ticket.id)).toHaveLength(0);
  });

  it("raises a filed call to an emergency when the operator's late words react to a danger", async () => {
    const call = "late-0003";
    const { message, ticket } = await filedCall(
      call,
      "13955556666",
      [
        ["", "agent", "您好，直通热线，请讲。"],
        ["燃气卡", "caller", "我是西盛家园5号楼的，燃气卡充了值插进表里没反应。"],
      ],
      "西盛家园5号楼",
    );
    expect(ticket.urgency).not.toBe("emergency");

    // Only the operator's last result trails the call: the caller's words added nothing.
    clock.advance(1000);
    await feed(segment(call, 3, "agent", "您先别开任何电器开关，马上开窗离开房间，我这边帮您转接119。"));
    const amended = await raisedTo(ticket.id, "emergency");
    expect(amended.description).toContain("坐席：您先别开任何电器开关");
    const [event] = await t.ctx.database.db
      .select()
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, ticket.id), eq(ticketEvents.action, "amend")));
    expect(event!.data).toMatchObject({ urgencyTo: "emergency", lines: 0 });
    expect(String(event!.data["urgencyReason"])).toMatch(/^坐席：/);
    // The caller heard the advice from the operator: no SMS repeats it.
    const advice = await t.ctx.database.db
      .select()
      .from(messages)
      .where(and(eq(messages.direction, "out"), eq(messages.replyToMessageId, message.id)));
    expect(advice.map((m) => m.text).join("")).not.toContain("119");
  });

  it("does not raise a call for the operator's advice about another time", async () => {
    const call = "late-0004";
    const { ticket } = await filedCall(
      call,
      "13977778888",
      [["燃气表", "caller", "我是西盛家园6号楼的，想问下燃气表多久检查一次。"]],
      "西盛家园6号楼",
    );
    clock.advance(1000);
    await feed(segment(call, 2, "agent", "如果以后闻到燃气味，请马上开窗离开房间并拨打119。"));
    await waitFor(
      async () => ((await transcript(call))!.text?.includes("如果以后") ? true : null),
      15_000,
      "transcript amended",
    );
    const [row] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row!.urgency).toBe(ticket.urgency);
    expect(row!.description).toBe(ticket.description);
  });
});
