CREATE TABLE "callback_tasks" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"ticket_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"survey_id" bigint,
	"resident_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"due_at" timestamp with time zone,
	"result" jsonb,
	"overturned" boolean DEFAULT false NOT NULL,
	"completed_by" text,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"survey_id" bigint NOT NULL,
	"step" text NOT NULL,
	"message_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"method" text DEFAULT 'message' NOT NULL,
	"reporter_channel" text NOT NULL,
	"delivery_channel" text,
	"unit_id" text,
	"handler_id" text,
	"resolved_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"clarifications" integer DEFAULT 0 NOT NULL,
	"due_at" timestamp with time zone,
	"first_sent_at" timestamp with time zone,
	"last_sent_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answered_by" text,
	"resolved" text,
	"satisfaction" text,
	"comment" text,
	"interpretation" jsonb,
	"answer_message_id" bigint,
	"unreachable_reason" text,
	"send_failures" integer DEFAULT 0 NOT NULL,
	"last_send_error" text,
	"overturned" boolean DEFAULT false NOT NULL,
	"late_reply" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "callback_tasks" ADD CONSTRAINT "callback_tasks_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "callback_tasks" ADD CONSTRAINT "callback_tasks_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "callback_tasks" ADD CONSTRAINT "callback_tasks_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_messages" ADD CONSTRAINT "survey_messages_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "callback_tasks_dedupe_uq" ON "callback_tasks" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "callback_tasks_open_idx" ON "callback_tasks" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_messages_step_uq" ON "survey_messages" USING btree ("survey_id","step");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_ticket_resident_round_uq" ON "surveys" USING btree ("ticket_id","resident_id","round");--> statement-breakpoint
CREATE INDEX "surveys_resident_open_idx" ON "surveys" USING btree ("resident_id","last_sent_at") WHERE status IN ('sent', 'clarifying');--> statement-breakpoint
CREATE INDEX "surveys_due_idx" ON "surveys" USING btree ("due_at") WHERE status IN ('scheduled', 'sent', 'clarifying');--> statement-breakpoint
CREATE INDEX "surveys_resolved_at_idx" ON "surveys" USING btree ("resolved_at","unit_id");