import { addDays, DEMO_COMPANIES_PER_TOWN, demoCompanyKey, demoTowns, isValidSiret } from '@dm/shared';
import type { CommitmentKind } from '../rules/charter.ts';

/**
 * Demonstration data, NOT facts: invented companies, SIRET numbers, communes, commitments, offers and
 * actions, so that a newcomer sees a living network across the five departments. Every row it writes
 * has `demonstration = true` and every invented company name ends with "(démo)".
 * Deterministic: the same day gives the same data.
 */

/** A valid SIRET (Luhn) for invented company number `n`: 9 then the number, then a check digit. */
export function demoSiret(n: number): string {
  const body = `9${String(n).padStart(12, '0')}`;
  const check = [...'0123456789'].find((digit) => isValidSiret(`${body}${digit}`));
  if (check === undefined) throw new Error('unreachable: one check digit always fits');
  return `${body}${check}`;
}

export interface DemoCompany {
  key: string;
  name: string;
  sector: string;
  nafCode: string;
  communeCode: string;
  romeCodes: string[];
}

const trades = [
  { sector: 'Boulangerie', naf: '10.71C', rome: ['D1102'], label: 'Boulangerie du Marché' },
  { sector: 'Bâtiment', naf: '43.32A', rome: ['F1607', 'F1603'], label: 'Menuiserie des Vallées' },
  { sector: 'Industrie', naf: '25.62B', rome: ['H2909', 'H2903'], label: 'Usinage Précis' },
  { sector: 'Soins et aide à la personne', naf: '88.10A', rome: ['K1302'], label: 'Aide à Domicile Solidaire' },
  { sector: 'Hôtellerie-restauration', naf: '56.10A', rome: ['G1602', 'G1803'], label: 'Brasserie du Port' },
  { sector: 'Transport et logistique', naf: '49.41A', rome: ['N4101', 'N1103'], label: 'Transports Normands' },
  { sector: 'Numérique', naf: '62.01Z', rome: ['M1805'], label: 'Code & Bocage' },
  { sector: 'Agriculture', naf: '01.41Z', rome: ['A1407'], label: 'Ferme Laitière du Bessin' },
  { sector: 'Maritime', naf: '30.11Z', rome: ['I1601', 'H2913'], label: 'Chantier Naval de la Manche' },
  { sector: 'Commerce', naf: '47.11F', rome: ['D1507', 'D1106'], label: 'Épicerie Coopérative' },
];

/** Twenty towns × two trades each: forty invented companies spread over the five departments. */
export const demoCompanies: DemoCompany[] = demoTowns.flatMap(([communeCode, town], i) =>
  Array.from({ length: DEMO_COMPANIES_PER_TOWN }, (_, j) => {
    const trade = trades[(i * 3 + j * 7) % trades.length]!;
    return {
      key: demoCompanyKey(communeCode, j),
      name: `${trade.label} ${town} (démo)`,
      sector: trade.sector,
      nafCode: trade.naf,
      communeCode,
      romeCodes: trade.rome,
    };
  }),
);

const themeKinds: CommitmentKind[] = [
  'PARENT_ACTION',
  'SPONSORSHIP',
  'COMPANY_VISIT',
  'TRAINING_COOPERATION',
  'STUDENT_INTERNSHIP',
  'ADULT_IMMERSION',
  'TEACHER_DEVELOPMENT',
  'CLASS_HOSTING',
  'FORUM',
  'DIPLOMA_CEREMONY',
  'SCHOOL_INTERVENTION',
  'JOB_OFFER_POSTING',
];

/** A valid set of commitments for company number `n`: one or two of the scheme, one or two themes. */
export function demoCommitments(n: number): CommitmentKind[] {
  const scheme: CommitmentKind[] =
    n % 3 === 0
      ? ['AMBASSADOR_NETWORK', 'IMMERSION_HOSTING']
      : n % 3 === 1
        ? ['AMBASSADOR_NETWORK']
        : ['IMMERSION_HOSTING'];
  const first = themeKinds[n % themeKinds.length]!;
  const second = themeKinds[(n * 5 + 3) % themeKinds.length]!;
  return [...scheme, ...new Set([first, second])];
}

/**
 * Signature dates spread over the last two years, so that most charters are in force, a few expire
 * within 90 days, and a few have expired.
 */
export const demoSignedOn = (n: number, today: string) => addDays(today, -((n * 53) % 790) - 1);

export { demoReferentId } from '@dm/shared';
