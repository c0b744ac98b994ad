import { byKeys, type Database, groupLoader, idLoader, keyList, parisMonthStart, rowLoader, rowsOf } from '@dm/shared';
import { and, asc, desc, eq, sql } from '@dm/shared/orm';
import {
  agreementSignatory,
  branchAgreement,
  charter,
  commitment,
  commitmentAction,
  company,
  immersionAgreement,
  immersionAssessment,
  immersionOffer,
  immersionRequest,
  orientationPlace,
  professionalBranch,
} from './db/schema.ts';
import { currentKits } from './store/branches.ts';

/**
 * Per-request loaders: every entity reference and list relation of this subgraph goes through one, and
 * each runs one statement prepared once per process, whatever the number of keys.
 */
export function createLoaders(db: Database, now: Date = new Date()) {
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
  const requests = rowsOf(db, 'companies.requests_by_id', immersionRequest, immersionRequest.id);
  const agreements = rowsOf(db, 'companies.agreements_by_id', immersionAgreement, immersionAgreement.id);
  const agreementsOfRequests = rowsOf(
    db,
    'companies.agreements_by_request',
    immersionAgreement,
    immersionAgreement.requestId,
    { order: [desc(immersionAgreement.createdAt)] },
  );
  const signatoriesOfAgreements = rowsOf(
    db,
    'companies.signatories_by_agreement',
    agreementSignatory,
    agreementSignatory.agreementId,
  );
  const assessmentsOfAgreements = rowsOf(
    db,
    'companies.assessments_by_agreement',
    immersionAssessment,
    immersionAssessment.agreementId,
  );
  const offersOfCompanies = rowsOf(db, 'companies.offers_by_company', immersionOffer, immersionOffer.companyId, {
    order: [desc(immersionOffer.publishedAt), desc(immersionOffer.id)],
  });
  const branches = rowsOf(db, 'companies.branches_by_id', professionalBranch, professionalBranch.id);
  const branchAgreements = rowsOf(db, 'companies.branch_agreements_by_id', branchAgreement, branchAgreement.id);
  const agreementsOfBranches = rowsOf(db, 'companies.agreements_by_branch', branchAgreement, branchAgreement.branchId, {
    order: [desc(branchAgreement.signedOn), desc(branchAgreement.id)],
  });
  const branchesOfNafCodes = byKeys(db, 'companies.branches_by_naf', () =>
    db
      .select({ nafCode: sql<string>`naf`.as('naf_code'), branch: professionalBranch })
      .from(professionalBranch)
      .innerJoin(sql`unnest(${professionalBranch.nafCodes}) as naf`, sql`true`)
      .where(sql`naf = any(${keyList('text')})`)
      .orderBy(asc(professionalBranch.createdAt), asc(professionalBranch.id)),
  );
  const monthCountsOfOffers = byKeys(db, 'companies.month_requests_by_offer', () =>
    db
      .select({ offerId: immersionRequest.offerId, n: sql<number>`count(*)::int`.as('n') })
      .from(immersionRequest)
      .where(
        and(
          sql`${immersionRequest.offerId} = any(${keyList()})`,
          sql`${immersionRequest.createdAt} >= ${sql.placeholder('since')}::timestamptz`,
        ),
      )
      .groupBy(immersionRequest.offerId),
  );
  const places = rowsOf(db, 'companies.places_by_id', orientationPlace, orientationPlace.id);
  const companiesOfReferents = byKeys(db, 'companies.companies_by_referent', () =>
    db
      .select({ referentId: charter.referentId, company })
      .from(charter)
      .innerJoin(company, eq(company.currentCharterId, charter.id))
      .where(sql`${charter.referentId} = any(${keyList('text')})`)
      .orderBy(asc(company.sortName), asc(company.id)),
  );
  return {
    company: idLoader(companies),
    charter: idLoader(charters),
    chartersByCompany: groupLoader(chartersOfCompanies, (row) => row.companyId),
    commitmentsByCharter: groupLoader(commitmentsOfCharters, (row) => row.charterId),
    actionsByCommitment: groupLoader(actionsOfCommitments, (row) => row.commitmentId),
    offer: idLoader(offers),
    request: idLoader(requests),
    agreement: idLoader(agreements),
    /** A request's agreements, the latest first: the one in force, or the latest when all ended. */
    agreementsByRequest: groupLoader(agreementsOfRequests, (row) => row.requestId),
    signatoriesByAgreement: groupLoader(signatoriesOfAgreements, (row) => row.agreementId),
    assessmentByAgreement: rowLoader(assessmentsOfAgreements, (row) => row.agreementId),
    offersByCompany: groupLoader(offersOfCompanies, (row) => row.companyId),
    branch: idLoader(branches),
    branchAgreement: idLoader(branchAgreements),
    agreementsByBranch: groupLoader(agreementsOfBranches, (row) => row.branchId),
    /** The branch of a NAF code: the first recorded when several branches list it. */
    branchesByNafCode: groupLoader(branchesOfNafCodes, (row) => row.nafCode),
    place: idLoader(places),
    /** Requests each offer received since the start of the request's month (Paris time); null for none. */
    requestsThisMonth: rowLoader(
      (offerIds: readonly string[]) => monthCountsOfOffers(offerIds, { since: parisMonthStart(now).toISOString() }),
      (row) => row.offerId,
    ),
    /** The kits of charters in force: the same for every charter, read once per request however many ask. */
    currentKits: groupLoader(
      () => currentKits(db),
      () => 'current' as const,
    ),
    companiesByReferent: groupLoader(companiesOfReferents, (row) => row.referentId as string),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
