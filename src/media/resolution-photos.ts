import { and, eq, inArray } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { mediaAttachments } from "../db/schema/index.js";
import { AppError } from "../domain/app-error.js";
import { attachMedia, resolutionOwner } from "./media-attachments.js";

export const MAX_RESOLUTION_PHOTOS = 9;

/**
 * Makes the photos a unit uploaded to this ticket the fix photos of the round's resolution, in the
 * order given. Only photos uploaded to this very ticket are accepted: a resident's photo, or one of
 * another ticket, must never reach the public result page by its id. A second resolution of the same
 * round (sent back by the centre) replaces the set.
 */
export async function attachResolutionPhotos(
  tx: Queryable,
  a: { ticketId: string; round: number; mediaIds: readonly string[]; now: Date },
): Promise<void> {
  const ids = [...new Set(a.mediaIds)];
  if (ids.length > MAX_RESOLUTION_PHOTOS)
    throw new AppError("MEDIA.TOO_MANY", `最多附${MAX_RESOLUTION_PHOTOS}张照片`, 422);
  const owner = resolutionOwner(a.ticketId, a.round);
  await tx
    .delete(mediaAttachments)
    .where(and(eq(mediaAttachments.ownerType, "resolution"), eq(mediaAttachments.ownerId, owner)));
  if (ids.length === 0) return;
  const uploaded = await tx
    .select({ mediaId: mediaAttachments.mediaId })
    .from(mediaAttachments)
    .where(
      and(
        eq(mediaAttachments.ownerType, "upload"),
        eq(mediaAttachments.ownerId, a.ticketId),
        inArray(mediaAttachments.mediaId, ids),
      ),
    );
  const known = new Set(uploaded.map((u) => u.mediaId));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length)
    throw new AppError("MEDIA.NOT_UPLOADED", "照片须先上传到本工单再提交办结", 422, { missing });
  for (const [position, mediaId] of ids.entries())
    await attachMedia(tx, { mediaId, ownerType: "resolution", ownerId: owner, position, now: a.now });
}
