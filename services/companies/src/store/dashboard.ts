import { type Database, type DashboardScope, periodWhere, summaryMonths, territoryWhere } from '@dm/shared';
import { and, count, countDistinct, eq, gte, lte, type SQL, sql, sum } from '@dm/shared/orm';
import {
  charter,
  commitment,
  commitmentAction,
  company,
  immersionAgreement,
  immersionAssessment,
  immersionOffer,
  immersionRequest,
} from '../db/schema.ts';
import { charterStatusSql } from './companies.ts';
import { summaryCharters, summaryImmersions } from './dashboardSummary.ts';

export type { DashboardScope } from '@dm/shared';

const charterWhere = (s: DashboardScope): SQL | undefined =>
  and(
    territoryWhere(s, company.departmentCode, company.communeCode),
    s.from ? gte(charter.signedOn, s.from) : undefined,
    s.to ? lte(charter.signedOn, s.to) : undefined,
  );

export const asNumber = (v: unknown) => Number(v ?? 0);

const rawCharters = {
  async totals(db: Database, s: DashboardScope) {
    const [row] = await db
      .select({ total: count(), companies: countDistinct(charter.companyId), renewals: sum(charter.renewedCount) })
      .from(charter)
      .innerJoin(company, eq(company.id, charter.companyId))
      .where(charterWhere(s));
    return { total: asNumber(row?.total), companies: asNumber(row?.companies), renewals: asNumber(row?.renewals) };
  },
  async byStatus(db: Database, s: DashboardScope, today: string) {
    const status = charterStatusSql(today);
    return (
      db
        .select({ status, count: count() })
        .from(charter)
        .innerJoin(company, eq(company.id, charter.companyId))
        .where(charterWhere(s))
        // By position: the status expression carries parameters, which Postgres would not match textually.
        .groupBy(sql`1`)
        .orderBy(sql`1`)
    );
  },
  async byDepartment(db: Database, s: DashboardScope) {
    return db
      .select({ departmentCode: company.departmentCode, count: count() })
      .from(charter)
      .innerJoin(company, eq(company.id, charter.companyId))
      .where(and(charterWhere(s), sql`${company.departmentCode} is not null`))
      .groupBy(company.departmentCode)
      .orderBy(company.departmentCode);
  },
  async byEpci(db: Database, s: DashboardScope) {
    return db
      .select({ communeCode: company.communeCode, count: count() })
      .from(charter)
      .innerJoin(company, eq(company.id, charter.companyId))
      .where(and(charterWhere(s), sql`${company.communeCode} is not null`))
      .groupBy(company.communeCode)
      .then((rows) => rows.map((r) => ({ communeCode: r.communeCode, count: asNumber(r.count) })));
  },
  async bySector(db: Database, s: DashboardScope) {
    return db
      .select({ sector: company.sector, count: count() })
      .from(charter)
      .innerJoin(company, eq(company.id, charter.companyId))
      .where(charterWhere(s))
      .groupBy(company.sector)
      .orderBy(sql`count(*) desc`, company.sector);
  },
  async byCommitmentKind(db: Database, s: DashboardScope) {
    return db
      .select({ kind: commitment.kind, count: count() })
      .from(commitment)
      .innerJoin(charter, eq(charter.id, commitment.charterId))
      .innerJoin(company, eq(company.id, charter.companyId))
      .where(charterWhere(s))
      .groupBy(commitment.kind)
      .orderBy(commitment.kind);
  },
  async commitmentsByMonth(db: Database, s: DashboardScope) {
    const month = sql<string>`to_char(${charter.signedOn}, 'YYYY-MM')`;
    const rows = await db
      .select({ month, kind: commitment.kind, count: count() })
      .from(commitment)
      .innerJoin(charter, eq(charter.id, commitment.charterId))
      .innerJoin(company, eq(company.id, charter.companyId))
      .where(charterWhere(s))
      .groupBy(month, commitment.kind)
      .orderBy(month, commitment.kind);
    return rows.map((r) => ({ month: r.month, kind: r.kind, count: asNumber(r.count) }));
  },
  async signedByMonth(db: Database, s: DashboardScope) {
    const month = sql<string>`to_char(${charter.signedOn}, 'YYYY-MM')`;
    return db
      .select({ period: month, count: count() })
      .from(charter)
      .innerJoin(company, eq(company.id, charter.companyId))
      .where(charterWhere(s))
      .groupBy(month)
      .orderBy(month);
  },
};

const offerTerritory = (s: DashboardScope) =>
  territoryWhere(s, immersionOffer.departmentCode, immersionOffer.communeCode);
const offerWhere = (s: DashboardScope) => and(offerTerritory(s), periodWhere(s, immersionOffer.publishedAt));
const requestWhere = (s: DashboardScope) => and(offerTerritory(s), periodWhere(s, immersionRequest.createdAt));

export interface PlaceCounts {
  departmentCode: string | null;
  communeCode?: string | null;
  epciSiren?: string;
  offers: number;
  places: number;
  requests: number;
  accepted: number;
}

const rawImmersions = {
  async offers(db: Database, s: DashboardScope) {
    const [row] = await db
      .select({ offers: count(), places: sum(immersionOffer.places), taken: sum(immersionOffer.placesTaken) })
      .from(immersionOffer)
      .where(offerWhere(s));
    const places = asNumber(row?.places);
    return { offers: asNumber(row?.offers), places, remainingPlaces: places - asNumber(row?.taken) };
  },
  async requests(db: Database, s: DashboardScope) {
    const rows = await db
      .select({ status: immersionRequest.status, count: count() })
      .from(immersionRequest)
      .innerJoin(immersionOffer, eq(immersionOffer.id, immersionRequest.offerId))
      .where(requestWhere(s))
      .groupBy(immersionRequest.status);
    const by = (status: string) => asNumber(rows.find((r) => r.status === status)?.count);
    const accepted = by('ACCEPTED');
    const declined = by('DECLINED');
    return {
      requests: rows.reduce((n, r) => n + asNumber(r.count), 0),
      pending: by('PENDING'),
      expired: by('EXPIRED'),
      accepted,
      declined,
      acceptanceRate: accepted + declined === 0 ? null : accepted / (accepted + declined),
    };
  },
  /** Offers and requests by department and commune of the offer: the department and EPCI breakdowns. */
  async byPlace(db: Database, s: DashboardScope) {
    const offers = await db
      .select({
        departmentCode: immersionOffer.departmentCode,
        communeCode: immersionOffer.communeCode,
        offers: count(),
        places: sum(immersionOffer.places),
      })
      .from(immersionOffer)
      .where(offerWhere(s))
      .groupBy(immersionOffer.departmentCode, immersionOffer.communeCode);
    const requests = await db
      .select({
        departmentCode: immersionOffer.departmentCode,
        communeCode: immersionOffer.communeCode,
        requests: count(),
        accepted: sql<number>`count(*) filter (where ${immersionRequest.status} = 'ACCEPTED')`,
      })
      .from(immersionRequest)
      .innerJoin(immersionOffer, eq(immersionOffer.id, immersionRequest.offerId))
      .where(requestWhere(s))
      .groupBy(immersionOffer.departmentCode, immersionOffer.communeCode);
    const places = new Map<string, PlaceCounts>();
    const at = (departmentCode: string | null, communeCode: string | null) => {
      const key = `${departmentCode ?? ''}/${communeCode ?? ''}`;
      let row = places.get(key);
      if (!row)
        places.set(key, (row = { departmentCode, communeCode, offers: 0, places: 0, requests: 0, accepted: 0 }));
      return row;
    };
    for (const o of offers)
      Object.assign(at(o.departmentCode, o.communeCode), { offers: asNumber(o.offers), places: asNumber(o.places) });
    for (const r of requests)
      Object.assign(at(r.departmentCode, r.communeCode), {
        requests: asNumber(r.requests),
        accepted: asNumber(r.accepted),
      });
    return [...places.values()];
  },
  /**
   * Agreements validated, and immersions assessed, in the period, on the territory's offers whenever they were
   * published (an immersion of March on an offer of January counts in March).
   */
  async agreements(db: Database, s: DashboardScope) {
    const inPeriod = (at: typeof immersionAgreement.validatedAt | typeof immersionAssessment.recordedAt) =>
      and(
        s.from ? gte(sql`(${at} at time zone 'Europe/Paris')::date`, s.from) : undefined,
        s.to ? lte(sql`(${at} at time zone 'Europe/Paris')::date`, s.to) : undefined,
      );
    const [validated] = await db
      .select({ n: count() })
      .from(immersionAgreement)
      .innerJoin(immersionOffer, eq(immersionOffer.id, immersionAgreement.offerId))
      .where(
        and(offerTerritory(s), eq(immersionAgreement.status, 'VALIDATED'), inPeriod(immersionAgreement.validatedAt)),
      );
    const [assessed] = await db
      .select({
        n: count(),
        tookPlace: sql<number>`count(*) filter (where ${immersionAssessment.tookPlace})`,
        hours: sum(immersionAssessment.hoursDone),
      })
      .from(immersionAssessment)
      .innerJoin(immersionAgreement, eq(immersionAgreement.id, immersionAssessment.agreementId))
      .innerJoin(immersionOffer, eq(immersionOffer.id, immersionAgreement.offerId))
      .where(and(offerTerritory(s), inPeriod(immersionAssessment.recordedAt)));
    return {
      agreementsValidated: asNumber(validated?.n),
      assessments: asNumber(assessed?.n),
      tookPlace: asNumber(assessed?.tookPlace),
      hoursDone: asNumber(assessed?.hours),
    };
  },
  async requestsByMonth(db: Database, s: DashboardScope) {
    const month = sql<string>`to_char(${immersionRequest.createdAt} at time zone 'Europe/Paris', 'YYYY-MM')`;
    return db
      .select({ period: month, count: count() })
      .from(immersionRequest)
      .innerJoin(immersionOffer, eq(immersionOffer.id, immersionRequest.offerId))
      .where(requestWhere(s))
      .groupBy(month)
      .orderBy(month);
  },
};

/**
 * The dashboard's statistics, read from the summary tables the triggers keep when the scope allows it (a
 * territory of departments or EPCI, whole months), from the rows themselves otherwise (a commune, days): both
 * give the same figures.
 */
const months = summaryMonths;

export const charterStatistics = {
  totals: (db: Database, s: DashboardScope) => {
    const m = months(s);
    return m ? summaryCharters.totals(db, s, m) : rawCharters.totals(db, s);
  },
  byStatus: (db: Database, s: DashboardScope, today: string) => {
    const m = months(s);
    return m ? summaryCharters.byStatus(db, s, m, today) : rawCharters.byStatus(db, s, today);
  },
  byDepartment: (db: Database, s: DashboardScope) => {
    const m = months(s);
    return m ? summaryCharters.byDepartment(db, s, m) : rawCharters.byDepartment(db, s);
  },
  byEpci: (
    db: Database,
    s: DashboardScope,
  ): Promise<{ communeCode?: string | null; epciSiren?: string; count: number }[]> => {
    const m = months(s);
    return m ? summaryCharters.byEpci(db, s, m) : rawCharters.byEpci(db, s);
  },
  bySector: (db: Database, s: DashboardScope) => {
    const m = months(s);
    return m ? summaryCharters.bySector(db, s, m) : rawCharters.bySector(db, s);
  },
  byCommitmentKind: (db: Database, s: DashboardScope) => {
    const m = months(s);
    return m ? summaryCharters.byCommitmentKind(db, s, m) : rawCharters.byCommitmentKind(db, s);
  },
  commitmentsByMonth: (db: Database, s: DashboardScope) => {
    const m = months(s);
    return m ? summaryCharters.commitmentsByMonth(db, s, m) : rawCharters.commitmentsByMonth(db, s);
  },
  signedByMonth: (db: Database, s: DashboardScope) => {
    const m = months(s);
    return m ? summaryCharters.signedByMonth(db, s, m) : rawCharters.signedByMonth(db, s);
  },
};

export const immersionStatistics = {
  offers: (db: Database, s: DashboardScope) => {
    const m = months(s);
    return m ? summaryImmersions.offers(db, s, m) : rawImmersions.offers(db, s);
  },
  requests: (db: Database, s: DashboardScope) => {
    const m = months(s);
    return m ? summaryImmersions.requests(db, s, m) : rawImmersions.requests(db, s);
  },
  byPlace: (db: Database, s: DashboardScope): Promise<PlaceCounts[]> => {
    const m = months(s);
    return m ? summaryImmersions.byPlace(db, s, m) : rawImmersions.byPlace(db, s);
  },
  requestsByMonth: (db: Database, s: DashboardScope) => {
    const m = months(s);
    return m ? summaryImmersions.requestsByMonth(db, s, m) : rawImmersions.requestsByMonth(db, s);
  },
  /** Agreements and assessments: rows of the period (few: an agreement follows an accepted request). */
  agreements: (db: Database, s: DashboardScope) => rawImmersions.agreements(db, s),
};

/**
 * The term in progress of a charter (`rules/charter.ts#followUpTerm`) in SQL: the two years from the signature or
 * from the last reconduction begun on `today`, or the last term of a charter that has ended.
 */
export const followUpTermSql = (today: string) => {
  const end = sql`coalesce(${charter.terminatedOn}, ${charter.expiresOn})`;
  const ref = sql`least(${today}::date, ${end})`;
  const term = sql`least(${charter.renewedCount}, greatest(0, floor(extract(year from age(${ref}, ${charter.signedOn})) / 2)))::int`;
  const from = sql`(${charter.signedOn} + make_interval(years => 2 * ${term}))::date`;
  return { from, to: sql`least((${from} + interval '2 years')::date, ${end})` };
};

/** A charter whose every commitment has an action within its term in progress (`rules/charter.ts#commitmentsMet`). */
export const commitmentsMetSql = (today: string) => {
  const term = followUpTermSql(today);
  return sql<boolean>`(exists (select 1 from ${commitment} where ${commitment.charterId} = ${charter.id})
    and not exists (select 1 from ${commitment} where ${commitment.charterId} = ${charter.id}
      and not exists (select 1 from ${commitmentAction} where ${commitmentAction.commitmentId} = ${commitment.id}
        and ${commitmentAction.occurredOn} between ${term.from} and ${term.to})))`;
};

export interface FollowUpCounts {
  departmentCode: string | null;
  communeCode: string | null;
  charters: number;
  meetingCommitments: number;
  actions: number;
}

/**
 * How the commitments are kept, read from the rows (whether a charter meets its commitments depends on the day,
 * which no summary can keep): the charters of the scope and those meeting their commitments, and the actions
 * that took place in the period, by department and commune of the company.
 */
export const commitmentFollowUp = {
  async byPlace(db: Database, s: DashboardScope, today: string): Promise<FollowUpCounts[]> {
    const charters = await db
      .select({
        departmentCode: company.departmentCode,
        communeCode: company.communeCode,
        charters: count(),
        meeting: sql<number>`count(*) filter (where ${commitmentsMetSql(today)})`,
      })
      .from(charter)
      .innerJoin(company, eq(company.id, charter.companyId))
      .where(charterWhere(s))
      .groupBy(company.departmentCode, company.communeCode);
    const actions = await db
      .select({ departmentCode: company.departmentCode, communeCode: company.communeCode, actions: count() })
      .from(commitmentAction)
      .innerJoin(commitment, eq(commitment.id, commitmentAction.commitmentId))
      .innerJoin(charter, eq(charter.id, commitment.charterId))
      .innerJoin(company, eq(company.id, charter.companyId))
      .where(actionWhere(s))
      .groupBy(company.departmentCode, company.communeCode);
    const places = new Map<string, FollowUpCounts>();
    const at = (departmentCode: string | null, communeCode: string | null) => {
      const key = `${departmentCode ?? ''}/${communeCode ?? ''}`;
      let row = places.get(key);
      if (!row)
        places.set(key, (row = { departmentCode, communeCode, charters: 0, meetingCommitments: 0, actions: 0 }));
      return row;
    };
    for (const c of charters)
      Object.assign(at(c.departmentCode, c.communeCode), {
        charters: asNumber(c.charters),
        meetingCommitments: asNumber(c.meeting),
      });
    for (const a of actions) at(a.departmentCode, a.communeCode).actions = asNumber(a.actions);
    return [...places.values()];
  },

  async actionsByKind(db: Database, s: DashboardScope) {
    const rows = await db
      .select({ kind: commitment.kind, count: count() })
      .from(commitmentAction)
      .innerJoin(commitment, eq(commitment.id, commitmentAction.commitmentId))
      .innerJoin(charter, eq(charter.id, commitment.charterId))
      .innerJoin(company, eq(company.id, charter.companyId))
      .where(actionWhere(s))
      .groupBy(commitment.kind)
      .orderBy(commitment.kind);
    return rows.map((r) => ({ kind: r.kind, count: asNumber(r.count) }));
  },
};

const actionWhere = (s: DashboardScope): SQL | undefined =>
  and(
    territoryWhere(s, company.departmentCode, company.communeCode),
    s.from ? gte(commitmentAction.occurredOn, s.from) : undefined,
    s.to ? lte(commitmentAction.occurredOn, s.to) : undefined,
  );
