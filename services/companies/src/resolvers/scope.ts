import type { CompanyRow } from '../db/schema.ts';
import type { Context } from '../context.ts';
import type { CompanyScope } from '../rules/access.ts';
import { notFound, requireId } from '@dm/shared';

/** What the access rules need to know of a company: its department and its charter's referent. */
export async function companyScope(ctx: Context, row: CompanyRow): Promise<CompanyScope> {
  const current = row.currentCharterId ? await ctx.loaders.charter.load(row.currentCharterId) : null;
  return { id: row.id, departmentCode: row.departmentCode, referentId: current?.referentId ?? null };
}

/** The company an input names, or NOT_FOUND naming the field. */
export async function loadCompany(ctx: Context, id: string, field: string): Promise<CompanyRow> {
  const row = await ctx.loaders.company.load(requireId(id, field));
  if (!row) throw notFound('Company', field);
  return row;
}
