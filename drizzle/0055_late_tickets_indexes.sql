-- The period's late tickets (src/reports/late-tickets.ts: the dashboard's "late" figure and the unit
-- ranking's on-time rate) without evaluating the late expression on every ticket of the period.
-- A month of a busy city is about 80,000 tickets of tickets_report_idx, of which a quarter are late
-- or still running (docs/performance.md, "The month dashboard: late tickets from two small indexes").
--
-- The tickets whose lateness no longer depends on now: every status but the running ones (and merged
-- and cancelled, which no report counts). The predicate is the late expression of src/reports/
-- lights-sql.ts for such a ticket, spelled exactly as SETTLED_LATE_SQL there, so the planner proves
-- the query's condition implies it; change both together. A ticket enters the index when it stops
-- running late and stays there.
CREATE INDEX IF NOT EXISTS "tickets_settled_late_idx" ON "tickets" ("created_at") INCLUDE ("unit_id")
  WHERE status NOT IN ('dispatched', 'accepted', 'merged', 'cancelled')
    AND dispatched_at IS NOT NULL AND first_contact_due_at IS NOT NULL
    AND accept_yellow_at IS NOT NULL AND accept_red_at IS NOT NULL
    AND resolve_due_at IS NOT NULL
    AND NOT (urgency = 'emergency' AND status IN ('received', 'transferred', 'reopened')
      AND (triage OR unit_id IS NULL))
    AND ((accepted_at IS NOT NULL AND accepted_at >= accept_yellow_at)
      OR (resolved_at IS NOT NULL AND resolved_at >= resolve_due_at));
--> statement-breakpoint
-- The running tickets (dispatched, accepted), whose lateness is compared with now, by creation, with
-- every column the late expression reads: a period's running tickets from the index alone.
CREATE INDEX IF NOT EXISTS "tickets_running_created_idx" ON "tickets" ("created_at")
  INCLUDE ("unit_id", "status", "urgency", "triage", "dispatched_at", "first_contact_due_at",
    "accept_yellow_at", "accept_red_at", "resolve_due_at", "accepted_at", "resolved_at")
  WHERE status IN ('dispatched', 'accepted');
