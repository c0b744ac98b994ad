import { companyId, type FoundingCompanyKey, seedId } from '@dm/shared';

/**
 * Facts of the source documents (Région Normandie press release of 9 September 2020): the 18 first
 * signatories of the Fabrique des Compétences charter, all of Calvados, with the sector the release
 * gives, their charters signed on 2020-09-09 at Legallais, Hérouville-Saint-Clair.
 * The release gives no SIRET, no commune (but Legallais'), no chosen actions and no referent:
 * those stay empty here.
 */
export const FOUNDING_SIGNATURE_DATE = '2020-09-09';

export interface FoundingSignatory {
  key: FoundingCompanyKey;
  name: string;
  sector: string;
  communeCode?: string;
}

export const foundingSignatories: FoundingSignatory[] = [
  { key: 'legallais', name: 'Legallais', sector: 'Quincaillerie', communeCode: '14327' },
  { key: 'laboratoires-gilbert', name: 'Laboratoires Gilbert', sector: 'Pharmacie' },
  { key: 'dejamobile', name: 'Dejamobile', sector: 'Éditeur de logiciels' },
  { key: 'voxa-direct', name: 'Voxa Direct', sector: 'Vélotypie' },
  { key: 'boulangerie-quellier', name: 'Boulangerie Quellier', sector: 'Boulangerie' },
  { key: 'sous-mon-toit', name: 'Sous mon Toit', sector: 'Services à la personne' },
  { key: 'pmtp', name: 'PMTP', sector: 'Travaux publics' },
  { key: 'segid', name: 'SEGID', sector: 'Propreté' },
  {
    key: 'geiq-proprete',
    name: 'GEIQ Propreté',
    sector: "Groupement d'employeurs pour l'insertion et la qualification (propreté)",
  },
  { key: 'leclerc', name: 'Leclerc', sector: 'Grande distribution' },
  { key: 'keolis-bus-verts', name: 'Keolis Bus Verts', sector: 'Transports en commun' },
  { key: 'filt-1860', name: 'FILT 1860', sector: 'Fabricant de filets' },
  { key: 'armatis', name: 'Armatis', sector: 'Relation clientèle à distance' },
  { key: 'esnault', name: 'Esnault', sector: 'Bâtiment' },
  { key: 'piercan', name: 'Piercan', sector: 'Industrie' },
  { key: 'lactalis', name: 'Lactalis', sector: 'Industrie' },
  { key: 'digital-fast-forward', name: 'Digital Fast Forward', sector: 'Numérique (éditeur de Tiny Coaching)' },
  { key: 'toffolutti', name: 'Toffolutti', sector: 'Travaux publics' },
];

/** The department of every founding signatory: "18 entreprises du Calvados". */
export const FOUNDING_DEPARTMENT = '14';

export const foundingCompanyId = companyId;
export const foundingCharterId = (key: string) => seedId('charter', `${key}:${FOUNDING_SIGNATURE_DATE}`);
