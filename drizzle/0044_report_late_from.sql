-- The instant from which a ticket counts as late for the reports (src/reports/lights-sql.ts,
-- lightSql().late): acceptance or resolution finished after its deadline (always late:
-- '-infinity'), or still pending with the deadline ahead (late from that deadline), or never (null).
-- "Late at now" is then `late_from <= now`, one comparison the month's late count reads from an
-- index instead of every ticket row of the month. A STORED generated column: PostgreSQL recomputes
-- it on every insert and update, whoever writes the row, so it cannot drift from the columns it is
-- made of. Adding it rewrites the table once under an exclusive lock (docs/performance.md).
ALTER TABLE "tickets" ADD COLUMN IF NOT EXISTS "late_from" timestamp with time zone
  GENERATED ALWAYS AS (
    CASE WHEN "dispatched_at" IS NOT NULL AND "first_contact_due_at" IS NOT NULL
        AND "accept_yellow_at" IS NOT NULL AND "accept_red_at" IS NOT NULL AND "resolve_due_at" IS NOT NULL
        AND NOT ("urgency" = 'emergency' AND "status" IN ('received', 'transferred', 'reopened')
          AND ("triage" OR "unit_id" IS NULL))
      THEN least(
        CASE
          WHEN coalesce("accepted_at", CASE WHEN "status" = 'accepted' THEN "dispatched_at" END) IS NOT NULL
            THEN CASE WHEN coalesce("accepted_at", CASE WHEN "status" = 'accepted' THEN "dispatched_at" END)
              >= "accept_yellow_at" THEN '-infinity'::timestamptz END
          WHEN "status" IN ('dispatched', 'accepted') THEN "accept_yellow_at"
        END,
        CASE
          WHEN "resolved_at" IS NOT NULL
            THEN CASE WHEN "resolved_at" >= "resolve_due_at" THEN '-infinity'::timestamptz END
          WHEN "status" IN ('dispatched', 'accepted') THEN "resolve_due_at"
        END)
    END) STORED;
--> statement-breakpoint
-- The period's late tickets per unit from the index alone: only tickets that are or may become late
-- (about a third of a month's) are in it.
CREATE INDEX IF NOT EXISTS "tickets_late_created_idx" ON "tickets" ("created_at")
  INCLUDE ("unit_id", "status", "late_from")
  WHERE "late_from" IS NOT NULL;
