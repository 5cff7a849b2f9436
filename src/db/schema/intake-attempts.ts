import { bigint, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { messages } from "./conversations.js";

/**
 * Failed intake turns (and a remote engine's turns being prepared): a row exists only for a message
 * whose turn failed at least once or is leased, so the happy path writes nothing here. The claim
 * skips a message until `retry_at`; one that keeps failing is parked (its status set to failed).
 */
export const intakeAttempts = pgTable("intake_attempts", {
  messageId: bigint("message_id", { mode: "number" })
    .primaryKey()
    .references(() => messages.id, { onDelete: "cascade" }),
  attempts: integer("attempts").notNull().default(0),
  retryAt: timestamp("retry_at", { withTimezone: true }).notNull(),
  /** The error's kind only (a database error's text may quote a resident's data). */
  lastError: text("last_error"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
