-- The daily rollup behind the dashboard's daily series and the closure rate (docs/performance.md,
-- "The daily rollup"): how many tickets each unit received per local day and, of those, how many
-- are closed and on which local day. Written by the database itself, in the statement that changes a
-- ticket, so no write path can forget it.
--
-- Journal note: this migration's "when" is later than 0043's although its number is lower. The
-- migrator applies only entries newer than the last one a database has run, so an existing database
-- that already ran 0043 would otherwise skip it.
--
-- The centre's time zone, from config/jurisdiction.json: a ticket's day is its local day. The
-- application writes it at start-up and rebuilds the rollup when it changes (src/reports/day-counts-rebuild.ts);
-- until then the table is empty, the trigger does nothing and the reports read the tickets.
CREATE TABLE IF NOT EXISTS "report_settings" (
  "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
  "timezone" text NOT NULL,
  "rebuilt_at" timestamp with time zone NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- Compacted counts. unit_id '' = no unit yet; closed_day 'infinity' = not closed; resolved = the
-- closure has a resolution instant (the daily series counts only those, the closure rate all).
CREATE TABLE IF NOT EXISTS "ticket_day_counts" (
  "day" date NOT NULL,
  "unit_id" text NOT NULL,
  "closed_day" date NOT NULL,
  "resolved" boolean NOT NULL,
  "n" integer NOT NULL,
  PRIMARY KEY ("day", "unit_id", "closed_day", "resolved")
);
--> statement-breakpoint
-- Changes not yet folded into ticket_day_counts: +1 for a ticket's new key, -1 for its old one.
-- Insert-only, so concurrent ticket writes never wait on each other for a counter row (a shared
-- "today, no unit yet" row would serialise every filing); the SLA sweep folds them in.
CREATE TABLE IF NOT EXISTS "ticket_day_deltas" (
  "id" bigserial PRIMARY KEY,
  "day" date NOT NULL,
  "unit_id" text NOT NULL,
  "closed_day" date NOT NULL,
  "resolved" boolean NOT NULL,
  "n" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "ticket_day_deltas_day_idx" ON "ticket_day_deltas" ("day");
--> statement-breakpoint
-- The key a ticket row counts under, or nothing (merged and cancelled tickets are not counted).
-- Mirrors src/reports/compute-rates.ts (closed = resolved, surveyed or closed, at
-- coalesce(resolved_at, closed_at, updated_at)) and src/reports/overview.ts dailySeries (closed on
-- the day of resolved_at).
CREATE OR REPLACE FUNCTION ticket_day_deltas_of(t tickets, tz text, sign integer)
  RETURNS SETOF ticket_day_deltas AS $$
  SELECT NULL::bigint, (t.created_at AT TIME ZONE tz)::date, coalesce(t.unit_id, ''),
    CASE WHEN t.status IN ('resolved', 'surveyed', 'closed')
      THEN (coalesce(t.resolved_at, t.closed_at, t.updated_at) AT TIME ZONE tz)::date
      ELSE 'infinity'::date END,
    t.status IN ('resolved', 'surveyed', 'closed') AND t.resolved_at IS NOT NULL,
    sign
  WHERE t.status NOT IN ('merged', 'cancelled')
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ticket_day_counts_track() RETURNS trigger AS $$
DECLARE
  tz text := (SELECT timezone FROM report_settings);
BEGIN
  IF tz IS NULL THEN
    RETURN NULL;
  END IF;
  -- One row out, one row in; nothing when the key did not move (most updates).
  INSERT INTO ticket_day_deltas (day, unit_id, closed_day, resolved, n)
  SELECT day, unit_id, closed_day, resolved, sum(n)::int FROM (
    SELECT * FROM ticket_day_deltas_of(OLD, tz, -1) WHERE TG_OP <> 'INSERT'
    UNION ALL
    SELECT * FROM ticket_day_deltas_of(NEW, tz, 1) WHERE TG_OP <> 'DELETE'
  ) d
  GROUP BY day, unit_id, closed_day, resolved
  HAVING sum(n) <> 0;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS tickets_day_counts_insert_delete ON tickets;
--> statement-breakpoint
CREATE TRIGGER tickets_day_counts_insert_delete AFTER INSERT OR DELETE ON tickets
  FOR EACH ROW EXECUTE FUNCTION ticket_day_counts_track();
--> statement-breakpoint
DROP TRIGGER IF EXISTS tickets_day_counts_update ON tickets;
--> statement-breakpoint
-- Only updates that can move the key run the function: status, unit, the instants it reads
-- (updated_at only while a closed ticket has neither resolution nor closing instant).
CREATE TRIGGER tickets_day_counts_update AFTER UPDATE ON tickets
  FOR EACH ROW WHEN (
    (OLD.status, OLD.unit_id, OLD.created_at, OLD.resolved_at, OLD.closed_at)
      IS DISTINCT FROM (NEW.status, NEW.unit_id, NEW.created_at, NEW.resolved_at, NEW.closed_at)
    OR (NEW.resolved_at IS NULL AND NEW.closed_at IS NULL AND OLD.updated_at IS DISTINCT FROM NEW.updated_at)
  )
  EXECUTE FUNCTION ticket_day_counts_track();
--> statement-breakpoint
-- Recurring problems join the period's tickets to their reporters. Both indexes below hold the
-- period in (creation instant, ticket id) order, so the join is a merge of two index ranges: no hash
-- table of the month's tickets. tickets_created_idx (the inbox's newest-first order) gains the
-- columns the grouping reads instead of a second index on the same key; the reporters' index gains
-- ticket_id as a key column (it was only included).
DROP INDEX IF EXISTS "tickets_created_idx";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tickets_created_idx" ON "tickets" ("created_at", "id")
  INCLUDE ("community_id", "category", "status", "unit_id");
--> statement-breakpoint
DROP INDEX IF EXISTS "ticket_reporters_ticket_created_idx";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "ticket_reporters_ticket_created_idx" ON "ticket_reporters" ("ticket_created_at", "ticket_id")
  INCLUDE ("resident_id");
