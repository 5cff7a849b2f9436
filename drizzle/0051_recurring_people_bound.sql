-- Recurring problems rank (community, category) groups by the people behind their tickets. Counting
-- people exactly means hashing every (group, person) pair of the period; instead each group gets an
-- upper bound from two cheap counts, and only the groups whose bound can still reach the top ten are
-- counted exactly (docs/performance.md, "Recurring problems: a people bound").
--
-- The bound: a group's people <= its tickets + its reporter rows beyond the first of each ticket.
-- Those extra rows are few (a merge links the merged ticket's reporters to the kept ticket too), so
-- they are marked here and read through a small partial index.
--
-- Adding a nullable column without a default only touches the catalogue: instant at any size, no
-- row rewritten. NULL means "not yet marked" and counts as extra, so the bound holds before the
-- backfill (src/reports/reporter-extra.ts, run by the SLA sweep and `zhitong migrate
-- --rebuild-report-counts`) has marked the rows written before this migration.
ALTER TABLE "ticket_reporters" ADD COLUMN IF NOT EXISTS "extra" boolean;
--> statement-breakpoint
-- Still stamps the ticket's creation instant (0043), and now marks whether the ticket already has a
-- reporter. The ticket's row is locked first (the lock an UPDATE of the ticket takes; filing locks a
-- row it has just inserted, which nobody else can see), so reporter rows of one ticket are added one
-- transaction at a time, and the check runs after the lock with a fresh snapshot: two transactions
-- adding the first reporters of one ticket cannot both see none. A transaction with a fixed snapshot
-- (repeatable read) might not see the other's row: it marks extra, which only loosens the bound.
CREATE OR REPLACE FUNCTION ticket_reporters_ticket_created_at() RETURNS trigger AS $$
BEGIN
  NEW.ticket_created_at := (SELECT created_at FROM tickets WHERE id = NEW.ticket_id FOR NO KEY UPDATE);
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    NEW.extra := true;
  ELSIF TG_OP = 'UPDATE' THEN
    -- The row moves to another ticket (or stays): any other row of the target counts.
    NEW.extra := EXISTS (SELECT 1 FROM ticket_reporters r WHERE r.ticket_id = NEW.ticket_id
      AND (r.ticket_id, r.resident_id) IS DISTINCT FROM (OLD.ticket_id, OLD.resident_id));
  ELSE
    NEW.extra := EXISTS (SELECT 1 FROM ticket_reporters r WHERE r.ticket_id = NEW.ticket_id);
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The extra rows (and the unmarked ones) by their ticket's creation instant: a period's extra
-- reporters are one range of a small index.
CREATE INDEX IF NOT EXISTS "ticket_reporters_extra_idx" ON "ticket_reporters" ("ticket_created_at")
  INCLUDE ("ticket_id")
  WHERE "extra" IS NOT FALSE;
--> statement-breakpoint
-- The rows the backfill has still to mark: empty once it is done, so the sweep's check is free.
CREATE INDEX IF NOT EXISTS "ticket_reporters_unmarked_idx" ON "ticket_reporters" ("ticket_id")
  WHERE "extra" IS NULL;
--> statement-breakpoint
-- The groups that can reach the top ten are counted exactly from this index: with the status and
-- the unit included (the period's filter and the reader's scope), a group's tickets are one
-- index-only range instead of a heap page per ticket. Rebuilding it reads `tickets` once under a
-- SHARE lock (writes wait, reads go on): a few seconds per million tickets; no row is rewritten.
DROP INDEX IF EXISTS "tickets_community_category_created_idx";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tickets_community_category_created_idx"
  ON "tickets" ("community_id", "category", "created_at", "id") INCLUDE ("status", "unit_id");
