import { and, eq, sql } from "drizzle-orm";
import type { InboundMessage } from "../../channels/channel.js";
import type { Queryable } from "../db/client.js";
import { findOrCreateResident } from "../db/repositories/residents.repository.js";
import { messages, residentIdentities } from "../db/schema/index.js";
import { enqueue } from "../queue/outbox.js";
import { jobId } from "../queue/queues.js";
import { pgSafe } from "./pg-safe.js";

export interface StoredInbound {
  /** Row id in `messages` (of the earlier copy for a redelivery). */
  id: number;
  /** False for a redelivery: nothing new was written. */
  inserted: boolean;
  residentId: string;
}

/** The payload column of an inbound message: the contract the intake worker reads. */
export function inboundPayload(message: InboundMessage, extra: Record<string, unknown> = {}) {
  return {
    provider: message.provider,
    to: message.to,
    sentAt: message.sentAt?.toISOString() ?? null,
    ...(message.location ? { location: message.location } : {}),
    ...(message.mediaId ? { mediaId: message.mediaId } : {}),
    ...(message.mediaUrl ? { mediaUrl: message.mediaUrl } : {}),
    ...(message.event ? { event: message.event } : {}),
    ...(message.optOut ? { optOut: true } : {}),
    ...extra,
    raw: message.raw,
  };
}

/** An inbound photo or voice whose bytes are still at the provider. */
export function needsMediaFetch(message: Pick<InboundMessage, "kind" | "mediaId" | "mediaUrl">): boolean {
  return (message.kind === "image" || message.kind === "voice") && !!(message.mediaId || message.mediaUrl);
}

/**
 * Stores one verified inbound message inside the caller's transaction: finds or creates the resident
 * behind the address, records the time of contact (WeChat's 48-hour window counts from it), inserts
 * the message once per (channel, channelMessageId) as `received` (intake's to-do, claimed by its
 * worker; the caller wakes it with `wakeIntake` after the commit).
 * Concurrent deliveries of the same message serialise on the unique index: one row, one job.
 */
export async function storeInboundMessage(
  tx: Queryable,
  original: InboundMessage,
  opts: {
    now: Date;
    phone?: string | null;
    /** `mediaStored: true`: the photo came with the request and is stored already (nothing to fetch). */
    extraPayload?: Record<string, unknown>;
  },
): Promise<StoredInbound> {
  const message = pgSafe(original);
  const resident = await findOrCreateResident(tx, message.channel, message.from, {
    phone: opts.phone ?? null,
  });
  const unsubscribed = message.optOut || message.event?.type === "unsubscribe";
  await tx
    .update(residentIdentities)
    .set({
      lastInboundAt: opts.now,
      // Opt-out is remembered once (first time); a later message does not move it.
      ...(unsubscribed ? { optedOutAt: sql`coalesce(${residentIdentities.optedOutAt}, ${opts.now})` } : {}),
      // Following again (WeChat subscribe) lifts an earlier unsubscribe.
      ...(message.event?.type === "subscribe" ? { optedOutAt: null } : {}),
    })
    .where(eq(residentIdentities.id, resident.identityId));

  const [row] = await tx
    .insert(messages)
    .values({
      channel: message.channel,
      provider: message.provider,
      channelMessageId: message.channelMessageId,
      direction: "in",
      residentId: resident.residentId,
      kind: message.kind,
      text: message.text,
      payload: inboundPayload(message, opts.extraPayload),
      status: "received",
      createdAt: opts.now,
    })
    .onConflictDoNothing({ target: [messages.channel, messages.channelMessageId] })
    .returning({ id: messages.id });
  if (row) {
    // Stored `received`, it is intake's to-do: the worker claims it (wake it after the commit).
    // The provider keeps a photo or voice only for days (WeChat: three): fetch it now, durably.
    if (needsMediaFetch(message) && !opts.extraPayload?.["mediaStored"])
      await enqueue(tx, "media", { messageId: row.id }, { jobId: jobId("media", row.id) });
    return { id: row.id, inserted: true, residentId: resident.residentId };
  }
  const [existing] = await tx
    .select({ id: messages.id })
    .from(messages)
    .where(
      and(eq(messages.channel, message.channel), eq(messages.channelMessageId, message.channelMessageId)),
    )
    .limit(1);
  if (!existing) throw new Error("inbound message vanished after a unique conflict");
  return { id: existing.id, inserted: false, residentId: resident.residentId };
}
