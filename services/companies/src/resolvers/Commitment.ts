import type { CommitmentResolvers } from '../generated/resolvers.ts';
import { commitmentMet, commitmentThemeOf, followUpTerm } from '../rules/charter.ts';

export const Commitment: CommitmentResolvers = {
  theme: (row) => commitmentThemeOf[row.kind],
  actions: async (row, _, ctx) =>
    (await ctx.loaders.actionsByCommitment.load(row.id)).map((a) => ({ ...a, kind: row.kind })),
  met: async (row, _, ctx) => {
    const [charter, actions] = await Promise.all([
      ctx.loaders.charter.load(row.charterId),
      ctx.loaders.actionsByCommitment.load(row.id),
    ]);
    if (!charter) return false;
    return commitmentMet(
      actions.map((a) => a.occurredOn),
      followUpTerm(charter, ctx.today),
    );
  },
};
