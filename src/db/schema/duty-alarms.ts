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
import { sql } from "drizzle-orm";
import type { DutyAlarmReason } from "../../domain/labels.js";
import { staffUsers } from "./staff.js";
import { tickets } from "./tickets.js";

/**
 * An alarm to the centre's duty officer (值班): an emergency no unit could take, or a red light on an
 * emergency or urgent ticket. One per ticket, reason and round, so a retried job or a second sweep
 * cannot raise it twice; the console's banner lists it until someone acknowledges it.
 */
export const dutyAlarms = pgTable(
  "duty_alarms",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    /** unroutable_emergency | emergency_returned | red_light (labels.ts DUTY_ALARM_REASON_LABEL) */
    reason: text("reason").$type<DutyAlarmReason>().notNull(),
    round: integer("round").notNull(),
    /** The roster officer alarmed; null when nobody was on duty and the duty unit was alarmed. */
    officerId: text("officer_id"),
    officerName: text("officer_name"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    raisedAt: timestamp("raised_at", { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: uuid("acknowledged_by").references(() => staffUsers.id),
  },
  (t) => [
    uniqueIndex("duty_alarms_once_uq").on(t.ticketId, t.reason, t.round),
    index("duty_alarms_open_idx")
      .on(t.raisedAt)
      .where(sql`${t.acknowledgedAt} IS NULL`),
  ],
);
