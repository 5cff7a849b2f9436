import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWechatApi } from "../../../channels/wechat/wechat-api.js";
import { OutboundDelivery } from "../../../src/channels-runtime/deliver-outbound.js";
import { redisChannelCache } from "../../../src/channels-runtime/channel-port.js";
import { WechatAccessToken } from "../../../channels/wechat/wechat-access-token.js";
import { channelWorkers } from "../../../src/channels-runtime/channel.workers.js";
import { messages, residentIdentities } from "../../../src/db/schema/index.js";
import { buildApp, type App } from "../../../src/http/app.js";
import { queueResidentMessage } from "../../../src/notify/queue-resident-message.js";
import type { AppContext } from "../../../src/runtime/context.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { fakeBot } from "../support/fake-bot.js";
import { startFakeWechatApi } from "../support/fake-wechat-api.js";
import { waitFor } from "../support/wait-for.js";
import { safePush, textXml, WECHAT, wechatEnv } from "../support/wechat-http.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let app: App;
let api: Awaited<ReturnType<typeof startFakeWechatApi>>;

async function residentOf(openid: string): Promise<string> {
  const [row] = await t.ctx.database.db
    .select({ residentId: residentIdentities.residentId })
    .from(residentIdentities)
    .where(eq(residentIdentities.address, openid));
  return row!.residentId;
}

async function queue(residentId: string, text: string, purpose: "reply" | "status"): Promise<number> {
  const id = await t.ctx.database.db.transaction((tx) =>
    queueResidentMessage(tx, { residentId, text, purpose, preferChannel: "wechat", at: t.ctx.now() }),
  );
  t.ctx.relay.kick();
  return id!;
}

const statusOf = async (id: number) =>
  (await t.ctx.database.db.select().from(messages).where(eq(messages.id, id)))[0]!;

/** A reply queued straight into the outbox (no relay kick), for a delivery the test runs itself. */
async function queuedReplyToSlow(text: string): Promise<{ id: number }> {
  const residentId = await residentOf("oSlow000001");
  const [row] = await t.ctx.database.db
    .insert(messages)
    .values({
      channel: "wechat",
      direction: "out",
      residentId,
      text,
      status: "queued",
      payload: { purpose: "reply", address: "oSlow000001" },
    })
    .returning({ id: messages.id });
  return row!;
}

beforeAll(async () => {
  api = await startFakeWechatApi(WECHAT.appid, WECHAT.secret);
  t = await createTestEnv({
    clock,
    env: wechatEnv({
      WECHAT_API_BASE: api.url,
      WECHAT_PASSIVE_REPLY_BUDGET_MS: "300",
      WECHAT_TEMPLATE_STATUS: "tmplStatus001|thing1=text,time2=time",
    }),
    workers: [fakeBot({ delayMs: 700, budgetMs: 300 }), (ctx: AppContext) => channelWorkers(ctx)],
  });
  app = await buildApp(t.ctx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
  await api.close();
});

describe("WeChat outbound delivery", () => {
  it("answers success when the bot is slower than the budget, then sends the reply as a customer-service message", async () => {
    const res = await app.inject(
      safePush(textXml("8000000000000000001", "路灯不亮", "oSlow000001"), clock.now()),
    );
    expect(res.body).toBe("success");
    // The reply waits for the passive-reply budget on the app's clock: let that time pass.
    await waitFor(
      async () =>
        (
          await t.ctx.database.db.execute(
            sql`SELECT 1 FROM messages WHERE direction = 'out' AND status = 'queued' LIMIT 1`,
          )
        ).rows.length > 0,
      10_000,
      "the bot's reply",
    );
    clock.advance(1000);
    await waitFor(() => api.state.custom.length === 1, 10_000, "customer-service send");
    expect(api.state.custom[0]).toEqual({ touser: "oSlow000001", content: "收到：路灯不亮" });
    // The worker records the delivery right after WeChat answered.
    const out = await waitFor(async () => {
      const [row] = (
        await t.ctx.database.db.execute(sql`SELECT status, provider FROM messages WHERE direction = 'out'`)
      ).rows as { status: string; provider: string }[];
      return row?.status === "sent" ? row : null;
    });
    expect(out).toEqual({ status: "sent", provider: "wechat-custom" });
    expect(api.state.tokenCalls).toBe(1);
    // WeChat retries the push: the reply went by the customer-service API, so it is not repeated.
    const retry = await app.inject(
      safePush(textXml("8000000000000000001", "路灯不亮", "oSlow000001"), clock.now()),
    );
    expect(retry.body).toBe("success");
    expect(api.state.custom).toHaveLength(1);
  });

  it("reuses the access token cached in Redis for the next send", async () => {
    const residentId = await residentOf("oSlow000001");
    const id = await queue(residentId, "您的诉求已受理。", "reply");
    await waitFor(async () => (await statusOf(id)).status === "sent", 10_000, "second send");
    expect(api.state.tokenCalls).toBe(1);
    expect(await t.ctx.redis.get(`${t.prefix}:wechat:access-token:${WECHAT.appid}`)).toBe("TOKEN_1");
  });

  it("makes one stable_token call when many processes need a token at once", async () => {
    await t.ctx.redis.del(`${t.prefix}:wechat:access-token:${WECHAT.appid}`);
    const before = api.state.tokenCalls;
    const fetchers = Array.from(
      { length: 8 },
      () =>
        new WechatAccessToken(
          redisChannelCache(t.ctx.redis, t.prefix),
          createWechatApi({ baseUrl: api.url, appid: WECHAT.appid, secret: WECHAT.secret }),
          { appid: WECHAT.appid },
        ),
    );
    const tokens = await Promise.all(fetchers.map((f) => f.get()));
    expect(new Set(tokens).size).toBe(1);
    expect(api.state.tokenCalls).toBe(before + 1);
  });

  it("fetches a new token and resends when WeChat answers 40001", async () => {
    const before = api.state.tokenCalls;
    api.revokeToken();
    const residentId = await residentOf("oSlow000001");
    const id = await queue(residentId, "工作人员已派单。", "reply");
    await waitFor(async () => (await statusOf(id)).status === "sent", 10_000, "send after token refresh");
    expect(api.state.tokenCalls).toBe(before + 1);
    expect(api.state.custom.at(-1)?.content).toBe("工作人员已派单。");
  });

  it("retries a send that failed with a server error and delivers it once", async () => {
    api.state.script.push("http500");
    const before = api.state.custom.length;
    const residentId = await residentOf("oSlow000001");
    const id = await queue(residentId, "重试测试", "reply");
    await waitFor(async () => (await statusOf(id)).status === "sent", 15_000, "retried send");
    expect(api.state.custom.length).toBe(before + 1);
  });

  it("sends a status notice as a template message outside the 48-hour window", async () => {
    const residentId = await residentOf("oSlow000001");
    await t.ctx.database.db
      .update(residentIdentities)
      .set({ lastInboundAt: new Date(clock.now().getTime() - 72 * 3600_000) })
      .where(eq(residentIdentities.residentId, residentId));
    const id = await queue(residentId, "您反映的西盛家园3号楼暖气不热问题已办结", "status");
    await waitFor(async () => (await statusOf(id)).status === "sent", 10_000, "template send");
    const sent = api.state.templates.at(-1)!;
    expect(sent.template_id).toBe("tmplStatus001");
    expect(sent.touser).toBe("oSlow000001");
    expect([...sent.data["thing1"]!.value].length).toBeLessThanOrEqual(20);
    expect(sent.data["time2"]!.value).toBe("2026-11-21 10:00");
    expect((await statusOf(id)).provider).toBe("wechat-template");
  });

  it("marks a reply failed when the resident's quota is used up and no template applies", async () => {
    const residentId = await residentOf("oSlow000001");
    await t.ctx.database.db
      .update(residentIdentities)
      .set({ lastInboundAt: clock.now() })
      .where(eq(residentIdentities.residentId, residentId));
    api.state.script.push(45047);
    const id = await queue(residentId, "额度测试", "reply");
    const row = await waitFor(
      async () => {
        const r = await statusOf(id);
        return r.status === "failed" ? r : null;
      },
      10_000,
      "failed reply",
    );
    expect(row.error).toContain("WECHAT.OUTSIDE_WINDOW");
  });

  it("marks a message failed with the error after the last attempt", async () => {
    const row = await queuedReplyToSlow("最后一次");
    api.state.script.push("http500");
    const delivery = new OutboundDelivery(t.ctx);
    expect(await delivery.deliver(row.id, { isLast: true })).toBe("failed");
    const stored = await statusOf(row.id);
    expect(stored.status).toBe("failed");
    expect(stored.error).toContain("HTTP 500");
    // A later run of the same job finds nothing to do.
    expect(await delivery.deliver(row.id, { isLast: true })).toBe("skipped");
  });

  it("a text WeChat accepted but answered after the timeout reaches the resident once", async () => {
    const row = await queuedReplyToSlow("回答迟到");
    // A short timeout for this delivery only; the fake takes the text at once (the resident has it)
    // and answers only well after the timeout, as a loaded machine reads a slow answer.
    const delivery = new OutboundDelivery({ ...t.ctx, env: { ...t.ctx.env, WECHAT_API_TIMEOUT_MS: 200 } });
    const before = api.state.custom.length;
    api.state.answerLate.push(900);
    // The send waits for the late answer inside its lease instead of sending the text again.
    expect(await delivery.deliver(row.id, { isLast: false })).toBe("sent");
    expect(api.state.custom.slice(before)).toEqual([{ touser: "oSlow000001", content: "回答迟到" }]);
    const sent = await statusOf(row.id);
    expect(sent.status).toBe("sent");
    expect(sent.error).toBeNull();
    // A later run of the same job (a retry, another process) sends nothing more.
    expect(await delivery.deliver(row.id, { isLast: false })).toBe("skipped");
    expect(api.state.custom.length).toBe(before + 1);
  });

  it("a text whose answer never comes is sent again after the wait: at least once, possibly twice", async () => {
    const row = await queuedReplyToSlow("没有回答");
    // A short lease, so that the wait for a late answer (three quarters of it) ends soon.
    const env = { ...t.ctx.env, WECHAT_API_TIMEOUT_MS: 200, OUTBOUND_SEND_LEASE_MS: 1_200 };
    const delivery = new OutboundDelivery({ ...t.ctx, env });
    const before = api.state.custom.length;
    api.state.acceptWithoutAnswer = 1;
    expect(await delivery.deliver(row.id, { isLast: false })).toBe("retry");
    api.releaseHeld();
    // WeChat has the text, but nothing here can know it: the row is queued again with the reason.
    const unconfirmed = await statusOf(row.id);
    expect(unconfirmed.status).toBe("queued");
    expect(unconfirmed.error).toMatch(/^WECHAT\.UNCONFIRMED: .*sent again$/);
    // The retry sends it again (a duplicate rather than a reply that may be lost) and records it once.
    expect(await delivery.deliver(row.id, { isLast: false })).toBe("sent");
    expect(api.state.custom.slice(before)).toEqual([
      { touser: "oSlow000001", content: "没有回答" },
      { touser: "oSlow000001", content: "没有回答" },
    ]);
    expect((await statusOf(row.id)).status).toBe("sent");
    expect(await delivery.deliver(row.id, { isLast: false })).toBe("skipped");
    expect(api.state.custom.length).toBe(before + 2);
  });

  it("a send that failed releases only its own claim, not the row another process took over", async () => {
    const row = await queuedReplyToSlow("接管之后");
    // A lease long enough that the take-over below lands while the first send still waits (three
    // quarters of it), however slowly this machine polls.
    const env = { ...t.ctx.env, WECHAT_API_TIMEOUT_MS: 200, OUTBOUND_SEND_LEASE_MS: 4_000 };
    const delivery = new OutboundDelivery({ ...t.ctx, env });
    api.state.acceptWithoutAnswer = 1;
    const first = delivery.deliver(row.id, { isLast: false });
    // While this send waits for an answer, another process takes the message over and sends it.
    await waitFor(async () => (await statusOf(row.id)).status === "sending", 30_000, "claimed");
    await t.ctx.database.pool.query(
      `UPDATE messages SET status = 'sent', payload = payload || jsonb_build_object('claimedAt', $2::text) WHERE id = $1`,
      [row.id, new Date().toISOString()],
    );
    expect(await first).toBe("retry");
    api.releaseHeld();
    // The failed send did not put the other process's sent message back in the queue.
    expect((await statusOf(row.id)).status).toBe("sent");
    expect(await delivery.deliver(row.id, { isLast: false })).toBe("skipped");
  });

  it("keeps WeChat's API timeout long enough for a loaded machine", () => {
    expect(t.ctx.env.WECHAT_API_TIMEOUT_MS).toBe(30_000);
  });

  it("takes over a send abandoned by a crashed process, but not one still in flight", async () => {
    const residentId = await residentOf("oSlow000001");
    const insert = async (claimedAt: Date) =>
      (
        await t.ctx.database.db
          .insert(messages)
          .values({
            channel: "wechat",
            direction: "out",
            residentId,
            text: "接管测试",
            status: "sending",
            payload: { purpose: "reply", address: "oSlow000001", claimedAt: claimedAt.toISOString() },
          })
          .returning({ id: messages.id })
      )[0]!.id;
    const delivery = new OutboundDelivery(t.ctx);
    // The abandoned one was made first: messages to one resident leave in the order they were made.
    const abandoned = await insert(new Date(Date.now() - 10 * 60_000));
    const inFlight = await insert(new Date());
    expect(await delivery.deliver(inFlight, { isLast: false })).toBe("retry");
    expect(await delivery.deliver(abandoned, { isLast: false })).toBe("sent");
    expect((await statusOf(abandoned)).status).toBe("sent");
  });
});

describe("the WeChat access token kept in the process", () => {
  const tokenKey = () => `${t.prefix}:wechat:access-token:${WECHAT.appid}`;
  const tokenOf = (clock?: { ms: number }) =>
    new WechatAccessToken(
      redisChannelCache(t.ctx.redis, t.prefix),
      createWechatApi({ baseUrl: api.url, appid: WECHAT.appid, secret: WECHAT.secret }),
      { appid: WECHAT.appid, keepMs: 30_000, ...(clock ? { clock: () => clock.ms } : {}) },
    );
  const wechatApi = () => createWechatApi({ baseUrl: api.url, appid: WECHAT.appid, secret: WECHAT.secret });

  it("sends with the token it keeps, without reading Redis, until the keep ends", async () => {
    const clock = { ms: 1_000_000 };
    const token = tokenOf(clock);
    const first = await token.get();
    // Redis loses the shared copy: the kept token still serves this process, no stable_token call.
    await t.ctx.redis.del(tokenKey());
    const calls = api.state.tokenCalls;
    expect(await token.get()).toBe(first);
    expect(await t.ctx.redis.get(tokenKey())).toBeNull();
    expect(api.state.tokenCalls).toBe(calls);
    // Once the keep ends the shared copy is read again (here: fetched again, the same token).
    clock.ms += 30_001;
    expect(await token.get()).toBe(first);
    expect(api.state.tokenCalls).toBe(calls + 1);
    expect(await t.ctx.redis.get(tokenKey())).toBe(first);
  });

  it("two processes agree after one of them renews the token", async () => {
    const a = tokenOf();
    const b = tokenOf();
    const old = await a.get();
    expect(await b.get()).toBe(old);
    // WeChat invalidates the token (another deployment forced a refresh): process A is refused first.
    api.revokeToken();
    await expect(wechatApi().sendCustomText(old, "oSlow000001", "甲")).rejects.toMatchObject({
      tokenRejected: true,
    });
    const renewed = await a.renew(old);
    expect(renewed).not.toBe(old);
    expect(await a.get()).toBe(renewed);
    const calls = api.state.tokenCalls;
    // Process B still keeps the old token: WeChat refuses it, and B's renewal takes A's token from
    // Redis without another stable_token call (a forced refresh would invalidate A's token).
    const kept = await b.get();
    expect(kept).toBe(old);
    await expect(wechatApi().sendCustomText(kept, "oSlow000001", "乙")).rejects.toMatchObject({
      tokenRejected: true,
    });
    expect(await b.renew(kept)).toBe(renewed);
    expect(await b.get()).toBe(renewed);
    expect(api.state.tokenCalls).toBe(calls);
    await wechatApi().sendCustomText(await b.get(), "oSlow000001", "丙");
    expect(api.state.custom.at(-1)?.content).toBe("丙");
  });

  it("a delivery in another process renews on 40001 and sends once with the shared token", async () => {
    // The app's delivery keeps the token it sent with last; another process renews it meanwhile.
    const residentId = await residentOf("oSlow000001");
    await t.ctx.database.db
      .update(residentIdentities)
      .set({ lastInboundAt: clock.now() })
      .where(eq(residentIdentities.residentId, residentId));
    // The takeover test above left a send "in flight" (its process is fictional): messages to one
    // resident leave in order, so close it as failed, or it would hold back these for its lease.
    await t.ctx.database.db.execute(sql`UPDATE messages SET status = 'failed' WHERE status = 'sending'`);
    const warm = await queue(residentId, "预热", "reply");
    await waitFor(async () => (await statusOf(warm)).status === "sent", 10_000, "warm-up send");
    const other = tokenOf();
    const old = await other.get();
    api.revokeToken();
    const renewed = await other.renew(old);
    const calls = api.state.tokenCalls;
    const before = api.state.custom.length;
    const id = await queue(residentId, "另一进程续期之后", "reply");
    await waitFor(async () => (await statusOf(id)).status === "sent", 10_000, "send after renewal elsewhere");
    expect(api.state.custom.length).toBe(before + 1);
    expect(api.state.custom.at(-1)?.content).toBe("另一进程续期之后");
    expect(api.state.tokenCalls).toBe(calls);
    expect(await t.ctx.redis.get(tokenKey())).toBe(renewed);
  });
});
