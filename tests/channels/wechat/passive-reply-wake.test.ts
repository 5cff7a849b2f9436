import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PassiveReplyWaiter } from "../../../src/channels-runtime/passive-reply-waiter.js";
import { findOrCreateResident } from "../../../src/db/repositories/residents.repository.js";
import { messages } from "../../../src/db/schema/index.js";
import { onRepliesWritten, wakeReplyWaiters } from "../../../src/queue/reply-wake.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { countStatements } from "../../support/statement-counter.js";
import { waitFor } from "../../support/wait-for.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

/** A fallback poll that never comes within the test: only a wake-up can find the reply. */
const NEVER_MS = 600_000;
/** Longer than any wait here; a waiter that is never woken gives up after it and the test fails. */
const BUDGET_MS = 20_000;

let seq = 0;
/** An inbound WeChat message and, written after the waiter's first look, the bot's queued reply to it. */
async function inbound(): Promise<{ id: number; reply: (text: string) => Promise<number> }> {
  const n = ++seq;
  const residentId = await t.ctx.database.db.transaction(
    async (tx) => (await findOrCreateResident(tx, "wechat", `oWake${String(n).padStart(7, "0")}`)).residentId,
  );
  const [row] = await t.ctx.database.db
    .insert(messages)
    .values({ channel: "wechat", direction: "in", residentId, text: "路灯不亮", status: "processed" })
    .returning({ id: messages.id });
  const id = row!.id;
  return {
    id,
    reply: async (text) =>
      (
        await t.ctx.database.db
          .insert(messages)
          .values({
            channel: "wechat",
            direction: "out",
            residentId,
            text,
            status: "queued",
            replyToMessageId: id,
          })
          .returning({ id: messages.id })
      )[0]!.id,
  };
}

const statusOf = async (id: number) =>
  (await t.ctx.database.db.select().from(messages).where(eq(messages.id, id)))[0]!.status;

describe("the passive-reply waiter woken when replies are committed", () => {
  it("finds a reply at once when the intake worker of this process says it wrote one", async () => {
    const waiter = new PassiveReplyWaiter(t.ctx.database, { pollMs: NEVER_MS, now: clock.now });
    const stop = onRepliesWritten(t.ctx.redis, t.prefix, () => waiter.wake(), t.ctx.log);
    try {
      const message = await inbound();
      const waiting = waiter.waitAndClaim(message.id, BUDGET_MS);
      // Its first look found nothing; the next one would be in ten minutes.
      await waitFor(() => waiter.looks > 0, 10_000, "the waiter's first look");
      const replyId = await message.reply("收到：路灯不亮");
      wakeReplyWaiters(t.ctx.redis, t.prefix);
      expect(await waiting).toEqual({ messageId: replyId, text: "收到：路灯不亮" });
      expect(await statusOf(replyId)).toBe("sent");
    } finally {
      waiter.close();
      await stop();
    }
  });

  it("finds a reply at once when another process publishes the wake-up through Redis", async () => {
    const waiter = new PassiveReplyWaiter(t.ctx.database, { pollMs: NEVER_MS, now: clock.now });
    const stop = onRepliesWritten(t.ctx.redis, t.prefix, () => waiter.wake(), t.ctx.log);
    const channel = `${t.prefix}:replies:wake`;
    try {
      await waitFor(
        async () => ((await t.ctx.redis.pubsub("NUMSUB", channel)) as [string, number])[1] > 0,
        10_000,
        "the waiter's subscription",
      );
      const message = await inbound();
      const waiting = waiter.waitAndClaim(message.id, BUDGET_MS);
      await waitFor(() => waiter.looks > 0, 10_000, "the waiter's first look");
      const replyId = await message.reply("收到：井盖丢了");
      // What an intake worker in another process sends after its commit (another sender id).
      await t.ctx.redis.publish(channel, "another-process");
      expect(await waiting).toEqual({ messageId: replyId, text: "收到：井盖丢了" });
    } finally {
      waiter.close();
      await stop();
    }
  });

  it("still finds the reply by its slow poll when Redis lost the wake-up", async () => {
    const waiter = new PassiveReplyWaiter(t.ctx.database, { pollMs: 200, now: clock.now });
    const stop = onRepliesWritten(t.ctx.redis, t.prefix, () => waiter.wake(), t.ctx.log);
    try {
      const message = await inbound();
      const waiting = waiter.waitAndClaim(message.id, BUDGET_MS);
      await waitFor(() => waiter.looks > 0, 10_000, "the waiter's first look");
      // Written and committed, but no wake-up is sent (Redis emptied, the worker killed after its commit).
      const replyId = await message.reply("收到：暖气不热");
      expect(await waiting).toEqual({ messageId: replyId, text: "收到：暖气不热" });
      expect(await statusOf(replyId)).toBe("sent");
    } finally {
      waiter.close();
      await stop();
    }
  });

  it("a wake-up with nobody waiting looks at nothing and changes nothing", async () => {
    const waiter = new PassiveReplyWaiter(t.ctx.database, { pollMs: NEVER_MS, now: clock.now });
    try {
      const message = await inbound();
      const replyId = await message.reply("收到：无人等待");
      waiter.wake();
      expect(waiter.looks).toBe(0);
      expect(await statusOf(replyId)).toBe("queued");
    } finally {
      waiter.close();
    }
  });
});

describe("claims of replies found by the same look", () => {
  it("go out in shared statements, each request getting its own reply, and a retry beside its original repeats it", async () => {
    const waiter = new PassiveReplyWaiter(t.ctx.database, { pollMs: NEVER_MS, now: clock.now });
    const counter = countStatements(t.ctx.database.pool);
    try {
      const sent = await Promise.all([inbound(), inbound(), inbound(), inbound()]);
      // Four requests and WeChat's retry of the first, all waiting at once.
      const waiting = [
        ...sent.map((m) => waiter.waitAndClaim(m.id, BUDGET_MS)),
        waiter.waitAndClaim(sent[0]!.id, BUDGET_MS),
      ];
      await waitFor(() => waiter.looks > 0, 10_000, "the waiter's first look");
      const replies = await Promise.all(sent.map((m, i) => m.reply(`收到：第${i + 1}条`)));
      counter.reset();
      waiter.wake();
      const got = await Promise.all(waiting);
      expect(got).toEqual([
        ...replies.map((id, i) => ({ messageId: id, text: `收到：第${i + 1}条` })),
        { messageId: replies[0], text: "收到：第1条" },
      ]);
      const claims = counter.statements.filter((s) => s === "passive_reply_claim_many").length;
      expect(claims).toBeGreaterThanOrEqual(1);
      expect(claims).toBeLessThan(5);
      for (const id of replies) expect(await statusOf(id)).toBe("sent");
    } finally {
      counter.stop();
      waiter.close();
    }
  });
});
