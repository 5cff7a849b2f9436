-- Alarms to the centre's duty officer (值班): one per ticket, reason and round; open until acknowledged.
CREATE TABLE IF NOT EXISTS "duty_alarms" (
  "id" bigserial PRIMARY KEY,
  "ticket_id" uuid NOT NULL REFERENCES "tickets"("id"),
  "reason" text NOT NULL,
  "round" integer NOT NULL,
  "officer_id" text,
  "officer_name" text,
  "data" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "raised_at" timestamp with time zone NOT NULL,
  "acknowledged_at" timestamp with time zone,
  "acknowledged_by" uuid REFERENCES "staff_users"("id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "duty_alarms_once_uq" ON "duty_alarms" ("ticket_id", "reason", "round");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "duty_alarms_open_idx" ON "duty_alarms" ("raised_at") WHERE "acknowledged_at" IS NULL;
--> statement-breakpoint
-- A notification to a roster officer (recipient_type 'duty') names the officer and the way to reach them.
ALTER TABLE "notifications" ADD COLUMN IF NOT EXISTS "recipient_id" text;
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN IF NOT EXISTS "via" text;
