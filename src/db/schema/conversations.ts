import { sql } from "drizzle-orm";
import {
  bigint,
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

/** One dialogue between a resident and the intake bot on one channel. */
export const conversations = pgTable(
  "conversations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    residentId: uuid("resident_id")
      .notNull()
      .references(() => residents.id),
    channel: text("channel").notNull(),
    /** active | closed | expired | abandoned */
    state: text("state").notNull().default("active"),
    /** Dialogue state owned by the intake bot (drafts, what was asked, pending confirmation). */
    draft: jsonb("draft").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }).notNull().defaultNow(),
    /** Bumped by every change of the dialogue state: a turn prepared on an older version is redone. */
    version: integer("version").notNull().default(0),
  },
  (t) => [index("conversations_resident_channel_idx").on(t.residentId, t.channel, t.state)],
);

/**
 * Every message, inbound and outbound. `channelMessageId` is the channel's own id (WeChat MsgId,
 * Twilio MessageSid, …): unique per channel, so a redelivery can never be stored twice.
 */
export const messages = pgTable(
  "messages",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    channel: text("channel").notNull(),
    provider: text("provider").notNull().default(""),
    channelMessageId: text("channel_message_id"),
    direction: text("direction").$type<"in" | "out">().notNull(),
    conversationId: uuid("conversation_id").references(() => conversations.id),
    residentId: uuid("resident_id").references(() => residents.id),
    /** text | voice | image | location | event | transcript | notice | card (a link card, out only) */
    kind: text("kind").notNull().default("text"),
    text: text("text"),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    /** in: received | processed | failed; out: queued | sent | failed */
    status: text("status").notNull().default("received"),
    error: text("error"),
    /** For a reply: the inbound message it answers (WeChat passive replies are matched on it). */
    replyToMessageId: bigint("reply_to_message_id", { mode: "number" }),
    /** Outbound: when delivery should happen (a WeChat reply waits for the passive-reply budget first). */
    sendAfter: timestamp("send_after", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp("processed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("messages_channel_message_id_uq").on(t.channel, t.channelMessageId),
    // Partial (migration 0050): an inbound message is stored with no conversation (the intake worker
    // sets it) and never replies to anything; indexing those NULLs cost every ingest two index
    // insertions for rows no query looks up.
    index("messages_conversation_idx")
      .on(t.conversationId, t.id)
      .where(sql`${t.conversationId} IS NOT NULL`),
    // Partial (migration 0056): only the states somebody looks for by status (parked inbound,
    // outbound waiting, being sent or failed). Received messages have the intake indexes below;
    // nobody looks processed or sent ones up by status, and leaving them out spares every ingest and
    // every handled message an index entry.
    index("messages_status_idx")
      .on(t.direction, t.status, t.id)
      .where(sql`${t.status} NOT IN ('received', 'processed', 'sent')`),
    index("messages_reply_to_idx")
      .on(t.replyToMessageId)
      .where(sql`${t.replyToMessageId} IS NOT NULL`),
    // A resident's messages on a channel (the account they last wrote to, sends since then).
    index("messages_resident_idx").on(t.residentId, t.id),
    // Intake's to-do (migration 0052): inbound messages still received, oldest first, and by
    // resident (a resident's later message waits for the earlier one).
    index("messages_intake_todo_idx")
      .on(t.id)
      .where(sql`${t.direction} = 'in' AND ${t.status} = 'received'`),
    index("messages_intake_todo_resident_idx")
      .on(t.residentId, t.id)
      .where(sql`${t.direction} = 'in' AND ${t.status} = 'received'`),
  ],
);
