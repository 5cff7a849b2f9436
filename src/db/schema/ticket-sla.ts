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
import { tickets } from "./tickets.js";

/**
 * SLA state of a ticket that the tickets table does not carry: the resolution "due soon" instant,
 * extension days (granted and pending) and the last computed light. One row per ticket, written at
 * dispatch and by the SLA worker; every light can be rebuilt from this row and the ticket.
 */
export const ticketSla = pgTable(
  "ticket_sla",
  {
    ticketId: uuid("ticket_id")
      .primaryKey()
      .references(() => tickets.id),
    resolveYellowAt: timestamp("resolve_yellow_at", { withTimezone: true }),
    /** working_days | hours: which rule set the resolution deadline. */
    resolveBasis: text("resolve_basis"),
    /** Working days granted by approved extensions in this handling round. */
    extensionDays: integer("extension_days").notNull().default(0),
    /** Working days asked for by the unit and not yet decided by the centre. */
    pendingExtensionDays: integer("pending_extension_days"),
    /** green | yellow | red, as of `checkedAt`. */
    light: text("light").notNull().default("green"),
    overdue: jsonb("overdue").$type<string[]>().notNull().default([]),
    nextCheckAt: timestamp("next_check_at", { withTimezone: true }),
    checkedAt: timestamp("checked_at", { withTimezone: true }),
  },
  (t) => [index("ticket_sla_next_check_idx").on(t.nextCheckAt)],
);

/**
 * Every light change that was acted upon (event + notifications), once: the unique key makes a
 * second evaluation of the same light — a duplicate job, the sweep racing the delayed job — a no-op.
 * `dueAt` is part of the key, so a new deadline (re-dispatch, extension) can light up again.
 */
export const ticketAlerts = pgTable(
  "ticket_alerts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    /** acceptance | first_contact | resolution */
    stage: text("stage").notNull(),
    /** yellow | red */
    light: text("light").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    round: integer("round").notNull(),
    unitId: text("unit_id"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("ticket_alerts_uq").on(t.ticketId, t.stage, t.dueAt, t.light),
    index("ticket_alerts_unit_idx").on(t.unitId, t.at),
  ],
);
