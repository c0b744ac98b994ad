CREATE TABLE "people"."coordinator_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referent_id" uuid NOT NULL,
	"mission" text NOT NULL,
	"title" text NOT NULL,
	"occurred_on" date NOT NULL,
	"commune_code" text NOT NULL,
	"department_code" text NOT NULL,
	"epci_siren" text,
	"participants" integer,
	"demonstration" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people"."referent" ADD COLUMN "epcis" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people"."coordinator_action" ADD CONSTRAINT "coordinator_action_referent_id_referent_id_fk" FOREIGN KEY ("referent_id") REFERENCES "people"."referent"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coordinator_action_referent_idx" ON "people"."coordinator_action" USING btree ("referent_id","occurred_on","id");--> statement-breakpoint
CREATE INDEX "coordinator_action_department_idx" ON "people"."coordinator_action" USING btree ("department_code","occurred_on");