import {
  bigserial,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tickets } from "./tickets.js";

/**
 * Links between tickets about the same problem (一事多诉). `suggested`: the centre is offered the merge;
 * `merged`: `ticketId` was merged into `otherTicketId` (automatically or by a dispatcher);
 * `dismissed`: a dispatcher decided they differ.
 */
export const ticketLinks = pgTable(
  "ticket_links",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** The newer ticket (the one that would disappear in a merge). */
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    /** The ticket it duplicates (kept). */
    otherTicketId: uuid("other_ticket_id")
      .notNull()
      .references(() => tickets.id),
    /** suggested | merged | dismissed */
    status: text("status").notNull(),
    score: doublePrecision("score"),
    reasons: jsonb("reasons").$type<{ code: string; message: string }[]>().notNull().default([]),
    /** auto | staff id */
    decidedBy: text("decided_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("ticket_links_pair_uq").on(t.ticketId, t.otherTicketId),
    index("ticket_links_other_idx").on(t.otherTicketId),
  ],
);
