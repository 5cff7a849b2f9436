-- An inbound message is stored with no conversation (the intake worker sets it) and never replies to
-- anything, yet both indexes held an entry for its NULLs: two index insertions on every webhook
-- ingest for rows no query looks up (every lookup is `= value` or `IN (…)`, which implies NOT NULL).
-- Rebuilding them reads `messages` once under a SHARE lock: writes to it wait meanwhile (a few
-- seconds per million rows; docs/performance.md).
DROP INDEX IF EXISTS "messages_reply_to_idx";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "messages_reply_to_idx" ON "messages" ("reply_to_message_id")
  WHERE "reply_to_message_id" IS NOT NULL;
--> statement-breakpoint
DROP INDEX IF EXISTS "messages_conversation_idx";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "messages_conversation_idx" ON "messages" ("conversation_id", "id")
  WHERE "conversation_id" IS NOT NULL;
