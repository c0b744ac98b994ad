import { dashboardScope, isUuid, requireSiret, requireStatisticsReader } from '@dm/shared';
import { communes, departments, metiers } from '@dm/shared/reference';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { companyBySiret, listCompanies } from '../store/companies.ts';
import { listOffers } from '../store/immersions.ts';
import { listCommunes, listMetiers } from '../store/reference.ts';

export const Query: QueryResolvers = {
  company: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.company.load(id) : null),
  companyBySiret: (_, { siret }, ctx) => companyBySiret(ctx.db, requireSiret(siret, 'siret')),
  companies: (_, { filter, first, after }, ctx) => listCompanies(ctx.db, filter ?? {}, first, after, ctx.today),
  charter: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.charter.load(id) : null),
  immersionOffer: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.offer.load(id) : null),
  immersionOffers: (_, { filter, first, after }, ctx) => listOffers(ctx.db, filter ?? {}, first, after),
  commune: (_, { code }) => communes.get(code) ?? null,
  communes: (_, { search, department, first, after }) => listCommunes(search, department, first, after),
  metier: (_, { romeCode }) => metiers.get(romeCode.toUpperCase()) ?? null,
  metiers: (_, { search, first, after }) => listMetiers(search, first, after),
  departments: () => [...departments.values()],
  regionalDashboard: (_, { filter }, ctx) => {
    requireStatisticsReader(ctx.identity);
    return dashboardScope(filter);
  },
};
