CREATE TABLE IF NOT EXISTS "media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"width" integer,
	"height" integer,
	"storage_key" text NOT NULL,
	"thumbnail_key" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "media_sha256_uq" ON "media" USING btree ("sha256");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "media_attachments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"media_id" uuid NOT NULL REFERENCES "media"("id"),
	"owner_type" text NOT NULL,
	"owner_id" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"gps" jsonb,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "media_attachments_owner_uq" ON "media_attachments" USING btree ("owner_type","owner_id","media_id");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "result_links" (
	"token" text PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL REFERENCES "tickets"("id"),
	"round" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "result_links_ticket_round_uq" ON "result_links" USING btree ("ticket_id","round");
