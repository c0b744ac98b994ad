import { badInput, type Database, foldText, keysetPage, type Near, searchCondition } from '@dm/shared';
import { requireCommune, requireDepartment } from '@dm/shared/reference';
import { and, eq, exists, inArray, isNull, or, type SQL, sql } from '@dm/shared/orm';
import type { PgColumn } from '@dm/shared/pg-core';
import { type CompanyRow, charter, commitment, company } from '../db/schema.ts';
import { type CharterStatus, type CommitmentKind, EXPIRING_SOON_DAYS } from '../rules/charter.ts';

/** The charter status rule of `rules/charter.ts`, in SQL, so filters and counts run in the database. */
export const charterStatusSql = (today: string) => sql<CharterStatus>`case
  when ${charter.terminatedOn} is not null then 'TERMINATED'
  when ${charter.expiresOn} < ${today}::date then 'EXPIRED'
  when ${charter.expiresOn} <= ${today}::date + ${EXPIRING_SOON_DAYS}::int then 'EXPIRING_SOON'
  else 'ACTIVE' end`;

/** The days a charter's status is computed from: the charter's own, or their copy on its company. */
export interface CharterDayColumns {
  expiresOn: PgColumn;
  terminatedOn: PgColumn;
}

/**
 * A charter whose status (the same rule) is one of `statuses`, as conditions on its own columns (or their copy
 * on the company, `company.charterExpiresOn` and `company.charterTerminatedOn`, null without a charter): the
 * planner can estimate them and compare plain dates, where the `case` above is evaluated on every charter.
 */
export function charterStatusIn(
  statuses: readonly CharterStatus[],
  today: string,
  days: CharterDayColumns = { expiresOn: charter.expiresOn, terminatedOn: charter.terminatedOn },
): SQL {
  const soon = sql`${today}::date + ${EXPIRING_SOON_DAYS}::int`;
  const current = isNull(days.terminatedOn);
  const each: Record<CharterStatus, SQL> = {
    // On the company, both days are null without a charter: no status matches.
    TERMINATED: sql`${days.terminatedOn} is not null`,
    EXPIRED: and(current, sql`${days.expiresOn} < ${today}::date`)!,
    EXPIRING_SOON: and(current, sql`${days.expiresOn} >= ${today}::date`, sql`${days.expiresOn} <= ${soon}`)!,
    ACTIVE: and(current, sql`${days.expiresOn} > ${soon}`)!,
  };
  const wanted = new Set(statuses);
  // Both current statuses that do not expire soon or do: one range from today.
  if (wanted.has('ACTIVE') && wanted.has('EXPIRING_SOON')) {
    wanted.delete('ACTIVE');
    wanted.delete('EXPIRING_SOON');
    const rest = [...wanted].map((s) => each[s]);
    return or(and(current, sql`${days.expiresOn} >= ${today}::date`), ...rest)!;
  }
  return or(...[...wanted].map((s) => each[s]))!;
}

export interface CompanyFilter {
  department?: string | null;
  communeCode?: string | null;
  search?: string | null;
  charterStatus?: CharterStatus[] | null;
  commitmentKinds?: CommitmentKind[] | null;
  near?: Near | null;
  updatedSince?: Date | string | null;
}

/**
 * Companies of a page: by folded name, nearest first (`orderBy: DISTANCE`, with `near`), or by last change for a
 * change feed (`updatedSince`).
 */
export async function listCompanies(
  db: Database,
  filter: CompanyFilter,
  first: number | null | undefined,
  after: string | null | undefined,
  today: string,
  orderBy?: string | null,
) {
  const conditions: SQL[] = [];
  if (filter.department)
    conditions.push(eq(company.departmentCode, requireDepartment(filter.department, 'filter.department').code));
  if (filter.communeCode)
    conditions.push(eq(company.communeCode, requireCommune(filter.communeCode, 'filter.communeCode').code));
  const search = searchCondition(company.searchText, filter.search, 'filter.search');
  if (search) conditions.push(search);
  if (filter.charterStatus?.length) {
    // On the current charter's days copied on the company: the circle's index holds them, no charter is read.
    conditions.push(
      charterStatusIn(filter.charterStatus, today, {
        expiresOn: company.charterExpiresOn,
        terminatedOn: company.charterTerminatedOn,
      }),
    );
  }
  if (filter.commitmentKinds?.length) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(commitment)
          .where(
            and(eq(commitment.charterId, company.currentCharterId), inArray(commitment.kind, filter.commitmentKinds)),
          ),
      ),
    );
  }

  return keysetPage<CompanyRow>(db, company, {
    where: and(...conditions),
    order: [company.sortName, company.id],
    keys: ['sortName', 'id'],
    changes: { since: filter.updatedSince, column: company.updatedAt, key: 'updatedAt' },
    distance: { latitude: company.latitude, longitude: company.longitude, near: filter.near, orderBy },
    first,
    after,
  });
}

export async function companyBySiret(db: Database, siret: string) {
  const [row] = await db.select().from(company).where(eq(company.siret, siret));
  return row ?? null;
}

export interface NewCompany {
  name: string;
  siret: string | null;
  communeCode: string | null;
  departmentCode: string | null;
  sector: string | null;
  nafCode: string | null;
  contactEmail?: string | null;
  demonstration?: boolean;
}

/** Searchable and sortable forms of a company, derived from what is stored. */
export function companyDerived(input: Pick<NewCompany, 'name' | 'communeCode' | 'sector'>) {
  const commune = input.communeCode ? requireCommune(input.communeCode, 'input.communeCode') : null;
  return {
    sortName: foldText(input.name),
    searchText: foldText([input.name, commune?.name, input.sector].filter(Boolean).join(' ')),
    latitude: commune?.latitude ?? null,
    longitude: commune?.longitude ?? null,
  };
}

export async function insertCompany(db: Database, input: NewCompany): Promise<CompanyRow> {
  if (input.siret && (await companyBySiret(db, input.siret))) {
    throw badInput('input.siret', 'A company with this SIRET is already registered');
  }
  const rows = await db
    .insert(company)
    .values({ ...input, ...companyDerived(input), demonstration: input.demonstration ?? false })
    .onConflictDoNothing()
    .returning();
  const row = rows[0];
  if (!row) throw badInput('input.siret', 'A company with this SIRET is already registered');
  return row;
}

export interface CompanyChanges {
  name?: string;
  sector?: string | null;
  nafCode?: string | null;
  communeCode?: string | null;
  departmentCode?: string | null;
  contactEmail?: string | null;
  description?: string | null;
  unavailableFrom?: string | null;
  unavailableUntil?: string | null;
}

/** Changes a company's profile; its searchable forms follow, and its last change (what partners are told of). */
export async function updateCompany(db: Database, current: CompanyRow, changes: CompanyChanges): Promise<CompanyRow> {
  const next = { ...current, ...changes };
  const [row] = await db
    .update(company)
    .set({ ...changes, ...companyDerived(next), updatedAt: new Date() })
    .where(eq(company.id, current.id))
    .returning();
  return row!;
}
