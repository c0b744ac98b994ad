import { type Database, ERASED, keysetPage } from '@dm/shared';
import { and, arrayContains, eq, inArray, ne, type SQL } from '@dm/shared/orm';
import { requireDepartment } from '@dm/shared/reference';
import { type ReferentRow, referent } from '../db/schema.ts';
import type { ReferentOrganisation, ReferentRole } from '../generated/resolvers.ts';

export async function listReferents(
  db: Database,
  filter: {
    department?: string | null;
    role?: ReferentRole | null;
    organisation?: ReferentOrganisation | null;
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
  return keysetPage<ReferentRow>(db, referent, {
    where: and(...conditions),
    order: [referent.fullName, referent.id],
    keys: ['fullName', 'id'],
    changes: { since: filter.updatedSince, column: referent.updatedAt, key: 'updatedAt' },
    first,
    after,
  });
}

/** The names and addresses of referents, for a notice about their companies; erased referents are left out. */
export const referentContactsOf = (db: Database, ids: string[]) =>
  ids.length
    ? db
        .select({ id: referent.id, fullName: referent.fullName, email: referent.email })
        .from(referent)
        .where(and(inArray(referent.id, ids), ne(referent.fullName, ERASED)))
    : Promise.resolve([]);
