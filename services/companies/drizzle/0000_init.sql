CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE SCHEMA IF NOT EXISTS "companies";
--> statement-breakpoint
CREATE TABLE "companies"."charter" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"signed_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"renewed_count" integer DEFAULT 0 NOT NULL,
	"terminated_on" date,
	"termination_reason" text,
	"referent_id" text,
	"demonstration" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "charter_dates_check" CHECK ("companies"."charter"."expires_on" > "companies"."charter"."signed_on")
);
--> statement-breakpoint
CREATE TABLE "companies"."commitment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"charter_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"demonstration" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "companies"."commitment_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"description" text NOT NULL,
	"participants" integer,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "companies"."company" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"siret" text,
	"name" text NOT NULL,
	"sort_name" text NOT NULL,
	"search_text" text NOT NULL,
	"sector" text,
	"naf_code" text,
	"commune_code" text,
	"department_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"current_charter_id" uuid,
	"demonstration" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "companies"."immersion_offer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"rome_code" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"places" integer NOT NULL,
	"places_taken" integer DEFAULT 0 NOT NULL,
	"duration_days" integer NOT NULL,
	"audiences" text[] NOT NULL,
	"commune_code" text,
	"department_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"demonstration" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "immersion_offer_places_check" CHECK ("companies"."immersion_offer"."places_taken" >= 0 and "companies"."immersion_offer"."places_taken" <= "companies"."immersion_offer"."places")
);
--> statement-breakpoint
CREATE TABLE "companies"."immersion_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"email_key" text NOT NULL,
	"phone" text,
	"category" text NOT NULL,
	"minor" boolean NOT NULL,
	"birth_date" date,
	"guardian_consent" boolean DEFAULT false NOT NULL,
	"message" text,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" text
);
--> statement-breakpoint
CREATE TABLE "companies"."seed_run" (
	"layer" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "companies"."charter" ADD CONSTRAINT "charter_company_id_company_id_fk" FOREIGN KEY ("company_id") REFERENCES "companies"."company"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies"."commitment" ADD CONSTRAINT "commitment_charter_id_charter_id_fk" FOREIGN KEY ("charter_id") REFERENCES "companies"."charter"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies"."commitment_action" ADD CONSTRAINT "commitment_action_commitment_id_commitment_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "companies"."commitment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies"."immersion_offer" ADD CONSTRAINT "immersion_offer_company_id_company_id_fk" FOREIGN KEY ("company_id") REFERENCES "companies"."company"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies"."immersion_request" ADD CONSTRAINT "immersion_request_offer_id_immersion_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "companies"."immersion_offer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "charter_company_idx" ON "companies"."charter" USING btree ("company_id","signed_on");--> statement-breakpoint
CREATE INDEX "charter_referent_idx" ON "companies"."charter" USING btree ("referent_id");--> statement-breakpoint
CREATE INDEX "charter_expires_idx" ON "companies"."charter" USING btree ("expires_on");--> statement-breakpoint
CREATE UNIQUE INDEX "commitment_charter_kind_key" ON "companies"."commitment" USING btree ("charter_id","kind");--> statement-breakpoint
CREATE INDEX "commitment_kind_idx" ON "companies"."commitment" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "commitment_action_commitment_idx" ON "companies"."commitment_action" USING btree ("commitment_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "company_siret_key" ON "companies"."company" USING btree ("siret");--> statement-breakpoint
CREATE INDEX "company_sort_idx" ON "companies"."company" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "company_updated_idx" ON "companies"."company" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "company_department_idx" ON "companies"."company" USING btree ("department_code","sort_name");--> statement-breakpoint
CREATE INDEX "company_commune_idx" ON "companies"."company" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "company_location_idx" ON "companies"."company" USING btree ("latitude","longitude");--> statement-breakpoint
CREATE INDEX "company_search_trgm_idx" ON "companies"."company" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "immersion_offer_company_idx" ON "companies"."immersion_offer" USING btree ("company_id","published_at");--> statement-breakpoint
CREATE INDEX "immersion_offer_published_idx" ON "companies"."immersion_offer" USING btree ("published_at","id");--> statement-breakpoint
CREATE INDEX "immersion_offer_updated_idx" ON "companies"."immersion_offer" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "immersion_offer_rome_idx" ON "companies"."immersion_offer" USING btree ("rome_code");--> statement-breakpoint
CREATE INDEX "immersion_offer_department_idx" ON "companies"."immersion_offer" USING btree ("department_code");--> statement-breakpoint
CREATE UNIQUE INDEX "immersion_request_offer_email_key" ON "companies"."immersion_request" USING btree ("offer_id","email_key");--> statement-breakpoint
CREATE INDEX "immersion_request_offer_idx" ON "companies"."immersion_request" USING btree ("offer_id","created_at","id");--> statement-breakpoint
CREATE INDEX "immersion_request_email_idx" ON "companies"."immersion_request" USING btree ("email_key");