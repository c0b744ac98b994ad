CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE SCHEMA IF NOT EXISTS "people";
--> statement-breakpoint
CREATE TABLE "people"."ambassador" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"email_key" text NOT NULL,
	"phone" text,
	"job_title" text NOT NULL,
	"rome_code" text NOT NULL,
	"company_id" uuid,
	"commune_code" text NOT NULL,
	"department_code" text NOT NULL,
	"intervention_kinds" text[] NOT NULL,
	"monthly_quota" integer NOT NULL,
	"paused_until" date,
	"deactivated_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"sort_name" text NOT NULL,
	"demonstration" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "ambassador_quota_check" CHECK ("people"."ambassador"."monthly_quota" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "people"."parents_cafe_registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cafe_id" uuid NOT NULL,
	"status" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"email_key" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "people"."contact_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ambassador_id" uuid,
	"company_id" uuid,
	"department_code" text,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"requester_name" text NOT NULL,
	"requester_email" text NOT NULL,
	"requester_email_key" text NOT NULL,
	"requester_role" text NOT NULL,
	"minor" boolean NOT NULL,
	"guardian_consent" boolean DEFAULT false NOT NULL,
	"message" text NOT NULL,
	"answer" text,
	"answered_by" text,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"answered_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	CONSTRAINT "contact_request_addressee_check" CHECK ("people"."contact_request"."ambassador_id" is not null or "people"."contact_request"."company_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "people"."outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"contact_request_id" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"sent_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "people"."parents_cafe" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"venue_name" text,
	"commune_code" text NOT NULL,
	"department_code" text NOT NULL,
	"facilitator_name" text NOT NULL,
	"capacity" integer NOT NULL,
	"registered_count" integer DEFAULT 0 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"demonstration" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "parents_cafe_capacity_check" CHECK ("people"."parents_cafe"."capacity" between 1 and 20 and "people"."parents_cafe"."registered_count" between 0 and "people"."parents_cafe"."capacity")
);
--> statement-breakpoint
CREATE TABLE "people"."referent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"email" text,
	"organisation" text NOT NULL,
	"role" text NOT NULL,
	"departments" text[] NOT NULL,
	"demonstration" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."seed_run" (
	"layer" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people"."parents_cafe_registration" ADD CONSTRAINT "parents_cafe_registration_cafe_id_parents_cafe_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "people"."parents_cafe"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."contact_request" ADD CONSTRAINT "contact_request_ambassador_id_ambassador_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "people"."ambassador"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ambassador_email_key" ON "people"."ambassador" USING btree ("email_key");--> statement-breakpoint
CREATE INDEX "ambassador_sort_idx" ON "people"."ambassador" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "ambassador_company_idx" ON "people"."ambassador" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "ambassador_department_idx" ON "people"."ambassador" USING btree ("department_code");--> statement-breakpoint
CREATE INDEX "ambassador_rome_idx" ON "people"."ambassador" USING btree ("rome_code");--> statement-breakpoint
CREATE INDEX "ambassador_search_trgm_idx" ON "people"."ambassador" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "parents_cafe_registration_email_key" ON "people"."parents_cafe_registration" USING btree ("cafe_id","email_key");--> statement-breakpoint
CREATE INDEX "parents_cafe_registration_email_idx" ON "people"."parents_cafe_registration" USING btree ("email_key");--> statement-breakpoint
CREATE UNIQUE INDEX "contact_request_pending_ambassador_key" ON "people"."contact_request" USING btree ("requester_email_key","ambassador_id") WHERE "people"."contact_request"."status" = 'PENDING' and "people"."contact_request"."ambassador_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "contact_request_pending_company_key" ON "people"."contact_request" USING btree ("requester_email_key","company_id") WHERE "people"."contact_request"."status" = 'PENDING' and "people"."contact_request"."ambassador_id" is null;--> statement-breakpoint
CREATE INDEX "contact_request_ambassador_idx" ON "people"."contact_request" USING btree ("ambassador_id","created_at");--> statement-breakpoint
CREATE INDEX "contact_request_company_idx" ON "people"."contact_request" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "contact_request_pending_idx" ON "people"."contact_request" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "people"."outbox" USING btree ("next_attempt_at") WHERE "people"."outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "parents_cafe_start_idx" ON "people"."parents_cafe" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "parents_cafe_department_idx" ON "people"."parents_cafe" USING btree ("department_code","starts_at");--> statement-breakpoint
CREATE INDEX "referent_name_idx" ON "people"."referent" USING btree ("full_name","id");