-- The house numbers a ticket's text names ("3号楼", "2单元"), worked out once at filing
-- (houseNumberTokens in src/domain/duplicate-score.ts) so that the route worker's duplicate search
-- drops another building's open tickets in PostgreSQL, after the search's bounded index range and
-- before their texts are sent back: most of a community's open tickets are other buildings', and the
-- worker used to receive and gate every one of them for every new ticket (docs/dispatch.md).
--
-- Null means "not worked out": the search keeps such a candidate and the worker's own gate decides,
-- exactly as before this column. So every existing row starts null (adding a nullable column
-- rewrites nothing), and the numbers need the worker's text rules (traditional characters, Chinese
-- numerals), which SQL does not have: `zhitong migrate` fills the open tickets' column afterwards
-- (backfillHouseNumbers in src/routing/house-numbers.ts), and until then they are gated as before.
ALTER TABLE "tickets" ADD COLUMN IF NOT EXISTS "dup_numbers" text[];
--> statement-breakpoint
-- Derived from summary and description: a change of either makes the stored numbers unknown again,
-- unless the same update wrote them. The WHEN clause is checked without calling the function, so
-- updates that leave the texts alone (every routing and ticket action) pay nothing for it.
CREATE OR REPLACE FUNCTION tickets_dup_numbers_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.dup_numbers IS NOT DISTINCT FROM OLD.dup_numbers THEN
    NEW.dup_numbers := NULL;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS tickets_dup_numbers_forget ON "tickets";
--> statement-breakpoint
CREATE TRIGGER tickets_dup_numbers_forget BEFORE UPDATE OF summary, description ON "tickets"
  FOR EACH ROW
  WHEN (OLD.summary IS DISTINCT FROM NEW.summary OR OLD.description IS DISTINCT FROM NEW.description)
  EXECUTE FUNCTION tickets_dup_numbers_forget();
--> statement-breakpoint
-- The duplicate search walks this index (community, category, newest first) and now reads the
-- numbers of each ticket it meets: included, so the walk can stay index-only as in 0051. Rebuilding
-- it reads `tickets` once under a SHARE lock (writes wait, reads go on): a few seconds per million
-- tickets; no row is rewritten.
DROP INDEX IF EXISTS "tickets_community_category_created_idx";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tickets_community_category_created_idx"
  ON "tickets" ("community_id", "category", "created_at", "id") INCLUDE ("status", "unit_id", "dup_numbers");
--> statement-breakpoint
-- (community_id, category) is the leading part of the index above, which serves every query it did.
-- Without statistics (a table just filled) the planner took this narrower index for the duplicate
-- search and read every ticket of the community and category, open or closed, to sort them; and
-- every ticket row that changes status or unit writes an entry into each index: one index fewer.
DROP INDEX IF EXISTS "tickets_community_category_idx";
