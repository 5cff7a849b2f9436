-- The intake worker claims received inbound messages straight from PostgreSQL instead of taking one
-- BullMQ job per message (the ingest no longer writes an outbox row for it). Two partial indexes hold
-- only the messages still to be handled: one read oldest first, one to find a resident's earlier
-- message still waiting (one resident's messages are handled in order, one at a time).
-- Building each reads `messages` once under a SHARE lock: writes to it wait meanwhile (a few
-- seconds per million rows, as for 0050).
CREATE INDEX IF NOT EXISTS "messages_intake_todo_idx" ON "messages" ("id")
  WHERE "direction" = 'in' AND "status" = 'received';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "messages_intake_todo_resident_idx" ON "messages" ("resident_id", "id")
  WHERE "direction" = 'in' AND "status" = 'received';
--> statement-breakpoint
-- Only for turns that failed (or a remote engine's turn being prepared): how often, when to try
-- again, and the error's kind. A message that keeps failing is parked (status failed).
CREATE TABLE IF NOT EXISTS "intake_attempts" (
  "message_id" bigint PRIMARY KEY REFERENCES "messages"("id") ON DELETE CASCADE,
  "attempts" integer NOT NULL DEFAULT 0,
  "retry_at" timestamptz NOT NULL,
  "last_error" text,
  "updated_at" timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- Existing deployments: the intake jobs still waiting in the outbox are no longer read by anyone
-- (their messages are still received, and the worker claims those itself).
DELETE FROM "outbox" WHERE "queue" = 'intake';
