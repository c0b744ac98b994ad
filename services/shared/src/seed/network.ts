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

/** The agreement of a demonstration professional branch (`bakery`, `building`, `metal`, `hospitality`). */
export const demoBranchAgreementId = (branchKey: string) => seedId('branch-agreement', branchKey);

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

/** A trade of the demonstration network: a sector, its NAF code, and the ROME codes of its trades with a job title. */
export interface DemoTrade {
  sector: string;
  naf: string;
  /** The company's trades, the first its main one: its ambassadors and immersion offers take them. */
  trades: readonly (readonly [rome: string, jobTitle: string])[];
  label: string;
}

/**
 * The ten sectors of the demonstration companies: each NAF code with trades practised in such a company (a
 * bakery's ambassador is a baker, never a developer).
 */
export const demoTrades: readonly DemoTrade[] = [
  { sector: 'Boulangerie', naf: '10.71C', trades: [['D1102', 'Boulanger']], label: 'Boulangerie du Marché' },
  {
    sector: 'Bâtiment',
    naf: '43.32A',
    trades: [
      ['F1607', 'Menuisière'],
      ['F1616', 'Poseur de menuiseries extérieures'],
    ],
    label: 'Menuiserie des Vallées',
  },
  {
    sector: 'Industrie',
    naf: '25.62B',
    trades: [
      ['H2909', 'Monteur-assembleur'],
      ['H2903', 'Tourneuse-fraiseuse'],
    ],
    label: 'Usinage Précis',
  },
  {
    sector: 'Soins et aide à la personne',
    naf: '88.10A',
    trades: [['K1302', 'Aide à domicile']],
    label: 'Aide à Domicile Solidaire',
  },
  {
    sector: 'Hôtellerie-restauration',
    naf: '56.10A',
    trades: [
      ['G1602', 'Cuisinier'],
      ['G1803', 'Serveuse'],
    ],
    label: 'Brasserie du Port',
  },
  {
    sector: 'Transport et logistique',
    naf: '49.41A',
    trades: [
      ['N4101', 'Conductrice routière'],
      ['N1103', 'Préparateur de commandes'],
    ],
    label: 'Transports Normands',
  },
  { sector: 'Numérique', naf: '62.01Z', trades: [['M1805', 'Développeuse']], label: 'Code & Bocage' },
  { sector: 'Agriculture', naf: '01.41Z', trades: [['A1407', 'Éleveur laitier']], label: 'Ferme Laitière du Bessin' },
  {
    sector: 'Maritime',
    naf: '30.11Z',
    trades: [
      ['I1601', 'Technicien naval'],
      ['H2913', 'Soudeuse'],
    ],
    label: 'Chantier Naval de la Manche',
  },
  {
    sector: 'Commerce',
    naf: '47.11F',
    trades: [
      ['D1507', 'Chef de rayon'],
      ['D1106', 'Vendeuse en épicerie'],
    ],
    label: 'Épicerie Coopérative',
  },
];

/** The trade of demonstration company `index` (0 or 1) of the `town`-th demonstration town. */
export const demoTradeOf = (town: number, index: number): DemoTrade =>
  demoTrades[(town * 3 + index * 7) % demoTrades.length]!;

/**
 * The trade of the demonstration ambassador of each founding signatory, from the sector the press release gives
 * (the release names no ambassador: these are demonstration people).
 */
export const foundingAmbassadorTrades: Record<FoundingCompanyKey, readonly [rome: string, jobTitle: string]> = {
  legallais: ['D1407', 'Technico-commerciale'],
  'laboratoires-gilbert': ['H1510', 'Technicien de laboratoire de contrôle'],
  dejamobile: ['M1805', 'Développeur'],
  'voxa-direct': ['E1122', 'Vélotypiste'],
  'boulangerie-quellier': ['D1102', 'Boulangère'],
  'sous-mon-toit': ['K1302', 'Auxiliaire de vie'],
  pmtp: ['F1702', 'Ouvrier en voiries'],
  segid: ['K2204', 'Agente de propreté'],
  'geiq-proprete': ['K2204', 'Agent de propreté'],
  leclerc: ['D1507', 'Employée de rayon'],
  'keolis-bus-verts': ['N4103', 'Conducteur de car'],
  'filt-1860': ['H2403', 'Conductrice de machines textiles'],
  armatis: ['D1408', 'Conseiller clientèle à distance'],
  esnault: ['F1703', 'Maçonne'],
  piercan: ['H3201', 'Plasturgiste'],
  lactalis: ['H2102', 'Conducteur de ligne en industrie alimentaire'],
  'digital-fast-forward': ['M1805', 'Développeuse'],
  toffolutti: ['F1702', 'Ouvrière en voiries'],
};
