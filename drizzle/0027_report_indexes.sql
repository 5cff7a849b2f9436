-- Indexes behind the dashboard and the inbox at a city's scale (bench/reports.ts, docs/operations.md).
-- Open tickets, with every column their live lights read: the dashboard counts red, yellow and
-- overdue tickets from this index alone (an index-only scan once autovacuum has visited the table).
CREATE INDEX IF NOT EXISTS "tickets_open_lights_idx" ON "tickets" ("unit_id")
  INCLUDE ("id", "status", "urgency", "triage", "dispatched_at", "first_contact_due_at", "accept_yellow_at",
    "accept_red_at", "resolve_due_at", "first_contact_at", "accepted_at", "resolved_at")
  WHERE "status" IN ('received', 'dispatched', 'accepted', 'transferred', 'reopened');
--> statement-breakpoint
-- The period's tickets with every column the rates, the late count, the daily series and the
-- recurring problems' grouping read: a month of a busy city is one index range, without the rows.
CREATE INDEX IF NOT EXISTS "tickets_report_idx" ON "tickets" ("created_at")
  INCLUDE ("id", "status", "unit_id", "community_id", "category", "urgency", "triage", "dispatched_at",
    "first_contact_due_at", "accept_yellow_at", "accept_red_at", "resolve_due_at", "first_contact_at",
    "accepted_at", "resolved_at", "closed_at", "updated_at");
--> statement-breakpoint
-- Survey rates of the period, grouped by unit and answer, from the index alone.
CREATE INDEX IF NOT EXISTS "surveys_report_idx" ON "surveys" ("resolved_at")
  INCLUDE ("unit_id", "status", "resolved", "satisfaction", "unreachable_reason");
--> statement-breakpoint
-- Recurring problems and the inbox filtered by community and category, newest first.
CREATE INDEX IF NOT EXISTS "tickets_community_category_created_idx"
  ON "tickets" ("community_id", "category", "created_at", "id");
--> statement-breakpoint
-- The inbox's urgent and triage views, newest first, without sorting every match.
CREATE INDEX IF NOT EXISTS "tickets_urgent_created_idx" ON "tickets" ("created_at", "id")
  WHERE "urgency" <> 'normal';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tickets_triage_created_idx" ON "tickets" ("created_at", "id")
  WHERE "triage";
