CREATE TABLE "hotline_calls" (
	"call_id" text PRIMARY KEY NOT NULL,
	"caller" text,
	"callee" text,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"last_event_at" timestamp with time zone NOT NULL,
	"assembled_message_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hotline_segments" (
	"call_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"speaker" text NOT NULL,
	"text" text NOT NULL,
	"final" boolean NOT NULL,
	"start_ms" bigint,
	"end_ms" bigint,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hotline_segments_call_id_seq_pk" PRIMARY KEY("call_id","seq")
);
--> statement-breakpoint
ALTER TABLE "hotline_segments" ADD CONSTRAINT "hotline_segments_call_id_hotline_calls_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."hotline_calls"("call_id") ON DELETE no action ON UPDATE no action;