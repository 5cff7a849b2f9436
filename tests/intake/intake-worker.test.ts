import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversations, messages, tickets } from "../../src/db/schema/index.js";
import { createIntakeService } from "../../src/intake/intake.worker.js";
import { onRepliesWritten } from "../../src/queue/reply-wake.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { receive, repliesTo, say, waitFor } from "./support/inbound.js";
import { crashableIntakeWorkers, type TurnCrash } from "./support/crashable-intake.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
/** Set `crash.next` to make the next turn fail after its writes, before commit (a worker dying mid-turn). */
const crash: TurnCrash = { next: false };

beforeAll(async () => {
  t = await createTestEnv({
    clock,
    env: { INTAKE_DRAFT_TTL_MINUTES: "60", WECHAT_PASSIVE_REPLY_BUDGET_MS: "3000" },
    workers: [crashableIntakeWorkers(crash)],
  });
  await t.ctx.relay.start();
});
afterAll(async () => {
  await t.close();
});

async function count(table: string, where = "true"): Promise<number> {
  const r = await t.ctx.database.db.execute(
    sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`),
  );
  return (r.rows[0] as { n: number }).n;
}

describe("intake worker over PostgreSQL and Redis", () => {
  it("runs a WeChat conversation from a vague report to a ticket with a reference number", async () => {
    const wx = { channel: "wechat" as const, from: "oWX_resident_1" };
    expect(await say(t.ctx, { ...wx, text: "楼下餐馆油烟太大" })).toEqual([
      "请问具体在哪个小区或哪条路？几号楼？",
    ]);
    expect((await say(t.ctx, { ...wx, text: "西盛家园3号楼" }))[0]).toContain("手机号");
    expect((await say(t.ctx, { ...wx, text: "13912345678" }))[0]).toContain("确认请回复1，修改请直接说明。");
    const confirmId = await receive(t.ctx, { ...wx, text: "1" });
    const [reply] = await repliesTo(t.ctx, confirmId);
    expect(reply!.text).toMatch(/^已登记，编号ZT20261121-\d{4}/);
    const ref = /ZT\d{8}-\d{4}/.exec(reply!.text!)![0];
    const [ticket] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.ref, ref));
    expect(ticket).toMatchObject({
      category: "pollution",
      communityId: "community.xisheng",
      locationText: "西盛家园3号楼",
      channel: "wechat",
      engine: "offline",
      status: "received",
    });
    // The reply waits for the WeChat passive-reply budget and answers the inbound message.
    const [inbound] = await t.ctx.database.db.select().from(messages).where(eq(messages.id, confirmId));
    expect(reply!.sendAfter!.getTime() - inbound!.createdAt.getTime()).toBe(3000);
    expect(reply).toMatchObject({
      status: "queued",
      channel: "wechat",
      conversationId: ticket!.conversationId,
    });
    expect(await count("outbox", `queue = 'route' AND payload->>'ticketId' = '${ticket!.id}'`)).toBe(1);
  });

  it("answers SMS without asking for a phone and within one segment", async () => {
    const sms = { channel: "sms" as const, from: "13800001111" };
    const first = await say(t.ctx, { ...sms, text: "文庙巷2号楼下水道堵了，污水冒出来" });
    expect(first[0]).toContain("确认请回复1");
    const done = await say(t.ctx, { ...sms, text: "对" });
    expect(done[0]).toMatch(/^已登记，编号ZT/);
    for (const r of [...first, ...done]) expect([...r].length).toBeLessThanOrEqual(70);
    const [ticket] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.channel, "sms"));
    expect(ticket).toMatchObject({ communityId: "community.taonan", urgency: "urgent" });
  });

  it("files a hotline transcript in one shot and answers the caller by SMS", async () => {
    const id = await receive(t.ctx, {
      channel: "hotline",
      from: "13700002222",
      kind: "transcript",
      text: "坐席：您好，直通热线，请讲。\n来电人：我是西胜家园的，我家暖气一直不热。\n坐席：西盛家园几号楼？\n来电人：7号楼3单元501，姓王。",
      payload: { callerPhone: "13700002222" },
    });
    const replies = await repliesTo(t.ctx, id);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ channel: "sms", status: "queued", sendAfter: null });
    expect(replies[0]!.text).toMatch(/^您的来电已登记，编号ZT/);
    const [ticket] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.channel, "hotline"));
    expect(ticket).toMatchObject({ category: "heating", communityId: "community.xisheng" });
    expect(ticket!.complaint!.contact.phone).toBe("13700002222");
  });

  it("tells the resident to call 119 first and files a gas leak as an emergency at once", async () => {
    const replies = await say(t.ctx, {
      channel: "wechat",
      from: "oWX_resident_gas",
      text: "海西苑5号楼楼道里一股很浓的煤气味",
    });
    expect(replies[0]).toContain("119");
    expect(replies[1]).toMatch(/^已按紧急事项登记，编号ZT/);
    expect(replies).toHaveLength(2);
    const [ticket] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.urgency, "emergency"));
    expect(ticket).toMatchObject({ communityId: "community.haixi", category: "gas_supply" });
  });

  it("returns a ticket's status for 查询 with a reference number, in detail only to its reporter", async () => {
    const [ticket] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.channel, "sms"));
    const own = await say(t.ctx, { channel: "sms", from: "13800001111", text: `查询${ticket!.ref}` });
    expect(own).toEqual([`工单${ticket!.ref}（${ticket!.summary}）：已受理，正在分派。`]);
    const other = await say(t.ctx, { channel: "sms", from: "13600003333", text: `查询 ${ticket!.ref}` });
    expect(other).toEqual([`工单${ticket!.ref}：已受理，正在分派。`]);
    const unknown = await say(t.ctx, { channel: "sms", from: "13600003333", text: "查询ZT20200101-0001" });
    expect(unknown[0]).toContain("没有找到");
  });

  it("abandons the draft on 取消 and files nothing", async () => {
    const before = await count("tickets");
    const wx = { channel: "wechat" as const, from: "oWX_resident_cancel" };
    await say(t.ctx, { ...wx, text: "路灯坏了" });
    expect(await say(t.ctx, { ...wx, text: "取消" })).toEqual(["好的，已取消本次反映。有需要随时告诉我。"]);
    expect(await count("tickets")).toBe(before);
  });

  it("closes an idle draft after the TTL with a friendly message, through the sweep job", async () => {
    const wx = { channel: "wechat" as const, from: "oWX_resident_idle" };
    await say(t.ctx, { ...wx, text: "小区里的垃圾好几天没人清运了" });
    const schedulers = await t.ctx.queues["intake-expiry"].getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toContain("intake-expiry-sweep");
    clock.advance(61 * 60_000);
    await t.ctx.queues["intake-expiry"].add("intake-expiry", { sweep: true });
    const closing = await waitFor(async () => {
      const rows = await t.ctx.database.db
        .select()
        .from(messages)
        .where(
          and(
            eq(messages.direction, "out"),
            eq(
              messages.text,
              "由于较长时间未收到回复，本次登记已结束，未生成工单。如仍需反映，请重新发送问题。",
            ),
          ),
        );
      return rows[0];
    });
    const [conv] = await t.ctx.database.db
      .select()
      .from(conversations)
      .where(eq(conversations.id, closing.conversationId!));
    expect(conv!.state).toBe("expired");
    // The next message starts a fresh conversation.
    expect((await say(t.ctx, { ...wx, text: "你好" }))[0]).toContain("请说明遇到的问题");
    clock.set("2026-11-21T02:00:00Z");
  });

  it("processes a message handed to intake three times at once: one reply, one ticket", async () => {
    const before = await count("tickets");
    const id = await receive(t.ctx, {
      channel: "sms",
      from: "13500004444",
      text: "桃南一区8号楼停水了一整天",
    });
    await repliesTo(t.ctx, id);
    const confirm = await receive(t.ctx, { channel: "sms", from: "13500004444", text: "1" });
    // While the worker claims it, the same turn is asked for twice more (another process's
    // service, a turn replayed by hand): the row lock and its status let one of them do it.
    const other = await createIntakeService(t.ctx);
    const outcomes = await Promise.all([other.processMessage(confirm), other.processMessage(confirm)]);
    for (const o of outcomes) expect(["processed", "skipped"]).toContain(o);
    expect(await repliesTo(t.ctx, confirm)).toHaveLength(1);
    expect(await count("tickets")).toBe(before + 1);
  });

  it("wakes the passive-reply waiters after a batch that wrote replies has committed", async () => {
    const wakes: number[] = [];
    const stop = onRepliesWritten(t.ctx.redis, t.prefix, () => wakes.push(Date.now()), t.ctx.log);
    try {
      const [reply] = await say(t.ctx, { channel: "wechat", from: "oWX_resident_wake", text: "你好" });
      expect(reply).toContain("请说明遇到的问题");
      // The reply was readable when the waiters were told (the wake-up comes after the commit).
      expect(wakes.length).toBeGreaterThan(0);
    } finally {
      await stop();
    }
  });

  it("survives a crash after the ticket insert: the retry files exactly one ticket and one reply", async () => {
    const sms = { channel: "sms" as const, from: "13500005555" };
    await say(t.ctx, { ...sms, text: "西山路路灯不亮好几天了，晚上很黑" });
    const before = await count("tickets");
    crash.next = true;
    const id = await receive(t.ctx, { ...sms, text: "1" });
    const replies = await repliesTo(t.ctx, id);
    expect(crash.next).toBe(false); // the first attempt did crash
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/^已登记/);
    expect(await count("tickets")).toBe(before + 1);
    const [ticket] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.locationText, "西山路"));
    expect(await count("ticket_events", `ticket_id = '${ticket!.id}' AND action = 'create'`)).toBe(1);
  });

  it("keeps a building QR code's place and a photo's MediaId on the WeChat ticket", async () => {
    const wx = { channel: "wechat" as const, from: "oWX_resident_qr" };
    const welcome = await say(t.ctx, {
      ...wx,
      kind: "event",
      payload: { event: { type: "subscribe", key: "place.community.taonan.2.6" } },
    });
    expect(welcome[0]).toContain("桃南二区6号楼");
    expect(await say(t.ctx, { ...wx, kind: "image", payload: { mediaId: "MEDIA_QR_1" } })).toEqual([
      "已收到照片。请用文字说明遇到的问题和地点。",
    ]);
    expect((await say(t.ctx, { ...wx, text: "楼道里堆满了杂物，过不去人" }))[0]).toContain("手机号");
    expect((await say(t.ctx, { ...wx, text: "13612345678" }))[0]).toContain("桃南二区6号楼");
    const done = await say(t.ctx, { ...wx, text: "1" });
    const ref = /ZT\d{8}-\d{4}/.exec(done[0]!)![0];
    const [ticket] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.ref, ref));
    expect(ticket).toMatchObject({ communityId: "community.taonan", locationText: "桃南二区6号楼" });
    expect(ticket!.description).toContain("附照片1张");
    const media = await t.ctx.database.db.execute(
      sql`SELECT data FROM ticket_events WHERE ticket_id = ${ticket!.id} AND action = 'attach_media'`,
    );
    expect(media.rows[0]).toEqual({ data: { channel: "wechat", mediaIds: ["MEDIA_QR_1"] } });
  });
});
