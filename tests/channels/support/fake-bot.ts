import { eq, sql } from "drizzle-orm";
import { messages } from "../../../src/db/schema/index.js";
import { IntakePump } from "../../../src/intake/intake-pump.js";
import { queueResidentMessage } from "../../../src/notify/queue-resident-message.js";
import { onIntakeWake } from "../../../src/queue/intake-wake.js";
import type { AppContext, StageWorker } from "../../../src/runtime/context.js";

const LANES = 8;

/**
 * Stands in for the intake bot: claims received messages the way the real worker does (from
 * PostgreSQL, woken by the ingest, one message per lane) and answers each with "收到：<text>" after
 * `delayMs`, the way the real worker does (reply_to_message_id, sendAfter).
 */
export function fakeBot(opts: { delayMs: number; budgetMs?: number }) {
  return (ctx: AppContext): StageWorker[] => {
    const answerOne = async (): Promise<number> =>
      ctx.database.db.transaction(async (tx) => {
        const claimed = await tx.execute<{ id: string }>(sql`
          SELECT id FROM messages WHERE direction = 'in' AND status = 'received'
          ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`);
        const id = claimed.rows[0] ? Number(claimed.rows[0].id) : null;
        if (id === null) return 0;
        await new Promise((r) => setTimeout(r, opts.delayMs));
        const [inbound] = await tx.select().from(messages).where(eq(messages.id, id));
        if (inbound?.residentId)
          await queueResidentMessage(tx, {
            residentId: inbound.residentId,
            text: `收到：${inbound.text ?? inbound.kind}`,
            purpose: "reply",
            preferChannel: inbound.channel,
            replyToMessageId: inbound.id,
            sendAfter: new Date(ctx.now().getTime() + (opts.budgetMs ?? 0)),
            at: ctx.now(),
          });
        await tx.update(messages).set({ status: "processed" }).where(eq(messages.id, id));
        return 1;
      });
    const pump = new IntakePump({
      run: async () => {
        const n = await answerOne();
        if (n > 0) ctx.relay.kick();
        return n;
      },
      batchSize: 1,
      lanes: LANES,
      pollMs: 200,
      log: ctx.log,
    });
    const stop = onIntakeWake(ctx.redis, ctx.env.QUEUE_PREFIX, () => pump.wake(), ctx.log);
    pump.wake();
    return [
      {
        name: "intake",
        close: async () => {
          await stop();
          await pump.close();
        },
      },
    ];
  };
}
