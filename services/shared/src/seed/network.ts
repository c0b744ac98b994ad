import { seedId } from '../ids.ts';

/**
 * Who the seed data of every subgraph refers to, by stable id: the companies subgraph writes these
 * companies, the events subgraph lists them as exhibitors, the people subgraph attaches ambassadors.
 */

/** The 18 first signatories (press release of 9 September 2020), by stable key. */
export const foundingCompanyKeys = [
  'legallais',
  'laboratoires-gilbert',
  'dejamobile',
  'voxa-direct',
  'boulangerie-quellier',
  'sous-mon-toit',
  'pmtp',
  'segid',
  'geiq-proprete',
  'leclerc',
  'keolis-bus-verts',
  'filt-1860',
  'armatis',
  'esnault',
  'piercan',
  'lactalis',
  'digital-fast-forward',
  'toffolutti',
] as const;
export type FoundingCompanyKey = (typeof foundingCompanyKeys)[number];

export const companyId = (key: string) => seedId('company', key);

/** Towns of the demonstration network (INSEE code, short name), four per department. */
export const demoTowns = [
  ['14118', 'Caen'],
  ['14366', 'Lisieux'],
  ['14047', 'Bayeux'],
  ['14762', 'Vire'],
  ['27229', 'Évreux'],
  ['27681', 'Vernon'],
  ['27375', 'Louviers'],
  ['27056', 'Bernay'],
  ['50502', 'Saint-Lô'],
  ['50129', 'Cherbourg'],
  ['50218', 'Granville'],
  ['50025', 'Avranches'],
  ['61001', 'Alençon'],
  ['61169', 'Flers'],
  ['61006', 'Argentan'],
  ['61214', "L'Aigle"],
  ['76540', 'Rouen'],
  ['76351', 'Le Havre'],
  ['76217', 'Dieppe'],
  ['76259', 'Fécamp'],
] as const;

/** Two demonstration companies per town. */
export const DEMO_COMPANIES_PER_TOWN = 2;
export const demoCompanyKey = (communeCode: string, index: number) => `demo-${communeCode}-${index}`;

/** Demonstration ambassadors: numbered, two per demonstration company. */
export const demoAmbassadorId = (n: number) => seedId('ambassador', `demo-${n}`);

/** Demonstration proximity referents, one per department. */
export const demoReferentId = (department: string) => seedId('referent', `demo-${department}`);
