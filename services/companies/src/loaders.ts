import { type Database, groupLoader, rowLoader, validIds } from '@dm/shared';
import { and, asc, desc, eq, inArray } from '@dm/shared/orm';
import { charter, commitment, commitmentAction, company, immersionOffer } from './db/schema.ts';

/** Per-request loaders: every entity reference and list relation of this subgraph goes through one. */
export function createLoaders(db: Database) {
  return {
    company: rowLoader(
      async (ids: readonly string[]) => {
        const valid = validIds(ids);
        return valid.length ? db.select().from(company).where(inArray(company.id, valid)) : [];
      },
      (row) => row.id,
    ),
    charter: rowLoader(
      async (ids: readonly string[]) => {
        const valid = validIds(ids);
        return valid.length ? db.select().from(charter).where(inArray(charter.id, valid)) : [];
      },
      (row) => row.id,
    ),
    chartersByCompany: groupLoader(
      (ids: readonly string[]) =>
        db
          .select()
          .from(charter)
          .where(inArray(charter.companyId, [...ids]))
          .orderBy(desc(charter.signedOn), desc(charter.createdAt)),
      (row) => row.companyId,
    ),
    commitmentsByCharter: groupLoader(
      (ids: readonly string[]) =>
        db
          .select()
          .from(commitment)
          .where(inArray(commitment.charterId, [...ids]))
          .orderBy(asc(commitment.kind)),
      (row) => row.charterId,
    ),
    actionsByCommitment: groupLoader(
      (ids: readonly string[]) =>
        db
          .select()
          .from(commitmentAction)
          .where(inArray(commitmentAction.commitmentId, [...ids]))
          .orderBy(desc(commitmentAction.occurredOn), desc(commitmentAction.recordedAt)),
      (row) => row.commitmentId,
    ),
    offer: rowLoader(
      async (ids: readonly string[]) => {
        const valid = validIds(ids);
        return valid.length ? db.select().from(immersionOffer).where(inArray(immersionOffer.id, valid)) : [];
      },
      (row) => row.id,
    ),
    offersByCompany: groupLoader(
      (ids: readonly string[]) =>
        db
          .select()
          .from(immersionOffer)
          .where(inArray(immersionOffer.companyId, [...ids]))
          .orderBy(desc(immersionOffer.publishedAt), desc(immersionOffer.id)),
      (row) => row.companyId,
    ),
    companiesByReferent: groupLoader(
      (ids: readonly string[]) =>
        db
          .select({ referentId: charter.referentId, company })
          .from(charter)
          .innerJoin(company, eq(company.currentCharterId, charter.id))
          .where(and(inArray(charter.referentId, [...ids])))
          .orderBy(asc(company.sortName), asc(company.id)),
      (row) => row.referentId as string,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
