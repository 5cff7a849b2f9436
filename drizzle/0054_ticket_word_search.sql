-- The inbox's word search (`q`: summary, description or location containing the words) served by an
-- index of the text's characters and character pairs (docs/performance.md, "The inbox word search").
-- The trigram index it replaces (0001, gin_trgm_ops over summary || ' ' || description) never served
-- it: its expression is not the query's, a two-character word (漏水, 路灯) has no trigram, and in a
-- cluster whose LC_CTYPE is C, as the embedded one is, pg_trgm keeps no Chinese characters at all.
--
-- Everything is plain SQL over built-in functions, so it works on PostgreSQL 14 and later whatever the
-- cluster's locale. A text contains a word only if it contains each of the word's character pairs,
-- so "the text's pairs contain the word's pairs" finds a superset of the matches; the query keeps its
-- ILIKE as the final check (src/db/repositories/tickets.repository.ts), so the answer is exactly the
-- ILIKE's. Both sides are lower-cased with lower(), which is what ILIKE does to each side.
--
-- The grams of one ticket: every character and every pair of adjacent characters of its lower-cased
-- summary, description and location (a line break between them; pairs across it only add
-- candidates). The pairs come from two regexp_replace passes (pairs at odd and at even positions)
-- split on \x01: three calls of built-in functions per row, about 7 µs for a 40-character ticket,
-- against 13 µs for the same list built with generate_series and substr. A pair holding \x01 itself
-- comes out split; the query's side leaves such pairs out, so nothing a text contains is missed.
-- The function's body names only built-in functions: an index expression is evaluated with a
-- restricted search_path during maintenance (PostgreSQL 17), where our own functions are not found.
CREATE OR REPLACE FUNCTION ticket_text_grams(summary text, description text, location text)
RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_to_array(s, NULL) || string_to_array(
      regexp_replace(s, '(..)', E'\\1\x01', 'g') || E'\x01' || regexp_replace(substr(s, 2), '(..)', E'\\1\x01', 'g'),
      E'\x01')
  FROM (SELECT lower(coalesce(summary, '')) || E'\n' || lower(coalesce(description, '')) || E'\n'
      || lower(coalesce(location, '')) AS s) AS t
$$;
--> statement-breakpoint
-- The grams a text must hold to contain the word `q`: its pairs, or the character itself for a
-- one-character word. Immutable, so the planner computes it once from the query's parameter and
-- estimates the match from the index's element statistics.
CREATE OR REPLACE FUNCTION ticket_search_query_grams(q text)
RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN length(s) < 2 THEN array_remove(ARRAY[s], E'\x01')
    ELSE ARRAY(SELECT DISTINCT substr(s, i, 2) FROM generate_series(1, length(s) - 1) AS i
      WHERE strpos(substr(s, i, 2), E'\x01') = 0) END
  FROM (SELECT lower(q) AS s) AS t
$$;
--> statement-breakpoint
-- The final check, the ILIKE the search always ran. In a function because of the planner: written
-- inline, the ILIKE's own estimate is multiplied with the grams' as if independent (a text that
-- contains the word always holds its grams), which put a word found in 1 % of the tickets at a
-- handful of rows, and the planner then read every candidate and sorted them (90–200 ms at
-- 1,000,000 tickets) instead of walking the newest tickets until the page is full (8–14 ms).
-- A function's condition is estimated at one in three of the candidates instead. plpgsql, as an SQL
-- function this simple would be inlined back into the ILIKE. Its cost (100, three ILIKEs and a call)
-- is what a walk over tickets that hold no match really costs per row: at 10, the planner walked all
-- 1,000,000 tickets for a word that occurs nowhere (estimated, like any word outside the index's
-- common elements, at 0.5 % of the tickets) instead of finding no candidate in the index.
-- Parallel restricted: the search is one walk down the newest tickets until the page is full, or a
-- few hundred candidates from the index. Costed per row for two functions, the walk looked worth
-- splitting between two workers, and at 1,000,000 tickets the planner chose that (500 ms and more
-- on a busy machine) over the same walk in one process (8-30 ms).
CREATE OR REPLACE FUNCTION ticket_text_matches(summary text, description text, location text, pattern text)
RETURNS boolean LANGUAGE plpgsql IMMUTABLE PARALLEL RESTRICTED COST 100 AS $$
BEGIN
  RETURN summary ILIKE pattern OR description ILIKE pattern OR location ILIKE pattern;
END;
$$;
--> statement-breakpoint
-- Builds in about a minute per million tickets on two busy cores (writes to tickets wait meanwhile;
-- docs/operations.md). Each ticket holds about twice as many grams as characters.
CREATE INDEX IF NOT EXISTS "tickets_text_grams_idx" ON "tickets"
  USING gin (ticket_text_grams("summary", "description", "location_text"));
--> statement-breakpoint
DROP INDEX IF EXISTS "tickets_search_idx";
