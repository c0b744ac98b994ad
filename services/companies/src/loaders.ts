import { byKeys, type Database, groupLoader, keyList, rowLoader, validIds } from '@dm/shared';
import { asc, desc, eq, sql } from '@dm/shared/orm';
import { charter, commitment, commitmentAction, company, immersionOffer } from './db/schema.ts';

/**
 * Per-request loaders: every entity reference and list relation of this subgraph goes through one, and
 * each runs one statement prepared once per process, whatever the number of keys.
 */
export function createLoaders(db: Database) {
  const companies = byKeys(db, 'companies.companies_by_id', () =>
    db
      .select()
      .from(company)
      .where(sql`${company.id} = any(${keyList()})`),
  );
  const charters = byKeys(db, 'companies.charters_by_id', () =>
    db
      .select()
      .from(charter)
      .where(sql`${charter.id} = any(${keyList()})`),
  );
  const chartersOfCompanies = byKeys(db, 'companies.charters_by_company', () =>
    db
      .select()
      .from(charter)
      .where(sql`${charter.companyId} = any(${keyList()})`)
      .orderBy(desc(charter.signedOn), desc(charter.createdAt)),
  );
  const commitmentsOfCharters = byKeys(db, 'companies.commitments_by_charter', () =>
    db
      .select()
      .from(commitment)
      .where(sql`${commitment.charterId} = any(${keyList()})`)
      .orderBy(asc(commitment.kind)),
  );
  const actionsOfCommitments = byKeys(db, 'companies.actions_by_commitment', () =>
    db
      .select()
      .from(commitmentAction)
      .where(sql`${commitmentAction.commitmentId} = any(${keyList()})`)
      .orderBy(desc(commitmentAction.occurredOn), desc(commitmentAction.recordedAt)),
  );
  const offers = byKeys(db, 'companies.offers_by_id', () =>
    db
      .select()
      .from(immersionOffer)
      .where(sql`${immersionOffer.id} = any(${keyList()})`),
  );
  const offersOfCompanies = byKeys(db, 'companies.offers_by_company', () =>
    db
      .select()
      .from(immersionOffer)
      .where(sql`${immersionOffer.companyId} = any(${keyList()})`)
      .orderBy(desc(immersionOffer.publishedAt), desc(immersionOffer.id)),
  );
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
