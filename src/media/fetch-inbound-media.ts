import { and, eq, sql } from "drizzle-orm";
import { MediaFetchError, type MediaSource } from "../../channels/port.js";
import { channelCapabilities } from "../../channels/registry.js";
import { mediaAttachments, messages } from "../db/schema/index.js";
import { AppError } from "../domain/app-error.js";
import type { AppContext } from "../runtime/context.js";
import { attachMedia } from "./media-attachments.js";
import { mediaServiceFor } from "./media-service.js";

export type MediaFetchOutcome = "stored" | "already" | "refused" | "gone" | "no-source";

/**
 * Downloads the photo or voice of one inbound message from its provider and stores it, attached to
 * the message (the ticket reaches it through its messages). Idempotent: a message whose media is
 * attached, or was found gone for good, is left alone, so a second job for it does nothing.
 * A retryable failure (timeout, 5xx, busy) throws for the queue's backoff.
 */
export async function fetchInboundMedia(
  ctx: AppContext,
  messageId: number,
  sourceFor: (channel: string) => MediaSource | null | Promise<MediaSource | null>,
): Promise<MediaFetchOutcome> {
  const db = ctx.database.db;
  const [msg] = await db.select().from(messages).where(eq(messages.id, messageId));
  if (!msg || msg.direction !== "in" || (msg.kind !== "image" && msg.kind !== "voice")) return "gone";
  if (msg.payload["mediaError"]) return "gone";
  const [done] = await db
    .select({ id: mediaAttachments.id })
    .from(mediaAttachments)
    .where(and(eq(mediaAttachments.ownerType, "message"), eq(mediaAttachments.ownerId, String(msg.id))))
    .limit(1);
  if (done) return "already";

  const source = await sourceFor(msg.channel);
  if (!source) {
    await markMediaError(ctx, msg.id, "no_source");
    return "no-source";
  }
  const ref = {
    mediaId: typeof msg.payload["mediaId"] === "string" ? msg.payload["mediaId"] : null,
    mediaUrl: typeof msg.payload["mediaUrl"] === "string" ? msg.payload["mediaUrl"] : null,
  };
  let bytes: Buffer;
  try {
    ({ bytes } = await source.fetchMedia(ref));
  } catch (error) {
    if (error instanceof MediaFetchError && !error.retryable) {
      ctx.log.warn({ messageId, err: error.message }, "inbound media cannot be fetched; kept without it");
      await markMediaError(ctx, msg.id, "gone");
      return "gone";
    }
    throw error;
  }
  try {
    await db.transaction(async (tx) => {
      const stored = await mediaServiceFor(ctx.env).ingest(tx, bytes, {
        accept: [msg.kind as "image" | "voice"],
        now: ctx.now(),
      });
      const keepGps = channelCapabilities(msg.channel)?.sharesLocation === true;
      await attachMedia(tx, {
        mediaId: stored.media.id,
        ownerType: "message",
        ownerId: String(msg.id),
        gps: keepGps ? stored.gps : null,
        now: ctx.now(),
      });
    });
  } catch (error) {
    if (error instanceof AppError) {
      // Not a photo, too big, unreadable: nothing was stored; a retry would fetch the same bytes.
      ctx.log.warn({ messageId, code: error.code }, "inbound media refused");
      await markMediaError(ctx, msg.id, error.code);
      return "refused";
    }
    throw error;
  }
  return "stored";
}

async function markMediaError(ctx: AppContext, messageId: number, code: string): Promise<void> {
  await ctx.database.db
    .update(messages)
    .set({ payload: sql`${messages.payload} || jsonb_build_object('mediaError', ${code}::text)` })
    .where(eq(messages.id, messageId));
}
