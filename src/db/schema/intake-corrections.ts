import { bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tickets } from "./tickets.js";

/**
 * A dispatcher's correction of what intake decided: a new category, a different unit, a new kind,
 * or several at once.
 * Each row is a labelled example for retraining (`zhitong intake train --from-history`); the text
 * stays in the ticket, so personal data is not copied here.
 */
export const intakeCorrections = pgTable(
  "intake_corrections",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    fromCategory: text("from_category"),
    toCategory: text("to_category"),
    fromUnitId: text("from_unit_id"),
    toUnitId: text("to_unit_id"),
    /** The kind the engine read and the one the dispatcher chose (migration 0037). */
    fromKind: text("from_kind"),
    toKind: text("to_kind"),
    /** The engine whose decision was corrected (offline, openai, staff). */
    engine: text("engine").notNull(),
    staffId: text("staff_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("intake_corrections_ticket_idx").on(t.ticketId, t.id)],
);
