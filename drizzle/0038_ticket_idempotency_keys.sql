-- An `Idempotency-Key` sent with POST /api/v1/tickets files one ticket however often the request is
-- repeated (a client retrying after a timeout, two clicks at once). The key belongs to the staff
-- member who sent it; the row commits with its ticket, in the same statement (docs/operations.md).
CREATE TABLE IF NOT EXISTS "ticket_idempotency_keys" (
  "staff_id" uuid NOT NULL REFERENCES "staff_users"("id"),
  "key" text NOT NULL,
  -- SHA-256 of the request body: the same key with another body is refused, not answered with the first ticket.
  "request_hash" text NOT NULL,
  "ticket_id" uuid NOT NULL REFERENCES "tickets"("id"),
  "created_at" timestamp with time zone NOT NULL,
  PRIMARY KEY ("staff_id", "key")
);
--> statement-breakpoint
-- Serving processes keep signed-in sessions in memory for a few seconds (src/auth/session-cache.ts).
-- Whoever ends a session or changes what an account may do (logout, `zhitong user disable`, a role
-- or unit change, from any process) tells them here; they forget every cached session. The touch
-- of last_seen_at (once a minute per session) and sign-in bookkeeping do not notify; row-level, so a
-- statement that changes nothing (the clean-up at each sign-in) does not either. One notification per
-- transaction however many rows (PostgreSQL folds identical ones).
CREATE OR REPLACE FUNCTION staff_sessions_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('zhitong_staff_sessions', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS staff_sessions_notify_change ON staff_sessions;
--> statement-breakpoint
CREATE TRIGGER staff_sessions_notify_change
  AFTER UPDATE OF revoked_at, expires_at, staff_id, token_hash OR DELETE ON staff_sessions
  FOR EACH ROW EXECUTE FUNCTION staff_sessions_changed();
--> statement-breakpoint
DROP TRIGGER IF EXISTS staff_users_notify_change ON staff_users;
--> statement-breakpoint
CREATE TRIGGER staff_users_notify_change
  AFTER UPDATE OF role, unit_id, disabled, username, display_name OR DELETE ON staff_users
  FOR EACH ROW EXECUTE FUNCTION staff_sessions_changed();
