import type { CompanyRow, ImmersionOfferRow } from '../db/schema.ts';
import { takesRequests } from '../rules/immersion.ts';
import type { Context } from '../context.ts';
import type { CompanyScope } from '../rules/access.ts';
import { notFound, requireId, reveal } from '@dm/shared';
import type { ImmersionAgreementView, ImmersionRequestView } from '../mappers.ts';
import { mayReadImmersionRequester } from '../rules/visibility.ts';

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

/** Whether the caller may see who asked for places on an offer of this company (the visibility policy). */
export async function seesRequesters(ctx: Context, companyId: string) {
  const owner = await ctx.loaders.company.load(companyId);
  return owner !== null && mayReadImmersionRequester(ctx.identity, await companyScope(ctx, owner));
}

/** A requester's data, returned only when the policy allows it, and recorded as read. */
export async function revealRequest(ctx: Context, row: ImmersionRequestView) {
  const offer = await ctx.loaders.offer.load(row.offerId);
  const allowed = offer !== null && (await seesRequesters(ctx, offer.companyId));
  // A stand-in names no record: what it shows is what the caller just sent, so no read to audit.
  return row.standIn ? allowed : reveal(ctx, allowed, 'ImmersionRequest', row.id);
}

/** Whether the caller sees an agreement: the company's side and its staff, or the holder of a party's link. */
export async function seesAgreement(ctx: Context, row: ImmersionAgreementView) {
  return row.viaToken === true || (await seesRequesters(ctx, row.companyId));
}

/** An agreement's personal data, returned only when the policy allows it, and recorded as read. */
export async function revealAgreement(ctx: Context, row: ImmersionAgreementView) {
  return reveal(ctx, await seesAgreement(ctx, row), 'ImmersionAgreement', row.id);
}

/** Whether an offer takes requests today (the rule of `takesRequests`; the month's count only when capped). */
export async function offerTakesRequests(ctx: Context, offer: ImmersionOfferRow) {
  const host = await ctx.loaders.company.load(offer.companyId);
  const count = offer.monthlyMaxRequests === null ? 0 : ((await ctx.loaders.requestsThisMonth.load(offer.id))?.n ?? 0);
  return host !== null && takesRequests(offer, host, count, ctx.today);
}
