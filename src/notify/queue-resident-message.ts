import { desc, eq, isNotNull } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { messages, residentIdentities } from "../db/schema/index.js";
import { enqueue } from "../queue/outbox.js";
import { jobId } from "../queue/queues.js";
import { deliveryChannel } from "../channels-runtime/channel-rules.js";
import type { ResultCard } from "../../channels/port.js";
import { findChannelManifest } from "../../channels/registry.js";

/** Why we write to a resident. Only replies and emergency/essential notices ignore an opt-out. */
export type MessagePurpose = "reply" | "status" | "survey" | "notice";

export interface ResidentMessage {
  residentId: string;
  /**
   * When the message was made, on the application's clock — the same clock that stamps inbound
   * messages, so a transcript sorted by time reads in the order things happened.
   */
  at: Date;
  /** Plain text in Simplified Chinese (channels without templates send it as is). */
  text: string;
  purpose: MessagePurpose;
  /** Pre-approved template for providers that only send templates (Aliyun, Tencent, WeChat outside 48 h). */
  template?: { code: string; params: Record<string, string> };
  /** Prefer this channel when the resident has an identity on it. */
  preferChannel?: string;
  conversationId?: string | null;
  replyToMessageId?: number | null;
  ticketId?: string | null;
  /** Deliver no earlier than this (WeChat's passive-reply budget, scheduled notices). */
  sendAfter?: Date;
  /**
   * A link card to the public result page, sent just before the text where the channel shows cards
   * and its send window is open (WeChat 图文消息); elsewhere only the text goes, as before.
   */
  card?: ResultCard | null;
}

/**
 * Records an outbound message for a resident and queues its delivery, in the caller's transaction.
 * Picks the channel (preferred, else the one they last wrote on), honours opt-outs for
 * non-essential messages, and returns the message id (null when nothing is to be sent).
 */
export async function queueResidentMessage(tx: Queryable, m: ResidentMessage): Promise<number | null> {
  const identities = await tx
    .select()
    .from(residentIdentities)
    .where(eq(residentIdentities.residentId, m.residentId))
    .orderBy(desc(isNotNull(residentIdentities.lastInboundAt)), desc(residentIdentities.lastInboundAt));
  const identity = identities.find((i) => i.channel === m.preferChannel) ?? identities[0];
  if (!identity) return null;
  const nonEssential = m.purpose === "survey" || m.purpose === "notice";
  if (nonEssential && identity.optedOutAt) return null;
  // Hotline callers are reached back by SMS on the number they called from.
  const channel = deliveryChannel(identity.channel);
  const common = {
    purpose: m.purpose,
    identityId: identity.id,
    address: identity.address,
    ...(m.ticketId ? { ticketId: m.ticketId } : {}),
  };
  if (m.card && cardFits(channel, identity.lastInboundAt, m.sendAfter ?? m.at)) {
    // Its own row and job, made first: messages to a resident leave in id order, so the card goes
    // before the text, and a retried text cannot send the card again (each row is claimed once).
    const [card] = await tx
      .insert(messages)
      .values({
        channel,
        direction: "out",
        conversationId: m.conversationId ?? null,
        residentId: m.residentId,
        kind: "card",
        text: `${m.card.title} ${m.card.url}`,
        payload: { ...common, card: m.card },
        status: "queued",
        sendAfter: m.sendAfter ?? null,
        createdAt: m.at,
      })
      .returning({ id: messages.id });
    await enqueue(
      tx,
      "outbound",
      { messageId: card!.id },
      { jobId: jobId("out", card!.id), runAt: m.sendAfter },
    );
  }
  const [row] = await tx
    .insert(messages)
    .values({
      channel,
      direction: "out",
      conversationId: m.conversationId ?? null,
      residentId: m.residentId,
      kind: "text",
      text: m.text,
      payload: { ...common, ...(m.template ? { template: m.template } : {}) },
      status: "queued",
      replyToMessageId: m.replyToMessageId ?? null,
      sendAfter: m.sendAfter ?? null,
      createdAt: m.at,
    })
    .returning({ id: messages.id });
  await enqueue(tx, "outbound", { messageId: row!.id }, { jobId: jobId("out", row!.id), runAt: m.sendAfter });
  return row!.id;
}

/** The channel shows link cards and its send window (if any) is open when the message is due. */
function cardFits(channel: string, lastInboundAt: Date | null, at: Date): boolean {
  const caps = findChannelManifest(channel)?.capabilities;
  if (!caps?.resultCards) return false;
  if (!caps.sendWindow) return true;
  return lastInboundAt !== null && at.getTime() - lastInboundAt.getTime() < caps.sendWindow.ms;
}
