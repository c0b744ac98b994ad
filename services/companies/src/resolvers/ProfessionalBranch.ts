import type { BranchAgreementResolvers, ProfessionalBranchResolvers } from '../generated/resolvers.ts';
import { companiesOfBranch } from '../store/branches.ts';

export const ProfessionalBranch: ProfessionalBranchResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.branch.load(ref.id),
  agreements: (row, _, ctx) => ctx.loaders.agreementsByBranch.load(row.id),
  companies: (row, { first, after }, ctx) => companiesOfBranch(ctx.db, row, first, after),
};

export const BranchAgreement: BranchAgreementResolvers = {
  __resolveReference: async (ref, ctx) => (await ctx.loaders.branchAgreement.load(ref.id)) ?? null,
  branch: async (row, _, ctx) => (await ctx.loaders.branch.load(row.branchId))!,
};
