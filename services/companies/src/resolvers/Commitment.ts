import type { CommitmentResolvers } from '../generated/resolvers.ts';
import { type CommitmentKind, commitmentThemeOf } from '../rules/charter.ts';

export const Commitment: CommitmentResolvers = {
  kind: (row) => row.kind as CommitmentKind,
  theme: (row) => commitmentThemeOf[row.kind as CommitmentKind],
  actions: async (row, _, ctx) =>
    (await ctx.loaders.actionsByCommitment.load(row.id)).map((a) => ({ ...a, kind: row.kind as CommitmentKind })),
};
