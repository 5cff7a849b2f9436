-- The intake turn asks whether a resident has a survey that could be waiting for an answer: open
-- ones use surveys_resident_open_idx, unreachable ones (a late answer is still recorded) this one.
CREATE INDEX IF NOT EXISTS "surveys_resident_unreachable_idx" ON "surveys" USING btree ("resident_id","updated_at") WHERE status = 'unreachable';
