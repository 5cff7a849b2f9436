-- Failed sign-ins per account, per address and per (account, address), for back-off instead of a
-- hard lock. Keys are SHA-256 digests: neither usernames nor addresses are stored in clear here.
CREATE TABLE IF NOT EXISTS "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"account" text,
	"failures" integer DEFAULT 0 NOT NULL,
	"blocked_until" timestamp with time zone,
	"last_failure_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "login_throttle_last_failure_idx" ON "login_throttle" USING btree ("last_failure_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "login_throttle_account_idx" ON "login_throttle" USING btree ("account");
