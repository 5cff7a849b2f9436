import { bigint, boolean, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A hotline call as the speech-to-text feed reports it. The transcript is assembled from the
 * segments once (`assembledMessageId` set) when the call ends or falls silent.
 */
export const hotlineCalls = pgTable("hotline_calls", {
  callId: text("call_id").primaryKey(),
  /** Caller's number (personal data) from `call.started`; null until that event arrives. */
  caller: text("caller"),
  callee: text("callee"),
  startedAt: timestamp("started_at", { withTimezone: true }),
  endedAt: timestamp("ended_at", { withTimezone: true }),
  /** Last time any event of this call arrived (the silence timer counts from here). */
  lastEventAt: timestamp("last_event_at", { withTimezone: true }).notNull(),
  /** The inbound `transcript` message built from this call; null while the call is open. */
  assembledMessageId: bigint("assembled_message_id", { mode: "number" }),
  /** Set once the call was assembled (a call with no speech gets no message but is closed too). */
  assembledAt: timestamp("assembled_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One utterance of a call; a partial result is replaced by its final (same seq). */
export const hotlineSegments = pgTable(
  "hotline_segments",
  {
    callId: text("call_id")
      .notNull()
      .references(() => hotlineCalls.callId),
    seq: bigint("seq", { mode: "number" }).notNull(),
    speaker: text("speaker").$type<"caller" | "agent">().notNull(),
    text: text("text").notNull(),
    final: boolean("final").notNull(),
    startMs: bigint("start_ms", { mode: "number" }),
    endMs: bigint("end_ms", { mode: "number" }),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.seq] })],
);
