import { badInput, type Database, foldText, keysetPage, likeEscape, searchWords } from '@dm/shared';
import { requireCommune, requireDepartment } from '@dm/shared/reference';
import { and, eq, exists, gt, inArray, type SQL, sql } from '@dm/shared/orm';
import { type CompanyRow, charter, commitment, company } from '../db/schema.ts';
import { type CharterStatus, EXPIRING_SOON_DAYS } from '../rules/charter.ts';
import { type Near, validateNear, withinRadius } from './geo.ts';

/** The charter status rule of `rules/charter.ts`, in SQL, so filters and counts run in the database. */
export const charterStatusSql = (today: string) => sql<CharterStatus>`case
  when ${charter.terminatedOn} is not null then 'TERMINATED'
  when ${charter.expiresOn} < ${today}::date then 'EXPIRED'
  when ${charter.expiresOn} <= ${today}::date + ${EXPIRING_SOON_DAYS}::int then 'EXPIRING_SOON'
  else 'ACTIVE' end`;

export interface CompanyFilter {
  department?: string | null;
  communeCode?: string | null;
  search?: string | null;
  charterStatus?: CharterStatus[] | null;
  commitmentKinds?: string[] | null;
  near?: Near | null;
  updatedSince?: Date | string | null;
}

/** Companies of a page: by folded name, or by last change for a change feed (`updatedSince`). */
export async function listCompanies(
  db: Database,
  filter: CompanyFilter,
  first: number | null | undefined,
  after: string | null | undefined,
  today: string,
) {
  const conditions: SQL[] = [];
  if (filter.department)
    conditions.push(eq(company.departmentCode, requireDepartment(filter.department, 'filter.department').code));
  if (filter.communeCode)
    conditions.push(eq(company.communeCode, requireCommune(filter.communeCode, 'filter.communeCode').code));
  if (filter.search !== undefined && filter.search !== null) {
    if (filter.search.length > 200) throw badInput('filter.search', 'search is at most 200 characters');
    const words = searchWords(filter.search);
    // A term with no letter or digit matches nothing rather than everything.
    if (words.length === 0 && filter.search.trim() !== '') conditions.push(sql`false`);
    for (const word of words) conditions.push(sql`${company.searchText} like ${`%${likeEscape(word)}%`}`);
  }
  if (filter.charterStatus?.length) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(charter)
          .where(and(eq(charter.id, company.currentCharterId), inArray(charterStatusSql(today), filter.charterStatus))),
      ),
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
  if (filter.near) conditions.push(withinRadius(company.latitude, company.longitude, validateNear(filter.near)));

  const byChange = filter.updatedSince !== undefined && filter.updatedSince !== null;
  if (byChange) conditions.push(gt(company.updatedAt, new Date(filter.updatedSince as string | Date)));
  return keysetPage<CompanyRow>(db, company, {
    where: and(...conditions),
    order: byChange ? [company.updatedAt, company.id] : [company.sortName, company.id],
    keys: byChange ? ['updatedAt', 'id'] : ['sortName', 'id'],
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
