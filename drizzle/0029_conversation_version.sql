-- Optimistic concurrency for intake turns: the LLM is asked outside the transaction, and its
-- answer is applied only if the conversation is still at the version the question was built from.
ALTER TABLE "conversations" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;
