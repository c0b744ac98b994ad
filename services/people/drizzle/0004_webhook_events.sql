CREATE TABLE "people"."webhook_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"data" jsonb NOT NULL,
	"owner" text,
	"occurred_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"forwarded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "webhook_event_pending_idx" ON "people"."webhook_event" USING btree ("occurred_at","id") WHERE "people"."webhook_event"."forwarded_at" is null;--> statement-breakpoint
-- An ambassador joins the network when it appears (or comes back), and leaves it when deactivated or erased;
-- recorded in the transaction that makes the change, whatever code path makes it.
CREATE FUNCTION "people"."record_ambassador_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  present boolean := NEW.deactivated_at IS NULL AND NEW.erased_at IS NULL;
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF present THEN
      INSERT INTO "people"."webhook_event" (type, data) VALUES ('ambassador.joined', jsonb_build_object('ambassadorId', NEW.id));
    END IF;
  ELSIF present IS DISTINCT FROM (OLD.deactivated_at IS NULL AND OLD.erased_at IS NULL) THEN
    INSERT INTO "people"."webhook_event" (type, data)
      VALUES (CASE WHEN present THEN 'ambassador.joined' ELSE 'ambassador.left' END, jsonb_build_object('ambassadorId', NEW.id));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "ambassador_webhook" AFTER INSERT OR UPDATE ON "people"."ambassador"
  FOR EACH ROW EXECUTE FUNCTION "people"."record_ambassador_change"();
