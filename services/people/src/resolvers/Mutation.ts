import {
  assertGuardianConsent,
  badInput,
  notFound,
  optionalText,
  requireAdmin,
  requireEmail,
  requireId,
  requireText,
  todayInParis,
  needsEmailConfirmation,
} from '@dm/shared';
import { requireCommune, requireMetier } from '@dm/shared/reference';
import type { Audience, MutationResolvers } from '../generated/resolvers.ts';
import {
  requireChangeAmbassador,
  requireDeactivateAmbassador,
  requireHandleRequest,
  requireManageParentWitnesses,
  requireRegisterAmbassador,
} from '../rules/access.ts';
import { DEFAULT_MONTHLY_QUOTA, validateInterventionKinds, validateQuota } from '../rules/ambassadors.ts';
import { findAmbassador, insertAmbassador, updateAmbassador } from '../store/ambassadors.ts';
import { answerRequest, confirmContactRequest, findRequest, requestContact } from '../store/contacts.ts';
import { requireRecordAction, validateAction, validateTerritory } from '../rules/missions.ts';
import { insertAction, setTerritory } from '../store/missions.ts';
import type { Context } from '../context.ts';

const person = (input: { firstName: string; lastName: string; email: string }) => ({
  firstName: requireText(input.firstName, 'input.firstName', 100),
  lastName: requireText(input.lastName, 'input.lastName', 100),
  email: requireEmail(input.email, 'input.email'),
});

/**
 * A requester's name and category, in the names every public mutation uses (firstName, lastName,
 * category), or in the deprecated ones (name, role) that earlier clients send.
 */
function requesterOf(r: {
  firstName?: string | null;
  lastName?: string | null;
  name?: string | null;
  category?: Audience | null;
  role?: Audience | null;
}) {
  const role = r.category ?? r.role;
  if (!role) throw badInput('input.requester.category', 'Say who is asking (category)');
  if (r.firstName || r.lastName) {
    const first = requireText(r.firstName ?? '', 'input.requester.firstName', 100);
    const last = requireText(r.lastName ?? '', 'input.requester.lastName', 100);
    return { name: `${first} ${last}`, role };
  }
  if (!r.name) throw badInput('input.requester.firstName', 'Give the requester’s first and last names');
  return { name: requireText(r.name, 'input.requester.name', 150), role };
}

export const Mutation: MutationResolvers = {
  registerAmbassador: async (_, { input }, ctx) => {
    const commune = requireCommune(input.communeCode, 'input.communeCode');
    const companyId = requireId(input.companyId, 'input.companyId');
    requireRegisterAmbassador(ctx.identity, companyId, commune.departmentCode);
    await ctx.requireEntity('companies', 'Company', companyId, 'input.companyId');
    return insertAmbassador(ctx.db, {
      ...person(input),
      network: 'COMPANY_AMBASSADOR',
      phone: optionalText(input.phone, 'input.phone', 30),
      jobTitle: requireText(input.jobTitle, 'input.jobTitle', 150),
      romeCode: requireMetier(input.romeCode, 'input.romeCode').romeCode,
      companyId,
      communeCode: commune.code,
      interventionKinds: validateInterventionKinds(input.interventionKinds),
      monthlyQuota: validateQuota(input.monthlyQuota ?? DEFAULT_MONTHLY_QUOTA),
    });
  },

  registerParentWitness: async (_, { input }, ctx) => {
    const commune = requireCommune(input.communeCode, 'input.communeCode');
    requireManageParentWitnesses(ctx.identity, commune.departmentCode);
    return insertAmbassador(ctx.db, {
      ...person(input),
      network: 'PARENT_WITNESS',
      jobTitle: requireText(input.jobTitle, 'input.jobTitle', 150),
      romeCode: requireMetier(input.romeCode, 'input.romeCode').romeCode,
      companyId: null,
      communeCode: commune.code,
      interventionKinds: ['FORUM_STAND', 'CLASS_TALK'],
      monthlyQuota: DEFAULT_MONTHLY_QUOTA,
    });
  },

  updateAmbassador: async (_, { input }, ctx) => {
    const current = await findAmbassador(ctx.db, input.id, 'input.id');
    requireChangeAmbassador(ctx.identity, current);
    const commune = input.communeCode ? requireCommune(input.communeCode, 'input.communeCode') : null;
    if (commune && commune.departmentCode !== current.departmentCode) {
      requireChangeAmbassador(
        ctx.identity,
        { ...current, departmentCode: commune.departmentCode },
        'This commune is outside your departments',
      );
    }
    if (input.pausedUntil && input.pausedUntil < todayInParis(ctx.now))
      throw badInput('input.pausedUntil', 'A pause ends today or later');
    return updateAmbassador(ctx.db, current, {
      ...(input.jobTitle ? { jobTitle: requireText(input.jobTitle, 'input.jobTitle', 150) } : {}),
      ...(input.romeCode ? { romeCode: requireMetier(input.romeCode, 'input.romeCode').romeCode } : {}),
      ...(commune ? { communeCode: commune.code } : {}),
      ...(input.phone !== undefined ? { phone: optionalText(input.phone, 'input.phone', 30) } : {}),
      ...(input.interventionKinds ? { interventionKinds: validateInterventionKinds(input.interventionKinds) } : {}),
      // 0 is refused like any quota outside 1–100 (pause or deactivate to receive no request), never ignored.
      ...(input.monthlyQuota !== undefined && input.monthlyQuota !== null
        ? { monthlyQuota: validateQuota(input.monthlyQuota) }
        : {}),
      ...(input.pausedUntil !== undefined ? { pausedUntil: input.pausedUntil } : {}),
    });
  },

  deactivateAmbassador: async (_, { id }, ctx) => {
    const current = await findAmbassador(ctx.db, id, 'id');
    requireDeactivateAmbassador(ctx.identity, current);
    return current.deactivatedAt ? current : updateAmbassador(ctx.db, current, { deactivatedAt: new Date() });
  },

  requestContact: async (_, { input }, ctx) => {
    if (Boolean(input.ambassadorId) === Boolean(input.companyId)) {
      throw badInput('input.ambassadorId', 'Name either an ambassador or a company');
    }
    const requester = {
      ...requesterOf(input.requester),
      email: requireEmail(input.requester.email, 'input.requester.email'),
      minor: input.requester.minor,
      birthDate: input.requester.birthDate ?? null,
      guardianConsent: input.requester.guardianConsent ?? false,
    };
    assertGuardianConsent(requester, todayInParis(ctx.now), 'input.requester');
    const companyId = input.companyId ? requireId(input.companyId, 'input.companyId') : null;
    // Same answer for every address: whether the company exists says nothing about the requester.
    if (companyId) await ctx.requireEntity('companies', 'Company', companyId, 'input.companyId');
    return requestContact(
      ctx.db,
      {
        ambassadorId: input.ambassadorId ? requireId(input.ambassadorId, 'input.ambassadorId') : null,
        companyId,
        requester,
        message: requireText(input.message, 'input.message', 2000),
        needsConfirmation: needsEmailConfirmation(ctx.identity),
      },
      ctx.now,
      ctx.mail,
      ctx.companyPlaces,
    );
  },

  confirmContactRequest: (_, { input }, ctx) =>
    confirmContactRequest(ctx.db, requireText(input.token, 'input.token', 200), ctx.now, ctx.mail),

  answerContactRequest: async (_, { input }, ctx) => {
    const request = await findRequest(ctx.db, input.requestId, 'input.requestId');
    requireHandleRequest(ctx.identity, request);
    return answerRequest(
      ctx.db,
      request.id,
      requireText(input.message, 'input.message', 4000),
      ctx.identity.subject ?? null,
    );
  },

  recordCoordinatorAction: async (_, { input }, ctx) => {
    const coordinatorId = input.coordinatorId ?? ctx.identity.personId;
    if (!coordinatorId) throw badInput('input.coordinatorId', 'Name the coordinator');
    const coordinator = await findCoordinator(ctx, coordinatorId, 'input.coordinatorId');
    const commune = requireCommune(input.communeCode, 'input.communeCode');
    requireRecordAction(ctx.identity, coordinator, commune);
    validateAction(input.occurredOn, input.participants, todayInParis(ctx.now));
    return insertAction(ctx.db, {
      referentId: coordinator.id,
      mission: input.mission,
      title: requireText(input.title, 'input.title', 200),
      occurredOn: input.occurredOn,
      communeCode: commune.code,
      departmentCode: commune.departmentCode,
      epciSiren: commune.epci?.siren ?? null,
      participants: input.participants ?? null,
    });
  },

  setCoordinatorTerritory: async (_, { input }, ctx) => {
    requireAdmin(ctx.identity);
    const coordinator = await findCoordinator(ctx, input.coordinatorId, 'input.coordinatorId');
    const territory = validateTerritory(input.departments, input.epcis);
    return (await setTerritory(ctx.db, coordinator.id, [...territory.departments], [...territory.epcis]))!;
  },
};

/** A territorial coordinator by id: NOT_FOUND when unknown, BAD_USER_INPUT when the referent is not a coordinator. */
async function findCoordinator(ctx: Context, id: string, field: string) {
  const row = await ctx.loaders.referent.load(requireId(id, field));
  if (!row) throw notFound('Referent', field);
  if (row.role !== 'TERRITORIAL_COORDINATOR') throw badInput(field, 'This referent is not a territorial coordinator');
  return row;
}
