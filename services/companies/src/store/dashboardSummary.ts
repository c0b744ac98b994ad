import { addDays, type Database, type DashboardScope, summaryWhere, territoryWhere } from '@dm/shared';
import { and, count, desc, eq, gte, isNull, lt, ne, or, type SQL, sql, sum } from '@dm/shared/orm';
import {
  charter,
  charterSectorStat,
  charterStat,
  commitmentStat,
  company,
  offerStat,
  requestStat,
} from '../db/schema.ts';
import { type CharterStatus, EXPIRING_SOON_DAYS } from '../rules/charter.ts';
import { charterStatusSql } from './companies.ts';

// The dashboard's statistics from the summary tables (see the migration `dashboard_statistics`): rows by
// department, EPCI and month, so that what is read depends on the groups shown, not on the data.

type Months = { from: string | null; to: string | null };
const n = (v: unknown) => Number(v ?? 0);
const nextMonthStart = (month: string) => addDays(`${month}-28`, 7).slice(0, 7) + '-01';

export const summaryCharters = {
  async totals(db: Database, s: DashboardScope, m: Months) {
    // A company counts once in a period: by its first charter of the period, the one whose previous charter
    // (if any) was signed before the period.
    const first = m.from
      ? sql`${charterStat.prevMonth} = '' or ${charterStat.prevMonth} < ${m.from}`
      : sql`${charterStat.prevMonth} = ''`;
    const [row] = await db
      .select({
        total: sum(charterStat.charters),
        companies: sql<number>`sum(${charterStat.charters}) filter (where ${first})`,
        renewals: sum(charterStat.renewals),
      })
      .from(charterStat)
      .where(summaryWhere(s, m, charterStat));
    return { total: n(row?.total), companies: n(row?.companies), renewals: n(row?.renewals) };
  },

  /**
   * Status today: terminated, or by month of expiry; the charters expiring in this month or in the month the
   * "expiring soon" horizon falls in are told apart by their day, read from the charters themselves.
   */
  async byStatus(db: Database, s: DashboardScope, m: Months, today: string) {
    const thisMonth = today.slice(0, 7);
    const horizonMonth = addDays(today, EXPIRING_SOON_DAYS).slice(0, 7);
    const status = sql<CharterStatus>`case
      when ${charterStat.terminated} then 'TERMINATED'
      when ${charterStat.expiresMonth} < ${thisMonth} then 'EXPIRED'
      when ${charterStat.expiresMonth} > ${horizonMonth} then 'ACTIVE'
      else 'EXPIRING_SOON' end`;
    const boundary = sql`not ${charterStat.terminated} and ${charterStat.expiresMonth} in (${thisMonth}, ${horizonMonth})`;
    const summarised = await db
      .select({ status, count: sum(charterStat.charters) })
      .from(charterStat)
      .where(and(summaryWhere(s, m, charterStat), sql`not (${boundary})`))
      .groupBy(sql`1`);
    const inMonth = (month: string): SQL =>
      and(gte(charter.expiresOn, `${month}-01`), lt(charter.expiresOn, nextMonthStart(month)))!;
    const exact = await db
      .select({ status: charterStatusSql(today), count: count() })
      .from(charter)
      .innerJoin(company, eq(company.id, charter.companyId))
      .where(
        and(
          isNull(charter.terminatedOn),
          or(inMonth(thisMonth), inMonth(horizonMonth)),
          territoryWhere(s, company.departmentCode, company.communeCode),
          m.from ? gte(charter.signedOn, `${m.from}-01`) : undefined,
          m.to ? lt(charter.signedOn, nextMonthStart(m.to)) : undefined,
        ),
      )
      .groupBy(sql`1`);
    const counts = new Map<CharterStatus, number>();
    for (const r of [...summarised, ...exact]) counts.set(r.status, (counts.get(r.status) ?? 0) + n(r.count));
    return [...counts.entries()]
      .filter(([, c]) => c > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([status, c]) => ({ status, count: c }));
  },

  async byDepartment(db: Database, s: DashboardScope, m: Months) {
    const rows = await db
      .select({ departmentCode: charterStat.departmentCode, count: sum(charterStat.charters) })
      .from(charterStat)
      .where(and(summaryWhere(s, m, charterStat), ne(charterStat.departmentCode, '')))
      .groupBy(charterStat.departmentCode)
      .orderBy(charterStat.departmentCode);
    return rows.map((r) => ({ departmentCode: r.departmentCode, count: n(r.count) }));
  },

  async byEpci(db: Database, s: DashboardScope, m: Months) {
    const rows = await db
      .select({ epciSiren: charterStat.epciSiren, count: sum(charterStat.charters) })
      .from(charterStat)
      .where(and(summaryWhere(s, m, charterStat), ne(charterStat.epciSiren, '')))
      .groupBy(charterStat.epciSiren);
    return rows.map((r) => ({ epciSiren: r.epciSiren, count: n(r.count) }));
  },

  async bySector(db: Database, s: DashboardScope, m: Months) {
    const total = sum(charterSectorStat.charters);
    const rows = await db
      .select({ sector: charterSectorStat.sector, count: total })
      .from(charterSectorStat)
      .where(summaryWhere(s, m, charterSectorStat))
      .groupBy(charterSectorStat.sector)
      .orderBy(desc(total), charterSectorStat.sector);
    return rows.map((r) => ({ sector: r.sector, count: n(r.count) }));
  },

  async byCommitmentKind(db: Database, s: DashboardScope, m: Months) {
    const rows = await db
      .select({ kind: commitmentStat.kind, count: sum(commitmentStat.commitments) })
      .from(commitmentStat)
      .where(summaryWhere(s, m, commitmentStat))
      .groupBy(commitmentStat.kind)
      .orderBy(commitmentStat.kind);
    return rows.map((r) => ({ kind: r.kind, count: n(r.count) }));
  },

  async commitmentsByMonth(db: Database, s: DashboardScope, m: Months) {
    const rows = await db
      .select({ month: commitmentStat.month, kind: commitmentStat.kind, count: sum(commitmentStat.commitments) })
      .from(commitmentStat)
      .where(summaryWhere(s, m, commitmentStat))
      .groupBy(commitmentStat.month, commitmentStat.kind)
      .having(sql`sum(${commitmentStat.commitments}) > 0`)
      .orderBy(commitmentStat.month, commitmentStat.kind);
    return rows.map((r) => ({ month: r.month, kind: r.kind, count: n(r.count) }));
  },

  async signedByMonth(db: Database, s: DashboardScope, m: Months) {
    const rows = await db
      .select({ period: charterStat.month, count: sum(charterStat.charters) })
      .from(charterStat)
      .where(summaryWhere(s, m, charterStat))
      .groupBy(charterStat.month)
      .orderBy(charterStat.month);
    return rows.map((r) => ({ period: r.period, count: n(r.count) }));
  },
};

export const summaryImmersions = {
  async offers(db: Database, s: DashboardScope, m: Months) {
    const [row] = await db
      .select({ offers: sum(offerStat.offers), places: sum(offerStat.places), taken: sum(offerStat.placesTaken) })
      .from(offerStat)
      .where(summaryWhere(s, m, offerStat));
    const places = n(row?.places);
    return { offers: n(row?.offers), places, remainingPlaces: places - n(row?.taken) };
  },

  async requests(db: Database, s: DashboardScope, m: Months) {
    const rows = await db
      .select({ status: requestStat.status, count: sum(requestStat.requests) })
      .from(requestStat)
      .where(summaryWhere(s, m, requestStat))
      .groupBy(requestStat.status);
    const by = (status: string) => n(rows.find((r) => r.status === status)?.count);
    const accepted = by('ACCEPTED');
    const declined = by('DECLINED');
    return {
      requests: rows.reduce((total, r) => total + n(r.count), 0),
      pending: by('PENDING'),
      expired: by('EXPIRED'),
      accepted,
      declined,
      acceptanceRate: accepted + declined === 0 ? null : accepted / (accepted + declined),
    };
  },

  async byPlace(db: Database, s: DashboardScope, m: Months) {
    const offers = await db
      .select({
        departmentCode: offerStat.departmentCode,
        epciSiren: offerStat.epciSiren,
        offers: sum(offerStat.offers),
        places: sum(offerStat.places),
      })
      .from(offerStat)
      .where(summaryWhere(s, m, offerStat))
      .groupBy(offerStat.departmentCode, offerStat.epciSiren);
    const requests = await db
      .select({
        departmentCode: requestStat.departmentCode,
        epciSiren: requestStat.epciSiren,
        requests: sum(requestStat.requests),
        accepted: sql<number>`sum(${requestStat.requests}) filter (where ${requestStat.status} = 'ACCEPTED')`,
      })
      .from(requestStat)
      .where(summaryWhere(s, m, requestStat))
      .groupBy(requestStat.departmentCode, requestStat.epciSiren);
    const places = new Map<
      string,
      {
        departmentCode: string | null;
        epciSiren: string;
        offers: number;
        places: number;
        requests: number;
        accepted: number;
      }
    >();
    const at = (departmentCode: string, epciSiren: string) => {
      const key = `${departmentCode}/${epciSiren}`;
      let row = places.get(key);
      if (!row) {
        row = { departmentCode: departmentCode || null, epciSiren, offers: 0, places: 0, requests: 0, accepted: 0 };
        places.set(key, row);
      }
      return row;
    };
    for (const o of offers)
      Object.assign(at(o.departmentCode, o.epciSiren), { offers: n(o.offers), places: n(o.places) });
    for (const r of requests) {
      Object.assign(at(r.departmentCode, r.epciSiren), { requests: n(r.requests), accepted: n(r.accepted) });
    }
    return [...places.values()];
  },

  async requestsByMonth(db: Database, s: DashboardScope, m: Months) {
    const rows = await db
      .select({ period: requestStat.month, count: sum(requestStat.requests) })
      .from(requestStat)
      .where(summaryWhere(s, m, requestStat))
      .groupBy(requestStat.month)
      .orderBy(requestStat.month);
    return rows.map((r) => ({ period: r.period, count: n(r.count) }));
  },
};
