import {
  assertGuardianConsent,
  badInput,
  optionalText,
  requireEmail,
  requireId,
  requireText,
  todayInParis,
} from '@dm/shared';
import { requireCommune, requireMetier } from '@dm/shared/reference';
import type { Audience, MutationResolvers } from '../generated/resolvers.ts';
import {
  requireChangeAmbassador,
  requireDeactivateAmbassador,
  requireHandleRequest,
  requireManageCafe,
  requireRegisterAmbassador,
} from '../rules/access.ts';
import { DEFAULT_MONTHLY_QUOTA, validateInterventionKinds, validateQuota } from '../rules/ambassadors.ts';
import { validateCafeCapacity, MAX_CAFE_CAPACITY } from '../rules/cafes.ts';
import { findAmbassador, insertAmbassador, updateAmbassador } from '../store/ambassadors.ts';
import {
  cancelCafe,
  cancelParentRegistration,
  findCafe,
  findCafeOfRegistration,
  insertCafe,
  registerParent,
} from '../store/cafes.ts';
import { answerRequest, findRequest, requestContact } from '../store/contacts.ts';

const person = (input: { firstName: string; lastName: string; email: string }) => ({
  firstName: requireText(input.firstName, 'input.firstName', 100),
  lastName: requireText(input.lastName, 'input.lastName', 100),
  email: requireEmail(input.email, 'input.email'),
});
const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

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
    requireManageCafe(ctx.identity, commune.departmentCode);
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
      ...(input.monthlyQuota ? { monthlyQuota: validateQuota(input.monthlyQuota) } : {}),
      ...(input.pausedUntil !== undefined ? { pausedUntil: input.pausedUntil } : {}),
    });
  },

  deactivateAmbassador: async (_, { id }, ctx) => {
    const current = await findAmbassador(ctx.db, id, 'id');
    requireDeactivateAmbassador(ctx.identity, current);
    return current.deactivatedAt ? current : updateAmbassador(ctx.db, current, { deactivatedAt: new Date() });
  },

  createParentsCafe: async (_, { input }, ctx) => {
    const commune = requireCommune(input.communeCode, 'input.communeCode');
    requireManageCafe(ctx.identity, commune.departmentCode);
    const startsAt = asDate(input.startsAt);
    const endsAt = input.endsAt ? asDate(input.endsAt) : new Date(startsAt.getTime() + 2 * 3_600_000);
    if (startsAt <= ctx.now) throw badInput('input.startsAt', 'A café is created before it takes place');
    if (endsAt <= startsAt) throw badInput('input.endsAt', 'endsAt must be after startsAt');
    return insertCafe(ctx.db, {
      title: requireText(input.title, 'input.title', 200),
      startsAt,
      endsAt,
      communeCode: commune.code,
      departmentCode: commune.departmentCode,
      venueName: optionalText(input.venueName, 'input.venueName', 200),
      facilitatorName: requireText(input.facilitatorName, 'input.facilitatorName', 150),
      capacity: validateCafeCapacity(input.capacity ?? MAX_CAFE_CAPACITY),
    });
  },

  cancelParentsCafe: async (_, { id }, ctx) => {
    const cafe = await findCafe(ctx.db, id, 'id');
    requireManageCafe(ctx.identity, cafe.departmentCode);
    return cancelCafe(ctx.db, cafe);
  },

  registerForParentsCafe: async (_, { input }, ctx) => {
    const parent = {
      firstName: requireText(input.parent.firstName, 'input.parent.firstName', 100),
      lastName: requireText(input.parent.lastName, 'input.parent.lastName', 100),
      email: requireEmail(input.parent.email, 'input.parent.email'),
    };
    const { registration } = await registerParent(
      ctx.db,
      requireId(input.cafeId, 'input.cafeId'),
      parent,
      ctx.now,
      ctx.mail.cafeUrl,
    );
    return registration;
  },

  cancelParentsCafeRegistration: async (_, { input }, ctx) => {
    let byStaff = false;
    if (!input.cancellationToken) {
      const cafe = await findCafeOfRegistration(ctx.db, input.registrationId);
      requireManageCafe(
        ctx.identity,
        cafe.departmentCode,
        'Cancelling needs the cancellation token given at registration',
      );
      byStaff = true;
    }
    return cancelParentRegistration(ctx.db, input.registrationId, input.cancellationToken ?? null, byStaff);
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
    return requestContact(
      ctx.db,
      {
        ambassadorId: input.ambassadorId ? requireId(input.ambassadorId, 'input.ambassadorId') : null,
        companyId: input.companyId ? requireId(input.companyId, 'input.companyId') : null,
        requester,
        message: requireText(input.message, 'input.message', 2000),
      },
      ctx.now,
      ctx.mail,
    );
  },

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
};
