CREATE SCHEMA IF NOT EXISTS "events";
--> statement-breakpoint
CREATE TABLE "events"."event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"date_precision" text NOT NULL,
	"sort_at" timestamp with time zone NOT NULL,
	"end_sort_at" timestamp with time zone NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"url" text,
	"venue_name" text,
	"commune_code" text,
	"department_code" text,
	"audiences" text[] NOT NULL,
	"themes" text[] NOT NULL,
	"rome_codes" text[] NOT NULL,
	"capacity" integer,
	"confirmed_count" integer DEFAULT 0 NOT NULL,
	"waitlist_count" integer DEFAULT 0 NOT NULL,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancellation_reason" text,
	"demonstration" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "event_days_check" CHECK ("events"."event"."ends_on" >= "events"."event"."starts_on"),
	CONSTRAINT "event_capacity_check" CHECK ("events"."event"."capacity" is null or "events"."event"."confirmed_count" <= "events"."event"."capacity"),
	CONSTRAINT "event_counts_check" CHECK ("events"."event"."confirmed_count" >= 0 and "events"."event"."waitlist_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "events"."event_exhibitor" (
	"event_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "event_exhibitor_event_id_company_id_pk" PRIMARY KEY("event_id","company_id")
);
--> statement-breakpoint
CREATE TABLE "events"."registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"status" text NOT NULL,
	"waitlist_seq" bigint,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"email_key" text NOT NULL,
	"category" text NOT NULL,
	"minor" boolean NOT NULL,
	"birth_date" date,
	"guardian_consent" boolean DEFAULT false NOT NULL,
	"token_hash" text NOT NULL,
	"attended" boolean,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "events"."seed_run" (
	"layer" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events"."event_speaker" (
	"event_id" uuid NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "event_speaker_event_id_ambassador_id_pk" PRIMARY KEY("event_id","ambassador_id")
);
--> statement-breakpoint
ALTER TABLE "events"."event_exhibitor" ADD CONSTRAINT "event_exhibitor_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"."event"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD CONSTRAINT "registration_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"."event"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events"."event_speaker" ADD CONSTRAINT "event_speaker_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"."event"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_sort_idx" ON "events"."event" USING btree ("sort_at","id");--> statement-breakpoint
CREATE INDEX "event_updated_idx" ON "events"."event" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "event_department_idx" ON "events"."event" USING btree ("department_code","sort_at");--> statement-breakpoint
CREATE INDEX "event_commune_idx" ON "events"."event" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "event_parent_idx" ON "events"."event" USING btree ("parent_id","sort_at");--> statement-breakpoint
CREATE INDEX "event_kind_idx" ON "events"."event" USING btree ("kind","sort_at");--> statement-breakpoint
CREATE INDEX "event_exhibitor_company_idx" ON "events"."event_exhibitor" USING btree ("company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_event_email_key" ON "events"."registration" USING btree ("event_id","email_key");--> statement-breakpoint
CREATE INDEX "registration_event_status_idx" ON "events"."registration" USING btree ("event_id","status","waitlist_seq");--> statement-breakpoint
CREATE INDEX "registration_email_idx" ON "events"."registration" USING btree ("email_key");--> statement-breakpoint
CREATE INDEX "event_speaker_ambassador_idx" ON "events"."event_speaker" USING btree ("ambassador_id");