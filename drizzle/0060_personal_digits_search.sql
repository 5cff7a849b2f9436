-- The centre's search by a phone or ID number (`q` holding a number: src/auth/personal-search.ts;
-- the digits matched by src/db/repositories/tickets.repository.ts, ticketFilterSql) served by
-- trigram indexes instead of reading every ticket. Before them, a search over 1,000,000 tickets
-- normalised every description with regexp_replace and hashed every reporter's phone: about 13 s
-- (docs/performance.md, "The search by phone or ID number").
--
-- The three places a number is looked for, each an infix LIKE ('%digits%'), which pg_trgm's GIN
-- operator class answers for a pattern of three characters or more (a number searched is at least
-- five digits). Digits and X are kept by pg_trgm whatever the cluster's locale; the LIKE is rechecked
-- on every candidate, so the answer is exactly the LIKE's.
--
-- A description's digits: the expression is spelled exactly as the query's, so the planner matches
-- it; change both together. The other two hold phone numbers as stored.
CREATE INDEX IF NOT EXISTS "tickets_description_digits_idx" ON "tickets" USING gin (
  (regexp_replace(upper(translate("description", '０１２３４５６７８９ｘＸ', '0123456789XX')), '[^0-9X]', '', 'g'))
  gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "residents_phone_trgm_idx" ON "residents" USING gin ("phone" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "ticket_reporters_callback_phone_trgm_idx" ON "ticket_reporters"
  USING gin ("callback_phone" gin_trgm_ops) WHERE "callback_phone" IS NOT NULL;
