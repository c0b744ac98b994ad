CREATE TABLE "companies"."orientation_place" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"commune_code" text,
	"department_code" text,
	"epci_siren" text,
	"address" text,
	"phone" text,
	"url" text,
	"opening_hours" text,
	"services" text[] DEFAULT '{}'::text[] NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"demonstration" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL
);
--> statement-breakpoint
CREATE INDEX "orientation_place_sort_idx" ON "companies"."orientation_place" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "orientation_place_department_idx" ON "companies"."orientation_place" USING btree ("department_code","kind");--> statement-breakpoint
CREATE INDEX "orientation_place_epci_idx" ON "companies"."orientation_place" USING btree ("epci_siren");--> statement-breakpoint
CREATE INDEX "orientation_place_location_idx" ON "companies"."orientation_place" USING btree ("latitude","longitude");