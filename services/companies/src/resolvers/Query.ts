import {
  dashboardScope,
  isUuid,
  requireDashboardReader,
  requireSiret,
  requireStaff,
  requireStatisticsReader,
  requireThat,
} from '@dm/shared';
import { communes, departments, metiers } from '@dm/shared/reference';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { companyBySiret, listCompanies } from '../store/companies.ts';
import { agreementByToken } from '../store/agreements.ts';
import { findApplication, listApplications } from '../store/applications.ts';
import { seesApplication } from './CharterApplication.ts';
import { listOffers } from '../store/immersions.ts';
import { listBranches, listKits } from '../store/branches.ts';
import { listPlaces } from '../store/places.ts';
import { seesAgreement } from './scope.ts';
import { listCommunes, listMetiers } from '../store/reference.ts';

export const Query: QueryResolvers = {
  company: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.company.load(id) : null),
  companyBySiret: (_, { siret }, ctx) => companyBySiret(ctx.db, requireSiret(siret, 'siret')),
  companies: (_, { filter, orderBy, first, after }, ctx) =>
    listCompanies(ctx.db, filter ?? {}, first, after, ctx.today, orderBy),
  charter: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.charter.load(id) : null),
  immersionOffer: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.offer.load(id) : null),
  immersionOffers: (_, { filter, orderBy, first, after }, ctx) =>
    listOffers(ctx.db, filter ?? {}, ctx.now, first, after, orderBy),
  charterApplication: async (_, { id }, ctx) => {
    if (!isUuid(id)) return null;
    const row = await findApplication(ctx.db, id).catch(() => null);
    if (!row) return null;
    requireThat(seesApplication(ctx, row), 'Only the staff of its department and the company see an application');
    return row;
  },
  charterApplications: (_, { status, first, after }, ctx) => {
    requireStaff(ctx.identity);
    return listApplications(
      ctx.db,
      status,
      ctx.identity.role === 'admin' ? null : ctx.identity.departments,
      first,
      after,
    );
  },
  immersionAgreement: async (_, { id }, ctx) => {
    const row = isUuid(id) ? await ctx.loaders.agreement.load(id) : null;
    if (!row) return null;
    requireThat(
      await seesAgreement(ctx, row),
      'Only the parties and the staff who manage the company see an agreement',
    );
    return row;
  },
  immersionAgreementToSign: async (_, { token }, ctx) => {
    const found = await agreementByToken(ctx.db, token);
    return found ? { ...found.agreement, viaToken: true } : null;
  },
  commune: (_, { code }) => communes.get(code) ?? null,
  communes: (_, { search, department, first, after }) => listCommunes(search, department, first, after),
  metier: (_, { romeCode }) => metiers.get(romeCode.toUpperCase()) ?? null,
  metiers: (_, { search, first, after }) => listMetiers(search, first, after),
  departments: () => [...departments.values()],
  orientationPlace: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.place.load(id) : null),
  orientationPlaces: (_, { filter, first, after }, ctx) => listPlaces(ctx.db, filter ?? {}, first, after),
  professionalBranch: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.branch.load(id) : null),
  professionalBranches: (_, { search, first, after }, ctx) => listBranches(ctx.db, search, first, after),
  communicationKits: (_, { first, after }, ctx) => {
    requireStaff(ctx.identity);
    return listKits(ctx.db, first, after);
  },
  regionalDashboard: (_, { filter }, ctx) => {
    requireStatisticsReader(ctx.identity);
    const scope = dashboardScope(filter);
    requireDashboardReader(ctx.identity, scope);
    return scope;
  },
};
