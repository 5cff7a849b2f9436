-- `messages_status_idx` held an entry for every message, yet its readers only look for the few
-- messages in a state that still needs someone: inbound messages intake parked (`failed`), outbound
-- ones waiting or being sent (`queued`, `sending`, found again by the recovery sweep and the send
-- order check) and outbound ones that failed. The bulk states have readers of their own
-- (`received`: messages_intake_todo_idx) or none by status (`processed`, `sent`), so the index now
-- leaves them out: every webhook ingest and every message intake handles writes one index entry
-- fewer. Rebuilding reads `messages` once under a SHARE lock: writes to it wait meanwhile (a few
-- seconds per million rows, as for 0050).
DROP INDEX IF EXISTS "messages_status_idx";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "messages_status_idx" ON "messages" ("direction", "status", "id")
  WHERE "status" NOT IN ('received', 'processed', 'sent');
