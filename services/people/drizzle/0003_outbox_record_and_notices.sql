ALTER TABLE "people"."outbox" RENAME COLUMN "contact_request_id" TO "record_id";--> statement-breakpoint
ALTER TABLE "people"."parents_cafe_registration" ADD COLUMN "duplicate_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people"."contact_request" ADD COLUMN "duplicate_notice_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "outbox_record_idx" ON "people"."outbox" USING btree ("record_id");