-- The number a resident asked to be called back on about one report when it is not their own (a
-- relative's or a carer's they named: "有事打我女儿电话…"). It belongs to the report, not to the
-- resident: their profile phone stays theirs, so the relative's number never becomes the
-- resident's identity, merges their history or receives their other tickets' messages. Null (every
-- existing row): the resident's own phone is the callback. Adding nullable columns rewrites nothing.
ALTER TABLE "ticket_reporters" ADD COLUMN IF NOT EXISTS "callback_phone" text;
--> statement-breakpoint
ALTER TABLE "ticket_reporters" ADD COLUMN IF NOT EXISTS "callback_for" text;
--> statement-breakpoint
ALTER TABLE "ticket_reporters" DROP CONSTRAINT IF EXISTS "ticket_reporters_callback_ck";
--> statement-breakpoint
ALTER TABLE "ticket_reporters" ADD CONSTRAINT "ticket_reporters_callback_ck"
  CHECK (("callback_phone" IS NULL) = ("callback_for" IS NULL) AND "callback_for" IN ('relative'));
