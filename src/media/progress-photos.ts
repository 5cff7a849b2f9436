import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { mediaAttachments, ticketEvents } from "../db/schema/index.js";
import { attachMedia } from "./media-attachments.js";

/** Attaches checked photo ids (see `checkUploadedPhotos`) to one progress note, in the order given. */
export async function attachNotePhotos(
  tx: Queryable,
  a: { eventId: number; mediaIds: readonly string[]; now: Date },
): Promise<void> {
  for (const [position, mediaId] of a.mediaIds.entries())
    await attachMedia(tx, { mediaId, ownerType: "note", ownerId: String(a.eventId), position, now: a.now });
}

export interface NotePhotos {
  eventId: number;
  actorId: string | null;
  text: unknown;
  mediaIds: string[];
}

/**
 * The progress notes of a ticket that carry photos, each with its photo ids in order; with
 * `mediaIds`, only the notes carrying one of them.
 */
export async function notesWithPhotos(
  db: Queryable,
  ticketId: string,
  mediaIds?: readonly string[],
): Promise<NotePhotos[]> {
  if (mediaIds && mediaIds.length === 0) return [];
  const rows = await db
    .select({
      eventId: ticketEvents.id,
      actorId: ticketEvents.actorId,
      text: sql<unknown>`${ticketEvents.data}->'text'`,
      mediaId: mediaAttachments.mediaId,
    })
    .from(mediaAttachments)
    .innerJoin(ticketEvents, sql`${ticketEvents.id}::text = ${mediaAttachments.ownerId}`)
    .where(
      and(
        eq(mediaAttachments.ownerType, "note"),
        eq(ticketEvents.ticketId, ticketId),
        eq(ticketEvents.action, "note"),
        mediaIds ? inArray(mediaAttachments.mediaId, [...mediaIds]) : undefined,
      ),
    )
    .orderBy(asc(ticketEvents.id), asc(mediaAttachments.position), asc(mediaAttachments.id));
  const out = new Map<number, NotePhotos>();
  for (const r of rows) {
    const n = out.get(r.eventId) ?? { eventId: r.eventId, actorId: r.actorId, text: r.text, mediaIds: [] };
    n.mediaIds.push(r.mediaId);
    out.set(r.eventId, n);
  }
  return [...out.values()];
}
