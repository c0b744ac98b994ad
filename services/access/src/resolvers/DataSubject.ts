import { requireAdmin } from '@dm/shared';
import type { DataSubjectResolvers } from '../generated/resolvers.ts';

export const DataSubject: DataSubjectResolvers = {
  __resolveReference: (ref, ctx) => {
    requireAdmin(ctx.identity);
    return { email: ref.email };
  },
};
