import type { Worker } from "bullmq";
import { eq } from "drizzle-orm";
import { messages } from "../../../src/db/schema/index.js";
import { queueResidentMessage } from "../../../src/notify/queue-resident-message.js";
import { startWorker } from "../../../src/queue/worker.js";
import type { AppContext } from "../../../src/runtime/context.js";

/**
 * Stands in for the intake bot: consumes `intake` jobs and answers each message with
 * "收到：<text>" after `delayMs`, the way the real worker does (reply_to_message_id, sendAfter).
 */
export function fakeBot(opts: { delayMs: number; budgetMs?: number }) {
  return (ctx: AppContext): Worker[] => [
    startWorker(
      "intake",
      async ({ messageId }) => {
        await new Promise((r) => setTimeout(r, opts.delayMs));
        await ctx.database.db.transaction(async (tx) => {
          const [inbound] = await tx.select().from(messages).where(eq(messages.id, messageId));
          if (!inbound?.residentId) return;
          await queueResidentMessage(tx, {
            residentId: inbound.residentId,
            text: `收到：${inbound.text ?? inbound.kind}`,
            purpose: "reply",
            preferChannel: inbound.channel,
            replyToMessageId: inbound.id,
            sendAfter: new Date(ctx.now().getTime() + (opts.budgetMs ?? 0)),
            at: ctx.now(),
          });
          await tx.update(messages).set({ status: "processed" }).where(eq(messages.id, messageId));
        });
        ctx.relay.kick();
      },
      { connection: ctx.redis, prefix: ctx.env.QUEUE_PREFIX, log: ctx.log, concurrency: 8 },
    ),
  ];
}
