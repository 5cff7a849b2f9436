import { and, eq } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { mediaAttachments } from "../db/schema/index.js";
import { attachMedia, resolutionOwner } from "./media-attachments.js";
import { checkUploadedPhotos, MAX_PHOTOS, type UploaderSide } from "./uploaded-photos.js";

export const MAX_RESOLUTION_PHOTOS = MAX_PHOTOS;

/**
 * Makes the photos a unit uploaded to this ticket the fix photos of the round's resolution, in the
 * order given. Only photos uploaded to this very ticket are accepted: a resident's photo, or one of
 * another ticket, must never reach the public result page by its id. A second resolution of the same
 * round (sent back by the centre) replaces the set. The lead's own uploads and the centre's count
 * (the centre may upload for a unit); an assisting unit's never do, so its photos, progress photos
 * included, cannot reach the public page through the lead's resolution.
 */
export async function attachResolutionPhotos(
  tx: Queryable,
  a: { ticketId: string; round: number; mediaIds: readonly string[]; side: UploaderSide; now: Date },
): Promise<void> {
  const ids = await checkUploadedPhotos(tx, {
    ticketId: a.ticketId,
    mediaIds: a.mediaIds,
    sides: [a.side, "centre"],
    // Fix photos staged before uploaders were recorded still go into the resolution they were for.
    acceptUnattributed: true,
  });
  const owner = resolutionOwner(a.ticketId, a.round);
  await tx
    .delete(mediaAttachments)
    .where(and(eq(mediaAttachments.ownerType, "resolution"), eq(mediaAttachments.ownerId, owner)));
  for (const [position, mediaId] of ids.entries())
    await attachMedia(tx, { mediaId, ownerType: "resolution", ownerId: owner, position, now: a.now });
}
