-- A relay claims outbox rows for a short lease instead of holding a transaction and row locks
-- while it talks to Redis (an outage would otherwise keep them locked for its whole length).
ALTER TABLE "outbox" ADD COLUMN IF NOT EXISTS "claimed_until" timestamp with time zone;
