import { type Database, groupLoader, idLoader, rowLoader, rowsOf, validIds } from '@dm/shared';
import { and, asc, inArray } from '@dm/shared/orm';
import { ambassador, referent } from './db/schema.ts';
import { contactableSql, notErased, requestsThisMonthBy, responseStatistics } from './store/ambassadors.ts';

/** Per-request loaders: every entity reference and list relation of this subgraph goes through one. */
export function createLoaders(db: Database, now: Date) {
  const ambassadors = rowsOf(db, 'people.ambassadors_by_id', ambassador, ambassador.id, { where: notErased() });
  const referents = rowsOf(db, 'people.referents_by_id', referent, referent.id);
  return {
    /** An ambassador by id (and by entity reference): null once erased. */
    ambassador: idLoader(ambassadors),
    /** Requests received this month, for the quota, per ambassador. */
    requestsThisMonth: rowLoader(
      (ids: readonly string[]) => requestsThisMonthBy(db, validIds(ids), now),
      (row) => row.id,
    ),
    responseStatistics: rowLoader(
      (ids: readonly string[]) => responseStatistics(db, ids, now),
      (row) => row.ambassadorId,
    ),
    /** Contactable ambassadors of each company, by first name. */
    ambassadorsOfCompany: groupLoader(
      async (ids: readonly string[]) => {
        const valid = validIds(ids);
        if (valid.length === 0) return [];
        return db
          .select()
          .from(ambassador)
          .where(and(inArray(ambassador.companyId, valid), contactableSql(now)))
          .orderBy(asc(ambassador.sortName), asc(ambassador.id));
      },
      (row) => row.companyId as string,
    ),
    referent: idLoader(referents),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
