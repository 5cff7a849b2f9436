-- Recurring problems count the people behind a period's tickets: each reporter row now carries its
-- ticket's creation instant (immutable), so the period's reporters are one index range instead of
-- a scan of every reporter ever linked (docs/performance.md).
ALTER TABLE "ticket_reporters" ADD COLUMN IF NOT EXISTS "ticket_created_at" timestamp with time zone;
--> statement-breakpoint
-- Set by the database on every insert, whoever inserts (filing, a merge moving reporters): the
-- value is a copy of tickets.created_at, which never changes, so it cannot drift.
CREATE OR REPLACE FUNCTION ticket_reporters_ticket_created_at() RETURNS trigger AS $$
BEGIN
  NEW.ticket_created_at := (SELECT created_at FROM tickets WHERE id = NEW.ticket_id);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS ticket_reporters_set_ticket_created_at ON ticket_reporters;
--> statement-breakpoint
CREATE TRIGGER ticket_reporters_set_ticket_created_at BEFORE INSERT OR UPDATE OF ticket_id ON ticket_reporters
  FOR EACH ROW EXECUTE FUNCTION ticket_reporters_ticket_created_at();
--> statement-breakpoint
-- Backfill: a copy, exact in SQL. It rewrites ticket_reporters once (estimated ~10 s per million rows,
-- not measured on its own); new reporter rows are not blocked meanwhile (they do not conflict with
-- the row locks of existing rows).
UPDATE "ticket_reporters" r SET "ticket_created_at" = t."created_at"
  FROM "tickets" t WHERE t."id" = r."ticket_id" AND r."ticket_created_at" IS NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "ticket_reporters_ticket_created_idx" ON "ticket_reporters" ("ticket_created_at")
  INCLUDE ("ticket_id", "resident_id");
--> statement-breakpoint
-- The few tickets with assisting units (协办), by creation: the dashboard's "assisted" column no
-- longer reads every ticket row of the period.
CREATE INDEX IF NOT EXISTS "tickets_assisted_created_idx" ON "tickets" ("created_at")
  INCLUDE ("assist_unit_ids", "status")
  WHERE "assist_unit_ids" <> '{}';
