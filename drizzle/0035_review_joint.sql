-- Joint handling (主办/协办): the units assisting the lead unit (tickets.unit_id) on this ticket.
-- Kept on the ticket row so adding or removing one goes through the same compare-and-set on
-- `version` as every other ticket change; the history of who added whom is in ticket_events.
ALTER TABLE "tickets" ADD COLUMN IF NOT EXISTS "assist_unit_ids" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tickets_assist_units_idx" ON "tickets" USING gin ("assist_unit_ids");
--> statement-breakpoint
-- Returns need approval (退单审核): a unit's request to hand the ticket back, waiting for the centre.
ALTER TABLE "tickets" ADD COLUMN IF NOT EXISTS "return_requested_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN IF NOT EXISTS "return_reason" text;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tickets_return_requested_idx" ON "tickets" ("return_requested_at") WHERE "return_requested_at" IS NOT NULL;
--> statement-breakpoint
-- The centre's review queue (办结审核): resolutions waiting for a dispatcher's approval.
CREATE INDEX IF NOT EXISTS "tickets_pending_review_idx" ON "tickets" ("updated_at") WHERE "status" = 'pending_review';
