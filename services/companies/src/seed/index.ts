import { addDays, addYears, type Database, loadSeedLayers, type SeedLayer, seedId, todayInParis } from '@dm/shared';
import { communes, metiers } from '@dm/shared/reference';
import { charter, commitment, commitmentAction, company, immersionOffer, seedRun } from '../db/schema.ts';
import { CHARTER_TERM_YEARS, validateCommitments } from '../rules/charter.ts';
import { companyDerived } from '../store/companies.ts';
import { demoCommitments, demoCompanies, demoReferentId, demoSignedOn, demoSiret } from './demo.ts';
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

  const offers = demoCompanies.flatMap((d, n) =>
    d.romeCodes.slice(0, 1 + (n % 2)).map((romeCode, j) => {
      const commune = communes.get(d.communeCode)!;
      return {
        id: seedId('offer', `${d.key}:${romeCode}`),
        companyId: seedId('company', d.key),
        romeCode,
        title: `Découverte du métier : ${metiers.get(romeCode)!.label} (démo)`,
        description: 'Démonstration : quelques jours pour découvrir le métier aux côtés d’un professionnel.',
        places: 2 + ((n + j) % 4),
        durationDays: 3 + (n % 3),
        audiences: n % 2 === 0 ? ['COLLEGE_PUPIL', 'LYCEE_PUPIL'] : ['JOB_SEEKER', 'CAREER_CHANGER', 'STUDENT'],
        communeCode: commune.code,
        departmentCode: commune.departmentCode,
        latitude: commune.latitude,
        longitude: commune.longitude,
        demonstration: true,
      };
    }),
  );
  await db.insert(immersionOffer).values(offers);
}

/** Loads the seed layers not loaded yet (see `loadSeedLayers`). */
export const seed = (db: Database, layers: SeedLayer[], today = todayInParis()) =>
  loadSeedLayers(
    db,
    seedRun,
    layers,
    (tx, layer) => (layer === 'facts' ? loadFacts(tx) : loadDemo(tx, today)),
    'companies',
  );
