import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { residents } from "./residents.js";
import { tickets } from "./tickets.js";
import { units } from "./units.js";

/**
 * Notifications to staff units (dispatch SMS, reminders, escalations, the daily digest) or to a
 * resident (handed over to `messages` through queueResidentMessage). One row per intended delivery;
 * `dedupeKey` makes a second attempt to create the same notification a no-op.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** unit | resident | duty (an officer of the duty roster, named by recipientId) */
    recipientType: text("recipient_type").$type<"unit" | "resident" | "duty">().notNull(),
    /** The duty roster officer's id (config/duty.json) when recipientType is duty. */
    recipientId: text("recipient_id"),
    /** How a duty notification is to be delivered (sms; a WeCom sender adds wecom). */
    via: text("via"),
    unitId: text("unit_id").references(() => units.id),
    residentId: uuid("resident_id").references(() => residents.id),
    /** dispatch | reminder | escalation | digest | status */
    purpose: text("purpose").notNull(),
    templateCode: text("template_code"),
    params: jsonb("params").$type<Record<string, string>>().notNull().default({}),
    /** Plain text for channels that take free text. */
    text: text("text").notNull(),
    ticketId: uuid("ticket_id").references(() => tickets.id),
    dedupeKey: text("dedupe_key").notNull(),
    /** queued | sent | failed */
    status: text("status").$type<"queued" | "sent" | "failed">().notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** Which notifier delivered it (sms:aliyun, wecom …) and the provider's message id. */
    channel: text("channel"),
    providerMessageId: text("provider_message_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("notifications_dedupe_uq").on(t.dedupeKey),
    index("notifications_status_idx").on(t.status, t.createdAt),
    index("notifications_ticket_idx").on(t.ticketId),
  ],
);

/** The daily digest for the centre: stuck notifications and overdue or stuck tickets, one per local day. */
export const digests = pgTable("digests", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  day: text("day").notNull().unique(),
  body: jsonb("body").$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});
