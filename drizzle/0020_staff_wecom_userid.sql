-- The WeCom (企业微信) member a staff account signs in as on the mobile ticket page.
-- WeCom userids are case-insensitive, so the unique index is on the lower-case form.
ALTER TABLE "staff_users" ADD COLUMN IF NOT EXISTS "wecom_userid" text;
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "staff_users_wecom_userid_uq" ON "staff_users" (lower("wecom_userid"));
