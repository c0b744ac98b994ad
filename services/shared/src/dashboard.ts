import { addDays, parisMidnight } from './clock.ts';
import { badInput } from './errors.ts';
import { and, type Column, eq, gte, inArray, lt, lte, type SQL } from './orm.ts';
import { communes, departments, epcis, requireCommune, requireDepartment, requireEpci } from './reference/index.ts';

/**
 * What a regional dashboard is computed for: a territory (the region, a department, an EPCI or the part of
 * it in a department, a commune) and a period of Europe/Paris days. Its `scope` string is the
 * RegionalDashboard entity key: every subgraph that contributes statistics reads the filter back from it.
 */
export interface DashboardScope {
  scope: string;
  department: string | null;
  /** SIREN of the EPCI asked for. */
  epci: string | null;
  communeCode: string | null;
  from: string | null;
  to: string | null;
  /** Departments the territory lies in: the five for the whole region. */
  departments: string[];
  /** Communes the territory is made of when it is narrower than departments (an EPCI, a commune); else null. */
  communes: string[] | null;
}

export interface DashboardFilterInput {
  department?: string | null;
  epci?: string | null;
  communeCode?: string | null;
  from?: string | null;
  to?: string | null;
  month?: string | null;
  schoolYear?: string | null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** The last day of a `YYYY-MM` month. */
const lastDayOf = (month: string) => addDays(`${nextMonth(month)}-01`, -1);
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** The days of a period given as a month (`2026-03`) or a school year (`2025-2026`: 1 September to 31 August). */
export function periodOf(filter: DashboardFilterInput): { from: string | null; to: string | null } {
  const given = [filter.month ? 'month' : null, filter.schoolYear ? 'schoolYear' : null].filter(Boolean);
  if (given.length > 1) throw badInput('filter.schoolYear', 'Give a month or a school year, not both');
  if (given.length && (filter.from || filter.to)) {
    throw badInput(
      `filter.${given[0]}`,
      `Give ${given[0] === 'month' ? 'a month' : 'a school year'} or from/to, not both`,
    );
  }
  if (filter.month) {
    if (!MONTH.test(filter.month)) throw badInput('filter.month', 'A month is written YYYY-MM, e.g. 2026-03');
    return { from: `${filter.month}-01`, to: lastDayOf(filter.month) };
  }
  if (filter.schoolYear) {
    const m = SCHOOL_YEAR.exec(filter.schoolYear);
    if (!m || Number(m[2]) !== Number(m[1]) + 1) {
      throw badInput('filter.schoolYear', 'A school year is written YYYY-YYYY with consecutive years, e.g. 2025-2026');
    }
    return { from: `${m[1]}-09-01`, to: `${m[2]}-08-31` };
  }
  return { from: filter.from ?? null, to: filter.to ?? null };
}

/** The school year (`2025-2026`) a `YYYY-MM-DD` day or `YYYY-MM` month belongs to. */
export function schoolYearOf(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const start = m >= 9 ? y : y - 1;
  return `${start}-${start + 1}`;
}

export function dashboardScope(filter: DashboardFilterInput | null | undefined): DashboardScope {
  const department = filter?.department ? requireDepartment(filter.department, 'filter.department').code : null;
  const epci = filter?.epci ? requireEpci(filter.epci, 'filter.epci') : null;
  const commune = filter?.communeCode ? requireCommune(filter.communeCode, 'filter.communeCode') : null;
  if (epci && department && !epci.departmentCodes.includes(department)) {
    throw badInput('filter.epci', `The EPCI ${epci.name} has no commune in department ${department}`);
  }
  if (commune && department && commune.departmentCode !== department) {
    throw badInput('filter.communeCode', `${commune.name} is not in department ${department}`);
  }
  if (commune && epci && commune.epci?.siren !== epci.siren) {
    throw badInput('filter.communeCode', `${commune.name} is not in the EPCI ${epci.name}`);
  }
  const { from, to } = periodOf(filter ?? {});
  if (from && to && from > to) throw badInput('filter.to', 'to must not be before from');
  for (const [field, day] of [
    ['filter.from', from],
    ['filter.to', to],
  ] as const) {
    if (day && !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw badInput(field, 'A day is written YYYY-MM-DD');
  }
  const territory: Pick<DashboardScope, 'departments' | 'communes'> = commune
    ? { departments: [commune.departmentCode], communes: [commune.code] }
    : epci
      ? {
          departments: department ? [department] : epci.departmentCodes,
          communes: department
            ? epci.communeCodes.filter((c) => communes.get(c)?.departmentCode === department)
            : epci.communeCodes,
        }
      : { departments: department ? [department] : [...departments.keys()], communes: null };
  const scope =
    `department=${department ?? ''};from=${from ?? ''};to=${to ?? ''}` +
    (epci ? `;epci=${epci.siren}` : '') +
    (commune ? `;commune=${commune.code}` : '');
  return {
    scope,
    department,
    epci: epci?.siren ?? null,
    communeCode: commune?.code ?? null,
    from,
    to,
    ...territory,
  };
}

/** The inverse of `scope`, for a subgraph handed the dashboard back by its key. */
export function parseScope(scope: string): DashboardScope {
  const parts = Object.fromEntries(scope.split(';').map((p) => p.split('=') as [string, string]));
  return dashboardScope({
    department: parts.department || null,
    epci: parts.epci || null,
    communeCode: parts.commune || null,
    from: parts.from || null,
    to: parts.to || null,
  });
}

/**
 * Rows of the scope's territory, given the row's department and commune columns: the department's rows,
 * and those of the EPCI's (or the commune's) communes.
 */
export function territoryWhere(s: DashboardScope, departmentColumn: Column, communeColumn: Column): SQL | undefined {
  return and(
    s.department ? eq(departmentColumn, s.department) : undefined,
    s.communes ? inArray(communeColumn, s.communes) : undefined,
  );
}

/** Instants of the scope's period: from the first day's midnight in Paris to the midnight after the last. */
export function periodWhere(s: DashboardScope, column: Column): SQL | undefined {
  return and(
    s.from ? gte(column, parisMidnight(s.from)) : undefined,
    s.to ? lt(column, parisMidnight(addDays(s.to, 1))) : undefined,
  );
}

/**
 * Folds counts by commune (or by EPCI already) into counts by EPCI (by SIREN, in order); rows without a commune,
 * or of a commune without EPCI, are left out. Each numeric field is summed.
 */
export function byEpci<T extends { communeCode?: string | null; epciSiren?: string | null }>(
  rows: T[],
): (Omit<T, 'communeCode' | 'epciSiren'> & { epci: { siren: string; name: string } })[] {
  type Out = Omit<T, 'communeCode' | 'epciSiren'> & { epci: { siren: string; name: string } };
  const out = new Map<string, Out>();
  for (const { communeCode, epciSiren, ...counts } of rows) {
    const found = epciSiren ? epcis.get(epciSiren) : communeCode ? communes.get(communeCode)?.epci : null;
    if (!found) continue;
    const epci = { siren: found.siren, name: found.name };
    const current = out.get(epci.siren) as Record<string, unknown> | undefined;
    if (!current) {
      out.set(epci.siren, { ...(counts as unknown as Omit<T, 'communeCode' | 'epciSiren'>), epci } as Out);
      continue;
    }
    for (const [key, value] of Object.entries(counts)) {
      if (typeof value === 'number') current[key] = (current[key] as number) + value;
    }
  }
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v);
}

/**
 * The months of a scope whose statistics the summary tables can give: a territory of departments or EPCI (not
 * a commune) and a period of whole months (`from` a first day, `to` a last day, or open). Null otherwise: the
 * rows themselves are then read.
 */
export function summaryMonths(s: DashboardScope): { from: string | null; to: string | null } | null {
  if (s.communeCode) return null;
  if (s.from && !s.from.endsWith('-01')) return null;
  if (s.to && lastDayOf(s.to.slice(0, 7)) !== s.to) return null;
  return { from: s.from?.slice(0, 7) ?? null, to: s.to?.slice(0, 7) ?? null };
}

/** Rows of a summary table (department, EPCI, month) within the scope's territory and months. */
export function summaryWhere(
  s: DashboardScope,
  months: { from: string | null; to: string | null },
  table: { departmentCode: Column; epciSiren: Column; month: Column },
): SQL | undefined {
  return and(
    s.department ? eq(table.departmentCode, s.department) : undefined,
    s.epci ? eq(table.epciSiren, s.epci) : undefined,
    months.from ? gte(table.month, months.from) : undefined,
    months.to ? lte(table.month, months.to) : undefined,
  );
}

/** Sums counts by department (by code, in order); rows without department are left out. */
export function byDepartment<T extends { departmentCode: string | null }, K extends keyof T & string>(
  rows: T[],
  fields: K[],
): ({ departmentCode: string } & Record<K, number>)[] {
  const out = new Map<string, Record<K, number>>();
  for (const row of rows) {
    if (!row.departmentCode) continue;
    const sums = out.get(row.departmentCode) ?? (Object.fromEntries(fields.map((f) => [f, 0])) as Record<K, number>);
    for (const f of fields) sums[f] += Number(row[f] ?? 0);
    out.set(row.departmentCode, sums);
  }
  return [...out.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([departmentCode, sums]) => ({ departmentCode, ...sums }));
}

/** Several statistics fields share one query: compute it once per dashboard object and request. */
const memo = new WeakMap<DashboardScope, Map<string, Promise<unknown>>>();
export function once<T>(scope: DashboardScope, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = memo.get(scope);
  if (!cache) memo.set(scope, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as Promise<T>;
}
