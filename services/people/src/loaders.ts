import { type Database, groupLoader, rowLoader, validIds } from '@dm/shared';
import { and, asc, inArray } from '@dm/shared/orm';
import { ambassador, parentsCafe, referent } from './db/schema.ts';
import { contactableSql, notErased, requestsThisMonthBy, responseStatistics } from './store/ambassadors.ts';

/** Per-request loaders: every entity reference and list relation of this subgraph goes through one. */
export function createLoaders(db: Database, now: Date) {
  return {
    /** An ambassador by id (and by entity reference): null once erased. */
    ambassador: rowLoader(
      async (ids: readonly string[]) => {
        const valid = validIds(ids);
        return valid.length
          ? db
              .select()
              .from(ambassador)
              .where(and(inArray(ambassador.id, valid), notErased()))
          : [];
      },
      (row) => row.id,
    ),
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
    referent: rowLoader(
      async (ids: readonly string[]) => {
        const valid = validIds(ids);
        return valid.length ? db.select().from(referent).where(inArray(referent.id, valid)) : [];
      },
      (row) => row.id,
    ),
    cafe: rowLoader(
      async (ids: readonly string[]) => {
        const valid = validIds(ids);
        return valid.length ? db.select().from(parentsCafe).where(inArray(parentsCafe.id, valid)) : [];
      },
      (row) => row.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
