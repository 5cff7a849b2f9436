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
