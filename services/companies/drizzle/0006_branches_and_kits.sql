CREATE TABLE "companies"."branch_agreement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"branch_id" uuid NOT NULL,
	"signed_on" date NOT NULL,
	"expires_on" date,
	"commitments" text[] NOT NULL,
	"demonstration" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "companies"."communication_kit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"url" text NOT NULL,
	"audience" text NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"demonstration" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "companies"."professional_branch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"idcc" text NOT NULL,
	"naf_codes" text[] NOT NULL,
	"search_text" text NOT NULL,
	"demonstration" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "companies"."branch_agreement" ADD CONSTRAINT "branch_agreement_branch_id_professional_branch_id_fk" FOREIGN KEY ("branch_id") REFERENCES "companies"."professional_branch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "branch_agreement_branch_idx" ON "companies"."branch_agreement" USING btree ("branch_id","signed_on");--> statement-breakpoint
CREATE INDEX "communication_kit_published_idx" ON "companies"."communication_kit" USING btree ("published_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "professional_branch_idcc_key" ON "companies"."professional_branch" USING btree ("idcc");--> statement-breakpoint
CREATE INDEX "professional_branch_name_idx" ON "companies"."professional_branch" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "professional_branch_naf_idx" ON "companies"."professional_branch" USING gin ("naf_codes");