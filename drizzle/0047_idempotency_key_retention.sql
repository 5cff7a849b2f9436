-- The SLA sweep forgets Idempotency-Keys older than IDEMPOTENCY_KEY_RETENTION_HOURS
-- (src/tickets/idempotency-key-retention.ts); this index lets it find them without reading the table.
CREATE INDEX IF NOT EXISTS "ticket_idempotency_keys_created_idx" ON "ticket_idempotency_keys" ("created_at");
