ALTER TABLE "companies"."charter" ADD COLUMN "expiry_notice_for" date;--> statement-breakpoint
ALTER TABLE "companies"."charter" ADD COLUMN "referent_expiry_notice_for" date;