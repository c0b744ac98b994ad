import { type Database, keysetPage } from '@dm/shared';
import { and, arrayContains, eq, gt, type SQL } from '@dm/shared/orm';
import { requireDepartment } from '@dm/shared/reference';
import { type ReferentRow, referent } from '../db/schema.ts';

export async function listReferents(
  db: Database,
  filter: {
    department?: string | null;
    role?: string | null;
    organisation?: string | null;
    updatedSince?: Date | string | null;
  },
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const conditions: SQL[] = [];
  if (filter.department)
    conditions.push(
      arrayContains(referent.departments, [requireDepartment(filter.department, 'filter.department').code]),
    );
  if (filter.role) conditions.push(eq(referent.role, filter.role));
  if (filter.organisation) conditions.push(eq(referent.organisation, filter.organisation));
  const byChange = Boolean(filter.updatedSince);
  if (byChange) conditions.push(gt(referent.updatedAt, new Date(filter.updatedSince as string | Date)));
  return keysetPage<ReferentRow>(db, referent, {
    where: and(...conditions),
    order: byChange ? [referent.updatedAt, referent.id] : [referent.fullName, referent.id],
    keys: byChange ? ['updatedAt', 'id'] : ['fullName', 'id'],
    first,
    after,
  });
}
