import type { StageWorker } from "../../../src/runtime/context.js";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelWorkers } from "../../../src/channels-runtime/channel.workers.js";
import { channelState, messages, residentIdentities, tickets } from "../../../src/db/schema/index.js";
import { buildApp, type App } from "../../../src/http/app.js";
import { inboundWorkers } from "../../../src/inbound/inbound.worker.js";
import { startWorkers } from "../../../src/runtime/workers.js";
import { surveyWorkers } from "../../../src/survey/survey.worker.js";
import {
  HOUR,
  fileTicket,
  outboundTo,
  resolveRound,
  surveysOf,
  ticketById,
  type Reporter,
} from "../../survey/support.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { startFakeWecomKf } from "../support/fake-wecom-kf.js";
import { waitFor } from "../support/wait-for.js";
import { KF, kfEnv, kfNotice } from "../support/wecom-kf-http.js";

/**
 * 微信客服 end to end over real PostgreSQL, Redis and the workers, with a local server speaking
 * WeCom's gettoken / sync_msg / send_msg: callback notice → pull → store → intake → ticket →
 * reply by send_msg → resolve → survey by send_msg → the answer closes the ticket.
 */
// A fixed business date, unrelated to the wall clock: due work is found on this clock.
const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;
let app: App;
let workers: StageWorker[] = [];
let wecom: Awaited<ReturnType<typeof startFakeWecomKf>>;

beforeAll(async () => {
  wecom = await startFakeWecomKf(KF.corpId, KF.secret);
  t = await createTestEnv({ clock, env: kfEnv(wecom.url, { SURVEY_SPOT_CHECK_SEED: "kf" }) });
  app = await buildApp(t.ctx, { docs: false });
  workers = await startWorkers(t.ctx, [
    (ctx) => channelWorkers(ctx),
    (ctx) => inboundWorkers(ctx),
    surveyWorkers,
  ]);
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await app.close();
  await t.close();
  await wecom.close();
});

const sentTo = (user: string) => wecom.state.sent.filter((s) => s.touser === user).map((s) => s.content);

/** The customer writes; WeCom notifies us; we answer the notice. */
async function customerSays(user: string, text: string) {
  wecom.customerWrites(KF.openKfId, user, text, Math.floor(clock.now().getTime() / 1000));
  const res = await app.inject(kfNotice(clock.now()));
  expect(res.statusCode).toBe(200);
  expect(res.body).toBe("success");
  await t.ctx.relay.drain();
}

async function storedFrom(user: string) {
  return t.ctx.database.db
    .select()
    .from(messages)
    .where(and(eq(messages.channel, "wechat-kf"), eq(messages.direction, "in")))
    .then((rows) =>
      rows.filter((r) => (r.payload as { raw?: { external_userid?: string } }).raw?.external_userid === user),
    );
}

describe("微信客服, end to end", () => {
  it("a customer's messages become a ticket, answered by send_msg, then surveyed and closed", async () => {
    const user = "wmResidentKf0001";
    await customerSays(user, "楼下餐馆油烟太大");
    await waitFor(() => sentTo(user).length >= 1, 15_000, "the first reply");
    expect(sentTo(user)[0]).toContain("哪个小区");
    await customerSays(user, "西盛家园3号楼");
    await waitFor(() => sentTo(user).length >= 2, 15_000, "the second reply");
    expect(sentTo(user)[1]).toContain("手机号");
    await customerSays(user, "13912345678");
    await waitFor(() => sentTo(user).length >= 3, 15_000, "the confirmation");
    await customerSays(user, "1");
    await waitFor(
      () => sentTo(user).some((s) => /已登记，编号ZT\d{8}-\d{4}/.test(s)),
      15_000,
      "the filing reply",
    );
    // Replies go out on the account the customer wrote to, with our idempotent msgid.
    expect(wecom.state.sent.every((s) => s.open_kfid === KF.openKfId && /^zt-out-\d+$/.test(s.msgid))).toBe(
      true,
    );

    const ref = /ZT\d{8}-\d{4}/.exec(sentTo(user).find((s) => s.includes("已登记"))!)![0];
    const [ticket] = await t.ctx.database.db.select().from(tickets).where(eq(tickets.ref, ref));
    expect(ticket).toMatchObject({ channel: "wechat-kf", communityId: "community.xisheng" });

    await resolveRound(t, ticket!.id);
    clock.advance(2 * HOUR);
    await t.ctx.relay.drain();
    const sweep = await t.ctx.queues.survey.add("sweep", { sweep: true });
    await waitFor(async () => (await sweep.isCompleted()) || null, 15_000, "the survey sweep");
    await waitFor(() => sentTo(user).some((s) => s.includes("满意请回复1")), 15_000, "the survey question");
    expect((await surveysOf(t, ticket!.id)).map((s) => s.status)).toEqual(["sent"]);

    await customerSays(user, "满意");
    await waitFor(async () => (await ticketById(t, ticket!.id)).status === "closed", 15_000, "the close");
    await waitFor(() => sentTo(user).some((s) => s.includes("感谢您的评价")), 15_000, "the thanks");
    // Every message was pulled with the notice's token and stored once.
    expect(await storedFrom(user)).toHaveLength(5);
    expect(wecom.state.syncCalls.every((c) => c.token === "ENCNoticeToken")).toBe(true);
  });

  it("stores each msgid once: a repeated notice and a lost cursor pull nothing twice", async () => {
    const user = "wmResidentKf0002";
    wecom.systemEvent(KF.openKfId, user);
    await customerSays(user, "路灯坏了好几天了");
    expect(await storedFrom(user)).toHaveLength(1);
    // WeCom repeats the notice.
    expect((await app.inject(kfNotice(clock.now()))).statusCode).toBe(200);
    // The cursor row is lost (restored backup): the whole history is offered again.
    await t.ctx.database.db.delete(channelState).where(eq(channelState.channel, "wechat-kf"));
    expect((await app.inject(kfNotice(clock.now()))).statusCode).toBe(200);
    expect(await storedFrom(user)).toHaveLength(1);
  });

  it("answers 503 when sync_msg fails and keeps the cursor, so WeCom's retry stores the message", async () => {
    const user = "wmResidentKf0003";
    const before = await t.ctx.database.db
      .select()
      .from(channelState)
      .where(eq(channelState.channel, "wechat-kf"));
    wecom.customerWrites(KF.openKfId, user, "小区垃圾没人清运", Math.floor(clock.now().getTime() / 1000));
    wecom.state.syncScript.push("http500");
    const failed = await app.inject(kfNotice(clock.now()));
    expect(failed.statusCode).toBe(503);
    expect(failed.body).not.toContain("at ");
    expect(await storedFrom(user)).toHaveLength(0);
    const after = await t.ctx.database.db
      .select()
      .from(channelState)
      .where(eq(channelState.channel, "wechat-kf"));
    expect(after.map((r) => r.value)).toEqual(before.map((r) => r.value));
    expect((await app.inject(kfNotice(clock.now()))).statusCode).toBe(200);
    expect(await storedFrom(user)).toHaveLength(1);
  });

  it("refuses a forged or stale notice with 401 and pulls nothing", async () => {
    const calls = wecom.state.syncCalls.length;
    const forged = await app.inject(kfNotice(clock.now(), { signWith: "not-the-token" }));
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ error: { code: "WECHAT_KF.BAD_SIGNATURE" } });
    const stale = await app.inject(kfNotice(new Date(clock.now().getTime() - HOUR)));
    expect(stale.statusCode).toBe(401);
    const foreign = await app.inject(kfNotice(clock.now(), { corpId: "wwAnotherCorp" }));
    expect(foreign.statusCode).toBe(403);
    const garbage = await app.inject({
      ...kfNotice(clock.now()),
      payload: "<xml><Encrypt>%%%</Encrypt></xml>",
    });
    expect(garbage.statusCode).toBe(401);
    expect(wecom.state.syncCalls.length).toBe(calls);
    // Other events are acknowledged and ignored.
    const other = await app.inject(kfNotice(clock.now(), { event: "kf_account_auth_change" }));
    expect(other.statusCode).toBe(200);
    expect(wecom.state.syncCalls.length).toBe(calls);
  });

  it("continues from the saved cursor after a restart", async () => {
    const user = "wmResidentKf0004";
    await customerSays(user, "井盖丢了");
    const saved = wecom.state.syncCalls.at(-1)!;
    // A new API process: nothing kept in memory, the cursor comes from PostgreSQL.
    await app.close();
    app = await buildApp(t.ctx, { docs: false });
    await customerSays(user, "在西山路口");
    const after = wecom.state.syncCalls.at(-1)!;
    expect(after.cursor).not.toBeNull();
    expect(Number(after.cursor!.slice(1))).toBeGreaterThan(Number((saved.cursor ?? "C0").slice(1)));
    expect(await storedFrom(user)).toHaveLength(2);
  });

  it("surveys by SMS when the 微信客服 window has closed and the resident gave a number", async () => {
    const now = clock.now();
    const reporters = [
      {
        channel: "wechat-kf",
        address: "wmResidentKf0005",
        lastInboundAt: new Date(now.getTime() - 5 * 24 * HOUR),
      },
    ] as unknown as Reporter[];
    const { ticket, residentIds } = await fileTicket(t, reporters);
    // The same resident also wrote by SMS once.
    await t.ctx.database.db.transaction(async (tx) => {
      await tx.insert(residentIdentities).values({
        residentId: residentIds[0]!,
        channel: "sms",
        address: "+8613900007005",
        lastInboundAt: new Date(now.getTime() - 6 * 24 * HOUR),
      });
    });
    await resolveRound(t, ticket.id);
    clock.advance(2 * HOUR);
    const sweep = await t.ctx.queues.survey.add("sweep", { sweep: true });
    await waitFor(async () => (await sweep.isCompleted()) || null, 15_000, "the survey sweep");
    const asked = await waitFor(
      async () => (await outboundTo(t, residentIds[0]!, "survey"))[0],
      15_000,
      "the survey",
    );
    expect(asked.channel).toBe("sms");
    expect(wecom.state.sent.some((s) => s.touser === "wmResidentKf0005")).toBe(false);
  });

  it("a burst of notices pulls one at a time, answers every notice, misses and repeats nothing", async () => {
    wecom.state.syncDelayMs = 150;
    wecom.state.maxSyncInFlight = 0;
    const users = Array.from({ length: 16 }, (_, i) => `wmBurst${String(i).padStart(4, "0")}`);
    // More notices at once than the database pool has connections: none may wait holding one.
    const answers = await Promise.all(
      users.map((user) => {
        wecom.customerWrites(KF.openKfId, user, "小区门口路灯不亮", Math.floor(clock.now().getTime() / 1000));
        return app.inject(kfNotice(clock.now()));
      }),
    );
    wecom.state.syncDelayMs = 0;
    expect(answers.map((a) => a.statusCode)).toEqual(users.map(() => 200));
    expect(wecom.state.maxSyncInFlight).toBe(1);
    for (const user of users) expect(await storedFrom(user)).toHaveLength(1);
  }, 60_000);

  it("pulls a backlog page by page, answering the notice and finishing what is left", async () => {
    const before = wecom.state.syncCalls.length;
    const users = Array.from({ length: 350 }, (_, i) => `wmBacklog${String(i).padStart(4, "0")}`);
    for (const user of users)
      wecom.customerWrites(KF.openKfId, user, "楼道灯坏了", Math.floor(clock.now().getTime() / 1000));
    expect((await app.inject(kfNotice(clock.now()))).statusCode).toBe(200);
    const count = async () =>
      (
        await t.ctx.database.pool.query(
          "SELECT count(*)::int AS n FROM messages WHERE channel = $1 AND payload->'raw'->>'external_userid' LIKE 'wmBacklog%'",
          ["wechat-kf"],
        )
      ).rows[0].n as number;
    await waitFor(async () => (await count()) === users.length, 60_000, "the whole backlog");
    // Pages of 100: at least four sync_msg calls for 350 messages.
    expect(wecom.state.syncCalls.length - before).toBeGreaterThanOrEqual(4);
  }, 90_000);
});
