import type { VenueResolvers } from '../generated/resolvers.ts';

export const Venue: VenueResolvers = {
  name: (row) => row.venueName,
  commune: (row) => (row.communeCode ? { code: row.communeCode } : null),
};
