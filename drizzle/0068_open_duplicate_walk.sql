-- The route worker's duplicate search (src/routing/duplicates.ts) walks, per new ticket, each searched
-- category of its community newest first and keeps open tickets only. On
-- tickets_community_category_created_idx every closed or merged ticket of the window, and every
-- older version of an updated ticket, is an entry the walk passes, each a heap visit whenever its
-- page is not all-visible (fresh tickets' pages never are): in the pipeline bench's steady state
-- the search touched about 230 shared buffers per message, a third of all its statements touched.
-- The same key and INCLUDE over open tickets only: the walk passes open tickets alone. Its predicate
-- is OPEN_STATUSES spelled as the search spells them (literals), so the planner proves it. Filing
-- adds one entry; an update that leaves a ticket open adds one, as it does to the full index, and
-- one that closes or merges it adds none. The full index stays: the reports read closed tickets.
CREATE INDEX IF NOT EXISTS "tickets_open_community_category_created_idx"
  ON "tickets" ("community_id", "category", "created_at", "id") INCLUDE ("dup_numbers")
  WHERE "status" IN ('received', 'dispatched', 'accepted', 'transferred', 'reopened', 'pending_review');
