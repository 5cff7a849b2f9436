-- Reference numbers (ZT + local day + number of the day) come from one PostgreSQL sequence per
-- day instead of the ticket_ref_counters row. The row was locked from the first ticket of a
-- transaction until its commit, so every filing in the system waited on the one before it;
-- nextval() never waits and is not rolled back, which means a filing that rolls back leaves a gap.
-- A day's sequence starts after what the old counter handed out that day, so references issued
-- before this migration are never reused.
--
-- ticket_ref_prepare creates a day's sequence. The application calls it in its own short
-- transaction for the days ahead (at start and every few hours), because a sequence created inside
-- a filing's transaction is invisible to the others until that transaction commits: they would
-- wait on it. ticket_ref_next falls back to creating it when a day was not prepared.
CREATE OR REPLACE FUNCTION ticket_ref_prepare(p_day text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  seq text;
  first_value bigint;
BEGIN
  IF p_day IS NULL OR p_day !~ '^[0-9]{8}$' THEN
    RAISE EXCEPTION 'ticket_ref: day must be YYYYMMDD, got %', p_day USING ERRCODE = '22023';
  END IF;
  seq := 'ticket_ref_seq_' || p_day;
  IF to_regclass(seq) IS NOT NULL THEN
    RETURN;
  END IF;
  SELECT coalesce(max(c.last), 0) + 1 INTO first_value FROM ticket_ref_counters c WHERE c.day = p_day;
  BEGIN
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I AS bigint START WITH %s', seq, first_value);
  EXCEPTION WHEN unique_violation OR duplicate_table THEN
    -- Another session created it at the same moment.
    NULL;
  END;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ticket_ref_next(p_day text) RETURNS bigint
LANGUAGE plpgsql AS $$
BEGIN
  IF p_day IS NULL OR p_day !~ '^[0-9]{8}$' THEN
    RAISE EXCEPTION 'ticket_ref: day must be YYYYMMDD, got %', p_day USING ERRCODE = '22023';
  END IF;
  IF to_regclass('ticket_ref_seq_' || p_day) IS NULL THEN
    PERFORM ticket_ref_prepare(p_day);
  END IF;
  RETURN nextval(('ticket_ref_seq_' || p_day)::regclass);
END
$$;
