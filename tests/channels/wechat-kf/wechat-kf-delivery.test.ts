import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutboundDelivery } from "../../../src/channels-runtime/deliver-outbound.js";
import { findOrCreateResident } from "../../../src/db/repositories/residents.repository.js";
import { messages, residentIdentities } from "../../../src/db/schema/index.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { startFakeWecomKf } from "../support/fake-wecom-kf.js";
import { KF, kfEnv } from "../support/wecom-kf-http.js";

const HOUR = 3_600_000;
const clock = testClock();
let t: TestEnv;
let wecom: Awaited<ReturnType<typeof startFakeWecomKf>>;
let delivery: OutboundDelivery;

beforeAll(async () => {
  wecom = await startFakeWecomKf(KF.corpId, KF.secret);
  t = await createTestEnv({ clock, env: kfEnv(wecom.url) });
  delivery = new OutboundDelivery(t.ctx);
});
afterAll(async () => {
  await t.close();
  await wecom.close();
});

/** A customer who wrote to our account `ago` ms before now (or never, with `wrote: false`). */
async function customer(user: string, ago: number, wrote = true) {
  return t.ctx.database.db.transaction(async (tx) => {
    const r = await findOrCreateResident(tx, "wechat-kf", user, { phone: null });
    await tx
      .update(residentIdentities)
      .set({ lastInboundAt: new Date(clock.now().getTime() - ago) })
      .where(eq(residentIdentities.id, r.identityId));
    if (wrote)
      await tx.insert(messages).values({
        channel: "wechat-kf",
        provider: "wechat-kf",
        channelMessageId: `in-${user}`,
        direction: "in",
        residentId: r.residentId,
        kind: "text",
        text: "你好",
        status: "processed",
        payload: { to: KF.openKfId },
      });
    return r;
  });
}

async function outbound(residentId: string, identityId: string, user: string, text: string) {
  const [row] = await t.ctx.database.db
    .insert(messages)
    .values({
      channel: "wechat-kf",
      direction: "out",
      residentId,
      kind: "text",
      text,
      status: "queued",
      payload: { purpose: "reply", address: user, identityId },
    })
    .returning();
  return row!.id;
}

async function row(id: number) {
  const [r] = await t.ctx.database.db.select().from(messages).where(eq(messages.id, id));
  return r!;
}

describe("微信客服 delivery (send_msg)", () => {
  it("sends within the window on the account the customer wrote to, once per message", async () => {
    const c = await customer("wmDeliver01", HOUR);
    const id = await outbound(c.residentId, c.identityId, "wmDeliver01", "您好，已收到。");
    expect(await delivery.deliver(id, { isLast: false })).toBe("sent");
    expect(await delivery.deliver(id, { isLast: false })).toBe("skipped");
    expect(wecom.state.sent.filter((s) => s.touser === "wmDeliver01")).toEqual([
      { touser: "wmDeliver01", open_kfid: KF.openKfId, msgid: `zt-out-${id}`, content: "您好，已收到。" },
    ]);
    expect(await row(id)).toMatchObject({ status: "sent", provider: "wechat-kf" });
  });

  it("refuses to send 48 hours after the customer's last message, without calling WeCom", async () => {
    const c = await customer("wmDeliver02", 49 * HOUR);
    const before = wecom.state.sent.length;
    const id = await outbound(c.residentId, c.identityId, "wmDeliver02", "迟到的回复");
    expect(await delivery.deliver(id, { isLast: false })).toBe("failed");
    expect((await row(id)).error).toContain("WECHAT_KF.OUTSIDE_WINDOW");
    expect(wecom.state.sent.length).toBe(before);
  });

  it("sends at most 5 messages per customer message", async () => {
    const c = await customer("wmDeliver03", HOUR);
    const outcomes = [];
    for (let i = 1; i <= 6; i++) {
      const id = await outbound(c.residentId, c.identityId, "wmDeliver03", `第${i}条`);
      outcomes.push(await delivery.deliver(id, { isLast: false }));
    }
    expect(outcomes).toEqual(["sent", "sent", "sent", "sent", "sent", "failed"]);
    expect(wecom.state.sent.filter((s) => s.touser === "wmDeliver03")).toHaveLength(5);
  });

  it("fails for good when the customer never wrote to an account", async () => {
    const c = await customer("wmDeliver04", HOUR, false);
    const id = await outbound(c.residentId, c.identityId, "wmDeliver04", "无账号");
    expect(await delivery.deliver(id, { isLast: false })).toBe("failed");
    expect((await row(id)).error).toContain("WECHAT_KF.NO_ACCOUNT");
  });

  it("renews a rejected token once, and refetches a token lost with Redis data", async () => {
    const c = await customer("wmDeliver05", HOUR);
    wecom.revokeToken();
    const calls = wecom.state.tokenCalls;
    const first = await outbound(c.residentId, c.identityId, "wmDeliver05", "令牌过期后");
    expect(await delivery.deliver(first, { isLast: false })).toBe("sent");
    expect(wecom.state.tokenCalls).toBe(calls + 1);
    await t.ctx.redis.del(`${t.prefix}:wechat-kf:access-token:${KF.corpId}`);
    const second = await outbound(c.residentId, c.identityId, "wmDeliver05", "缓存丢失后");
    expect(await delivery.deliver(second, { isLast: false })).toBe("sent");
    expect(wecom.state.tokenCalls).toBe(calls + 2);
  });

  it("puts a send back in the queue when WeCom is busy", async () => {
    const c = await customer("wmDeliver06", HOUR);
    wecom.state.script.push("http500");
    const id = await outbound(c.residentId, c.identityId, "wmDeliver06", "稍后重试");
    expect(await delivery.deliver(id, { isLast: false })).toBe("retry");
    expect((await row(id)).status).toBe("queued");
    expect(await delivery.deliver(id, { isLast: false })).toBe("sent");
  });
});
