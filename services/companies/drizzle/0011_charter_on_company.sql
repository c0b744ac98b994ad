DROP INDEX "companies"."company_location_idx";--> statement-breakpoint
ALTER TABLE "companies"."company" ADD COLUMN "charter_expires_on" date;--> statement-breakpoint
ALTER TABLE "companies"."company" ADD COLUMN "charter_terminated_on" date;--> statement-breakpoint
CREATE INDEX "company_current_charter_idx" ON "companies"."company" USING btree ("current_charter_id");--> statement-breakpoint
CREATE INDEX "company_location_idx" ON "companies"."company" USING btree ("latitude","longitude","charter_expires_on","charter_terminated_on","sort_name","id");--> statement-breakpoint
-- hand-written
-- The current charter's days, copied on its company, so that a search by charter status reads no charter:
-- when the company points to another charter, and when the charter pointed to changes or goes.
CREATE FUNCTION "companies"."company_charter_days"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- No row (no charter, or one not written yet) leaves both null; the charter's trigger fills them later.
  SELECT c.expires_on, c.terminated_on INTO NEW.charter_expires_on, NEW.charter_terminated_on
    FROM "companies"."charter" c WHERE c.id = NEW.current_charter_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "company_charter_days" BEFORE INSERT OR UPDATE OF "current_charter_id" ON "companies"."company"
  FOR EACH ROW EXECUTE FUNCTION "companies"."company_charter_days"();
--> statement-breakpoint
CREATE FUNCTION "companies"."charter_days_on_companies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE "companies"."company" c SET charter_expires_on = NULL, charter_terminated_on = NULL
      FROM old_rows o WHERE c.current_charter_id = o.id;
  ELSE
    UPDATE "companies"."company" c SET charter_expires_on = n.expires_on, charter_terminated_on = n.terminated_on
      FROM new_rows n
      WHERE c.current_charter_id = n.id
        AND (c.charter_expires_on, c.charter_terminated_on) IS DISTINCT FROM (n.expires_on, n.terminated_on);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "charter_days_insert" AFTER INSERT ON "companies"."charter" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "companies"."charter_days_on_companies"();
--> statement-breakpoint
CREATE TRIGGER "charter_days_update" AFTER UPDATE ON "companies"."charter" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "companies"."charter_days_on_companies"();
--> statement-breakpoint
CREATE TRIGGER "charter_days_delete" AFTER DELETE ON "companies"."charter" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "companies"."charter_days_on_companies"();
--> statement-breakpoint
-- Companies already recorded get their charter's days. Filling a new column is not a change partners are told
-- of; the index, built above on empty columns, is built again on the filled ones.
ALTER TABLE "companies"."company" DISABLE TRIGGER "company_webhook";
--> statement-breakpoint
UPDATE "companies"."company" c SET charter_expires_on = ch.expires_on, charter_terminated_on = ch.terminated_on
  FROM "companies"."charter" ch WHERE ch.id = c.current_charter_id;
--> statement-breakpoint
ALTER TABLE "companies"."company" ENABLE TRIGGER "company_webhook";
--> statement-breakpoint
REINDEX INDEX "companies"."company_location_idx";
