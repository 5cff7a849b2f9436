import { bigserial, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tickets } from "./tickets.js";

/**
 * One stored file per distinct content: the sha256 of the bytes as received is unique, so a photo
 * sent twice (or by two residents) is stored once and attached twice.
 */
export const media = pgTable(
  "media",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sha256: text("sha256").notNull(),
    /** image | voice */
    kind: text("kind").notNull(),
    /** As detected from the bytes (never as claimed by the sender). */
    contentType: text("content_type").notNull(),
    /** Bytes stored (after metadata was stripped). */
    size: integer("size").notNull(),
    width: integer("width"),
    height: integer("height"),
    storageKey: text("storage_key").notNull(),
    thumbnailKey: text("thumbnail_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("media_sha256_uq").on(t.sha256)],
);

/**
 * Who a stored file belongs to: an inbound `message` (a resident's photo or voice, reaching the
 * ticket through ticket_messages), or a `resolution` (`<ticketId>:<round>`, the unit's fix photos).
 */
export const mediaAttachments = pgTable(
  "media_attachments",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    mediaId: uuid("media_id")
      .notNull()
      .references(() => media.id),
    ownerType: text("owner_type").notNull(),
    ownerId: text("owner_id").notNull(),
    position: integer("position").notNull().default(0),
    /** GPS read from the photo's EXIF, kept only when the channel allows location (never in the bytes). */
    gps: jsonb("gps").$type<{ lat: number; lng: number }>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("media_attachments_owner_uq").on(t.ownerType, t.ownerId, t.mediaId)],
);

/** Unguessable, expiring links to the public result page of one resolution (`/r/<token>`). */
export const resultLinks = pgTable(
  "result_links",
  {
    token: text("token").primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    round: integer("round").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("result_links_ticket_round_uq").on(t.ticketId, t.round)],
);
