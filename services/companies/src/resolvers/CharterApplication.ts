import { isCompanyUser, isStaffOf, reveal } from '@dm/shared';
import { communes } from '@dm/shared/reference';
import type { CharterApplicationResolvers } from '../generated/resolvers.ts';
import type { Context } from '../context.ts';
import type { CharterApplicationRow } from '../db/schema.ts';

/** Who sees an application: the staff of its department (admins for one without), the company's users. */
export const seesApplication = (ctx: Context, row: CharterApplicationRow) =>
  isStaffOf(ctx.identity, row.departmentCode) || isCompanyUser(ctx.identity, row.companyId);

export const CharterApplication: CharterApplicationResolvers = {
  company: (row, _, ctx) => (row.companyId ? ctx.loaders.company.load(row.companyId) : null),
  commune: (row) => (row.communeCode ? (communes.get(row.communeCode) ?? null) : null),
  commitments: (row) =>
    row.commitments.map((c) => ({
      kind: c.kind,
      description: c.description ?? null,
    })),
  contact: (row, _, ctx) =>
    reveal(ctx, seesApplication(ctx, row), 'CharterApplication', row.id)
      ? { name: row.contactName, email: row.contactEmail, phone: row.contactPhone }
      : null,
  charter: (row, _, ctx) => (row.charterId ? ctx.loaders.charter.load(row.charterId) : null),
};
