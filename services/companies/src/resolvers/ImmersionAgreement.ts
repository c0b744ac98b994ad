import type { AgreementBeneficiaryResolvers, ImmersionAgreementResolvers } from '../generated/resolvers.ts';
import { agreementPdf } from '../pdf/agreement.ts';
import { inPartyOrder } from '../store/agreements.ts';
import { revealAgreement, seesAgreement } from './scope.ts';

/** Personal data of an agreement: its parties' side and staff, or a link's holder; each read audited. */
const personal =
  <T>(pick: (row: Parameters<typeof revealAgreement>[1]) => T) =>
  async (row: Parameters<typeof revealAgreement>[1], _: unknown, ctx: Parameters<typeof revealAgreement>[0]) =>
    (await revealAgreement(ctx, row)) ? pick(row) : null;

export const ImmersionAgreement: ImmersionAgreementResolvers = {
  __resolveReference: async (ref, ctx) => {
    const row = await ctx.loaders.agreement.load(ref.id);
    return row && (await seesAgreement(ctx, row)) ? row : null;
  },
  request: async (row, _, ctx) => (await ctx.loaders.request.load(row.requestId))!,
  offer: async (row, _, ctx) => (await ctx.loaders.offer.load(row.offerId))!,
  company: async (row, _, ctx) => (await ctx.loaders.company.load(row.companyId))!,
  beneficiary: personal((row) => row) as ImmersionAgreementResolvers['beneficiary'],
  guardian: personal((row) =>
    row.guardianName ? { name: row.guardianName, email: row.guardianEmail!, jobTitle: null, organisation: null } : null,
  ),
  tutor: personal((row) => ({
    name: row.tutorName,
    email: row.tutorEmail,
    jobTitle: row.tutorJobTitle,
    organisation: null,
  })) as ImmersionAgreementResolvers['tutor'],
  prescriber: personal((row) =>
    row.prescriberName
      ? {
          name: row.prescriberName,
          email: row.prescriberEmail!,
          jobTitle: null,
          organisation: row.prescriberOrganisation,
        }
      : null,
  ),
  signatories: async (row, _, ctx) =>
    (await revealAgreement(ctx, row)) ? inPartyOrder(await ctx.loaders.signatoriesByAgreement.load(row.id)) : [],
  assessment: async (row, _, ctx) =>
    (await seesAgreement(ctx, row)) ? ctx.loaders.assessmentByAgreement.load(row.id) : null,
  pdf: async (row, _, ctx) => {
    if (!(await revealAgreement(ctx, row))) return '';
    const [offer, host, signatories] = await Promise.all([
      ctx.loaders.offer.load(row.offerId),
      ctx.loaders.company.load(row.companyId),
      ctx.loaders.signatoriesByAgreement.load(row.id),
    ]);
    return agreementPdf(row, offer!, host!, inPartyOrder(signatories)).toString('base64');
  },
};

export const AgreementBeneficiary: AgreementBeneficiaryResolvers = {
  firstName: (row) => row.beneficiaryFirstName,
  lastName: (row) => row.beneficiaryLastName,
  email: (row) => row.beneficiaryEmail,
  birthDate: (row) => row.beneficiaryBirthDate,
  minor: (row) => row.beneficiaryMinor,
};
