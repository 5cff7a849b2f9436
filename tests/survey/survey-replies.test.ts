import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications, surveys } from "../../src/db/schema/index.js";
import { runSurveyStep } from "../../src/survey/run-survey-step.js";
import type { SurveyInterpreter } from "../../src/survey/survey-interpreter.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import {
  HOUR,
  eventsOf,
  fileTicket,
  outboundTo,
  outboxJobs,
  reply,
  resolveRound,
  surveysOf,
  ticketById,
  type Reporter,
} from "./support.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let phone = 13900001000;

beforeAll(async () => {
  t = await createTestEnv({ clock, env: { SURVEY_SPOT_CHECK_SEED: "replies" } });
});
afterAll(async () => t.close());

/** A resolved ticket whose survey question has gone out to each reporter. */
async function asked(reporters: Partial<Reporter>[] = [{}], unitId = "community.xisheng") {
  clock.set("2026-11-21T02:00:00Z");
  const filed = await fileTicket(
    t,
    reporters.map((r) => ({ channel: "sms" as const, address: String(phone++), ...r })),
  );
  await resolveRound(t, filed.ticket.id, unitId);
  clock.advance(2 * HOUR);
  for (const s of await surveysOf(t, filed.ticket.id)) await runSurveyStep(t.ctx, s.id);
  return filed;
}

describe("a satisfied answer", () => {
  it("“满意” records the answer, closes the ticket and thanks the resident in reply to the message", async () => {
    const { ticket, residentIds } = await asked();
    const r = await reply(t, residentIds[0]!, "满意");
    expect(r.handled).toBe(true);
    const [s] = await surveysOf(t, ticket.id);
    expect(s).toMatchObject({
      status: "answered",
      satisfaction: "satisfied",
      resolved: "yes",
      answeredBy: "resident",
    });
    expect(s!.answerMessageId).toBe(r.messageId);
    const tk = await ticketById(t, ticket.id);
    expect(tk.status).toBe("closed");
    expect((await eventsOf(t, ticket.id)).slice(-2).map((e) => e.action)).toEqual([
      "survey_recorded",
      "close",
    ]);
    const [thanks] = await outboundTo(t, residentIds[0]!, "reply");
    expect(thanks!.text).toContain("感谢您的评价");
    expect(thanks!.replyToMessageId).toBe(r.messageId);
  });

  it("the digit 2 is basically satisfied; the ticket waits for every reporter before closing", async () => {
    const { ticket, residentIds } = await asked([{}, {}]);
    await reply(t, residentIds[0]!, "2");
    expect((await ticketById(t, ticket.id)).status).toBe("resolved");
    await reply(t, residentIds[1]!, "挺好的，谢谢师傅");
    expect((await ticketById(t, ticket.id)).status).toBe("closed");
    const rows = await surveysOf(t, ticket.id);
    expect(rows.map((s) => s.satisfaction)).toEqual(["basically", "satisfied"]);
    expect(rows[1]!.comment).toBe("谢谢师傅");
  });

  it("the same reply delivered twice is recorded once", async () => {
    const { ticket, residentIds } = await asked();
    await reply(t, residentIds[0]!, "1");
    const second = await reply(t, residentIds[0]!, "1");
    // The survey is answered: the second “1” is not a survey answer any more (intake handles it).
    expect(second.handled).toBe(false);
    expect((await eventsOf(t, ticket.id)).filter((e) => e.action === "close")).toHaveLength(1);
  });
});

describe("dissatisfied or not solved: 二次办理", () => {
  it("“不满意，还是漏水” reopens the ticket for round 2 one tier higher, with the explanation in the event log", async () => {
    const { ticket, residentIds } = await asked();
    const r = await reply(t, residentIds[0]!, "不满意，还是漏水");
    expect(r.handled).toBe(true);
    const [s] = await surveysOf(t, ticket.id);
    expect(s).toMatchObject({ satisfaction: "dissatisfied", resolved: "no", comment: "还是漏水" });

    const tk = await ticketById(t, ticket.id);
    expect(tk).toMatchObject({ status: "reopened", round: 2, tier: "major", supervised: false });
    const reopen = (await eventsOf(t, ticket.id)).find((e) => e.action === "reopen")!;
    expect(reopen.reason).toBe("回访不满意：还是漏水");
    expect(reopen.data).toMatchObject({
      round: 2,
      tier: { from: "general", to: "major" },
      explanation: {
        surveyId: s!.id,
        source: "resident",
        residentComment: "还是漏水",
        satisfaction: "dissatisfied",
        resolved: "no",
        rule: expect.stringContaining("重启办理"),
      },
    });
  });

  it("re-routing is queued for the new round, the unit and its parent are notified and the resident told", async () => {
    const { ticket, residentIds } = await asked();
    await reply(t, residentIds[0]!, "3 没人来修");
    const route = (await outboxJobs(t, "route")).find((j) => j.jobId === `route_${ticket.id}_2`);
    expect(route?.payload).toEqual({ ticketId: ticket.id, round: 2 });
    const sent = await t.ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.ticketId, ticket.id));
    expect(sent.map((n) => n.unitId).sort()).toEqual(["community.xisheng", "street.qimashan"]);
    expect(sent[0]!.text).toContain("重启办理");
    const [told] = await outboundTo(t, residentIds[0]!, "reply");
    expect(told!.text).toContain("已重新交办（二次办理）");
  });

  it("dissatisfied again after the second round puts the ticket on the leaders' supervision list", async () => {
    const { ticket, residentIds } = await asked();
    await reply(t, residentIds[0]!, "不满意");
    await resolveRound(t, ticket.id, "street.qimashan");
    clock.advance(2 * HOUR);
    const round2 = (await surveysOf(t, ticket.id)).find((s) => s.round === 2)!;
    expect(await runSurveyStep(t.ctx, round2.id)).toBe("sent");
    await reply(t, residentIds[0]!, "还是不满意，根本没解决");
    const tk = await ticketById(t, ticket.id);
    expect(tk).toMatchObject({ status: "reopened", round: 3, tier: "difficult", supervised: true });
    const escalate = (await eventsOf(t, ticket.id)).find((e) => e.action === "escalate")!;
    expect(escalate.reason).toContain("列入领导督办");
  });

  it("a reporter answering after another reporter's answer reopened the round only adds to the rates", async () => {
    const { ticket, residentIds } = await asked([{}, {}]);
    await reply(t, residentIds[0]!, "不满意");
    await reply(t, residentIds[1]!, "也不满意，还是漏");
    const tk = await ticketById(t, ticket.id);
    expect(tk.round).toBe(2);
    expect((await eventsOf(t, ticket.id)).filter((e) => e.action === "reopen")).toHaveLength(1);
    const [msg] = await outboundTo(t, residentIds[1]!, "reply");
    expect(msg!.text).toContain("正在重新办理");
  });
});

describe("unclear answers", () => {
  it("asks one clarifying question, then records a second unclear answer as unknown with the words as comment", async () => {
    const { ticket, residentIds } = await asked();
    await reply(t, residentIds[0]!, "你们是哪个部门的");
    const [s1] = await surveysOf(t, ticket.id);
    expect(s1).toMatchObject({ status: "clarifying", clarifications: 1 });
    const [q] = await outboundTo(t, residentIds[0]!, "reply");
    expect(q!.text).toContain("抱歉没看明白");

    await reply(t, residentIds[0]!, "我再看看吧");
    const [s2] = await surveysOf(t, ticket.id);
    expect(s2).toMatchObject({
      status: "answered",
      resolved: "unknown",
      satisfaction: null,
      comment: "你们是哪个部门的；我再看看吧",
    });
    expect(await outboundTo(t, residentIds[0]!, "reply")).toHaveLength(2);
    // Unknown is not dissatisfaction: the round is complete and the ticket closes.
    expect((await ticketById(t, ticket.id)).status).toBe("closed");
  });

  it("an answer to the clarifying question that is clear is recorded as such", async () => {
    const { ticket, residentIds } = await asked();
    await reply(t, residentIds[0]!, "嗯");
    await reply(t, residentIds[0]!, "1");
    expect((await surveysOf(t, ticket.id))[0]).toMatchObject({
      status: "answered",
      satisfaction: "satisfied",
    });
  });

  it("no answer to the clarifying question records the first words as an unknown answer", async () => {
    const { ticket, residentIds } = await asked();
    await reply(t, residentIds[0]!, "???");
    const [s] = await surveysOf(t, ticket.id);
    clock.advance(25 * HOUR);
    expect(await runSurveyStep(t.ctx, s!.id)).toBe("answered_unclear");
    expect((await surveysOf(t, ticket.id))[0]).toMatchObject({
      status: "answered",
      resolved: "unknown",
      comment: "???",
    });
  });
});

describe("edge cases", () => {
  it("with several open surveys the answer goes to the latest one, or to the one whose reference it names", async () => {
    const a = await asked([{ address: "13900009001" }]);
    const b = await asked([{ address: "13900009001" }]);
    expect(b.residentIds[0]).toBe(a.residentIds[0]);
    const resident = a.residentIds[0]!;
    // b's question went out last.
    await t.ctx.database.db
      .update(surveys)
      .set({ lastSentAt: new Date("2026-11-21T05:00:00Z") })
      .where(eq(surveys.ticketId, b.ticket.id));
    await reply(t, resident, "满意");
    expect((await surveysOf(t, b.ticket.id))[0]!.status).toBe("answered");
    expect((await surveysOf(t, a.ticket.id))[0]!.status).toBe("sent");
    const thanks = await outboundTo(t, resident, "reply");
    expect(thanks[0]!.text).toContain(b.ticket.ref);

    const c = await asked([{ address: "13900009001" }]);
    await t.ctx.database.db
      .update(surveys)
      .set({ lastSentAt: new Date("2026-11-21T06:00:00Z") })
      .where(eq(surveys.ticketId, c.ticket.id));
    await reply(t, resident, `${a.ticket.ref} 不满意`);
    expect((await surveysOf(t, a.ticket.id))[0]!.satisfaction).toBe("dissatisfied");
    expect((await surveysOf(t, c.ticket.id))[0]!.status).toBe("sent");
  });

  it("a survey answer after the survey expired is kept as a late comment and answered politely", async () => {
    const { ticket, residentIds } = await asked();
    const [s] = await surveysOf(t, ticket.id);
    for (const at of ["2026-11-22T04:00:00Z", "2026-11-23T04:00:00Z", "2026-11-24T04:00:00Z"]) {
      clock.set(at);
      await runSurveyStep(t.ctx, s!.id);
    }
    expect((await surveysOf(t, ticket.id))[0]!.status).toBe("unreachable");
    clock.set("2026-11-25T04:00:00Z");
    const r = await reply(t, residentIds[0]!, "1");
    expect(r.handled).toBe(true);
    const [after] = await surveysOf(t, ticket.id);
    expect(after).toMatchObject({ status: "unreachable", lateReply: "1", satisfaction: null });
    const [note] = await outboundTo(t, residentIds[0]!, "reply");
    expect(note!.text).toContain("回访已结束");
    // A new problem is not swallowed: it goes to the intake bot.
    const fresh = await reply(t, residentIds[0]!, "小区门口的路灯坏了好几天了，晚上很黑");
    expect(fresh.handled).toBe(false);
  });

  it("a resident without an open survey is left to the intake bot", async () => {
    const { residentIds } = await fileTicket(t, [{ channel: "sms", address: "13900009999" }]);
    expect((await reply(t, residentIds[0]!, "满意")).handled).toBe(false);
  });
});

describe("the LLM engine", () => {
  it("is asked only about answers the offline reading finds unclear, and its reading is used", async () => {
    const seen: string[] = [];
    const llm: SurveyInterpreter = {
      name: "fake-llm",
      interpret: async (text) => {
        seen.push(text);
        return {
          resolved: "yes",
          satisfaction: "satisfied",
          comment: "师傅修得很快",
          clear: true,
          matched: [],
          engine: "openai",
        };
      },
    };
    const { ticket, residentIds } = await asked();
    await reply(t, residentIds[0]!, "师傅当天就来修了，修得很快", { interpreter: llm });
    expect(seen).toEqual(["师傅当天就来修了，修得很快"]);
    const [s] = await surveysOf(t, ticket.id);
    expect(s).toMatchObject({ satisfaction: "satisfied", interpretation: { engine: "openai" } });
  });
});

describe("a round reopened by one reporter", () => {
  it("sends no reminder about it to the other reporters; their silence is 未回访", async () => {
    const { ticket, residentIds } = await asked([{}, {}]);
    await reply(t, residentIds[0]!, "不满意");
    const other = (await surveysOf(t, ticket.id)).find((s) => s.residentId === residentIds[1])!;
    clock.advance(24 * HOUR);
    expect(await runSurveyStep(t.ctx, other.id)).toBe("unreachable");
    expect(await outboundTo(t, residentIds[1]!, "survey")).toHaveLength(1);
    expect((await surveysOf(t, ticket.id)).find((s) => s.id === other.id)).toMatchObject({
      status: "unreachable",
      unreachableReason: "no_answer",
    });
  });
});
