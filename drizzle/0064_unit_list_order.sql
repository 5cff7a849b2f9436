-- A unit staff member's inbox (src/db/repositories/tickets.repository.ts, unitScopePage) reads the
-- tickets their unit leads newest first. tickets_unit_idx held (unit, status) only, so a page was a
-- walk of every ticket newest first until fifty matched: a department's closed tickets were 20,000
-- rows deep, 82–295 ms at 1,000,000 tickets (docs/performance.md). The same index, same name, with
-- the list's order after its key: for one unit and one status the page is the index's first rows.
-- The (unit, status) look-ups it served keep their prefix.
DROP INDEX IF EXISTS "tickets_unit_idx";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tickets_unit_idx" ON "tickets" ("unit_id", "status", "created_at", "id");
