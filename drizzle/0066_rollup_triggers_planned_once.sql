-- The tickets' statement triggers for the report rollups (0063's ticket_day_counts_track_statement)
-- and the light marks (0065's ticket_light_marks_track_statement), rewritten so that each of their
-- statements is planned once per connection and its plan is sound for any number of rows.
--
-- Why: a PL/pgSQL statement that reads a variable is planned with the variable's value on its first
-- five runs in a session, and on every run after that when PostgreSQL guesses its generic plan
-- dearer; the day-count trigger's statements read `tz`, so they were planned on nearly every call
-- (1.00 plans per call in the pipeline bench, 3-5 ms per plan of the update branch, more than they
-- take to run). Here the zone is read in the statement itself (a join with report_settings' one
-- row; no row, no deltas, as the early return did), so the statements have no parameter and are
-- planned once per connection.
--
-- A statement planned once keeps its first plan, made for the transition table's size at that call
-- (a route batch's few tickets): a join of old_rows with new_rows planned as a nested loop for one
-- row would then compare every pair in a later bulk update of thousands of tickets in the same
-- session. 0065's light marks already had no parameter, so its update branch kept such a join.
-- Both triggers now pair nothing: the marks (or deltas) of every old row, negated, and of every new
-- row, summed by key, with the keys that cancel dropped (HAVING). That is the same result as
-- pairing rows and skipping the unchanged ones (an unchanged row's old and new keys are equal and
-- cancel), and every plan of it is linear in the rows (tests/reports/rollup-trigger-plans.test.ts).
CREATE OR REPLACE FUNCTION ticket_day_counts_track_statement() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO ticket_day_deltas (day, unit_id, closed_day, resolved, n)
    SELECT d.day, d.unit_id, d.closed_day, d.resolved, sum(d.n)::int
      FROM report_settings s, new_rows t, ticket_day_deltas_of(t, s.timezone, 1) d
     GROUP BY d.day, d.unit_id, d.closed_day, d.resolved;
    INSERT INTO ticket_group_day_deltas (day, community_id, category, unit_id, n)
    SELECT d.day, d.community_id, d.category, d.unit_id, sum(d.n)::int
      FROM report_settings s, new_rows t, ticket_group_day_deltas_of(t, s.timezone, 1) d
     GROUP BY d.day, d.community_id, d.category, d.unit_id;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO ticket_day_deltas (day, unit_id, closed_day, resolved, n)
    SELECT d.day, d.unit_id, d.closed_day, d.resolved, sum(d.n)::int
      FROM report_settings s, old_rows t, ticket_day_deltas_of(t, s.timezone, -1) d
     GROUP BY d.day, d.unit_id, d.closed_day, d.resolved;
    INSERT INTO ticket_group_day_deltas (day, community_id, category, unit_id, n)
    SELECT d.day, d.community_id, d.category, d.unit_id, sum(d.n)::int
      FROM report_settings s, old_rows t, ticket_group_day_deltas_of(t, s.timezone, -1) d
     GROUP BY d.day, d.community_id, d.category, d.unit_id;
  ELSE
    INSERT INTO ticket_day_deltas (day, unit_id, closed_day, resolved, n)
    SELECT day, unit_id, closed_day, resolved, sum(n)::int FROM (
      SELECT d.* FROM report_settings s, old_rows t, ticket_day_deltas_of(t, s.timezone, -1) d
      UNION ALL
      SELECT d.* FROM report_settings s, new_rows t, ticket_day_deltas_of(t, s.timezone, 1) d
    ) u
    GROUP BY day, unit_id, closed_day, resolved
    HAVING sum(n) <> 0;
    INSERT INTO ticket_group_day_deltas (day, community_id, category, unit_id, n)
    SELECT day, community_id, category, unit_id, sum(n)::int FROM (
      SELECT d.* FROM report_settings s, old_rows t, ticket_group_day_deltas_of(t, s.timezone, -1) d
      UNION ALL
      SELECT d.* FROM report_settings s, new_rows t, ticket_group_day_deltas_of(t, s.timezone, 1) d
    ) u
    GROUP BY day, community_id, category, unit_id
    HAVING sum(n) <> 0;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ticket_light_marks_track_statement() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO ticket_light_marks (kind, unit_id, at, n)
    SELECT m.kind, m.unit_id, m.at, sum(m.n)::int
      FROM new_rows t, ticket_light_marks_of(t, 1) m
     GROUP BY 1, 2, 3;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO ticket_light_marks (kind, unit_id, at, n)
    SELECT m.kind, m.unit_id, m.at, sum(m.n)::int
      FROM old_rows t, ticket_light_marks_of(t, -1) m
     GROUP BY 1, 2, 3;
  ELSE
    INSERT INTO ticket_light_marks (kind, unit_id, at, n)
    SELECT kind, unit_id, at, sum(n)::int FROM (
      SELECT m.* FROM old_rows t, ticket_light_marks_of(t, -1) m
      UNION ALL
      SELECT m.* FROM new_rows t, ticket_light_marks_of(t, 1) m
    ) u
    GROUP BY 1, 2, 3
    HAVING sum(n) <> 0;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
