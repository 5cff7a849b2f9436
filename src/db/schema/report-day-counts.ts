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

const groupKey = {
  /** Local day the ticket was received. */
  day: date("day").notNull(),
  communityId: text("community_id").notNull(),
  category: text("category").notNull(),
  /** Current unit; '' = none yet. */
  unitId: text("unit_id").notNull(),
  n: integer("n").notNull(),
};

/**
 * The recurring problems' rollup (drizzle/0063_report_group_day_counts.sql): tickets per local day,
 * community, category and unit, cancelled left out; kept by the same trigger as ticket_day_counts.
 */
export const ticketGroupDayCounts = pgTable("ticket_group_day_counts", groupKey, (t) => [
  primaryKey({ columns: [t.day, t.communityId, t.category, t.unitId] }),
]);

/** +1/-1 per ticket change not yet folded into ticket_group_day_counts (insert-only). */
export const ticketGroupDayDeltas = pgTable("ticket_group_day_deltas", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  ...groupKey,
});

/**
 * The open tickets' lights (drizzle/0065_open_light_marks.sql): each open ticket's marks, one per
 * count it enters, at the instant from which it counts (-infinity: always); +1/-1 appended by a
 * trigger on `tickets`, read and folded by src/reports/open-lights.ts.
 */
export const ticketLightMarks = pgTable("ticket_light_marks", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  /** open, red, yellow, overdue, legacy (instants not stored yet: evaluated in code). */
  kind: text("kind").notNull(),
  /** Current unit; '' = none. */
  unitId: text("unit_id").notNull(),
  at: timestamp("at", { withTimezone: true }).notNull(),
  n: integer("n").notNull(),
});

/** Marks at or before ticket_light_fold.folded_to, summed per kind and unit. */
export const ticketLightTotals = pgTable(
  "ticket_light_totals",
  { kind: text("kind").notNull(), unitId: text("unit_id").notNull(), n: integer("n").notNull() },
  (t) => [primaryKey({ columns: [t.kind, t.unitId] })],
);

/** One row: the instant up to which marks are folded into ticket_light_totals. */
export const ticketLightFold = pgTable("ticket_light_fold", {
  id: boolean("id").primaryKey().default(true),
  foldedTo: timestamp("folded_to", { withTimezone: true }).notNull(),
});

const surveyKey = {
  /** Local day the survey's round was resolved. */
  day: date("day").notNull(),
  /** The unit snapshotted at the send; '' = none. */
  unitId: text("unit_id").notNull(),
  status: text("status").notNull(),
  /** yes | no | unknown; '' = none. */
  resolved: text("resolved").notNull(),
  /** '' = none. */
  satisfaction: text("satisfaction").notNull(),
  /** The unreachable reason; '' = none ('superseded' surveys are not counted). */
  reason: text("reason").notNull(),
  n: integer("n").notNull(),
};

/**
 * The rates' survey rollup (drizzle/0067_survey_day_counts.sql): surveys per local day of the
 * round's resolution, unit and outcome; kept by a statement trigger on `surveys`, read by
 * src/reports/survey-day-counts.ts.
 */
export const surveyDayCounts = pgTable("survey_day_counts", surveyKey, (t) => [
  primaryKey({ columns: [t.day, t.unitId, t.status, t.resolved, t.satisfaction, t.reason] }),
]);

/** +1/-1 per survey change not yet folded into survey_day_counts (insert-only). */
export const surveyDayDeltas = pgTable("survey_day_deltas", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  ...surveyKey,
});
