ALTER TABLE "people"."ambassador" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
-- Ambassadors anonymised before this column existed (erasure or retention purge) are erased.
UPDATE "people"."ambassador" SET "erased_at" = coalesce("deactivated_at", "updated_at")
WHERE "email_key" = 'erased-' || "id" || '@erased.invalid';
