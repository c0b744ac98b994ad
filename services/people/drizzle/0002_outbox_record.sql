ALTER TABLE "people"."outbox" RENAME COLUMN "contact_request_id" TO "record_id";--> statement-breakpoint
CREATE INDEX "outbox_record_idx" ON "people"."outbox" USING btree ("record_id");