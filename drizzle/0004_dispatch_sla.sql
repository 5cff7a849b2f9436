CREATE TABLE "ticket_alerts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"light" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"round" integer NOT NULL,
	"unit_id" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_sla" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"resolve_yellow_at" timestamp with time zone,
	"resolve_basis" text,
	"extension_days" integer DEFAULT 0 NOT NULL,
	"pending_extension_days" integer,
	"light" text DEFAULT 'green' NOT NULL,
	"overdue" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"next_check_at" timestamp with time zone,
	"checked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ticket_links" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"other_ticket_id" uuid NOT NULL,
	"status" text NOT NULL,
	"score" double precision,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decided_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "digests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"day" text NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "digests_day_unique" UNIQUE("day")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"recipient_type" text NOT NULL,
	"unit_id" text,
	"resident_id" uuid,
	"purpose" text NOT NULL,
	"template_code" text,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"text" text NOT NULL,
	"ticket_id" uuid,
	"dedupe_key" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"channel" text,
	"provider_message_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "ticket_alerts" ADD CONSTRAINT "ticket_alerts_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_sla" ADD CONSTRAINT "ticket_sla_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_links" ADD CONSTRAINT "ticket_links_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_links" ADD CONSTRAINT "ticket_links_other_ticket_id_tickets_id_fk" FOREIGN KEY ("other_ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_alerts_uq" ON "ticket_alerts" USING btree ("ticket_id","stage","due_at","light");--> statement-breakpoint
CREATE INDEX "ticket_alerts_unit_idx" ON "ticket_alerts" USING btree ("unit_id","at");--> statement-breakpoint
CREATE INDEX "ticket_sla_next_check_idx" ON "ticket_sla" USING btree ("next_check_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_links_pair_uq" ON "ticket_links" USING btree ("ticket_id","other_ticket_id");--> statement-breakpoint
CREATE INDEX "ticket_links_other_idx" ON "ticket_links" USING btree ("other_ticket_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_uq" ON "notifications" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_status_idx" ON "notifications" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "notifications_ticket_idx" ON "notifications" USING btree ("ticket_id");