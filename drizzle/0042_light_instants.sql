-- The instants a ticket's light changes, stored on the ticket so the dashboard counts red, yellow
-- and overdue open tickets with `<= now` over one partial index (docs/performance.md).
-- Adding nullable columns without a default only touches the catalogue: instant on any table size.
-- The values are filled by the application, not here: every ticket update that moves a deadline
-- writes them, and the SLA sweep backfills open tickets in batches (src/sla/backfill-light-instants.ts);
-- until a row is backfilled the reports compute its light in code, as before.
ALTER TABLE "tickets" ADD COLUMN IF NOT EXISTS "resolve_yellow_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN IF NOT EXISTS "light_yellow_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN IF NOT EXISTS "light_red_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN IF NOT EXISTS "light_overdue_at" timestamp with time zone;
--> statement-breakpoint
-- Replaces tickets_open_lights_idx, whose predicate left out pending_review, so "every open
-- ticket" (OPEN_STATUSES) could not use it. Building it reads the table once under a SHARE lock
-- (writes wait, reads go on): about a second per million tickets; it holds only the open ones.
DROP INDEX IF EXISTS "tickets_open_lights_idx";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tickets_open_light_instants_idx" ON "tickets" ("unit_id")
  INCLUDE ("status", "urgency", "triage", "light_yellow_at", "light_red_at", "light_overdue_at",
    "dispatched_at", "first_contact_due_at", "accept_yellow_at", "accept_red_at", "resolve_due_at",
    "resolve_yellow_at")
  WHERE "status" IN ('received', 'dispatched', 'accepted', 'transferred', 'reopened', 'pending_review');
