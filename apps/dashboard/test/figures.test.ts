import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  charterStatusLabels,
  commitmentKindLabels,
  contactOutcomes,
  type Dashboard,
  eventKindLabels,
  epcisInView,
  epcisWithout,
  figuresCsv,
  figuresOf,
  formatFigure,
  missionLabels,
  periodFilter,
  schoolYearOf,
  schoolYears,
  scopeLabel,
  seriesOf,
} from '../src/figures.ts';
import epcis from '../src/geo/epci.json';
import { manifest, manifestPath } from '../src/manifest.ts';

const SAINT_LO_AGGLO = { siren: '200066389', name: 'CA Saint-Lô Agglo' };
const COUTANCES = { siren: '200067023', name: 'CC Coutances Mer et Bocage' };

const dashboard = (overrides: Partial<Dashboard> = {}): Dashboard => ({
  scope: 'department=50',
  department: { code: '50', name: 'Manche' },
  epci: null,
  from: null,
  to: null,
  charters: {
    total: 1234,
    companies: 1200,
    renewals: 3,
    byStatus: [{ status: 'ACTIVE', count: 1234 }],
    byCommitmentKind: [],
    signedByMonth: [],
    byEpci: [{ epci: SAINT_LO_AGGLO, count: 4 }],
  },
  immersions: {
    offers: 2,
    places: 5,
    remainingPlaces: 4,
    requests: 3,
    pending: 1,
    accepted: 1,
    declined: 1,
    acceptanceRate: 0.5,
    byEpci: [{ epci: SAINT_LO_AGGLO, offers: 2, places: 5, requests: 3, accepted: 1 }],
  },
  events: null,
  ambassadors: { active: 2, byEpci: [{ epci: COUTANCES, count: 2 }] },
  parentsCafes: { held: 0, participants: 0, upcoming: 1 },
  contactRequests: { sent: 8, answered: 6, expired: 1, medianResponseHours: 12.25, byEpci: [] },
  ...overrides,
});

describe('the figures of the dashboard page', () => {
  it('lists the main figures, leaving out a part its service could not give, and computes the response rate', () => {
    const figures = figuresOf(dashboard());
    expect(figures.find((f) => f.key === 'charters.total')?.value).toBe(1234);
    expect(figures.find((f) => f.key === 'contactRequests.responseRate')?.value).toBe(0.75);
    expect(figures.some((f) => f.key.startsWith('events.'))).toBe(false);
    const noRequests = figuresOf(
      dashboard({ contactRequests: { sent: 0, answered: 0, expired: 0, medianResponseHours: null, byEpci: [] } }),
    );
    expect(noRequests.find((f) => f.key === 'contactRequests.responseRate')?.value).toBeNull();
  });

  it('writes figures in French', () => {
    expect(formatFigure({ value: 1234, unit: 'count' })).toBe('1\u202f234');
    expect(formatFigure({ value: 0.5, unit: 'rate' })).toBe('50\u00a0%');
    expect(formatFigure({ value: 12.25, unit: 'hours' })).toBe('12,3 h');
    expect(formatFigure({ value: null, unit: 'rate' })).toBe('—');
    expect(scopeLabel({ department: null, epci: null, from: null, to: null })).toBe('Normandie · toutes périodes');
    expect(
      scopeLabel({ department: { code: '50', name: 'Manche' }, epci: SAINT_LO_AGGLO, from: '2025-01-01', to: null }),
    ).toBe('Manche · CA Saint-Lô Agglo · du 2025-01-01 au …');
  });

  it('exports the view as CSV for French spreadsheets: BOM, semicolons, decimal commas, quoted cells', () => {
    const csv = figuresCsv(dashboard({ epci: { siren: '200042604', name: 'CC de Granville, Terre et Mer; "Sud"' } }));
    expect(csv.startsWith('\uFEFFterritoire;indicateur;cle;valeur\r\n')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toContain(
      '"Manche · CC de Granville, Terre et Mer; ""Sud"" · toutes périodes";Chartes signées;charters.total;1234',
    );
    expect(lines.find((l) => l.includes('immersions.acceptanceRate'))?.endsWith(';0,5')).toBe(true);
    expect(lines.find((l) => l.includes('charters.byStatus.ACTIVE'))).toContain('Chartes : En vigueur');
  });

  it('exports the breakdowns by EPCI too, one row per EPCI and figure', () => {
    const lines = figuresCsv(dashboard()).slice(1).trim().split('\r\n');
    expect(lines).toContain('CA Saint-Lô Agglo (200066389);Chartes signées;epci.200066389.charters;4');
    expect(lines).toContain("CA Saint-Lô Agglo (200066389);Places d'immersion;epci.200066389.immersions.places;5");
    expect(lines).toContain('CC Coutances Mer et Bocage (200067023);Ambassadeurs actifs;epci.200067023.ambassadors;2');
  });

  it('exports the commitments over time, the actions by kind and the contact responses by EPCI', () => {
    const d = dashboard();
    d.charters.commitmentsByMonth = [
      { month: '2025-03', kind: 'FORUM', count: 2 },
      { month: '2025-04', kind: 'SPONSORSHIP', count: 1 },
    ];
    d.charters.actionsByKind = [{ kind: 'FORUM', count: 3 }];
    d.charters.meetingCommitments = 1;
    d.charters.meetingCommitmentsShare = 0.25;
    d.contactRequests!.responsesByEpci = [
      { epci: COUTANCES, sent: 4, answered: 3, expired: 1, responseRate: 0.75 },
      { epci: SAINT_LO_AGGLO, sent: 0, answered: 0, expired: 0, responseRate: null },
    ];
    const lines = figuresCsv(d).slice(1).trim().split('\r\n');
    expect(lines).toContain(
      'Manche · toutes périodes;Engagements signés en mars 2025 : Forums;charters.commitmentsByMonth.2025-03.FORUM;2',
    );
    expect(lines).toContain('Manche · toutes périodes;Actions menées : Forums;charters.actionsByKind.FORUM;3');
    expect(lines).toContain(
      'Manche · toutes périodes;Part des chartes tenant leurs engagements;charters.meetingCommitmentsShare;0,25',
    );
    expect(lines).toContain(
      'CC Coutances Mer et Bocage (200067023);Taux de réponse aux demandes de contact;epci.200067023.contactRequests.responseRate;0,75',
    );
    expect(lines.some((l) => l.includes('epci.200066389.contactRequests.responseRate'))).toBe(false);
    expect(seriesOf(d)).toEqual({
      'charters.commitmentsByMonth.2025-03.FORUM': 2,
      'charters.commitmentsByMonth.2025-04.SPONSORSHIP': 1,
      'charters.actionsByKind.FORUM': 3,
      'contactRequests.responsesByEpci.200067023.sent': 4,
      'contactRequests.responsesByEpci.200067023.answered': 3,
      'contactRequests.responsesByEpci.200067023.responseRate': 0.75,
      'contactRequests.responsesByEpci.200066389.sent': 0,
      'contactRequests.responsesByEpci.200066389.answered': 0,
      'contactRequests.responsesByEpci.200066389.responseRate': null,
    });
  });

  it('gives the period one way at a time: a month, a school year, or days', () => {
    expect(periodFilter({ kind: 'all' })).toEqual({});
    expect(periodFilter({ kind: 'month', month: '2026-03' })).toEqual({ month: '2026-03' });
    expect(periodFilter({ kind: 'schoolYear', schoolYear: '2025-2026' })).toEqual({ schoolYear: '2025-2026' });
    expect(periodFilter({ kind: 'days', from: '2026-01-01', to: '' })).toEqual({ from: '2026-01-01' });
    expect(schoolYearOf('2026-08-31')).toBe('2025-2026');
    expect(schoolYearOf('2026-09-01')).toBe('2026-2027');
    expect(schoolYears('2026-11-22')).toEqual([
      '2026-2027',
      '2025-2026',
      '2024-2025',
      '2023-2024',
      '2022-2023',
      '2021-2022',
      '2020-2021',
      '2019-2020',
    ]);
  });

  it('shares the contact requests out by answer: the answered share is the response rate', () => {
    expect(contactOutcomes(dashboard())).toEqual([
      { key: 'answered', label: 'Répondues', count: 6, share: 0.75 },
      { key: 'expired', label: 'Expirées sans réponse', count: 1, share: 0.125 },
      { key: 'pending', label: 'En attente', count: 1, share: 0.125 },
    ]);
    expect(contactOutcomes(dashboard({ contactRequests: null }))).toEqual([]);
  });

  it('finds the EPCI of the territory with neither ambassador nor immersion place', () => {
    const manche = epcisInView(epcis, '50', null);
    expect(manche.length).toBeGreaterThan(5);
    expect(manche.every((e) => e.departments.includes('50'))).toBe(true);
    expect(epcisInView(epcis, null, SAINT_LO_AGGLO.siren).map((e) => e.siren)).toEqual([SAINT_LO_AGGLO.siren]);
    const without = epcisWithout(dashboard(), manche).map((e) => e.siren);
    expect(without).not.toContain(SAINT_LO_AGGLO.siren); // immersion places
    expect(without).not.toContain(COUTANCES.siren); // ambassadors
    expect(without).toHaveLength(manche.length - 2);
    // Without the people service's part, nothing is claimed.
    expect(epcisWithout(dashboard({ ambassadors: null }), manche)).toEqual([]);
  });
});

describe('French labels', () => {
  it('name every value of the enums the page shows', () => {
    const sdl = readFileSync(join(import.meta.dirname, '../../../schema/api.graphql'), 'utf8');
    const values = (name: string) =>
      [...(sdl.match(new RegExp(`^enum ${name} \\{([^}]*)\\}`, 'm'))?.[1] ?? '').matchAll(/^\s+([A-Z_]+)$/gm)].map(
        (m) => m[1],
      );
    for (const [name, labels] of [
      ['CharterStatus', charterStatusLabels],
      ['CommitmentKind', commitmentKindLabels],
      ['EventKind', eventKindLabels],
      ['CoordinatorMission', missionLabels],
    ] as const) {
      expect(values(name).length, name).toBeGreaterThan(3);
      expect(Object.keys(labels).sort(), name).toEqual(values(name).sort());
    }
  });
});

describe('the offline base map and the trusted document', () => {
  it('bundles five approximate department outlines, and says how they were made', () => {
    const outlines = JSON.parse(readFileSync(join(import.meta.dirname, '../src/geo/departements.json'), 'utf8'));
    expect(outlines.description).toMatch(/Approximate outlines.*Voronoi.*Not an official boundary/);
    expect(outlines.features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual([
      '14',
      '27',
      '50',
      '61',
      '76',
    ]);
  });

  it('registers the page operation as written in src/dashboard.graphql (npm run manifest -w @dm/dashboard)', () => {
    expect(JSON.parse(readFileSync(manifestPath, 'utf8'))).toEqual(manifest());
  });
});
