import { isStaff, requireThat } from '@dm/shared';
import type { CharterResolvers } from '../generated/resolvers.ts';
import { canActForCompany, mayReadTerminationReason } from '../rules/access.ts';
import {
  charterStatus,
  commitmentsMet,
  commitmentThemeOf,
  commitmentThemes,
  followUpTerm,
  inForce,
} from '../rules/charter.ts';
import { companyScope } from './scope.ts';

export const Charter: CharterResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.charter.load(ref.id),
  company: async (row, _, ctx) => (await ctx.loaders.company.load(row.companyId))!,
  status: (row, _, ctx) => charterStatus(row, ctx.today),
  commitments: (row, _, ctx) => ctx.loaders.commitmentsByCharter.load(row.id),
  commitmentsMet: async (row, _, ctx) => {
    const commitments = await ctx.loaders.commitmentsByCharter.load(row.id);
    const actions = await ctx.loaders.actionsByCommitment.loadMany(commitments.map((c) => c.id));
    return commitmentsMet(
      actions.map((list) => {
        if (list instanceof Error) throw list;
        return { actionDays: list.map((a) => a.occurredOn) };
      }),
      followUpTerm(row, ctx.today),
    );
  },
  followUpFrom: (row, _, ctx) => followUpTerm(row, ctx.today).from,
  followUpTo: (row, _, ctx) => followUpTerm(row, ctx.today).to,
  commitmentsByTheme: async (row, _, ctx) => {
    const commitments = await ctx.loaders.commitmentsByCharter.load(row.id);
    return commitmentThemes
      .map((theme) => ({
        theme,
        commitments: commitments.filter((c) => commitmentThemeOf[c.kind] === theme),
      }))
      .filter((group) => group.commitments.length > 0);
  },
  // A charter signed by staff was signed by the three parties that day; one approved from an application
  // was signed by the company when it applied, by the agency at approval, by the Région later.
  signatures: (row) => [
    { party: 'COMPANY', signedOn: row.companySignedOn ?? row.signedOn },
    { party: 'AGENCY', signedOn: row.agencySignedOn ?? row.signedOn },
    { party: 'REGION', signedOn: row.awaitingRegion ? null : (row.regionSignedOn ?? row.signedOn) },
  ],
  referent: (row) => (row.referentId ? { id: row.referentId } : null),
  terminationReason: async (row, _, ctx) => {
    const owner = await ctx.loaders.company.load(row.companyId);
    requireThat(
      owner !== null && mayReadTerminationReason(ctx.identity, await companyScope(ctx, owner)),
      'Only the company and the staff who manage it see why its charter ended',
    );
    return row.terminationReason ?? null;
  },
  communicationKits: async (row, _, ctx) => {
    const owner = (await ctx.loaders.company.load(row.companyId))!;
    requireThat(
      isStaff(ctx.identity) || canActForCompany(ctx.identity, await companyScope(ctx, owner)),
      'Only the company and staff see its communication kits',
    );
    return inForce(charterStatus(row, ctx.today)) ? ctx.loaders.currentKits.load('current') : [];
  },
};
