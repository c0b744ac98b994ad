ALTER TABLE "people"."contact_request" ADD COLUMN "email_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people"."contact_request" ADD COLUMN "hold_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people"."contact_request" ADD COLUMN "confirmation_token_hash" text;--> statement-breakpoint
ALTER TABLE "people"."outbox" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
CREATE INDEX "contact_request_confirmation_idx" ON "people"."contact_request" USING btree ("confirmation_token_hash");--> statement-breakpoint
CREATE INDEX "contact_request_hold_idx" ON "people"."contact_request" USING btree ("hold_expires_at") WHERE "people"."contact_request"."email_confirmed_at" is null and "people"."contact_request"."hold_expires_at" is not null;--> statement-breakpoint
-- hand-written
-- Requests made before addresses were confirmed were all delivered: they count as confirmed.
UPDATE "people"."contact_request" SET "email_confirmed_at" = "created_at" WHERE "email_confirmed_at" IS NULL;
