import {
  badInput,
  requireStaff,
  optionalText,
  requireEmail,
  requireId,
  requireIntRange,
  requireNafCode,
  requireSiret,
  requireText,
} from '@dm/shared';
import { requireCommune, requireDepartment, requireMetier } from '@dm/shared/reference';
import type { MutationResolvers } from '../generated/resolvers.ts';
import { requireActFor, requireManage, requireRegisterIn } from '../rules/access.ts';
import { assertConsent, validateOffer } from '../rules/immersion.ts';
import { findCharter, recordCommitmentAction, renewCharter, signCharter, terminateCharter } from '../store/charters.ts';
import { insertCompany } from '../store/companies.ts';
import { answerRequest, findRequest, insertOffer, requestImmersion } from '../store/immersions.ts';
import { companyScope, loadCompany } from './scope.ts';

export const Mutation: MutationResolvers = {
  registerCompany: async (_, { input }, ctx) => {
    requireStaff(ctx.identity);
    const commune = input.communeCode ? requireCommune(input.communeCode, 'input.communeCode') : null;
    const department = input.department ? requireDepartment(input.department, 'input.department').code : null;
    if (commune && department && commune.departmentCode !== department) {
      throw badInput('input.department', 'The department does not match the commune');
    }
    const departmentCode = commune?.departmentCode ?? department;
    requireRegisterIn(ctx.identity, departmentCode);
    return insertCompany(ctx.db, {
      name: requireText(input.name, 'input.name', 200),
      siret: input.siret ? requireSiret(input.siret, 'input.siret') : null,
      communeCode: commune?.code ?? null,
      departmentCode,
      sector: optionalText(input.sector, 'input.sector', 200),
      nafCode: input.nafCode ? requireNafCode(input.nafCode, 'input.nafCode') : null,
    });
  },

  signCharter: async (_, { input }, ctx) => {
    const owner = await loadCompany(ctx, input.companyId, 'input.companyId');
    requireManage(ctx.identity, await companyScope(ctx, owner));
    return signCharter(
      ctx.db,
      {
        companyId: owner.id,
        signedOn: input.signedOn ?? ctx.today,
        commitments: input.commitments.map((c) => ({ kind: c.kind, description: c.description })),
        referentId: input.referentId ? requireId(input.referentId, 'input.referentId') : null,
      },
      ctx.today,
    );
  },

  renewCharter: async (_, { id }, ctx) => {
    const charter = await findCharter(ctx.db, id);
    requireManage(ctx.identity, await companyScope(ctx, await loadCompany(ctx, charter.companyId, 'id')));
    return renewCharter(ctx.db, charter.id, ctx.today);
  },

  terminateCharter: async (_, { id, reason }, ctx) => {
    const charter = await findCharter(ctx.db, id);
    requireManage(ctx.identity, await companyScope(ctx, await loadCompany(ctx, charter.companyId, 'id')));
    return terminateCharter(ctx.db, charter.id, optionalText(reason, 'reason', 2000), ctx.today);
  },

  recordCommitmentAction: async (_, { input }, ctx) => {
    const charter = await findCharter(ctx.db, input.charterId, 'input.charterId');
    requireActFor(ctx.identity, await companyScope(ctx, await loadCompany(ctx, charter.companyId, 'input.charterId')));
    return recordCommitmentAction(
      ctx.db,
      {
        charter,
        kind: input.kind,
        occurredOn: input.occurredOn,
        description: requireText(input.description, 'input.description', 2000),
        participants:
          input.participants === null || input.participants === undefined
            ? null
            : requireIntRange(input.participants, 'input.participants', 0, 100_000),
        recordedBy: ctx.identity.subject ?? null,
      },
      ctx.today,
    );
  },

  publishImmersionOffer: async (_, { input }, ctx) => {
    const owner = await loadCompany(ctx, input.companyId, 'input.companyId');
    requireActFor(ctx.identity, await companyScope(ctx, owner));
    validateOffer(input);
    const metier = requireMetier(input.romeCode, 'input.romeCode');
    const commune = input.communeCode
      ? requireCommune(input.communeCode, 'input.communeCode')
      : owner.communeCode
        ? requireCommune(owner.communeCode, 'input.communeCode')
        : null;
    return insertOffer(ctx.db, owner, {
      romeCode: metier.romeCode,
      title: requireText(input.title, 'input.title', 200),
      description: optionalText(input.description, 'input.description', 4000),
      places: input.places,
      durationDays: input.durationDays,
      audiences: [...new Set(input.audiences)],
      communeCode: commune?.code ?? null,
      departmentCode: commune?.departmentCode ?? owner.departmentCode,
      latitude: commune?.latitude ?? null,
      longitude: commune?.longitude ?? null,
    });
  },

  requestImmersion: async (_, { input }, ctx) => {
    const r = input.requester;
    const requester = {
      firstName: requireText(r.firstName, 'input.requester.firstName', 100),
      lastName: requireText(r.lastName, 'input.requester.lastName', 100),
      email: requireEmail(r.email, 'input.requester.email'),
      phone: optionalText(r.phone, 'input.requester.phone', 30),
      category: r.category,
      minor: r.minor,
      birthDate: r.birthDate ?? null,
      guardianConsent: r.guardianConsent ?? false,
    };
    assertConsent(requester, ctx.today);
    return requestImmersion(
      ctx.db,
      {
        offerId: requireId(input.offerId, 'input.offerId'),
        requester,
        message: optionalText(input.message, 'input.message', 2000),
      },
      ctx.now,
      ctx.mail.offerUrl,
    );
  },

  answerImmersionRequest: async (_, { input }, ctx) => {
    const request = await findRequest(ctx.db, input.requestId, 'input.requestId');
    const offer = await ctx.loaders.offer.load(request.offerId);
    requireActFor(ctx.identity, await companyScope(ctx, await loadCompany(ctx, offer!.companyId, 'input.requestId')));
    return answerRequest(ctx.db, request.id, input.accept, ctx.identity.subject ?? null);
  },
};
