ALTER TABLE "events"."event" ADD COLUMN "branch_agreement_id" uuid;--> statement-breakpoint
ALTER TABLE "events"."event" ADD COLUMN "recurrence" text;--> statement-breakpoint
ALTER TABLE "events"."event" ADD COLUMN "edition" integer;--> statement-breakpoint
CREATE INDEX "event_branch_agreement_idx" ON "events"."event" USING btree ("branch_agreement_id","sort_at");--> statement-breakpoint
-- hand-written: databases seeded before know the first regional event as a one-off; it is the first of a yearly series.
UPDATE "events"."event" SET "recurrence" = 'YEARLY', "edition" = 1 WHERE "id" = '83e5d8e8-5f85-8cb6-89de-5750797f136c';
