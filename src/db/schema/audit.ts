import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Who did what in the console: every reveal of personal data and every staff action (login,
 * logout, ticket actions, exports). Ticket actions also write ticket_events; this log is the
 * staff-side view that covers reads of personal data too. Never holds the revealed values.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    staffId: uuid("staff_id"),
    role: text("role"),
    unitId: text("unit_id"),
    /** e.g. auth.login, auth.login_failed, ticket.reveal, ticket.action.accept, report.export */
    action: text("action").notNull(),
    ticketId: uuid("ticket_id"),
    /** What the action touched (e.g. "resident"), and its id. */
    targetType: text("target_type"),
    targetId: text("target_id"),
    /** Client address, for investigations. */
    ip: text("ip"),
    requestId: text("request_id"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_ticket_idx").on(t.ticketId)],
);
