CREATE TABLE IF NOT EXISTS "intake_corrections" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL REFERENCES "tickets"("id"),
	"from_category" text,
	"to_category" text,
	"from_unit_id" text,
	"to_unit_id" text,
	"engine" text NOT NULL,
	"staff_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "intake_corrections_ticket_idx" ON "intake_corrections" ("ticket_id", "id");
