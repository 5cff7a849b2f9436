import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "../db/client.js";
import { mediaAttachments } from "../db/schema/index.js";
import { AppError } from "../domain/app-error.js";
import { attachMedia, uploaderOwner } from "./media-attachments.js";

/** At most this many photos per resolution or progress note (WeChat's own limit on a post). */
export const MAX_PHOTOS = 9;

/** The `photos` field of the resolve and note actions: ids of photos uploaded to the ticket first. */
export const photoIdsSchema = z
  .array(z.uuid("照片编号格式不对"))
  .max(MAX_PHOTOS, `最多附${MAX_PHOTOS}张照片`)
  .optional();

/**
 * Who uploaded a photo, as the ticket sees it: the centre as one, each unit on its own. A unit's
 * progress may only carry what its own side uploaded, so an assisting unit cannot pass off the
 * lead's (or another assisting unit's) photos as its progress.
 */
export type UploaderSide = "centre" | `unit:${string}`;

export function uploaderSide(actor: {
  role: "centre" | "unit" | "system" | "resident";
  unitId?: string | null;
}) {
  return (actor.role === "unit" && actor.unitId ? `unit:${actor.unitId}` : "centre") as UploaderSide;
}

/** Records which side uploaded a photo to a ticket (next to the `upload` attachment itself). */
export async function recordUploader(
  db: Queryable,
  a: { ticketId: string; mediaId: string; side: UploaderSide; now: Date },
): Promise<void> {
  await attachMedia(db, {
    mediaId: a.mediaId,
    ownerType: "uploader",
    ownerId: uploaderOwner(a.ticketId, a.side),
    now: a.now,
  });
}

/**
 * Checks the photos named by an action: at most nine distinct ids, each uploaded to this very ticket
 * (and, with `side`, by that side). A resident's photo, or one of another ticket, must never be
 * attached by its id. Returns the distinct ids in the order given.
 */
export async function checkUploadedPhotos(
  tx: Queryable,
  a: { ticketId: string; mediaIds: readonly string[]; side?: UploaderSide },
): Promise<string[]> {
  const ids = [...new Set(a.mediaIds)];
  if (ids.length > MAX_PHOTOS) throw new AppError("MEDIA.TOO_MANY", `最多附${MAX_PHOTOS}张照片`, 422);
  if (ids.length === 0) return ids;
  const owner =
    a.side === undefined
      ? and(eq(mediaAttachments.ownerType, "upload"), eq(mediaAttachments.ownerId, a.ticketId))
      : and(
          eq(mediaAttachments.ownerType, "uploader"),
          eq(mediaAttachments.ownerId, uploaderOwner(a.ticketId, a.side)),
        );
  const uploaded = await tx
    .select({ mediaId: mediaAttachments.mediaId })
    .from(mediaAttachments)
    .where(and(owner, inArray(mediaAttachments.mediaId, ids)));
  const known = new Set(uploaded.map((u) => u.mediaId));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length)
    throw new AppError(
      "MEDIA.NOT_UPLOADED",
      a.side === undefined ? "照片须先上传到本工单再提交" : "照片须由本单位先上传到本工单再提交",
      422,
      { missing },
    );
  return ids;
}
