ALTER TABLE "events"."outbox" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD COLUMN "reminded_at" timestamp with time zone;