CREATE TABLE "events"."webhook_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"data" jsonb NOT NULL,
	"owner" text,
	"occurred_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"forwarded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "webhook_event_pending_idx" ON "events"."webhook_event" USING btree ("occurred_at","id") WHERE "events"."webhook_event"."forwarded_at" is null;--> statement-breakpoint
-- The changes partners subscribe to, recorded in the transaction that makes them, whatever code path makes
-- them. A registration changes an event's counts (and its updated_at, for the change feeds), which is not
-- announced as the event changing: only its own columns, or what hangs from it (exhibitors, speakers).
CREATE FUNCTION "events"."record_event_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  counts CONSTANT text[] := ARRAY['confirmed_count', 'waitlist_count', 'updated_at'];
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "events"."webhook_event" (type, data) VALUES ('event.created', jsonb_build_object('eventId', NEW.id));
  ELSIF OLD.cancelled_at IS NULL AND NEW.cancelled_at IS NOT NULL THEN
    INSERT INTO "events"."webhook_event" (type, data) VALUES ('event.cancelled', jsonb_build_object('eventId', NEW.id));
  ELSIF (to_jsonb(NEW) - counts) IS DISTINCT FROM (to_jsonb(OLD) - counts)
     OR (NEW.updated_at IS DISTINCT FROM OLD.updated_at
         AND NEW.confirmed_count = OLD.confirmed_count AND NEW.waitlist_count = OLD.waitlist_count) THEN
    INSERT INTO "events"."webhook_event" (type, data) VALUES ('event.updated', jsonb_build_object('eventId', NEW.id));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "event_webhook" AFTER INSERT OR UPDATE ON "events"."event"
  FOR EACH ROW EXECUTE FUNCTION "events"."record_event_change"();
--> statement-breakpoint
-- A confirmed registration (at once, or from the waiting list) is announced to the partner whose key created
-- the event, and to no one else; it names the registration and the event, never the attendee.
CREATE FUNCTION "events"."record_registration_confirmed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  organiser text;
BEGIN
  IF NEW.status = 'CONFIRMED' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'CONFIRMED') THEN
    SELECT created_by INTO organiser FROM "events"."event" WHERE id = NEW.event_id;
    IF organiser LIKE 'apikey:%' THEN
      INSERT INTO "events"."webhook_event" (type, data, owner)
        VALUES ('registration.confirmed', jsonb_build_object('registrationId', NEW.id, 'eventId', NEW.event_id), organiser);
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "registration_webhook" AFTER INSERT OR UPDATE OF status ON "events"."registration"
  FOR EACH ROW EXECUTE FUNCTION "events"."record_registration_confirmed"();
