import { forgettingAfterWrites, personalDataResolvers, scalarResolvers } from '@dm/shared';
import { companiesPersonalData } from '../store/personalData.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { Charter } from './Charter.ts';
import { CharterApplication } from './CharterApplication.ts';
import { Commitment } from './Commitment.ts';
import { Company } from './Company.ts';
import { AgreementBeneficiary, ImmersionAgreement } from './ImmersionAgreement.ts';
import { ImmersionOffer } from './ImmersionOffer.ts';
import { ImmersionRequest } from './ImmersionRequest.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Referent } from './Referent.ts';
import { Commune } from './Commune.ts';
import { Metier } from './Metier.ts';
import { OrientationPlace } from './OrientationPlace.ts';
import { BranchAgreement, ProfessionalBranch } from './ProfessionalBranch.ts';
import { CharterStatistics, ImmersionStatistics, RegionalDashboard } from './RegionalDashboard.ts';

const privacy = personalDataResolvers(companiesPersonalData);

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...privacy.types,
  Query,
  Mutation: forgettingAfterWrites({ ...Mutation, ...privacy.mutations }),
  Company,
  Charter,
  CharterApplication,
  Commitment,
  ImmersionOffer,
  ImmersionRequest,
  ImmersionAgreement,
  AgreementBeneficiary,
  Commune,
  Metier,
  Referent,
  OrientationPlace,
  ProfessionalBranch,
  BranchAgreement,
  RegionalDashboard,
  CharterStatistics,
  ImmersionStatistics,
};
