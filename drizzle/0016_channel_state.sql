CREATE TABLE IF NOT EXISTS "channel_state" (
	"channel" text NOT NULL,
	"key" text NOT NULL,
	"value" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_state_pk" PRIMARY KEY ("channel", "key")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "messages_resident_idx" ON "messages" USING btree ("resident_id","id");
