-- The recurring problems' rollup (共性问题, src/reports/recurring-problems.ts): how many tickets each
-- (local day of receipt, community, category, current unit) holds, counted as the report counts them
-- (a community set, cancelled left out, merged kept). The month dashboard grouped the month's 80,000
-- entries of tickets_created_idx for it on every call, the largest part of its time under load
-- (docs/history/performance-rounds.md, "Reports at 1,000,000 tickets, eighteenth round"); a month of
-- this table is a few thousand rows. The unit is part of the key because a unit's staff see only the
-- tickets their units lead.
--
-- Kept exactly as ticket_day_counts (0041, 0053) is and by the same statement trigger: in the
-- statement that changes a ticket, so no write path can forget it and a rolled-back change leaves no
-- count; insert-only deltas so concurrent filings never wait on a shared counter row; folded in by
-- the SLA sweep; counted in report_settings.timezone. Rebuilt with ticket_day_counts
-- (src/reports/day-counts.ts; `zhitong migrate --rebuild-report-counts`, and at start-up when the
-- zone changed or this table is empty while counted tickets exist, as it is right after this
-- migration on an existing database).
CREATE TABLE IF NOT EXISTS "ticket_group_day_counts" (
  "day" date NOT NULL,
  "community_id" text NOT NULL,
  "category" text NOT NULL,
  "unit_id" text NOT NULL,
  "n" integer NOT NULL,
  PRIMARY KEY ("day", "community_id", "category", "unit_id")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "ticket_group_day_deltas" (
  "id" bigserial PRIMARY KEY,
  "day" date NOT NULL,
  "community_id" text NOT NULL,
  "category" text NOT NULL,
  "unit_id" text NOT NULL,
  "n" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "ticket_group_day_deltas_day_idx" ON "ticket_group_day_deltas" ("day");
--> statement-breakpoint
-- The key a ticket row counts under, or nothing. Mirrors recurringGroupsSql's inPeriod
-- (community_id IS NOT NULL AND status <> 'cancelled'); unit '' = none yet.
CREATE OR REPLACE FUNCTION ticket_group_day_deltas_of(t tickets, tz text, sign integer)
  RETURNS SETOF ticket_group_day_deltas AS $$
  SELECT NULL::bigint, (t.created_at AT TIME ZONE tz)::date, t.community_id, t.category,
    coalesce(t.unit_id, ''), sign
  WHERE t.community_id IS NOT NULL AND t.status <> 'cancelled'
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
-- 0053's statement trigger function, now writing both rollups' deltas: one trigger call and one
-- settings look-up per statement for both. An UPDATE writes group deltas only for rows whose group
-- key moved (status to or from cancelled, unit, community, category, creation instant): most
-- updates (acceptance, deadlines, contact instants) move none, and the joins below drop them
-- before any delta is computed.
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
    INSERT INTO ticket_group_day_deltas (day, community_id, category, unit_id, n)
    SELECT d.day, d.community_id, d.category, d.unit_id, sum(d.n)::int
      FROM new_rows t, ticket_group_day_deltas_of(t, tz, 1) d
     GROUP BY d.day, d.community_id, d.category, d.unit_id;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO ticket_day_deltas (day, unit_id, closed_day, resolved, n)
    SELECT d.day, d.unit_id, d.closed_day, d.resolved, sum(d.n)::int
      FROM old_rows t, ticket_day_deltas_of(t, tz, -1) d
     GROUP BY d.day, d.unit_id, d.closed_day, d.resolved;
    INSERT INTO ticket_group_day_deltas (day, community_id, category, unit_id, n)
    SELECT d.day, d.community_id, d.category, d.unit_id, sum(d.n)::int
      FROM old_rows t, ticket_group_day_deltas_of(t, tz, -1) d
     GROUP BY d.day, d.community_id, d.category, d.unit_id;
  ELSE
    INSERT INTO ticket_day_deltas (day, unit_id, closed_day, resolved, n)
    SELECT day, unit_id, closed_day, resolved, sum(n)::int FROM (
      SELECT d.* FROM old_rows t, ticket_day_deltas_of(t, tz, -1) d
      UNION ALL
      SELECT d.* FROM new_rows t, ticket_day_deltas_of(t, tz, 1) d
    ) u
    GROUP BY day, unit_id, closed_day, resolved
    HAVING sum(n) <> 0;
    -- A ticket's id never changes, so old and new rows pair by it.
    INSERT INTO ticket_group_day_deltas (day, community_id, category, unit_id, n)
    SELECT day, community_id, category, unit_id, sum(n)::int FROM (
      SELECT d.* FROM old_rows o JOIN new_rows nw ON nw.id = o.id
      CROSS JOIN LATERAL (SELECT * FROM ticket_group_day_deltas_of(o, tz, -1)
                          UNION ALL
                          SELECT * FROM ticket_group_day_deltas_of(nw, tz, 1)) d
       WHERE (o.status = 'cancelled', o.unit_id, o.community_id, o.category, o.created_at)
             IS DISTINCT FROM (nw.status = 'cancelled', nw.unit_id, nw.community_id, nw.category, nw.created_at)
    ) u
    GROUP BY day, community_id, category, unit_id
    HAVING sum(n) <> 0;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
