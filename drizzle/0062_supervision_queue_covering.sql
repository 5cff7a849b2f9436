-- 督办 (src/tickets/supervision-list.ts) reads up to 1,000 supervised open tickets' light columns to
-- sort them by live light. The 0061 index found them, but each was then fetched from the table:
-- a thousand scattered heap pages per call, most of the list's 85 ms at 1,000,000 tickets
-- (docs/performance.md). The same index, covering what the candidates' read selects, answers it
-- from the index alone. Same name and predicate as 0061 (OPEN_STATUSES, src/domain/ticket-status.ts;
-- change both together).
DROP INDEX IF EXISTS "tickets_supervised_open_idx";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tickets_supervised_open_idx" ON "tickets" ("created_at")
  INCLUDE ("id", "status", "urgency", "triage", "unit_id", "tier", "dispatched_at", "accepted_at",
    "first_contact_at", "resolved_at", "first_contact_due_at", "accept_yellow_at", "accept_red_at",
    "resolve_due_at")
  WHERE supervised
    AND status IN ('received', 'dispatched', 'accepted', 'transferred', 'reopened', 'pending_review');
