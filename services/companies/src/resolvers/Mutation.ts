import {
  badInput,
  notFound,
  optionalText,
  requireAdmin,
  requireEmail,
  requireHttpUrl,
  requireId,
  requireIntRange,
  requireNafCode,
  requireSiret,
  requireStaff,
  requireText,
} from '@dm/shared';
import { requireCommune, requireDepartment, requireMetier } from '@dm/shared/reference';
import type { MutationResolvers } from '../generated/resolvers.ts';
import { requireActFor, requireManage, requireRegisterIn } from '../rules/access.ts';
import {
  assertConsent,
  MAX_DURATION_DAYS,
  type OfferStatus,
  offerStatusTransition,
  validateMonthlyMax,
  validateOffer,
  validatePlacesChange,
  validateUnavailability,
} from '../rules/immersion.ts';
import { findCharter, recordCommitmentAction, renewCharter, signCharter, terminateCharter } from '../store/charters.ts';
import { type CompanyChanges, companyBySiret, insertCompany, updateCompany } from '../store/companies.ts';
import { findApplication, reviewApplication, signForRegion, submitApplication } from '../store/applications.ts';
import { validateCommitments } from '../rules/charter.ts';
import {
  answerRequest,
  findRequest,
  insertOffer,
  type OfferChanges,
  requestImmersion,
  setOfferStatus,
  updateOffer,
} from '../store/immersions.ts';
import {
  type AgreementTerms,
  concludeAgreement,
  draftAgreement,
  findAgreement,
  sendAgreement,
  signAgreement,
  agreementByToken,
  recordAssessment,
  updateAgreement,
} from '../store/agreements.ts';
import {
  minorOn,
  requireAcceptedRequest,
  requireGuardian,
  validateAgreementDates,
  validateAssessment,
} from '../rules/agreement.ts';
import type { ImmersionAgreementTermsInput } from '../generated/resolvers.ts';
import type { ImmersionRequestRow } from '../db/schema.ts';
import type { Context } from '../context.ts';
import { parsePlace, requireManagePlace } from '../rules/places.ts';
import { requireBranchName, requireIdcc, requireNafCodes, validateAgreement } from '../rules/branches.ts';
import { findBranch, insertAgreement, insertBranch, insertKit, withdrawKit } from '../store/branches.ts';
import { deletePlace, findPlace, insertPlace, updatePlace } from '../store/places.ts';
import { companyScope, loadCompany } from './scope.ts';

/** Parses an agreement's terms and applies its rules (dates within the offer's duration, a minor's guardian). */
async function agreementTerms(
  ctx: Context,
  input: ImmersionAgreementTermsInput,
  request: ImmersionRequestRow,
): Promise<AgreementTerms> {
  const offer = await ctx.loaders.offer.load(request.offerId);
  validateAgreementDates(input.startsOn, input.endsOn, offer!.durationDays, ctx.today);
  const guardian = input.guardian
    ? {
        name: requireText(input.guardian.name, 'input.guardian.name', 200),
        email: requireEmail(input.guardian.email, 'input.guardian.email'),
      }
    : null;
  requireGuardian(
    minorOn({ minor: request.minor, birthDate: request.birthDate }, input.startsOn),
    guardian,
    request.email,
  );
  return {
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    schedule: requireText(input.schedule, 'input.schedule', 2000),
    objectives: requireText(input.objectives, 'input.objectives', 4000),
    tutorName: requireText(input.tutor.name, 'input.tutor.name', 200),
    tutorJobTitle: requireText(input.tutor.jobTitle, 'input.tutor.jobTitle', 200),
    tutorEmail: requireEmail(input.tutor.email, 'input.tutor.email'),
    prescriberOrganisation: input.prescriber
      ? requireText(input.prescriber.organisation, 'input.prescriber.organisation', 200)
      : null,
    prescriberName: input.prescriber ? requireText(input.prescriber.name, 'input.prescriber.name', 200) : null,
    prescriberEmail: input.prescriber ? requireEmail(input.prescriber.email, 'input.prescriber.email') : null,
    guardianName: guardian?.name ?? null,
    guardianEmail: guardian?.email ?? null,
  };
}

/** The agreement an id names, once the caller is allowed to act for its company (`manage`: staff only). */
async function agreementFor(ctx: Context, id: string, manage = false) {
  const agreement = await findAgreement(ctx.db, id, 'id');
  const scope = await companyScope(ctx, await loadCompany(ctx, agreement.companyId, 'id'));
  if (manage) requireManage(ctx.identity, scope);
  else requireActFor(ctx.identity, scope);
  return agreement;
}

/** The offer an id names, once the caller is allowed to act for its company. */
async function offerFor(ctx: Context, id: string, field: string) {
  const offer = await ctx.loaders.offer.load(requireId(id, field));
  if (!offer) throw notFound('Immersion offer', field);
  requireActFor(ctx.identity, await companyScope(ctx, await loadCompany(ctx, offer.companyId, field)));
  return offer;
}

/** Moves an offer to another status, by the rule of `offerStatusTransition`. */
async function moveOffer(ctx: Context, id: string, to: OfferStatus) {
  const offer = await offerFor(ctx, id, 'id');
  offerStatusTransition(offer.status, to);
  return setOfferStatus(ctx.db, offer.id, offer.status, to);
}

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
      contactEmail: input.contactEmail ? requireEmail(input.contactEmail, 'input.contactEmail') : null,
    });
  },

  signCharter: async (_, { input }, ctx) => {
    const owner = await loadCompany(ctx, input.companyId, 'input.companyId');
    requireManage(ctx.identity, await companyScope(ctx, owner));
    const referentId = input.referentId ? requireId(input.referentId, 'input.referentId') : null;
    if (referentId) await ctx.requireEntity('people', 'Referent', referentId, 'input.referentId');
    return signCharter(
      ctx.db,
      {
        companyId: owner.id,
        signedOn: input.signedOn ?? ctx.today,
        commitments: input.commitments.map((c) => ({ kind: c.kind, description: c.description })),
        referentId,
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

  applyForCharter: async (_, { input }, ctx) => {
    const c = input.company;
    const existing = c.companyId ? await loadCompany(ctx, c.companyId, 'input.company.companyId') : null;
    if (existing) requireActFor(ctx.identity, await companyScope(ctx, existing));
    const siret = c.siret ? requireSiret(c.siret, 'input.company.siret') : (existing?.siret ?? null);
    const known = !existing && siret ? await companyBySiret(ctx.db, siret) : null;
    const commune = c.communeCode
      ? requireCommune(c.communeCode, 'input.company.communeCode')
      : existing?.communeCode
        ? requireCommune(existing.communeCode, 'input.company.communeCode')
        : null;
    const name = c.name ?? existing?.name;
    if (!name) throw badInput('input.company.name', 'Name the company');
    const commitments = input.commitments.map((x) => ({
      kind: x.kind,
      description: optionalText(x.description, 'input.commitments.description', 2000),
    }));
    validateCommitments(commitments);
    return submitApplication(
      ctx.db,
      {
        companyId: existing?.id ?? known?.id ?? null,
        companyName: requireText(name, 'input.company.name', 200),
        siret,
        communeCode: commune?.code ?? null,
        departmentCode: commune?.departmentCode ?? existing?.departmentCode ?? null,
        sector: c.sector ? optionalText(c.sector, 'input.company.sector', 200) : (existing?.sector ?? null),
        nafCode: c.nafCode ? requireNafCode(c.nafCode, 'input.company.nafCode') : (existing?.nafCode ?? null),
        commitments,
        contactName: requireText(input.contact.name, 'input.contact.name', 200),
        contactEmail: requireEmail(input.contact.email, 'input.contact.email'),
        contactPhone: optionalText(input.contact.phone, 'input.contact.phone', 30),
        submittedBy: ctx.identity.subject ?? null,
      },
      ctx.mail,
    );
  },

  approveCharterApplication: async (_, { id, referentId }, ctx) => {
    const application = await findApplication(ctx.db, id);
    requireRegisterIn(ctx.identity, application.departmentCode);
    return reviewApplication(
      ctx.db,
      application.id,
      {
        approve: true,
        reason: null,
        referentId: referentId ? requireId(referentId, 'referentId') : null,
        by: ctx.identity.subject ?? null,
      },
      ctx.today,
      ctx.now,
    );
  },

  rejectCharterApplication: async (_, { id, reason }, ctx) => {
    const application = await findApplication(ctx.db, id);
    requireRegisterIn(ctx.identity, application.departmentCode);
    return reviewApplication(
      ctx.db,
      application.id,
      {
        approve: false,
        reason: requireText(reason, 'reason', 2000),
        referentId: null,
        by: ctx.identity.subject ?? null,
      },
      ctx.today,
      ctx.now,
    );
  },

  signCharterForRegion: async (_, { id, signedOn }, ctx) => {
    requireAdmin(ctx.identity);
    return signForRegion(ctx.db, requireId(id, 'id'), signedOn ?? ctx.today, ctx.today);
  },

  updateCompanyProfile: async (_, { input }, ctx) => {
    const owner = await loadCompany(ctx, input.companyId, 'input.companyId');
    requireActFor(ctx.identity, await companyScope(ctx, owner));
    const given = (key: keyof typeof input) => input[key] !== undefined;
    const changes: CompanyChanges = {};
    if (given('name')) changes.name = requireText(input.name ?? '', 'input.name', 200);
    if (given('sector')) changes.sector = optionalText(input.sector, 'input.sector', 200);
    if (given('nafCode')) changes.nafCode = input.nafCode ? requireNafCode(input.nafCode, 'input.nafCode') : null;
    if (given('contactEmail'))
      changes.contactEmail = input.contactEmail ? requireEmail(input.contactEmail, 'input.contactEmail') : null;
    if (given('description')) changes.description = optionalText(input.description, 'input.description', 4000);
    if (given('communeCode')) {
      const commune = input.communeCode ? requireCommune(input.communeCode, 'input.communeCode') : null;
      changes.communeCode = commune?.code ?? null;
      changes.departmentCode = commune?.departmentCode ?? owner.departmentCode;
    }
    if (given('unavailableFrom') || given('unavailableUntil')) {
      const from = given('unavailableFrom') ? (input.unavailableFrom ?? null) : owner.unavailableFrom;
      const until = given('unavailableUntil') ? (input.unavailableUntil ?? null) : owner.unavailableUntil;
      validateUnavailability(from, until, ctx.today);
      changes.unavailableFrom = from;
      changes.unavailableUntil = until;
    }
    return updateCompany(ctx.db, owner, changes);
  },

  updateImmersionOffer: async (_, { input }, ctx) => {
    const offer = await offerFor(ctx, input.id, 'input.id');
    if (offer.status === 'CLOSED') throw badInput('input.id', 'This offer is closed for good: publish a new one');
    const changes: OfferChanges = {};
    if (input.title !== undefined && input.title !== null) changes.title = requireText(input.title, 'input.title', 200);
    if (input.description !== undefined)
      changes.description = optionalText(input.description, 'input.description', 4000);
    if (input.places !== undefined && input.places !== null) {
      validatePlacesChange(input.places, offer.placesTaken);
      changes.places = input.places;
    }
    if (input.durationDays !== undefined && input.durationDays !== null) {
      changes.durationDays = requireIntRange(input.durationDays, 'input.durationDays', 1, MAX_DURATION_DAYS);
    }
    if (input.audiences !== undefined && input.audiences !== null) {
      if (input.audiences.length === 0) throw badInput('input.audiences', 'Name at least one audience');
      changes.audiences = [...new Set(input.audiences)];
    }
    if (input.unlimitedRequests) changes.monthlyMaxRequests = null;
    else if (input.monthlyMaxRequests !== undefined && input.monthlyMaxRequests !== null)
      changes.monthlyMaxRequests = validateMonthlyMax(input.monthlyMaxRequests);
    return updateOffer(ctx.db, offer.id, changes);
  },

  pauseImmersionOffer: (_, { id }, ctx) => moveOffer(ctx, id, 'PAUSED'),
  resumeImmersionOffer: (_, { id }, ctx) => moveOffer(ctx, id, 'OPEN'),
  closeImmersionOffer: (_, { id }, ctx) => moveOffer(ctx, id, 'CLOSED'),

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
      monthlyMaxRequests: validateMonthlyMax(input.monthlyMaxRequests),
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
      ctx.mail,
    );
  },

  draftImmersionAgreement: async (_, { input }, ctx) => {
    const request = await findRequest(ctx.db, input.requestId, 'input.requestId');
    const offer = await ctx.loaders.offer.load(request.offerId);
    requireActFor(ctx.identity, await companyScope(ctx, await loadCompany(ctx, offer!.companyId, 'input.requestId')));
    requireAcceptedRequest(request.status);
    return draftAgreement(ctx.db, request, await agreementTerms(ctx, input, request), ctx.identity.subject ?? null);
  },

  updateImmersionAgreement: async (_, { id, input }, ctx) => {
    const agreement = await agreementFor(ctx, id);
    const request = await findRequest(ctx.db, agreement.requestId, 'id');
    return updateAgreement(ctx.db, agreement.id, await agreementTerms(ctx, input, request), ctx.mail, ctx.now);
  },

  sendImmersionAgreementForSignature: async (_, { id }, ctx) =>
    sendAgreement(ctx.db, (await agreementFor(ctx, id)).id, ctx.mail, ctx.now),

  signImmersionAgreement: async (_, { input }, ctx) => ({
    ...(await signAgreement(ctx.db, input.token, ctx.mail, ctx.now)),
    viaToken: true,
  }),

  validateImmersionAgreement: async (_, { id }, ctx) =>
    concludeAgreement(
      ctx.db,
      (await agreementFor(ctx, id, true)).id,
      'VALIDATED',
      ctx.identity.subject ?? null,
      null,
      ctx.now,
    ),

  rejectImmersionAgreement: async (_, { id, reason }, ctx) =>
    concludeAgreement(
      ctx.db,
      (await agreementFor(ctx, id, true)).id,
      'REJECTED',
      ctx.identity.subject ?? null,
      requireText(reason, 'reason', 2000),
      ctx.now,
    ),

  cancelImmersionAgreement: async (_, { id }, ctx) =>
    concludeAgreement(
      ctx.db,
      (await agreementFor(ctx, id)).id,
      'CANCELLED',
      ctx.identity.subject ?? null,
      null,
      ctx.now,
    ),

  recordImmersionAssessment: async (_, { input }, ctx) => {
    let agreement;
    if (input.token) {
      const found = await agreementByToken(ctx.db, input.token);
      // Only the tutor's link (the company's party) records the assessment.
      if (!found || found.signatory.party !== 'COMPANY') throw badInput('input.token', 'This link cannot assess');
      agreement = found.agreement;
    } else if (input.agreementId) {
      agreement = await agreementFor(ctx, input.agreementId);
    } else throw badInput('input.agreementId', 'Give the agreement, or the tutor’s link');
    validateAssessment(agreement, input, ctx.today);
    if (input.skillsObserved.length > 20) throw badInput('input.skillsObserved', 'At most 20 skills');
    return recordAssessment(ctx.db, agreement, {
      tookPlace: input.tookPlace,
      hoursDone: input.hoursDone,
      skillsObserved: input.skillsObserved.map((k) => requireText(k, 'input.skillsObserved', 200)),
      comment: optionalText(input.comment, 'input.comment', 4000),
      recordedBy: ctx.identity.subject ?? (input.token ? 'tutor-link' : null),
    });
  },

  answerImmersionRequest: async (_, { input }, ctx) => {
    const request = await findRequest(ctx.db, input.requestId, 'input.requestId');
    const offer = await ctx.loaders.offer.load(request.offerId);
    requireActFor(ctx.identity, await companyScope(ctx, await loadCompany(ctx, offer!.companyId, 'input.requestId')));
    return answerRequest(ctx.db, request.id, input.accept, ctx.identity.subject ?? null, ctx.mail);
  },

  createOrientationPlace: (_, { input }, ctx) => {
    const place = parsePlace(input);
    requireManagePlace(ctx.identity, place.departmentCode);
    return insertPlace(ctx.db, place);
  },

  updateOrientationPlace: async (_, { id, input }, ctx) => {
    const current = await findPlace(ctx.db, id, 'id');
    requireManagePlace(ctx.identity, current.departmentCode);
    const place = parsePlace(input, current.demonstration);
    requireManagePlace(ctx.identity, place.departmentCode);
    return updatePlace(ctx.db, current.id, place);
  },

  deleteOrientationPlace: async (_, { id }, ctx) => {
    const current = await findPlace(ctx.db, id, 'id');
    requireManagePlace(ctx.identity, current.departmentCode);
    await deletePlace(ctx.db, current.id);
    return current.id;
  },

  createProfessionalBranch: (_, { input }, ctx) => {
    requireAdmin(ctx.identity);
    return insertBranch(ctx.db, {
      name: requireBranchName(input.name),
      idcc: requireIdcc(input.idcc, 'input.idcc'),
      nafCodes: requireNafCodes(input.nafCodes, 'input.nafCodes'),
    });
  },

  recordBranchAgreement: async (_, { input }, ctx) => {
    requireAdmin(ctx.identity);
    const terms = validateAgreement(input);
    const branch = await findBranch(ctx.db, input.branchId, 'input.branchId');
    return insertAgreement(ctx.db, { branchId: branch.id, ...terms });
  },

  publishCommunicationKit: (_, { input }, ctx) => {
    requireStaff(ctx.identity);
    return insertKit(ctx.db, {
      title: requireText(input.title, 'input.title', 200),
      kind: input.kind,
      url: requireHttpUrl(input.url, 'input.url'),
      audience: input.audience,
      publishedBy: ctx.identity.subject ?? null,
    });
  },

  withdrawCommunicationKit: (_, { id }, ctx) => {
    requireStaff(ctx.identity);
    return withdrawKit(ctx.db, id);
  },
};
