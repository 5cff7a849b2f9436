-- The rates' survey rollup (回访率, src/reports/compute-rates.ts): how many surveys each (local day
-- the round was resolved, unit snapshotted at the send, status, resolved, satisfaction, unreachable
-- reason) holds, counted as the rates count them (surveys never asked because another reporter's
-- answer had reopened the round, reason 'superseded', left out). Rates and the unit ranking grouped
-- the month's surveys for it on every call, most of both statements at 1,000,000 tickets
-- (docs/history/performance-rounds.md, twentieth round); a month of this table is a few hundred rows.
-- '' stands for null in the key's text columns (a primary key column cannot be null).
--
-- Kept as ticket_day_counts is (0041, 0053, 0066): insert-only deltas appended by a statement
-- trigger in the statement that changes a survey (a rolled-back change leaves none; concurrent
-- writes never wait on a shared row), folded in by the SLA sweep, counted in
-- report_settings.timezone, rebuilt with the other rollups (src/reports/day-counts.ts). As 0066
-- requires, the trigger's statements read the zone in the statement itself (no variable, so planned
-- once per connection) and pair no rows (old rows' keys negated and new rows' summed, the keys that
-- cancel dropped: linear for any number of rows, and an update that moves no key writes nothing).
CREATE TABLE IF NOT EXISTS "survey_day_counts" (
  "day" date NOT NULL,
  "unit_id" text NOT NULL,
  "status" text NOT NULL,
  "resolved" text NOT NULL,
  "satisfaction" text NOT NULL,
  "reason" text NOT NULL,
  "n" integer NOT NULL,
  PRIMARY KEY ("day", "unit_id", "status", "resolved", "satisfaction", "reason")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "survey_day_deltas" (
  "id" bigserial PRIMARY KEY,
  "day" date NOT NULL,
  "unit_id" text NOT NULL,
  "status" text NOT NULL,
  "resolved" text NOT NULL,
  "satisfaction" text NOT NULL,
  "reason" text NOT NULL,
  "n" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "survey_day_deltas_day_idx" ON "survey_day_deltas" ("day");
--> statement-breakpoint
-- The key a survey row counts under, or nothing. Mirrors computeRates' filter on the surveys.
CREATE OR REPLACE FUNCTION survey_day_deltas_of(s surveys, tz text, sign integer)
  RETURNS SETOF survey_day_deltas AS $$
  SELECT NULL::bigint, (s.resolved_at AT TIME ZONE tz)::date, coalesce(s.unit_id, ''), s.status,
    coalesce(s.resolved, ''), coalesce(s.satisfaction, ''), coalesce(s.unreachable_reason, ''), sign
  WHERE s.unreachable_reason IS DISTINCT FROM 'superseded'
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION survey_day_counts_track_statement() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO survey_day_deltas (day, unit_id, status, resolved, satisfaction, reason, n)
    SELECT d.day, d.unit_id, d.status, d.resolved, d.satisfaction, d.reason, sum(d.n)::int
      FROM report_settings r, new_rows s, survey_day_deltas_of(s, r.timezone, 1) d
     GROUP BY 1, 2, 3, 4, 5, 6;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO survey_day_deltas (day, unit_id, status, resolved, satisfaction, reason, n)
    SELECT d.day, d.unit_id, d.status, d.resolved, d.satisfaction, d.reason, sum(d.n)::int
      FROM report_settings r, old_rows s, survey_day_deltas_of(s, r.timezone, -1) d
     GROUP BY 1, 2, 3, 4, 5, 6;
  ELSE
    INSERT INTO survey_day_deltas (day, unit_id, status, resolved, satisfaction, reason, n)
    SELECT day, unit_id, status, resolved, satisfaction, reason, sum(n)::int FROM (
      SELECT d.* FROM report_settings r, old_rows s, survey_day_deltas_of(s, r.timezone, -1) d
      UNION ALL
      SELECT d.* FROM report_settings r, new_rows s, survey_day_deltas_of(s, r.timezone, 1) d
    ) u
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(n) <> 0;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS surveys_day_counts_insert ON surveys;
--> statement-breakpoint
CREATE TRIGGER surveys_day_counts_insert AFTER INSERT ON surveys
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION survey_day_counts_track_statement();
--> statement-breakpoint
DROP TRIGGER IF EXISTS surveys_day_counts_delete ON surveys;
--> statement-breakpoint
CREATE TRIGGER surveys_day_counts_delete AFTER DELETE ON surveys
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION survey_day_counts_track_statement();
--> statement-breakpoint
DROP TRIGGER IF EXISTS surveys_day_counts_update ON surveys;
--> statement-breakpoint
CREATE TRIGGER surveys_day_counts_update AFTER UPDATE ON surveys
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION survey_day_counts_track_statement();
--> statement-breakpoint
-- An existing database's surveys, counted in this migration's transaction (survey writes wait for
-- it) when the other rollups are counted; otherwise the start-up check builds all of them.
LOCK TABLE surveys IN SHARE MODE;
--> statement-breakpoint
INSERT INTO survey_day_counts (day, unit_id, status, resolved, satisfaction, reason, n)
SELECT d.day, d.unit_id, d.status, d.resolved, d.satisfaction, d.reason, count(*)::int
  FROM report_settings r, surveys s, survey_day_deltas_of(s, r.timezone, 1) d
 GROUP BY 1, 2, 3, 4, 5, 6
ON CONFLICT DO NOTHING;
