import type { ConsultationResolvers } from '../generated/resolvers.ts';

export const Consultation: ConsultationResolvers = {
  meetings: async (facts, _, ctx) =>
    (await ctx.loaders.event.loadMany(facts.meetingIds)).filter(
      (row): row is Exclude<typeof row, Error | null | undefined> => Boolean(row) && !(row instanceof Error),
    ),
  conclusion: (facts, _, ctx) => (facts.conclusionId ? ctx.loaders.event.load(facts.conclusionId) : null),
};
