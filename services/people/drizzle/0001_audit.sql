CREATE TABLE "people"."audit_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"actor" text NOT NULL,
	"role" text NOT NULL,
	"action" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text,
	"details" text
);
--> statement-breakpoint
CREATE INDEX "audit_entry_at_idx" ON "people"."audit_entry" USING btree ("at","id");