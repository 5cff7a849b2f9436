-- When the centre's duty contact was alarmed about an emergency no unit could be resolved for.
ALTER TABLE "tickets" ADD COLUMN IF NOT EXISTS "alarmed_at" timestamp with time zone;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tickets_urgency_idx" ON "tickets" ("urgency") WHERE "urgency" <> 'normal';
