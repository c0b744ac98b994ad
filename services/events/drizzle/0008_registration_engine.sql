CREATE SEQUENCE "events"."waitlist_order" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "events"."registration_stand_in" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"status" text NOT NULL,
	"waitlist_seq" bigint,
	"hold_expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "events"."event" DROP CONSTRAINT "event_counts_check";--> statement-breakpoint
DROP INDEX "events"."registration_event_email_key";--> statement-breakpoint
ALTER TABLE "events"."event" ADD COLUMN "group_seats_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "events"."event" ADD COLUMN "max_group_size" integer;--> statement-breakpoint
ALTER TABLE "events"."event" ADD COLUMN "seats_reserved_for_individuals" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "events"."event" ADD COLUMN "facilitator_name" text;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "seats" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "requested_seats" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "group_name" text;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "organisation" text;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "uai" text;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "participants" integer;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "accompanying" integer;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "email_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "hold_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "confirmation_token_hash" text;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "mailed_token_hash" text;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "ticket_code" text;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "checked_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events"."registration_stand_in" ADD CONSTRAINT "registration_stand_in_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"."event"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registration_stand_in_event_idx" ON "events"."registration_stand_in" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "registration_stand_in_hold_idx" ON "events"."registration_stand_in" USING btree ("hold_expires_at") WHERE "events"."registration_stand_in"."cancelled_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "registration_event_group_key" ON "events"."registration" USING btree ("event_id","email_key","group_name") WHERE "events"."registration"."group_name" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "registration_ticket_key" ON "events"."registration" USING btree ("event_id","ticket_code");--> statement-breakpoint
CREATE INDEX "registration_confirmation_idx" ON "events"."registration" USING btree ("confirmation_token_hash");--> statement-breakpoint
CREATE INDEX "registration_hold_idx" ON "events"."registration" USING btree ("hold_expires_at") WHERE "events"."registration"."email_confirmed_at" is null and "events"."registration"."hold_expires_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "registration_event_email_key" ON "events"."registration" USING btree ("event_id","email_key") WHERE "events"."registration"."group_name" is null;--> statement-breakpoint
ALTER TABLE "events"."event" ADD CONSTRAINT "event_counts_check" CHECK ("events"."event"."confirmed_count" >= 0 and "events"."event"."waitlist_count" >= 0 and "events"."event"."group_seats_count" between 0 and "events"."event"."confirmed_count");--> statement-breakpoint
-- hand-written
-- Registrations made before addresses had to be confirmed were taken as they came: they count as confirmed,
-- and every registration gets a ticket code.
UPDATE "events"."registration" SET "email_confirmed_at" = "created_at" WHERE "email_confirmed_at" IS NULL;
--> statement-breakpoint
UPDATE "events"."registration"
  SET "ticket_code" = upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 10))
  WHERE "ticket_code" IS NULL;
--> statement-breakpoint
-- The waitlist order becomes one sequence for every event: it starts after the places already given.
SELECT setval('events.waitlist_order', greatest((SELECT max("waitlist_seq") FROM "events"."registration"), 1));
--> statement-breakpoint
-- Parents' cafés move here from the people subgraph, as events of kind PARENTS_CAFE with the same ids (so
-- `parentsCafe(id)` and the cancellation tokens keep working), then the people tables go. A database where
-- the people tables do not exist (new, or already copied) has nothing to move. The copies are not news for
-- partners: the `event.created` changes their insertion records are dropped.
DO $$
BEGIN
  IF to_regclass('people.parents_cafe') IS NOT NULL THEN
    INSERT INTO "events"."event" (
      id, kind, title, starts_at, ends_at, starts_on, ends_on, date_precision, sort_at, end_sort_at, online,
      venue_name, commune_code, department_code, audiences, themes, rome_codes, capacity, confirmed_count,
      facilitator_name, cancelled_at, demonstration, created_at, updated_at)
    SELECT id, 'PARENTS_CAFE', title, starts_at, ends_at, (starts_at AT TIME ZONE 'Europe/Paris')::date,
      (ends_at AT TIME ZONE 'Europe/Paris')::date, 'TIME', starts_at, ends_at, false, venue_name, commune_code,
      department_code, ARRAY['PARENT'], ARRAY[]::text[], ARRAY[]::text[], capacity, registered_count,
      facilitator_name, cancelled_at, demonstration, created_at, updated_at
    FROM "people"."parents_cafe"
    ON CONFLICT (id) DO NOTHING;
    INSERT INTO "events"."registration" (
      id, event_id, status, first_name, last_name, email, email_key, category, minor, guardian_consent,
      token_hash, created_at, updated_at, cancelled_at, duplicate_notice_at, email_confirmed_at, ticket_code)
    SELECT id, cafe_id, CASE status WHEN 'REGISTERED' THEN 'CONFIRMED' ELSE 'CANCELLED' END, first_name,
      last_name, email, email_key, 'PARENT', false, false, token_hash, created_at,
      coalesce(cancelled_at, created_at), cancelled_at, duplicate_notice_at, created_at,
      upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 10))
    FROM "people"."parents_cafe_registration"
    ON CONFLICT DO NOTHING;
    DELETE FROM "events"."webhook_event"
      WHERE type = 'event.created' AND data->>'eventId' IN (SELECT id::text FROM "people"."parents_cafe");
    DROP TABLE "people"."parents_cafe_registration" CASCADE;
    DROP TABLE "people"."parents_cafe" CASCADE;
  END IF;
END $$;
--> statement-breakpoint
-- The dashboard counts people, not registrations: a group takes as many seats as it brings (`confirmed_count`
-- already counts seats, so registrations and fill rate are in seats), and its attendance counts its seats too.
-- The summary function and the registration trigger of `dashboard_statistics` follow; parents' cafés, now
-- events of kind PARENTS_CAFE, are counted like any event (their copy below goes through the event triggers).
CREATE OR REPLACE FUNCTION "events"."refresh_event_stats"(months text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m text;
  lo date;
  hi date;
BEGIN
  FOREACH m IN ARRAY (CASE WHEN months IS NULL OR cardinality(months) > 24 THEN ARRAY[NULL::text]
      ELSE (SELECT array_agg(DISTINCT x ORDER BY x) FROM unnest(months) x) END) LOOP
    PERFORM pg_advisory_xact_lock(hashtext('events.event_stat:' || coalesce(m, '*')));
    lo := CASE WHEN m IS NULL THEN '-infinity'::date ELSE (m || '-01')::date END;
    hi := CASE WHEN m IS NULL THEN 'infinity'::date ELSE ((m || '-01')::date + interval '1 month')::date END;
    DELETE FROM "events"."event_stat" WHERE m IS NULL OR month = m;
    INSERT INTO "events"."event_stat" ("department_code", "epci_siren", "month", "ends_month", "kind", "events",
        "cancelled", "confirmed", "waitlisted", "limited_seats", "limited_confirmed", "attendance_recorded", "attended")
      SELECT coalesce(e.department_code, ''), coalesce(ce.epci_siren, ''), to_char(e.starts_on, 'YYYY-MM'),
          to_char(e.ends_on, 'YYYY-MM'), e.kind, count(*), count(*) FILTER (WHERE e.cancelled_at IS NOT NULL),
          sum(e.confirmed_count), sum(e.waitlist_count),
          coalesce(sum(e.capacity) FILTER (WHERE e.capacity IS NOT NULL AND e.cancelled_at IS NULL), 0),
          coalesce(sum(e.confirmed_count) FILTER (WHERE e.capacity IS NOT NULL AND e.cancelled_at IS NULL), 0),
          coalesce(sum(a.recorded), 0), coalesce(sum(a.attended), 0)
        FROM "events"."event" e
        LEFT JOIN "events"."commune_epci" ce ON ce.commune_code = e.commune_code
        LEFT JOIN LATERAL (SELECT coalesce(sum(r.seats), 0) AS recorded,
              coalesce(sum(r.seats) FILTER (WHERE r.attended), 0) AS attended
            FROM "events"."registration" r
            WHERE r.event_id = e.id AND r.status = 'CONFIRMED' AND r.attended IS NOT NULL) a ON true
        -- A series counts by its sessions, not itself.
        WHERE e.starts_on >= lo AND e.starts_on < hi
          AND NOT EXISTS (SELECT 1 FROM "events"."event" s WHERE s.parent_id = e.id)
        GROUP BY 1, 2, 3, 4, 5;
  END LOOP;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "events"."event_stats_on_registration_updates"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  months text[];
BEGIN
  SELECT array_agg(DISTINCT to_char(e.starts_on, 'YYYY-MM')) INTO months
    FROM "events"."event" e WHERE e.id IN (
      SELECT n.event_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.attended, n.status, n.event_id, n.seats) IS DISTINCT FROM (o.attended, o.status, o.event_id, o.seats)
          AND (n.attended IS NOT NULL OR o.attended IS NOT NULL)
      UNION SELECT o.event_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.event_id IS DISTINCT FROM o.event_id AND o.attended IS NOT NULL);
  IF months IS NOT NULL THEN
    PERFORM "events"."refresh_event_stats"(months);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- The summary recomputed once the cafés are here: attendance now in seats.
SELECT "events"."refresh_event_stats"(NULL);
