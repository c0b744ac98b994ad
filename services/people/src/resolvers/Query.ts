import { isUuid } from '@dm/shared';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { ambassadorTombstones, listAmbassadors } from '../store/ambassadors.ts';
import { listRequestsFor } from '../store/contacts.ts';
import { listReferents } from '../store/referents.ts';

export const Query: QueryResolvers = {
  ambassador: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.ambassador.load(id) : null),
  ambassadors: (_, { filter, orderBy, first, after }, ctx) =>
    listAmbassadors(ctx.db, filter ?? {}, first, after, ctx.now, orderBy),
  ambassadorTombstones: (_, { since, first, after }, ctx) => ambassadorTombstones(ctx.db, since, first, after),
  referent: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.referent.load(id) : null),
  referents: (_, { filter, first, after }, ctx) => listReferents(ctx.db, filter ?? {}, first, after),
  contactRequests: (_, { filter, first, after }, ctx) =>
    listRequestsFor(ctx.db, ctx.identity, filter?.status, first, after),
};
