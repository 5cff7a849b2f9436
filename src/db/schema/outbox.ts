import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * Transactional outbox: work for a queue is written in the same transaction as the state that
 * needs it; the relay moves rows to BullMQ. A crash between commit and enqueue loses nothing.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    queue: text("queue").notNull(),
    jobName: text("job_name").notNull(),
    /** BullMQ jobId derived from the business key: the relay may enqueue twice, BullMQ keeps one. */
    jobId: text("job_id").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    /** Delayed jobs (deadlines, surveys) run no earlier than this. */
    runAt: timestamp("run_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    relayedAt: timestamp("relayed_at", { withTimezone: true }),
    /** A relay is handing this row to Redis until then (a short lease, never a held transaction). */
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [
    index("outbox_pending_idx")
      .on(t.id)
      .where(sql`relayed_at IS NULL`),
    uniqueIndex("outbox_queue_job_uq").on(t.queue, t.jobId),
  ],
);
