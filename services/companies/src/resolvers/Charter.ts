import type { CharterResolvers } from '../generated/resolvers.ts';
import { type CommitmentKind, charterStatus, commitmentThemeOf, commitmentThemes } from '../rules/charter.ts';

export const Charter: CharterResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.charter.load(ref.id),
  company: async (row, _, ctx) => (await ctx.loaders.company.load(row.companyId))!,
  status: (row, _, ctx) => charterStatus(row, ctx.today),
  commitments: (row, _, ctx) => ctx.loaders.commitmentsByCharter.load(row.id),
  commitmentsByTheme: async (row, _, ctx) => {
    const commitments = await ctx.loaders.commitmentsByCharter.load(row.id);
    return commitmentThemes
      .map((theme) => ({
        theme,
        commitments: commitments.filter((c) => commitmentThemeOf[c.kind as CommitmentKind] === theme),
      }))
      .filter((group) => group.commitments.length > 0);
  },
  referent: (row) => (row.referentId ? { id: row.referentId } : null),
};
