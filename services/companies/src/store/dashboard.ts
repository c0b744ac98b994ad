import type { Database, DashboardScope } from '@dm/shared';
import { and, count, countDistinct, eq, gte, lte, type SQL, sql, sum } from '@dm/shared/orm';
import { charter, commitment, company, immersionOffer, immersionRequest } from '../db/schema.ts';
import { charterStatusSql } from './companies.ts';

export type { DashboardScope } from '@dm/shared';

const charterWhere = (s: DashboardScope): SQL | undefined =>
  and(
    s.department ? eq(company.departmentCode, s.department) : undefined,
    s.from ? gte(charter.signedOn, s.from) : undefined,
    s.to ? lte(charter.signedOn, s.to) : undefined,
  );

const asNumber = (v: unknown) => Number(v ?? 0);

export const charterStatistics = {
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

const offerWhere = (s: DashboardScope) =>
  and(
    s.department ? eq(immersionOffer.departmentCode, s.department) : undefined,
    s.to ? lte(sql`${immersionOffer.publishedAt}::date`, s.to) : undefined,
  );
const requestWhere = (s: DashboardScope) =>
  and(
    offerWhere(s),
    s.from ? gte(sql`${immersionRequest.createdAt}::date`, s.from) : undefined,
    s.to ? lte(sql`${immersionRequest.createdAt}::date`, s.to) : undefined,
  );

export const immersionStatistics = {
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
      accepted,
      declined,
      acceptanceRate: accepted + declined === 0 ? null : accepted / (accepted + declined),
    };
  },
  async byDepartment(db: Database, s: DashboardScope) {
    const offers = await db
      .select({ departmentCode: immersionOffer.departmentCode, offers: count(), places: sum(immersionOffer.places) })
      .from(immersionOffer)
      .where(and(offerWhere(s), sql`${immersionOffer.departmentCode} is not null`))
      .groupBy(immersionOffer.departmentCode);
    const requests = await db
      .select({
        departmentCode: immersionOffer.departmentCode,
        requests: count(),
        accepted: sql<number>`count(*) filter (where ${immersionRequest.status} = 'ACCEPTED')`,
      })
      .from(immersionRequest)
      .innerJoin(immersionOffer, eq(immersionOffer.id, immersionRequest.offerId))
      .where(requestWhere(s))
      .groupBy(immersionOffer.departmentCode);
    return offers
      .map((o) => {
        const r = requests.find((x) => x.departmentCode === o.departmentCode);
        return {
          departmentCode: o.departmentCode as string,
          offers: asNumber(o.offers),
          places: asNumber(o.places),
          requests: asNumber(r?.requests),
          accepted: asNumber(r?.accepted),
        };
      })
      .sort((a, b) => a.departmentCode.localeCompare(b.departmentCode));
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
