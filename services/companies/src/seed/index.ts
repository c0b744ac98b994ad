import { addDays, addYears, type Database, loadSeedLayers, type SeedLayer, seedId, todayInParis } from '@dm/shared';
import { eq, sql } from '@dm/shared/orm';
import { communes } from '@dm/shared/reference';
import {
  branchAgreement,
  agreementSignatory,
  charter,
  commitment,
  commitmentAction,
  communicationKit,
  company,
  immersionAgreement,
  immersionAssessment,
  immersionOffer,
  immersionRequest,
  orientationPlace,
  professionalBranch,
  seedRun,
} from '../db/schema.ts';
import { demoAgreements, demoBranches, demoKits } from './branches.ts';
import { demoPlaces, factPlaces } from './places.ts';
import { CHARTER_TERM_YEARS, validateCommitments } from '../rules/charter.ts';
import { companyDerived } from '../store/companies.ts';
import {
  demoCommitments,
  demoCompanies,
  demoImmersions,
  demoOffers,
  demoReferentId,
  demoSignedOn,
  demoSiret,
} from './demo.ts';
import {
  FOUNDING_DEPARTMENT,
  FOUNDING_SIGNATURE_DATE,
  foundingCharterId,
  foundingCompanyId,
  foundingSignatories,
} from './facts.ts';

export { layersFor } from '@dm/shared';

async function loadFacts(db: Database) {
  await db.insert(company).values(
    foundingSignatories.map((s) => ({
      id: foundingCompanyId(s.key),
      name: s.name,
      sector: s.sector,
      siret: null,
      nafCode: null,
      communeCode: s.communeCode ?? null,
      departmentCode: FOUNDING_DEPARTMENT,
      currentCharterId: foundingCharterId(s.key),
      ...companyDerived({ name: s.name, communeCode: s.communeCode ?? null, sector: s.sector }),
    })),
  );
  await db.insert(charter).values(
    foundingSignatories.map((s) => ({
      id: foundingCharterId(s.key),
      companyId: foundingCompanyId(s.key),
      signedOn: FOUNDING_SIGNATURE_DATE,
      expiresOn: addYears(FOUNDING_SIGNATURE_DATE, CHARTER_TERM_YEARS),
    })),
  );
}

async function loadDemo(db: Database, today: string) {
  // The founding charters' chosen actions are unknown: demonstration commitments stand in for them.
  await db
    .insert(commitment)
    .values(
      foundingSignatories.flatMap((s, n) =>
        demoCommitments(n).map((kind) => ({ charterId: foundingCharterId(s.key), kind, demonstration: true })),
      ),
    );

  const companyRows = demoCompanies.map((d, n) => ({
    id: seedId('company', d.key),
    name: d.name,
    siret: demoSiret(n + 1),
    sector: d.sector,
    nafCode: d.nafCode,
    communeCode: d.communeCode,
    departmentCode: communes.get(d.communeCode)!.departmentCode,
    // No foreign key from company to charter: the current charter can be named before it is written.
    currentCharterId: seedId('charter', d.key),
    demonstration: true,
    ...companyDerived(d),
  }));
  await db.insert(company).values(companyRows);

  const charterRows = demoCompanies.map((d, n) => {
    const signedOn = demoSignedOn(n, today);
    return {
      id: seedId('charter', d.key),
      companyId: seedId('company', d.key),
      signedOn,
      expiresOn: addYears(signedOn, CHARTER_TERM_YEARS),
      // One charter in thirteen was ended early, so that TERMINATED shows too.
      terminatedOn: n % 13 === 12 ? addDays(signedOn, 200) : null,
      terminationReason: n % 13 === 12 ? 'Démonstration : cessation d’activité' : null,
      referentId: demoReferentId(communes.get(d.communeCode)!.departmentCode),
      demonstration: true,
    };
  });
  await db.insert(charter).values(charterRows);

  const commitmentRows = demoCompanies.flatMap((d, n) => {
    const kinds = demoCommitments(n + 18);
    validateCommitments(kinds.map((kind) => ({ kind })));
    return kinds.map((kind) => ({
      id: seedId('commitment', `${d.key}:${kind}`),
      charterId: seedId('charter', d.key),
      kind,
      description: `Démonstration : engagement ${kind.toLowerCase().replaceAll('_', ' ')}`,
      demonstration: true,
    }));
  });
  await db.insert(commitment).values(commitmentRows);

  // One recorded action per commitment of every third company, a month after signature.
  const actions = commitmentRows
    .filter((_, i) => i % 3 === 0)
    .map((c, i) => {
      const signed = charterRows.find((r) => r.id === c.charterId)!.signedOn;
      const occurredOn = addDays(signed, 30 + (i % 60));
      return occurredOn <= today
        ? { commitmentId: c.id, occurredOn, description: 'Démonstration : action menée', participants: 10 + (i % 25) }
        : null;
    })
    .filter((a) => a !== null);
  if (actions.length) await db.insert(commitmentAction).values(actions);

  const offers = demoOffers(today);
  await db.insert(immersionOffer).values(offers);
}

/**
 * Loads the seed layers not loaded yet (see `loadSeedLayers`); orientation places, branches and kits came later,
 * as layers of their own.
 */
export async function seed(db: Database, layers: SeedLayer[], today = todayInParis()) {
  await loadSeedLayers(
    db,
    seedRun,
    layers,
    (tx, layer) => (layer === 'facts' ? loadFacts(tx) : loadDemo(tx, today)),
    'companies',
  );
  await loadSeedLayers(
    db,
    seedRun,
    layers.map((layer) => `${layer}:territory` as const),
    async (tx, layer) => {
      if (layer === 'facts:territory') {
        await tx.insert(orientationPlace).values(factPlaces);
        return;
      }
      await tx.insert(orientationPlace).values(demoPlaces);
      await tx.insert(professionalBranch).values(demoBranches);
      await tx.insert(branchAgreement).values(demoAgreements(today));
      await tx.insert(communicationKit).values(demoKits);
    },
    'companies',
  );
  // Requests on the offers, their agreements and assessments came later too: the dashboard's immersion figures.
  await loadSeedLayers(
    db,
    seedRun,
    layers.filter((layer) => layer === 'demo').map(() => 'demo:immersions' as const),
    async (tx) => {
      // A database seeded before has the offers of its own day: requests go to those that exist.
      const existing = new Set(
        (
          await tx.select({ id: immersionOffer.id }).from(immersionOffer).where(eq(immersionOffer.demonstration, true))
        ).map((o) => o.id),
      );
      const { requests, agreements, signatories, assessments, taken } = demoImmersions(today, existing);
      if (requests.length) await tx.insert(immersionRequest).values(requests);
      if (agreements.length) await tx.insert(immersionAgreement).values(agreements);
      if (signatories.length) await tx.insert(agreementSignatory).values(signatories);
      if (assessments.length) await tx.insert(immersionAssessment).values(assessments);
      for (const [offerId, places] of taken) {
        await tx
          .update(immersionOffer)
          .set({ placesTaken: sql`${immersionOffer.placesTaken} + ${places}` })
          .where(eq(immersionOffer.id, offerId));
      }
    },
    'companies',
  );
}
