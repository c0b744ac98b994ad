import { type Database, type DashboardScope, keysetPage, territoryWhere } from '@dm/shared';
import { and, count, eq, gte, lte, sql } from '@dm/shared/orm';
import { type CoordinatorActionRow, coordinatorAction, referent } from '../db/schema.ts';

/** A coordinator's actions, latest first. */
export const actionsOf = (db: Database, referentId: string, first?: number | null, after?: string | null) =>
  keysetPage<CoordinatorActionRow>(db, coordinatorAction, {
    where: eq(coordinatorAction.referentId, referentId),
    order: [coordinatorAction.occurredOn, coordinatorAction.id],
    keys: ['occurredOn', 'id'],
    direction: 'desc',
    first,
    after,
  });

export async function insertAction(
  db: Database,
  action: Omit<CoordinatorActionRow, 'id' | 'createdAt' | 'demonstration'>,
): Promise<CoordinatorActionRow> {
  const [row] = await db.insert(coordinatorAction).values(action).returning();
  if (!row) throw new Error('coordinator action insert returned nothing');
  return row;
}

export async function setTerritory(db: Database, id: string, departments: string[], epcis: string[]) {
  const [row] = await db
    .update(referent)
    .set({ departments, epcis, updatedAt: new Date() })
    .where(eq(referent.id, id))
    .returning();
  return row ?? null;
}

/** Actions of the period in the scope's territory, by mission, with the people they reached. */
export function actionsByMission(db: Database, s: DashboardScope) {
  return db
    .select({
      mission: coordinatorAction.mission,
      count: count(),
      participants: sql<number>`coalesce(sum(${coordinatorAction.participants}), 0)`.mapWith(Number),
    })
    .from(coordinatorAction)
    .where(
      and(
        territoryWhere(s, coordinatorAction.departmentCode, coordinatorAction.communeCode),
        s.from ? gte(coordinatorAction.occurredOn, s.from) : undefined,
        s.to ? lte(coordinatorAction.occurredOn, s.to) : undefined,
      ),
    )
    .groupBy(coordinatorAction.mission);
}
