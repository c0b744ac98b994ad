CREATE SCHEMA IF NOT EXISTS "access";
--> statement-breakpoint
CREATE TABLE "access"."api_key" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner" text NOT NULL,
	"scopes" text[] NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"created_by" text,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"rotated_from" uuid
);
--> statement-breakpoint
CREATE TABLE "access"."audit_entry" (
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
CREATE UNIQUE INDEX "api_key_secret_key" ON "access"."api_key" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "api_key_created_idx" ON "access"."api_key" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "audit_entry_at_idx" ON "access"."audit_entry" USING btree ("at","id");