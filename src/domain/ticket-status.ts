import { z } from "zod";

/**
 * Ticket states. The main path is received → dispatched → accepted → resolved → surveyed → closed;
 * pending_review (办结待审) sits between accepted and resolved when the review policy asks the centre
 * to check a unit's resolution before the resident is told and surveyed;
 * transferred (sent back as misrouted, waiting for re-dispatch), reopened (二次办理, a new round),
 * merged (a duplicate of another ticket) and cancelled leave it. Transitions: ticket-lifecycle.ts.
 */
export const TICKET_STATUSES = [
  "received",
  "dispatched",
  "accepted",
  "pending_review",
  "resolved",
  "surveyed",
  "closed",
  "transferred",
  "reopened",
  "merged",
  "cancelled",
] as const;
export const TicketStatus = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatus>;

/**
 * States in which a unit holds the ticket and is working on it: its deadlines run and its light
 * moves (pending_review waits on the centre, not the unit).
 */
export const RUNNING_STATUSES: readonly TicketStatus[] = ["dispatched", "accepted"];

/** States in which a ticket still needs someone's work. */
export const OPEN_STATUSES: readonly TicketStatus[] = [
  "received",
  "dispatched",
  "accepted",
  "transferred",
  "reopened",
  "pending_review",
];
