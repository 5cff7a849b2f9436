-- 督办 (GET /supervision, src/tickets/supervision-list.ts): the open tickets marked for supervision,
-- oldest first. A few in a hundred open tickets carry the mark; without this index PostgreSQL read
-- every open ticket's row to find them (about 53,000 rows and 1.2 s cold, 0.6 s warm on a busy
-- machine at 1,000,000 tickets; docs/performance.md). The predicate lists OPEN_STATUSES
-- (src/domain/ticket-status.ts) as the query does, so the planner proves the query implies it; change
-- both together.
CREATE INDEX IF NOT EXISTS "tickets_supervised_open_idx" ON "tickets" ("created_at")
  WHERE supervised
    AND status IN ('received', 'dispatched', 'accepted', 'transferred', 'reopened', 'pending_review');
