import { byKeys, type Database, groupLoader, keyList, rowLoader, rowsOf, validIds } from '@dm/shared';
import { asc, desc, eq, sql } from '@dm/shared/orm';
import { charter, commitment, commitmentAction, company, immersionOffer } from './db/schema.ts';

/**
 * Per-request loaders: every entity reference and list relation of this subgraph goes through one, and
 * each runs one statement prepared once per process, whatever the number of keys.
 */
export function createLoaders(db: Database) {
  const companies = rowsOf(db, 'companies.companies_by_id', company, company.id);
  const charters = rowsOf(db, 'companies.charters_by_id', charter, charter.id);
  const chartersOfCompanies = rowsOf(db, 'companies.charters_by_company', charter, charter.companyId, {
    order: [desc(charter.signedOn), desc(charter.createdAt)],
  });
  const commitmentsOfCharters = rowsOf(db, 'companies.commitments_by_charter', commitment, commitment.charterId, {
    order: [asc(commitment.kind)],
  });
  const actionsOfCommitments = rowsOf(
    db,
    'companies.actions_by_commitment',
    commitmentAction,
    commitmentAction.commitmentId,
    { order: [desc(commitmentAction.occurredOn), desc(commitmentAction.recordedAt)] },
  );
  const offers = rowsOf(db, 'companies.offers_by_id', immersionOffer, immersionOffer.id);
  const offersOfCompanies = rowsOf(db, 'companies.offers_by_company', immersionOffer, immersionOffer.companyId, {
    order: [desc(immersionOffer.publishedAt), desc(immersionOffer.id)],
  });
  const companiesOfReferents = byKeys(db, 'companies.companies_by_referent', () =>
    db
      .select({ referentId: charter.referentId, company })
      .from(charter)
      .innerJoin(company, eq(company.currentCharterId, charter.id))
      .where(sql`${charter.referentId} = any(${keyList('text')})`)
      .orderBy(asc(company.sortName), asc(company.id)),
  );
  return {
    company: rowLoader(
      (ids: readonly string[]) => companies(validIds(ids)),
      (row) => row.id,
    ),
    charter: rowLoader(
      (ids: readonly string[]) => charters(validIds(ids)),
      (row) => row.id,
    ),
    chartersByCompany: groupLoader(chartersOfCompanies, (row) => row.companyId),
    commitmentsByCharter: groupLoader(commitmentsOfCharters, (row) => row.charterId),
    actionsByCommitment: groupLoader(actionsOfCommitments, (row) => row.commitmentId),
    offer: rowLoader(
      (ids: readonly string[]) => offers(validIds(ids)),
      (row) => row.id,
    ),
    offersByCompany: groupLoader(offersOfCompanies, (row) => row.companyId),
    companiesByReferent: groupLoader(companiesOfReferents, (row) => row.referentId as string),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
