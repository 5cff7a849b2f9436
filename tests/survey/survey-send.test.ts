import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackTasks, messages, residentIdentities, tickets } from "../../src/db/schema/index.js";
import { runSurveyStep } from "../../src/survey/run-survey-step.js";
import { surveyDigest } from "../../src/reports/survey-digest.js";
import { scheduleSurveys } from "../../src/survey/schedule-surveys.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import {
  HOUR,
  eventsOf,
  fileTicket,
  outboundTo,
  outboxJobs,
  resolveRound,
  surveysOf,
  ticketById,
} from "./support.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: {
      SMS_TEMPLATE_SURVEY: "SMS_SURVEY_01:ref,summary",
      WECHAT_TEMPLATE_SURVEY: "tplSurvey01|thing1=summary,character_string2=ref",
      SURVEY_SPOT_CHECK_SEED: "no-spot-checks-here",
    },
  });
});
afterAll(async () => t.close());

/** Runs every step due at the current test clock, as the delayed jobs and the sweep would. */
async function runDue(surveyIds: number[]) {
  return Promise.all(surveyIds.map((id) => runSurveyStep(t.ctx, id)));
}

describe("scheduling callback surveys at resolution", () => {
  it("creates one survey per reporter and a delayed survey job at resolvedAt + delayHours", async () => {
    clock.set("2026-11-21T02:00:00Z");
    const { ticket, residentIds } = await fileTicket(t, [
      { channel: "sms", address: "13900000001", phone: "13900000001" },
      { channel: "sms", address: "13900000002", phone: "13900000002" },
    ]);
    await resolveRound(t, ticket.id);
    const rows = await surveysOf(t, ticket.id);
    expect(rows.map((s) => s.residentId).sort()).toEqual([...residentIds].sort());
    expect(rows.every((s) => s.status === "scheduled" && s.round === 1)).toBe(true);
    expect(rows[0]!.dueAt?.toISOString()).toBe("2026-11-21T04:00:00.000Z");
    expect(rows[0]!).toMatchObject({ unitId: "community.xisheng", handlerId: "staff-wang" });
    const jobs = (await outboxJobs(t, "survey")).filter((j) => rows.some((s) => s.id === j.payload.surveyId));
    expect(jobs).toHaveLength(2);
    expect(jobs[0]!.jobId).toBe(`survey_${rows[0]!.id}_ask1`);
    expect(jobs[0]!.runAt?.toISOString()).toBe("2026-11-21T04:00:00.000Z");
  });

  it("scheduling the same round twice creates no second survey and no second job", async () => {
    const { ticket } = await fileTicket(t, [{ channel: "sms", address: "13900000003" }]);
    await resolveRound(t, ticket.id);
    await t.ctx.database.db.transaction((tx) =>
      scheduleSurveys(tx, t.ctx, { ticketId: ticket.id, round: 1, resolvedAt: clock.now() }),
    );
    const rows = await surveysOf(t, ticket.id);
    expect(rows).toHaveLength(1);
    const jobs = (await outboxJobs(t, "survey")).filter((j) => j.payload.surveyId === rows[0]!.id);
    expect(jobs).toHaveLength(1);
  });

  it("surveys every reporter of a merged ticket, including those of the tickets merged into it", async () => {
    const main = await fileTicket(t, [
      { channel: "sms", address: "13900000011" },
      { channel: "wechat", address: "oWX-merged-1" },
    ]);
    const dup = await fileTicket(t, [{ channel: "sms", address: "13900000012" }]);
    await t.ctx.database.db
      .update(tickets)
      .set({ status: "merged", mergedIntoId: main.ticket.id })
      .where(eq(tickets.id, dup.ticket.id));
    await resolveRound(t, main.ticket.id);
    const rows = await surveysOf(t, main.ticket.id);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.reporterChannel).sort()).toEqual(["sms", "sms", "wechat"]);
  });

  it("a ticket with nobody to ask is closed as 免回访 (survey waived) by its survey job", async () => {
    const { ticket } = await fileTicket(t, []);
    await resolveRound(t, ticket.id);
    const job = (await outboxJobs(t, "survey")).find((j) => j.payload.ticketId === ticket.id);
    expect(job?.jobId).toBe(`survey-waive_${ticket.id}_1`);
    const { surveyJobHandler } = await import("../../src/survey/survey.worker.js");
    await surveyJobHandler(t.ctx)({ ticketId: ticket.id, round: 1 });
    expect((await ticketById(t, ticket.id)).status).toBe("closed");
    const actions = (await eventsOf(t, ticket.id)).map((e) => [e.action, e.data.outcome ?? null]);
    expect(actions.slice(-2)).toEqual([
      ["survey_recorded", "waived"],
      ["close", null],
    ]);
  });
});

describe("sending the question", () => {
  it("does nothing before the delay and sends one SMS through the survey template when due", async () => {
    clock.set("2026-11-21T02:00:00Z");
    const { ticket, residentIds } = await fileTicket(t, [{ channel: "sms", address: "13900000021" }]);
    await resolveRound(t, ticket.id);
    const [s] = await surveysOf(t, ticket.id);
    expect(await runSurveyStep(t.ctx, s!.id)).toBe("not_due");
    expect(await outboundTo(t, residentIds[0]!, "survey")).toHaveLength(0);

    clock.advance(2 * HOUR);
    expect(await runSurveyStep(t.ctx, s!.id)).toBe("sent");
    const sent = await outboundTo(t, residentIds[0]!, "survey");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.channel).toBe("sms");
    expect(sent[0]!.text).toContain("满意请回复1，基本满意回复2，不满意回复3");
    expect(sent[0]!.text).toContain(ticket.ref);
    expect(sent[0]!.payload.template).toEqual({
      code: "SMS_SURVEY_01",
      params: { ref: ticket.ref, summary: "西盛家园3号楼楼道水管漏水" },
    });
    const [after] = await surveysOf(t, ticket.id);
    expect(after).toMatchObject({ status: "sent", attempts: 1, deliveryChannel: "sms" });
    expect(after!.dueAt?.toISOString()).toBe("2026-11-22T04:00:00.000Z");
    // The step already taken is not taken again.
    expect(await runSurveyStep(t.ctx, s!.id)).toBe("not_due");
    expect(await outboundTo(t, residentIds[0]!, "survey")).toHaveLength(1);
  });

  it("two copies of the same job running at the same time send exactly one message", async () => {
    clock.set("2026-11-21T02:00:00Z");
    const { ticket, residentIds } = await fileTicket(t, [{ channel: "sms", address: "13900000022" }]);
    await resolveRound(t, ticket.id);
    const [s] = await surveysOf(t, ticket.id);
    clock.advance(2 * HOUR);
    const results = await Promise.all([1, 2, 3, 4].map(() => runSurveyStep(t.ctx, s!.id)));
    expect(results.filter((r) => r === "sent")).toHaveLength(1);
    expect(await outboundTo(t, residentIds[0]!, "survey")).toHaveLength(1);
  });

  it("snapshots the responsible unit and the handler when the question is sent", async () => {
    clock.set("2026-11-21T02:00:00Z");
    const { ticket } = await fileTicket(t, [{ channel: "sms", address: "13900000023" }]);
    await resolveRound(t, ticket.id, "community.luxi", "staff-li");
    const [s] = await surveysOf(t, ticket.id);
    clock.advance(2 * HOUR);
    await runSurveyStep(t.ctx, s!.id);
    const [after] = await surveysOf(t, ticket.id);
    expect(after).toMatchObject({ unitId: "community.luxi", handlerId: "staff-li" });
  });

  it("asks a WeChat reporter by customer-service message inside the 48-hour window", async () => {
    clock.set("2026-11-21T02:00:00Z");
    const { ticket, residentIds } = await fileTicket(t, [
      { channel: "wechat", address: "oWX-in-window", lastInboundAt: new Date("2026-11-20T10:00:00Z") },
    ]);
    await resolveRound(t, ticket.id);
    clock.advance(2 * HOUR);
    const [s] = await surveysOf(t, ticket.id);
    await runSurveyStep(t.ctx, s!.id);
    const [m] = await outboundTo(t, residentIds[0]!, "survey");
    expect(m!.channel).toBe("wechat");
    // The template's params ride along: the outbound worker falls back to it if WeChat refuses.
    expect(m!.payload.template).toMatchObject({ params: { ref: ticket.ref } });
  });

  it("outside the window without a WeChat template, a reporter with a phone is asked by SMS", async () => {
    const local = await createTestEnv({ clock, env: { SMS_TEMPLATE_SURVEY: "SMS_SURVEY_01:ref,summary" } });
    try {
      clock.set("2026-11-21T02:00:00Z");
      const { ticket, residentIds } = await fileTicket(local, [
        { channel: "wechat", address: "oWX-old", lastInboundAt: new Date("2026-11-01T00:00:00Z") },
      ]);
      await local.ctx.database.db
        .insert(residentIdentities)
        .values({ residentId: residentIds[0]!, channel: "sms", address: "13900000024" });
      await resolveRound(local, ticket.id);
      clock.advance(2 * HOUR);
      const [s] = await surveysOf(local, ticket.id);
      expect(await runSurveyStep(local.ctx, s!.id)).toBe("sent");
      const [m] = await outboundTo(local, residentIds[0]!, "survey");
      expect(m!.channel).toBe("sms");
      expect(m!.payload.template).toMatchObject({ code: "SMS_SURVEY_01" });

      // A WeChat-only resident outside the window cannot be asked at all: 未回访 (no_channel).
      const other = await fileTicket(local, [
        { channel: "wechat", address: "oWX-gone", lastInboundAt: new Date("2026-11-01T00:00:00Z") },
      ]);
      await resolveRound(local, other.ticket.id);
      clock.advance(2 * HOUR);
      const [o] = await surveysOf(local, other.ticket.id);
      expect(await runSurveyStep(local.ctx, o!.id)).toBe("unreachable");
      expect((await surveysOf(local, other.ticket.id))[0]).toMatchObject({
        status: "unreachable",
        unreachableReason: "no_channel",
      });
    } finally {
      await local.close();
    }
  });

  it("asks hotline callers by SMS on the number they called from", async () => {
    clock.set("2026-11-21T02:00:00Z");
    const { ticket, residentIds } = await fileTicket(t, [{ channel: "hotline", address: "13900000025" }]);
    await resolveRound(t, ticket.id);
    clock.advance(2 * HOUR);
    const [s] = await surveysOf(t, ticket.id);
    await runSurveyStep(t.ctx, s!.id);
    const [m] = await outboundTo(t, residentIds[0]!, "survey");
    expect(m!.channel).toBe("sms");
    expect(m!.payload.address).toBe("13900000025");
  });

  it("sends nothing to an opted-out reporter and counts the survey as unreachable (opted_out)", async () => {
    clock.set("2026-11-21T02:00:00Z");
    const { ticket, residentIds } = await fileTicket(t, [{ channel: "sms", address: "13900000026" }]);
    await t.ctx.database.db
      .update(residentIdentities)
      .set({ optedOutAt: clock.now() })
      .where(eq(residentIdentities.residentId, residentIds[0]!));
    await resolveRound(t, ticket.id);
    clock.advance(2 * HOUR);
    const [s] = await surveysOf(t, ticket.id);
    expect(await runSurveyStep(t.ctx, s!.id)).toBe("unreachable");
    expect(await outboundTo(t, residentIds[0]!, "survey")).toHaveLength(0);
    expect((await surveysOf(t, ticket.id))[0]).toMatchObject({
      status: "unreachable",
      unreachableReason: "opted_out",
      satisfaction: null,
    });
    // The only reporter's survey is final: the ticket is closed, recorded as unreachable.
    expect((await ticketById(t, ticket.id)).status).toBe("closed");
  });
});

describe("no answer", () => {
  it("re-asks at +24 h and +48 h, then records 未回访 at +72 h and closes the ticket", async () => {
    clock.set("2026-11-21T02:00:00Z");
    const { ticket, residentIds } = await fileTicket(t, [{ channel: "sms", address: "13900000031" }]);
    await resolveRound(t, ticket.id);
    const [s] = await surveysOf(t, ticket.id);
    clock.set("2026-11-21T04:00:00Z");
    expect(await runDue([s!.id])).toEqual(["sent"]);
    clock.set("2026-11-22T03:59:00Z");
    expect(await runDue([s!.id])).toEqual(["not_due"]);
    clock.set("2026-11-22T04:00:00Z");
    expect(await runDue([s!.id])).toEqual(["sent"]);
    clock.set("2026-11-23T04:00:00Z");
    expect(await runDue([s!.id])).toEqual(["sent"]);
    expect((await ticketById(t, ticket.id)).status).toBe("resolved");
    clock.set("2026-11-24T04:00:00Z");
    expect(await runDue([s!.id])).toEqual(["unreachable"]);

    const sent = await outboundTo(t, residentIds[0]!, "survey");
    expect(sent).toHaveLength(3);
    expect(sent[1]!.text).toContain("再次打扰");
    const [after] = await surveysOf(t, ticket.id);
    expect(after).toMatchObject({ status: "unreachable", unreachableReason: "no_answer", attempts: 3 });
    expect(after!.satisfaction).toBeNull();
    const tk = await ticketById(t, ticket.id);
    expect(tk.status).toBe("closed");
    const recorded = (await eventsOf(t, ticket.id)).find((e) => e.action === "survey_recorded");
    expect(recorded?.data).toMatchObject({ outcome: "unreachable", unreachable: 1, answered: 0 });
  });

  it("a question that failed on its channel is retried, and after every retry failed the survey says send_failed", async () => {
    clock.set("2026-11-21T02:00:00Z");
    const { ticket } = await fileTicket(t, [{ channel: "sms", address: "13900000032" }]);
    await resolveRound(t, ticket.id);
    const [s] = await surveysOf(t, ticket.id);
    const failLast = async () => {
      const [last] = await t.ctx.database.db
        .select({ id: messages.id })
        .from(messages)
        .where(eq(messages.residentId, s!.residentId))
        .orderBy(messages.id);
      await t.ctx.database.db
        .update(messages)
        .set({ status: "failed", error: "isv.MOBILE_NUMBER_ILLEGAL" })
        .where(eq(messages.residentId, s!.residentId));
      return last;
    };
    for (const at of ["2026-11-21T04:00:00Z", "2026-11-22T04:00:00Z", "2026-11-23T04:00:00Z"]) {
      clock.set(at);
      expect(await runSurveyStep(t.ctx, s!.id)).toBe("sent");
      await failLast();
    }
    const [mid] = await surveysOf(t, ticket.id);
    expect(mid).toMatchObject({ sendFailures: 2, lastSendError: "isv.MOBILE_NUMBER_ILLEGAL" });
    clock.set("2026-11-24T04:00:00Z");
    expect(await runSurveyStep(t.ctx, s!.id)).toBe("unreachable");
    expect((await surveysOf(t, ticket.id))[0]).toMatchObject({
      status: "unreachable",
      unreachableReason: "send_failed",
      sendFailures: 3,
    });
    // The centre's daily digest lists it.
    const digest = await surveyDigest(t.ctx.database.db, new Date("2026-11-21T00:00:00Z"));
    expect(digest.sendFailures.find((f) => f.surveyId === s!.id)).toMatchObject({
      ref: ticket.ref,
      status: "unreachable",
      lastSendError: "isv.MOBILE_NUMBER_ILLEGAL",
    });
    expect(digest.unreachableSince.send_failed).toBeGreaterThanOrEqual(1);
  });
});

describe("hotline callers when the centre prefers calls", () => {
  it("opens a phone-callback task instead of sending an SMS, and expires it with the survey", async () => {
    const local = await createTestEnv({ clock, env: { SURVEY_HOTLINE_MODE: "call" } });
    try {
      clock.set("2026-11-21T02:00:00Z");
      const { ticket, residentIds } = await fileTicket(local, [
        { channel: "hotline", address: "13900000041" },
      ]);
      await resolveRound(local, ticket.id);
      clock.advance(2 * HOUR);
      const [s] = await surveysOf(local, ticket.id);
      expect(await runSurveyStep(local.ctx, s!.id)).toBe("call_task");
      expect(await outboundTo(local, residentIds[0]!, "survey")).toHaveLength(0);
      const tasks = await local.ctx.database.db.select().from(callbackTasks);
      expect(tasks.map((x) => [x.kind, x.status, x.surveyId])).toEqual([["survey_call", "open", s!.id]]);
      const [after] = await surveysOf(local, ticket.id);
      expect(after).toMatchObject({ status: "sent", method: "call" });
      expect(after!.dueAt?.toISOString()).toBe("2026-11-24T04:00:00.000Z");
      clock.set("2026-11-24T04:00:00Z");
      expect(await runSurveyStep(local.ctx, s!.id)).toBe("unreachable");
      // (Closing the ticket may also draw it for a spot check: that is a different kind of task.)
      const expired = await local.ctx.database.db
        .select()
        .from(callbackTasks)
        .where(eq(callbackTasks.kind, "survey_call"));
      expect(expired.map((x) => x.status)).toEqual(["expired"]);
    } finally {
      await local.close();
    }
  });
});
