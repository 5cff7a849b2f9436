-- The open tickets' lights on the dashboard (src/reports/open-lights.ts): how many open tickets, and
-- how many of them are red, yellow and overdue now. Read from the tickets it is one pass over about
-- 50,000 open tickets at 1,000,000 (180-216 ms under load, as long as the rest of the dashboard;
-- docs/history/performance-rounds.md, "Reports at 1,000,000 tickets, eighteenth round").
--
-- Each count is "how many open tickets have a given instant at or before now" (src/reports/
-- lights-sql.ts storedLightSql, as src/reports/overview.ts openLightsOfTickets counts it). So each
-- open ticket leaves marks: (kind, unit, instant, +1), the instant being the one the kind compares
-- with now; counts that do not depend on now (open, an unheld emergency's red, tickets whose
-- instants are not stored yet) are marked at -infinity. A count at `now` is the sum of the marks at
-- or before now: exact at any now, with no bucket to get wrong. Yellow is yellow_at <= now < red_at,
-- so it is +1 at yellow_at and -1 at red_at (no mark when red_at is not after yellow_at: never yellow).
--
-- Kept like the daily rollups (0053, 0063): a statement trigger on tickets appends +1/-1 marks in
-- the statement that changes a ticket (every write path, nothing left by a rollback, insert-only so
-- filings never wait on a shared row). Marks at or before a horizon the SLA sweep chooses (a while
-- before its now) are folded into ticket_light_totals, so a read sums a few hundred totals and the
-- marks since the horizon, never the future marks. A read whose now is before the horizon (a clock
-- behind the sweeper's) counts from the tickets instead.
CREATE TABLE IF NOT EXISTS "ticket_light_marks" (
  "id" bigserial PRIMARY KEY,
  "kind" text NOT NULL,
  "unit_id" text NOT NULL,
  "at" timestamptz NOT NULL,
  "n" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "ticket_light_marks_at_idx" ON "ticket_light_marks" ("at") INCLUDE ("kind", "unit_id", "n");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "ticket_light_totals" (
  "kind" text NOT NULL,
  "unit_id" text NOT NULL,
  "n" integer NOT NULL,
  PRIMARY KEY ("kind", "unit_id")
);
--> statement-breakpoint
-- Every mark folded into ticket_light_totals was at or before folded_to (later marks, and some
-- earlier ones not folded yet, are still in ticket_light_marks).
CREATE TABLE IF NOT EXISTS "ticket_light_fold" (
  "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
  "folded_to" timestamptz NOT NULL
);
--> statement-breakpoint
INSERT INTO "ticket_light_fold" ("id", "folded_to") VALUES (true, '-infinity') ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- A ticket row's marks. Mirrors openLightsOfTickets: open statuses (OPEN_STATUSES), running ones
-- (RUNNING_STATUSES), the unheld emergency of storedLightSql; unit '' = none. Change both together:
-- tests/reports/light-marks.test.ts compares them.
CREATE OR REPLACE FUNCTION ticket_light_marks_of(t tickets, sign integer)
  RETURNS TABLE (kind text, unit_id text, at timestamptz, n integer) AS $$
  SELECT m.kind, coalesce(t.unit_id, ''), m.at, sign * m.n
    FROM (VALUES
      ('open', '-infinity'::timestamptz, 1, true),
      ('red', '-infinity'::timestamptz, 1,
        t.status IN ('received', 'transferred', 'reopened') AND t.urgency = 'emergency'
        AND (t.triage OR t.unit_id IS NULL)),
      ('legacy', '-infinity'::timestamptz, 1,
        t.status IN ('dispatched', 'accepted') AND t.light_overdue_at IS NULL
        AND t.dispatched_at IS NOT NULL AND t.first_contact_due_at IS NOT NULL
        AND t.accept_yellow_at IS NOT NULL AND t.accept_red_at IS NOT NULL AND t.resolve_due_at IS NOT NULL),
      ('red', t.light_red_at, 1,
        t.status IN ('dispatched', 'accepted') AND t.light_overdue_at IS NOT NULL AND t.light_red_at IS NOT NULL),
      ('overdue', t.light_overdue_at, 1,
        t.status IN ('dispatched', 'accepted') AND t.light_overdue_at IS NOT NULL),
      ('yellow', t.light_yellow_at, 1,
        t.status IN ('dispatched', 'accepted') AND t.light_overdue_at IS NOT NULL AND t.light_yellow_at < t.light_red_at),
      ('yellow', t.light_red_at, -1,
        t.status IN ('dispatched', 'accepted') AND t.light_overdue_at IS NOT NULL AND t.light_yellow_at < t.light_red_at)
    ) AS m(kind, at, n, applies)
   WHERE m.applies
     AND t.status IN ('received', 'dispatched', 'accepted', 'transferred', 'reopened', 'pending_review')
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
-- An UPDATE marks only rows whose marks can move (most updates: contact, surveys, texts move none).
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
    SELECT m.kind, m.unit_id, m.at, sum(m.n)::int
      FROM old_rows o JOIN new_rows nw ON nw.id = o.id
      CROSS JOIN LATERAL (SELECT * FROM ticket_light_marks_of(o, -1)
                          UNION ALL
                          SELECT * FROM ticket_light_marks_of(nw, 1)) m
     WHERE (o.status, o.unit_id, o.urgency, o.triage, o.light_red_at, o.light_yellow_at, o.light_overdue_at,
            o.dispatched_at, o.first_contact_due_at, o.accept_yellow_at, o.accept_red_at, o.resolve_due_at)
           IS DISTINCT FROM
           (nw.status, nw.unit_id, nw.urgency, nw.triage, nw.light_red_at, nw.light_yellow_at, nw.light_overdue_at,
            nw.dispatched_at, nw.first_contact_due_at, nw.accept_yellow_at, nw.accept_red_at, nw.resolve_due_at)
     GROUP BY 1, 2, 3
    HAVING sum(m.n) <> 0;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS tickets_light_marks_insert ON tickets;
--> statement-breakpoint
CREATE TRIGGER tickets_light_marks_insert AFTER INSERT ON tickets
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_light_marks_track_statement();
--> statement-breakpoint
DROP TRIGGER IF EXISTS tickets_light_marks_delete ON tickets;
--> statement-breakpoint
CREATE TRIGGER tickets_light_marks_delete AFTER DELETE ON tickets
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_light_marks_track_statement();
--> statement-breakpoint
DROP TRIGGER IF EXISTS tickets_light_marks_update ON tickets;
--> statement-breakpoint
CREATE TRIGGER tickets_light_marks_update AFTER UPDATE ON tickets
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_light_marks_track_statement();
--> statement-breakpoint
-- An existing database's open tickets, marked in this migration's transaction (ticket writes wait
-- for it: a few seconds at 1,000,000 tickets).
LOCK TABLE tickets IN SHARE MODE;
--> statement-breakpoint
DELETE FROM ticket_light_marks;
--> statement-breakpoint
INSERT INTO ticket_light_marks (kind, unit_id, at, n)
SELECT m.kind, m.unit_id, m.at, sum(m.n)::int
  FROM tickets t, ticket_light_marks_of(t, 1) m
 WHERE t.status IN ('received', 'dispatched', 'accepted', 'transferred', 'reopened', 'pending_review')
 GROUP BY 1, 2, 3;
