import { and, asc, eq, inArray, like, or, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { media, mediaAttachments, ticketEvents, ticketMessages, tickets } from "../db/schema/index.js";

/**
 * `upload`: a photo staff uploaded to a ticket (`ownerId` the ticket id), not yet named by an action;
 * `uploader`: which side uploaded it (`<ticket id>:<side>`); `note`: a progress note's photos
 * (`ownerId` the note's event id); `resolution`: a round's fix photos.
 */
export type OwnerType = "message" | "resolution" | "upload" | "uploader" | "note";

/** Attaches a stored file to its owner once; attaching it again is a no-op. */
export async function attachMedia(
  db: Queryable,
  a: {
    mediaId: string;
    ownerType: OwnerType;
    ownerId: string;
    position?: number;
    gps?: { lat: number; lng: number } | null;
    now: Date;
  },
): Promise<void> {
  await db
    .insert(mediaAttachments)
    .values({
      mediaId: a.mediaId,
      ownerType: a.ownerType,
      ownerId: a.ownerId,
      position: a.position ?? 0,
      gps: a.gps ?? null,
      createdAt: a.now,
    })
    .onConflictDoNothing({
      target: [mediaAttachments.ownerType, mediaAttachments.ownerId, mediaAttachments.mediaId],
    });
}

/** The owner id of a unit's resolution photos: one set per handling round. */
export const resolutionOwner = (ticketId: string, round: number) => `${ticketId}:${round}`;

/** The owner id recording which side (the centre, or one unit) uploaded a photo to a ticket. */
export const uploaderOwner = (ticketId: string, side: string) => `${ticketId}:${side}`;

export interface TicketMedia {
  id: string;
  kind: string;
  contentType: string;
  size: number;
  width: number | null;
  height: number | null;
  hasThumbnail: boolean;
  /**
   * `resident`: sent with the report; `unit`: the fix photos of a resolution (with its round);
   * `progress`: attached to a progress note (with the note's event id) — staff-only, never public.
   */
  source: "resident" | "unit" | "progress";
  round: number | null;
  eventId: number | null;
  gps: { lat: number; lng: number } | null;
  createdAt: Date;
}

/**
 * Every photo and voice of a ticket: the residents' (attached to the ticket's inbound messages and
 * those of duplicates merged into it, so a photo downloaded after the ticket was filed appears
 * without a second write) and the units'.
 * Each file once, residents' first, in the order they arrived.
 */
export async function listTicketMedia(
  db: Queryable,
  ticketId: string,
  /** `onlyUnit`: a round's fix photos only (the public result page); never residents' or progress photos. */
  opts: { round?: number; onlyUnit?: boolean } = {},
): Promise<TicketMedia[]> {
  // Duplicates merged into this ticket bring their residents' photos along.
  const merged = db.select({ id: tickets.id }).from(tickets).where(eq(tickets.mergedIntoId, ticketId));
  const messageIds = db
    .select({ id: sql<string>`${ticketMessages.messageId}::text` })
    .from(ticketMessages)
    .where(or(eq(ticketMessages.ticketId, ticketId), inArray(ticketMessages.ticketId, merged)));
  const noteIds = db
    .select({ id: sql<string>`${ticketEvents.id}::text` })
    .from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.action, "note")));
  const unitOwner =
    opts.round !== undefined
      ? eq(mediaAttachments.ownerId, resolutionOwner(ticketId, opts.round))
      : like(mediaAttachments.ownerId, `${ticketId}:%`);
  const rows = await db
    .select({ a: mediaAttachments, m: media })
    .from(mediaAttachments)
    .innerJoin(media, eq(media.id, mediaAttachments.mediaId))
    .where(
      or(
        and(eq(mediaAttachments.ownerType, "resolution"), unitOwner),
        opts.onlyUnit
          ? sql`false`
          : or(
              and(eq(mediaAttachments.ownerType, "message"), inArray(mediaAttachments.ownerId, messageIds)),
              and(eq(mediaAttachments.ownerType, "note"), inArray(mediaAttachments.ownerId, noteIds)),
            ),
      ),
    )
    .orderBy(
      asc(mediaAttachments.ownerType),
      asc(mediaAttachments.createdAt),
      asc(mediaAttachments.position),
      asc(mediaAttachments.id),
    );
  const seen = new Set<string>();
  const out: TicketMedia[] = [];
  for (const { a, m } of rows) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const unit = a.ownerType === "resolution";
    const progress = a.ownerType === "note";
    out.push({
      id: m.id,
      kind: m.kind,
      contentType: m.contentType,
      size: m.size,
      width: m.width,
      height: m.height,
      hasThumbnail: m.thumbnailKey !== null,
      source: unit ? "unit" : progress ? "progress" : "resident",
      round: unit ? Number(a.ownerId.split(":")[1]) : null,
      eventId: progress ? Number(a.ownerId) : null,
      gps: a.gps ?? null,
      createdAt: a.createdAt,
    });
  }
  // "message" < "note" < "resolution": residents' photos first, then progress, then fix photos.
  return out;
}

/** The GPS of the first photo among these messages that kept one, or null. */
export async function photoLocation(
  db: Queryable,
  messageIds: readonly number[],
): Promise<{ lat: number; lng: number } | null> {
  if (messageIds.length === 0) return null;
  const [row] = await db
    .select({ gps: mediaAttachments.gps })
    .from(mediaAttachments)
    .where(
      and(
        eq(mediaAttachments.ownerType, "message"),
        inArray(
          mediaAttachments.ownerId,
          messageIds.map((id) => String(id)),
        ),
        sql`${mediaAttachments.gps} IS NOT NULL`,
      ),
    )
    .orderBy(asc(mediaAttachments.id))
    .limit(1);
  return row?.gps ?? null;
}
