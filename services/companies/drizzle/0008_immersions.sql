CREATE TABLE "companies"."agreement_signatory" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"party" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"token_hash" text,
	"link_sent_at" timestamp with time zone,
	"signed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "companies"."charter_application" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid,
	"company_name" text NOT NULL,
	"siret" text,
	"commune_code" text,
	"department_code" text,
	"sector" text,
	"naf_code" text,
	"commitments" jsonb NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"submitted_by" text,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" text,
	"rejection_reason" text,
	"charter_id" uuid
);
--> statement-breakpoint
CREATE TABLE "companies"."immersion_agreement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"schedule" text NOT NULL,
	"objectives" text NOT NULL,
	"beneficiary_first_name" text NOT NULL,
	"beneficiary_last_name" text NOT NULL,
	"beneficiary_email" text NOT NULL,
	"beneficiary_birth_date" date,
	"beneficiary_minor" boolean NOT NULL,
	"guardian_name" text,
	"guardian_email" text,
	"tutor_name" text NOT NULL,
	"tutor_job_title" text NOT NULL,
	"tutor_email" text NOT NULL,
	"prescriber_organisation" text,
	"prescriber_name" text,
	"prescriber_email" text,
	"drafted_by" text,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"sent_at" timestamp with time zone,
	"validated_at" timestamp with time zone,
	"validated_by" text,
	"rejected_at" timestamp with time zone,
	"rejection_reason" text,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "immersion_agreement_dates_check" CHECK ("companies"."immersion_agreement"."ends_on" >= "companies"."immersion_agreement"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "companies"."immersion_assessment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"took_place" boolean NOT NULL,
	"hours_done" integer NOT NULL,
	"skills_observed" text[] NOT NULL,
	"comment" text,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "immersion_assessment_agreement_key" UNIQUE("agreement_id")
);
--> statement-breakpoint
ALTER TABLE "companies"."charter" ADD COLUMN "company_signed_on" date;--> statement-breakpoint
ALTER TABLE "companies"."charter" ADD COLUMN "agency_signed_on" date;--> statement-breakpoint
ALTER TABLE "companies"."charter" ADD COLUMN "region_signed_on" date;--> statement-breakpoint
ALTER TABLE "companies"."charter" ADD COLUMN "awaiting_region" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "companies"."company" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "companies"."company" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "companies"."company" ADD COLUMN "unavailable_from" date;--> statement-breakpoint
ALTER TABLE "companies"."company" ADD COLUMN "unavailable_until" date;--> statement-breakpoint
ALTER TABLE "companies"."immersion_offer" ADD COLUMN "status" text DEFAULT 'OPEN' NOT NULL;--> statement-breakpoint
ALTER TABLE "companies"."immersion_offer" ADD COLUMN "monthly_max_requests" integer;--> statement-breakpoint
ALTER TABLE "companies"."immersion_request" ADD COLUMN "company_id" uuid;--> statement-breakpoint
ALTER TABLE "companies"."immersion_request" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "companies"."immersion_request" ADD COLUMN "expired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "companies"."agreement_signatory" ADD CONSTRAINT "agreement_signatory_agreement_id_immersion_agreement_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "companies"."immersion_agreement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies"."charter_application" ADD CONSTRAINT "charter_application_company_id_company_id_fk" FOREIGN KEY ("company_id") REFERENCES "companies"."company"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies"."charter_application" ADD CONSTRAINT "charter_application_charter_id_charter_id_fk" FOREIGN KEY ("charter_id") REFERENCES "companies"."charter"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies"."immersion_agreement" ADD CONSTRAINT "immersion_agreement_request_id_immersion_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "companies"."immersion_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies"."immersion_agreement" ADD CONSTRAINT "immersion_agreement_offer_id_immersion_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "companies"."immersion_offer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies"."immersion_agreement" ADD CONSTRAINT "immersion_agreement_company_id_company_id_fk" FOREIGN KEY ("company_id") REFERENCES "companies"."company"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies"."immersion_assessment" ADD CONSTRAINT "immersion_assessment_agreement_id_immersion_agreement_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "companies"."immersion_agreement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_signatory_party_key" ON "companies"."agreement_signatory" USING btree ("agreement_id","party");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_signatory_token_key" ON "companies"."agreement_signatory" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "agreement_signatory_email_idx" ON "companies"."agreement_signatory" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "charter_application_pending_idx" ON "companies"."charter_application" USING btree ("status","department_code","created_at");--> statement-breakpoint
CREATE INDEX "charter_application_email_idx" ON "companies"."charter_application" USING btree (lower("contact_email"));--> statement-breakpoint
CREATE UNIQUE INDEX "immersion_agreement_open_request_key" ON "companies"."immersion_agreement" USING btree ("request_id") WHERE "companies"."immersion_agreement"."status" not in ('REJECTED', 'CANCELLED');--> statement-breakpoint
CREATE INDEX "immersion_agreement_company_idx" ON "companies"."immersion_agreement" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "immersion_agreement_beneficiary_idx" ON "companies"."immersion_agreement" USING btree (lower("beneficiary_email"));--> statement-breakpoint
ALTER TABLE "companies"."immersion_request" ADD CONSTRAINT "immersion_request_company_id_company_id_fk" FOREIGN KEY ("company_id") REFERENCES "companies"."company"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "immersion_request_company_idx" ON "companies"."immersion_request" USING btree ("company_id","created_at","id");--> statement-breakpoint
CREATE INDEX "immersion_request_pending_idx" ON "companies"."immersion_request" USING btree ("created_at") WHERE "companies"."immersion_request"."status" = 'PENDING';--> statement-breakpoint
-- hand-written
-- Requests made before a request knew its company get it from their offer.
UPDATE "companies"."immersion_request" r SET "company_id" = o."company_id"
  FROM "companies"."immersion_offer" o WHERE o."id" = r."offer_id" AND r."company_id" IS NULL;
--> statement-breakpoint
-- An offer stops taking requests when it fills up, or when the company pauses or closes it; it is published
-- again when resumed. Partners subscribed to these changes are told.
CREATE OR REPLACE FUNCTION "companies"."record_offer_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "companies"."webhook_event" (type, data)
      VALUES ('immersion_offer.published', jsonb_build_object('immersionOfferId', NEW.id, 'companyId', NEW.company_id));
  ELSIF OLD.status = 'OPEN' AND NEW.status IN ('PAUSED', 'CLOSED') THEN
    INSERT INTO "companies"."webhook_event" (type, data)
      VALUES ('immersion_offer.closed', jsonb_build_object('immersionOfferId', NEW.id, 'companyId', NEW.company_id));
  ELSIF OLD.status = 'PAUSED' AND NEW.status = 'OPEN' THEN
    INSERT INTO "companies"."webhook_event" (type, data)
      VALUES ('immersion_offer.published', jsonb_build_object('immersionOfferId', NEW.id, 'companyId', NEW.company_id));
  ELSIF NEW.status = 'OPEN' AND NEW.places_taken >= NEW.places AND OLD.places_taken < OLD.places THEN
    INSERT INTO "companies"."webhook_event" (type, data)
      VALUES ('immersion_offer.closed', jsonb_build_object('immersionOfferId', NEW.id, 'companyId', NEW.company_id));
  END IF;
  RETURN NULL;
END $$;
