CREATE TABLE IF NOT EXISTS "ticket_messages" (
	"ticket_id" uuid NOT NULL REFERENCES "tickets"("id"),
	"message_id" bigint NOT NULL REFERENCES "messages"("id"),
	CONSTRAINT "ticket_messages_pk" PRIMARY KEY ("ticket_id", "message_id")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "ticket_messages_message_idx" ON "ticket_messages" ("message_id");
--> statement-breakpoint
-- Tickets filed before messages were linked: each gets the resident's inbound messages of its
-- conversation written after the conversation's previous ticket and up to its own creation.
INSERT INTO "ticket_messages" ("ticket_id", "message_id")
SELECT t."id", m."id"
FROM "tickets" t
JOIN "messages" m
  ON m."conversation_id" = t."conversation_id"
 AND m."direction" = 'in'
 AND m."created_at" <= t."created_at"
WHERE m."created_at" > COALESCE(
  (SELECT max(p."created_at") FROM "tickets" p
    WHERE p."conversation_id" = t."conversation_id" AND p."created_at" < t."created_at"),
  '-infinity'::timestamptz)
ON CONFLICT DO NOTHING;
