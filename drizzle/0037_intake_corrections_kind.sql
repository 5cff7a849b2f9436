-- A dispatcher's change of a ticket's kind (投诉, 咨询, 建议 …) is a labelled example too: the kind
-- the engine read and the one the centre chose. Both null on rows that corrected only the category
-- or the unit.
ALTER TABLE "intake_corrections" ADD COLUMN IF NOT EXISTS "from_kind" text;
--> statement-breakpoint
ALTER TABLE "intake_corrections" ADD COLUMN IF NOT EXISTS "to_kind" text;
