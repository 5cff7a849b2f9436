import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { findOrCreateResident } from "../../../src/db/repositories/residents.repository.js";
import { messages } from "../../../src/db/schema/index.js";
import type { AppContext } from "../../../src/runtime/context.js";
import { wakeIntake } from "../../../src/queue/intake-wake.js";
import { waitFor } from "../../support/wait-for.js";

export { waitFor };

export interface Inbound {
  channel: "wechat" | "sms" | "hotline" | "web";
  from: string;
  kind?: "text" | "voice" | "image" | "location" | "event" | "transcript" | "unsupported";
  text?: string | null;
  payload?: Record<string, unknown>;
}

/**
 * Stores an inbound message the way the channel adapters do (resident and message row, `received`:
 * intake's to-do, in one transaction), wakes the intake worker and returns its id.
 */
export async function receive(ctx: AppContext, m: Inbound): Promise<number> {
  const id = await ctx.database.db.transaction(async (tx) => {
    const { residentId } = await findOrCreateResident(tx, m.channel, m.from);
    const [row] = await tx
      .insert(messages)
      .values({
        channel: m.channel,
        provider: "test",
        channelMessageId: randomUUID(),
        direction: "in",
        residentId,
        kind: m.kind ?? "text",
        text: m.text ?? null,
        payload: m.payload ?? {},
        status: "received",
      })
      .returning({ id: messages.id });
    return row!.id;
  });
  wakeIntake(ctx.redis, ctx.env.QUEUE_PREFIX);
  return id;
}

/** Waits until the intake worker processed the message, then returns the replies it queued. */
export async function repliesTo(
  ctx: AppContext,
  messageId: number,
): Promise<(typeof messages.$inferSelect)[]> {
  await waitFor(async () => {
    const [m] = await ctx.database.db.select().from(messages).where(eq(messages.id, messageId));
    return m?.status === "processed";
  });
  return ctx.database.db
    .select()
    .from(messages)
    .where(and(eq(messages.direction, "out"), eq(messages.replyToMessageId, messageId)))
    .orderBy(asc(messages.id));
}

/** Sends a message and returns the texts of the bot's replies. */
export async function say(ctx: AppContext, m: Inbound): Promise<string[]> {
  const id = await receive(ctx, m);
  return (await repliesTo(ctx, id)).map((r) => r.text ?? "");
}

/**
 * Stores an inbound SMS as the ingest does (the row only, `received`), without waking any worker:
 * for tests that hand the message to intake themselves, or let a worker's poll find it.
 */
export async function storeReceivedSms(ctx: AppContext, from: string, text: string): Promise<number> {
  return ctx.database.db.transaction(async (tx) => {
    const { residentId } = await findOrCreateResident(tx, "sms", from);
    const [row] = await tx
      .insert(messages)
      .values({ channel: "sms", direction: "in", residentId, kind: "text", text, status: "received" })
      .returning({ id: messages.id });
    return row!.id;
  });
}

/** Everyday first messages for backlog tests: each files nothing yet, so the bot asks for more. */
export const BACKLOG_TEXTS = ["路灯不亮了", "小区门口垃圾没人清", "楼下餐馆油烟太大", "井盖丢了", "噪音扰民"];
/** A distinct phone number per (series, index), so each backlog message is another resident's. */
export const backlogPhone = (series: number, i: number): string =>
  `13${series}0000${String(i).padStart(4, "0")}`;
