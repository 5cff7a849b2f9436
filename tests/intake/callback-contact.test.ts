import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/http/app.js";
import { findOrCreateResident } from "../../src/db/repositories/residents.repository.js";
import {
  auditLog,
  callbackTasks,
  residents,
  surveys,
  ticketReporters,
  tickets,
} from "../../src/db/schema/index.js";
import { runSurveyStep } from "../../src/survey/run-survey-step.js";
import { mergeTickets } from "../../src/tickets/merge-tickets.js";
import { as, createStaff, login } from "../auth/staff-helpers.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { resolveRound } from "../survey/support.js";
import { say } from "./support/inbound.js";
import { crashableIntakeWorkers, type TurnCrash } from "./support/crashable-intake.js";

/*
 * A relative's number the resident names to be called back on ("有事打我女儿电话…") is the ticket's
 * callback contact: kept on the reporter's row of that ticket, used by the phone survey and shown
 * (masked, revealed with an audit line) to the centre and the handling unit, while the resident's
 * profile phone stays untouched.
 */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
/** Set `crash.next` to make the next turn fail after its writes, before commit (a worker dying mid-turn). */
const crash: TurnCrash = { next: false };

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: { INTAKE_DRAFT_TTL_MINUTES: "60", LOGIN_RATE_PER_MINUTE: "1000" },
    workers: [crashableIntakeWorkers(crash)],
  });
  await t.ctx.relay.start();
  app = await buildApp(t.ctx, { docs: false });
  await createStaff(t, "cb-disp", "dispatcher");
  await createStaff(t, "cb-unit", "unit", "community.xisheng");
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const refIn = (texts: string[]) => /ZT\d{8}-\d{4}/.exec(texts.join("\n"))?.[0] ?? null;
const DAUGHTER = "13800661195";

async function ticketOf(ref: string) {
  const [ticket] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.ref, ref));
  const reporters = await t.ctx.database.db
    .select()
    .from(ticketReporters)
    .where(eq(ticketReporters.ticketId, ticket!.id));
  return { ticket: ticket!, reporters };
}

async function profileOf(residentId: string) {
  const [r] = await t.ctx.database.db.select().from(residents).where(eq(residents.id, residentId));
  return r!;
}

describe("a relative's number given as the callback", () => {
  it("WeChat: becomes the ticket's callback contact, not the profile; the phone survey and the unit use it", async () => {
    const wx = { channel: "wechat" as const, from: "oWX_daughter_callback" };
    const first = await say(t.ctx, {
      ...wx,
      text: `西盛家园3号楼单元门的门禁坏了，谁都能进来。我年纪大了手机不会弄，有事打我女儿电话${DAUGHTER}`,
    });
    // The bot has a number to call: it does not ask for the resident's own.
    expect(first.join("\n")).not.toContain("方便留个手机号");
    const ref = refIn(await say(t.ctx, { ...wx, text: "1" }));
    expect(ref).not.toBeNull();

    const { ticket, reporters } = await ticketOf(ref!);
    expect(reporters).toHaveLength(1);
    expect(reporters[0]).toMatchObject({ callbackPhone: DAUGHTER, callbackFor: "relative" });
    expect(ticket.complaint!.contact).toMatchObject({
      phone: null,
      callback: { phone: DAUGHTER, for: "relative" },
    });
    const profile = await profileOf(reporters[0]!.residentId);
    expect(profile.phone).toBeNull();

    // The ticket view shows the number to call, masked, and says whose it is.
    const disp = as(app, await login(app, "cb-disp"));
    const detail = await disp({ method: "GET", url: `/api/v1/tickets/${ref}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().reporters[0]).toMatchObject({ phone: "138****1195", callbackFor: "relative" });
    expect(detail.body).not.toContain(DAUGHTER);

    // The handling unit reveals it to call back, audited as a reveal of the phone.
    await resolveRound(t, ticket.id);
    const unit = as(app, await login(app, "cb-unit"));
    const revealed = await unit({
      method: "POST",
      url: `/api/v1/tickets/${ref}/reveal`,
      payload: { reason: "回访群众" },
    });
    expect(revealed.statusCode).toBe(200);
    expect(revealed.json().reporters[0]).toMatchObject({ phone: DAUGHTER, callbackFor: "relative" });
    const reveals = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "ticket.reveal"), eq(auditLog.ticketId, ticket.id)));
    expect(reveals).toHaveLength(1);
    expect(reveals[0]!.data).toMatchObject({ fields: ["callback_phone"] });
    expect(JSON.stringify(reveals[0]!.data)).not.toContain(DAUGHTER);

    // The survey is a phone call to the daughter's number, not a WeChat message to the resident.
    const [survey] = await t.ctx.database.db.select().from(surveys).where(eq(surveys.ticketId, ticket.id));
    clock.advance(3 * 3_600_000);
    expect(await runSurveyStep(t.ctx, survey!.id)).toBe("call_task");
    const tasks = await t.ctx.database.db
      .select()
      .from(callbackTasks)
      .where(eq(callbackTasks.ticketId, ticket.id));
    expect(tasks).toHaveLength(1);
    // A new session: the clock moved past the first one's idle limit.
    const centre = as(app, await login(app, "cb-disp"));
    const list = await centre({ method: "GET", url: "/api/v1/callback-tasks?kind=survey_call" });
    expect(list.statusCode).toBe(200);
    const task = list.json().items.find((i: { ticketId: string }) => i.ticketId === ticket.id);
    expect(task.resident).toMatchObject({ phone: DAUGHTER, callbackFor: "relative" });
    // The ticket's surveys show the number the survey reaches, masked.
    const surveyView = await centre({ method: "GET", url: `/api/v1/tickets/${ref}/surveys` });
    expect(surveyView.statusCode).toBe(200);
    expect(surveyView.json().surveys[0].resident.phone).toBe("138****1195");
    expect(surveyView.body).not.toContain(DAUGHTER);

    // Still nothing on the resident's profile.
    expect((await profileOf(reporters[0]!.residentId)).phone).toBeNull();
  });

  it("answers the bot's question for a number with a relative's: taken, not asked again", async () => {
    const wx = { channel: "wechat" as const, from: "oWX_answer_relative" };
    const asked = await say(t.ctx, { ...wx, text: "西盛家园9号楼的路灯坏了好几天了，晚上黑乎乎的" });
    expect(asked.join("\n")).toContain("方便留个手机号");
    const next = await say(t.ctx, { ...wx, text: "我不会用手机，有事找我儿子，电话13900009911" });
    expect(next.join("\n")).not.toContain("方便留个手机号");
    expect(next.join("\n")).toContain("确认请回复1");
    const ref = refIn(await say(t.ctx, { ...wx, text: "1" }));
    const { reporters } = await ticketOf(ref!);
    expect(reporters[0]).toMatchObject({ callbackPhone: "13900009911", callbackFor: "relative" });
    expect((await profileOf(reporters[0]!.residentId)).phone).toBeNull();
  });

  it("a merge carries the callback contact to the kept ticket", async () => {
    const a = refIn(
      await say(t.ctx, {
        channel: "wechat",
        from: "oWX_merge_keep",
        text: "西盛家园11号楼的路灯坏了好几天了，晚上黑乎乎的，我电话13900001212",
      }),
    );
    const keep = a ?? refIn(await say(t.ctx, { channel: "wechat", from: "oWX_merge_keep", text: "1" }));
    const wx = { channel: "wechat" as const, from: "oWX_merge_source" };
    await say(t.ctx, { ...wx, text: "西盛家园11号楼路灯不亮好几天了，有事打我女儿电话13900003434" });
    const source = refIn(await say(t.ctx, { ...wx, text: "1" }));
    const kept = await ticketOf(keep!);
    const moved = await ticketOf(source!);
    await t.ctx.database.db.transaction((tx) =>
      mergeTickets(tx, t.ctx, {
        source: moved.ticket,
        targetId: kept.ticket.id,
        actor: { role: "centre", id: "cb-disp" },
      }),
    );
    const after = await ticketOf(keep!);
    const carried = after.reporters.find((r) => r.residentId === moved.reporters[0]!.residentId);
    expect(carried).toMatchObject({ callbackPhone: "13900003434", callbackFor: "relative" });
    expect(after.reporters.find((r) => r.residentId === kept.reporters[0]!.residentId)).toMatchObject({
      callbackPhone: null,
    });
  });

  it("a neighbour's or a shop's number is no callback: the bot still asks for the resident's own", async () => {
    for (const [from, text] of [
      ["oWX_neighbour_number", "西盛家园5号楼我家邻居天天半夜装修，邻居电话13700002222"],
      ["oWX_shop_number", "西盛家园楼下面馆油烟太大，打了店里电话0931-8426631没人接"],
    ] as const) {
      const replies = await say(t.ctx, { channel: "wechat", from, text });
      expect(replies.join("\n")).toContain("方便留个手机号");
    }
  });

  it("SMS: the channel gives the resident's own number, so a relative's number stays in the description", async () => {
    const sender = "13800007799";
    const { residentId } = await t.ctx.database.db.transaction((tx) =>
      findOrCreateResident(tx, "sms", sender, { phone: sender }),
    );
    const sms = { channel: "sms" as const, from: sender };
    await say(t.ctx, { ...sms, text: `西盛家园6号楼楼道灯坏了一个月了，有事打我儿子电话13900006611` });
    const ref = refIn(await say(t.ctx, { ...sms, text: "1" }));
    const { ticket, reporters } = await ticketOf(ref!);
    expect(ticket.complaint!.contact.phone).toBe(sender);
    expect(ticket.complaint!.contact.callback ?? null).toBeNull();
    expect(reporters[0]).toMatchObject({ callbackPhone: null, callbackFor: null });
    expect(ticket.description).toContain("13900006611");
    expect((await profileOf(residentId)).phone).toBe(sender);
  });

  it("a confirming turn that dies before commit and is run again leaves one ticket with one callback contact", async () => {
    const wx = { channel: "wechat" as const, from: "oWX_callback_replayed" };
    await say(t.ctx, { ...wx, text: "西盛家园8号楼电梯坏了三天了，有事打我老伴电话13900008877" });
    crash.next = true;
    const ref = refIn(await say(t.ctx, { ...wx, text: "1" }));
    expect(ref).not.toBeNull();
    const rows = await t.ctx.database.db.execute(
      `SELECT tr.callback_phone, tr.callback_for FROM tickets t JOIN ticket_reporters tr ON tr.ticket_id = t.id
       WHERE t.description LIKE '%8号楼电梯坏了三天%'`,
    );
    expect(rows.rows).toEqual([{ callback_phone: "13900008877", callback_for: "relative" }]);
  });
});
