-- The dashboard's safety-question figures (src/reports/safety-questions.ts) count a period's
-- `danger_check` events: about one report in twenty gets the question, so a month of a busy city is a
-- few thousand rows, read from this small index instead of every event of the period.
CREATE INDEX IF NOT EXISTS "ticket_events_danger_check_idx" ON "ticket_events" ("at")
  INCLUDE ("ticket_id") WHERE action = 'danger_check';
