-- hand-written
-- Parents' cafés moved to the events subgraph (events of kind PARENTS_CAFE). The events migration
-- `registration_engine` copies these tables and then drops them, whichever of the two services migrates
-- first; a database where there is nothing to copy (a new one) drops them here. No function of this schema reads
-- them (the dashboard's parents' cafés statistics are the events subgraph's now, from its events), and CASCADE
-- drops the triggers that were on them.
DO $$
BEGIN
  IF to_regclass('people.parents_cafe') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "people"."parents_cafe") THEN
    DROP TABLE "people"."parents_cafe_registration" CASCADE;
    DROP TABLE "people"."parents_cafe" CASCADE;
  END IF;
END $$;
