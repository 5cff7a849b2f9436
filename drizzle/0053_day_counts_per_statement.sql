-- The daily rollup's deltas (0041) are now written once per statement instead of once per ticket row.
-- A route batch updates up to 100 tickets in one statement, and the row trigger ran its PL/pgSQL
-- function, the settings look-up and an INSERT for each of them: about a third of the statement's
-- time in PostgreSQL (docs/performance.md, "Routing at 1,000 tickets a second"). The deltas are only
-- ever summed (the reports and the SLA sweep's fold read sum(n) per key), so one row per key and
-- statement holds the same counts as one or two per ticket; keys whose changes cancel out within the
-- statement are left out, as a row whose key did not move was before.
CREATE OR REPLACE FUNCTION ticket_day_counts_track_statement() RETURNS trigger AS $$
DECLARE
  tz text := (SELECT timezone FROM report_settings);
BEGIN
  IF tz IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO ticket_day_deltas (day, unit_id, closed_day, resolved, n)
    SELECT d.day, d.unit_id, d.closed_day, d.resolved, sum(d.n)::int
      FROM new_rows t, ticket_day_deltas_of(t, tz, 1) d
     GROUP BY d.day, d.unit_id, d.closed_day, d.resolved;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO ticket_day_deltas (day, unit_id, closed_day, resolved, n)
    SELECT d.day, d.unit_id, d.closed_day, d.resolved, sum(d.n)::int
      FROM old_rows t, ticket_day_deltas_of(t, tz, -1) d
     GROUP BY d.day, d.unit_id, d.closed_day, d.resolved;
  ELSE
    INSERT INTO ticket_day_deltas (day, unit_id, closed_day, resolved, n)
    SELECT day, unit_id, closed_day, resolved, sum(n)::int FROM (
      SELECT d.* FROM old_rows t, ticket_day_deltas_of(t, tz, -1) d
      UNION ALL
      SELECT d.* FROM new_rows t, ticket_day_deltas_of(t, tz, 1) d
    ) u
    GROUP BY day, unit_id, closed_day, resolved
    HAVING sum(n) <> 0;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS tickets_day_counts_insert_delete ON tickets;
--> statement-breakpoint
DROP TRIGGER IF EXISTS tickets_day_counts_update ON tickets;
--> statement-breakpoint
DROP TRIGGER IF EXISTS tickets_day_counts_insert ON tickets;
--> statement-breakpoint
-- A trigger with transition tables takes one event each, hence three.
CREATE TRIGGER tickets_day_counts_insert AFTER INSERT ON tickets
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_day_counts_track_statement();
--> statement-breakpoint
DROP TRIGGER IF EXISTS tickets_day_counts_delete ON tickets;
--> statement-breakpoint
CREATE TRIGGER tickets_day_counts_delete AFTER DELETE ON tickets
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_day_counts_track_statement();
--> statement-breakpoint
DROP TRIGGER IF EXISTS tickets_day_counts_update ON tickets;
--> statement-breakpoint
CREATE TRIGGER tickets_day_counts_update AFTER UPDATE ON tickets
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_day_counts_track_statement();
--> statement-breakpoint
DROP FUNCTION IF EXISTS ticket_day_counts_track();
