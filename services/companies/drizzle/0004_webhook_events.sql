CREATE TABLE "companies"."webhook_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"data" jsonb NOT NULL,
	"owner" text,
	"occurred_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"forwarded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "webhook_event_pending_idx" ON "companies"."webhook_event" USING btree ("occurred_at","id") WHERE "companies"."webhook_event"."forwarded_at" is null;--> statement-breakpoint
-- The changes partners subscribe to, recorded in the transaction that makes them, whatever code path makes
-- them: a company joined or changed, a charter was signed, an offer was published or took its last place.
CREATE FUNCTION "companies"."record_company_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.updated_at IS DISTINCT FROM OLD.updated_at THEN
    INSERT INTO "companies"."webhook_event" (type, data) VALUES ('company.updated', jsonb_build_object('companyId', NEW.id));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "company_webhook" AFTER INSERT OR UPDATE ON "companies"."company"
  FOR EACH ROW EXECUTE FUNCTION "companies"."record_company_change"();
--> statement-breakpoint
CREATE FUNCTION "companies"."record_charter_signed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "companies"."webhook_event" (type, data)
    VALUES ('company.charter_signed', jsonb_build_object('companyId', NEW.company_id, 'charterId', NEW.id));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "charter_webhook" AFTER INSERT ON "companies"."charter"
  FOR EACH ROW EXECUTE FUNCTION "companies"."record_charter_signed"();
--> statement-breakpoint
CREATE FUNCTION "companies"."record_offer_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "companies"."webhook_event" (type, data)
      VALUES ('immersion_offer.published', jsonb_build_object('immersionOfferId', NEW.id, 'companyId', NEW.company_id));
  ELSIF NEW.places_taken >= NEW.places AND OLD.places_taken < OLD.places THEN
    INSERT INTO "companies"."webhook_event" (type, data)
      VALUES ('immersion_offer.closed', jsonb_build_object('immersionOfferId', NEW.id, 'companyId', NEW.company_id));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "immersion_offer_webhook" AFTER INSERT OR UPDATE ON "companies"."immersion_offer"
  FOR EACH ROW EXECUTE FUNCTION "companies"."record_offer_change"();
