import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelWorkers } from "../../../src/channels-runtime/channel.workers.js";
import { OutboundDelivery } from "../../../src/channels-runtime/deliver-outbound.js";
import { PassiveReplyWaiter } from "../../../src/channels-runtime/passive-reply-waiter.js";
import { findOrCreateResident } from "../../../src/db/repositories/residents.repository.js";
import { messages } from "../../../src/db/schema/index.js";
import { queueResidentMessage } from "../../../src/notify/queue-resident-message.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { waitFor } from "../../support/wait-for.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock, workers: [(ctx) => channelWorkers(ctx)] });
  await t.ctx.relay.start();
});
afterAll(async () => {
  await t.close();
});

async function resident(address: string): Promise<string> {
  return t.ctx.database.db.transaction(
    async (tx) => (await findOrCreateResident(tx, "web", address)).residentId,
  );
}

async function queue(residentId: string, text: string, opts: { sendAfter?: Date } = {}): Promise<number> {
  const id = await t.ctx.database.db.transaction((tx) =>
    queueResidentMessage(tx, { at: clock.now(), residentId, text, purpose: "reply", ...opts }),
  );
  t.ctx.relay.kick();
  return id!;
}

/** Later than both the test clock and the wall clock, whichever the sender compares with. */
const anHourAhead = () => new Date(Math.max(Date.now(), clock.now().getTime()) + 3600_000);

const row = async (id: number) =>
  (await t.ctx.database.db.select().from(messages).where(eq(messages.id, id)))[0]!;

describe("messages to one resident leave in the order they were made", () => {
  it("holds a notice while the confirmation made before it still waits for its passive window", async () => {
    const r = await resident("order-session-0001");
    // The confirmation waits for WeChat's passive-reply window (an hour here: it never elapses in the test).
    const confirmation = await queue(r, "已登记，编号ZT20261121-0001", {
      sendAfter: anHourAhead(),
    });
    const notice = await queue(r, "您反映的问题已转交西盛街道办理，编号ZT20261121-0001");
    const other = await queue(await resident("order-session-0002"), "另一位居民的消息");
    // Another resident's message is not held up by this one's queue.
    await waitFor(async () => (await row(other)).status === "sent", 15_000, "other resident's message");
    expect((await row(notice)).status).toBe("queued");

    // The passive reply goes out (claimed by the webhook): the notice follows.
    await t.ctx.database.db
      .update(messages)
      .set({ status: "sent", provider: "passive", processedAt: clock.now() })
      .where(eq(messages.id, confirmation));
    await waitFor(async () => (await row(notice)).status === "sent", 15_000, "the notice after it");
  });

  it("does not send while an earlier message to the same resident is being sent", async () => {
    const r = await resident("order-session-0003");
    const first = await queue(r, "第一条", { sendAfter: anHourAhead() });
    await t.ctx.database.db.execute(
      sql`UPDATE messages SET status = 'sending', payload = payload || jsonb_build_object('claimedAt', ${new Date().toISOString()}::text) WHERE id = ${first}`,
    );
    const second = await t.ctx.database.db.transaction((tx) =>
      queueResidentMessage(tx, { at: clock.now(), residentId: r, text: "第二条", purpose: "reply" }),
    );
    const delivery = new OutboundDelivery(t.ctx);
    expect(await delivery.deliver(second!, { isLast: false })).toBe("blocked");
    expect((await row(second!)).status).toBe("queued");
    await t.ctx.database.db.execute(sql`UPDATE messages SET status = 'failed' WHERE id = ${first}`);
    // A message that failed for good no longer holds the queue.
    await waitFor(async () => (await row(second!)).status === "sent", 15_000, "the second message");
  });

  it("does not answer passively ahead of an earlier message still on its way", async () => {
    const r = await resident("order-session-0004");
    const notice = await queue(r, "较早的通知", { sendAfter: anHourAhead() });
    const [reply] = await t.ctx.database.db
      .insert(messages)
      .values({
        channel: "wechat",
        direction: "out",
        residentId: r,
        text: "收到",
        status: "queued",
        replyToMessageId: 999_999,
      })
      .returning({ id: messages.id });
    const waiter = new PassiveReplyWaiter(t.ctx.database, { pollMs: 20, now: clock.now });
    try {
      expect(await waiter.waitAndClaim(999_999, 1000)).toBeNull();
    } finally {
      waiter.close();
    }
    expect((await row(reply!.id)).status).toBe("queued");
    expect((await row(notice)).status).toBe("queued");
  });
});
