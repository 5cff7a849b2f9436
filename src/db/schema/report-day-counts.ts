import { bigserial, boolean, date, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The daily rollup of received and closed tickets (drizzle/0041_report_day_counts.sql): written by a
 * trigger on `tickets`, read by src/reports/day-counts-read.ts, kept by src/reports/day-counts.ts.
 */
export const reportSettings = pgTable("report_settings", {
  id: boolean("id").primaryKey().default(true),
  /** The zone the rollup's days are counted in; null row = never built. */
  timezone: text("timezone").notNull(),
  rebuiltAt: timestamp("rebuilt_at", { withTimezone: true }).notNull().defaultNow(),
});

const key = {
  /** Local day the ticket was received. */
  day: date("day").notNull(),
  /** Current unit; '' = none yet. */
  unitId: text("unit_id").notNull(),
  /** Local day it counts as closed; 'infinity' = not closed. */
  closedDay: date("closed_day").notNull(),
  /** Closed with a resolution instant (the daily series counts only those). */
  resolved: boolean("resolved").notNull(),
  n: integer("n").notNull(),
};

export const ticketDayCounts = pgTable("ticket_day_counts", key, (t) => [
  primaryKey({ columns: [t.day, t.unitId, t.closedDay, t.resolved] }),
]);

/** +1/-1 per ticket change not yet folded into ticket_day_counts (insert-only). */
export const ticketDayDeltas = pgTable("ticket_day_deltas", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  ...key,
});
