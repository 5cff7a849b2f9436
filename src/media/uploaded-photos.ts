import { and, eq, inArray, like, or } from "drizzle-orm";
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
 * by one of `sides`. A resident's photo, one of another ticket, or (for a progress note) one of
 * another unit must never be attached by its id. With `acceptUnattributed`, photos uploaded before
 * uploaders were recorded pass on the ticket check alone. Returns the distinct ids in the order given.
 */
export async function checkUploadedPhotos(
  tx: Queryable,
  a: {
    ticketId: string;
    mediaIds: readonly string[];
    sides: readonly UploaderSide[];
    acceptUnattributed?: boolean;
  },
): Promise<string[]> {
  const ids = [...new Set(a.mediaIds)];
  if (ids.length > MAX_PHOTOS) throw new AppError("MEDIA.TOO_MANY", `最多附${MAX_PHOTOS}张照片`, 422);
  if (ids.length === 0) return ids;
  const rows = await tx
    .select({
      mediaId: mediaAttachments.mediaId,
      type: mediaAttachments.ownerType,
      owner: mediaAttachments.ownerId,
    })
    .from(mediaAttachments)
    .where(
      and(
        inArray(mediaAttachments.mediaId, ids),
        or(
          and(eq(mediaAttachments.ownerType, "upload"), eq(mediaAttachments.ownerId, a.ticketId)),
          and(eq(mediaAttachments.ownerType, "uploader"), like(mediaAttachments.ownerId, `${a.ticketId}:%`)),
        ),
      ),
    );
  const allowed = new Set(a.sides.map((side) => uploaderOwner(a.ticketId, side)));
  const ok = (id: string) => {
    const mine = rows.filter((r) => r.mediaId === id);
    if (!mine.some((r) => r.type === "upload")) return false;
    const by = mine.filter((r) => r.type === "uploader");
    return by.length === 0 ? a.acceptUnattributed === true : by.some((r) => allowed.has(r.owner));
  };
  const missing = ids.filter((id) => !ok(id));
  if (missing.length)
    throw new AppError("MEDIA.NOT_UPLOADED", "照片须由本单位先上传到本工单再提交", 422, { missing });
  return ids;
}
