import {
  addDays,
  companyId,
  DEMO_COMPANIES_PER_TOWN,
  demoAmbassadorId,
  demoCompanyKey,
  demoReferentId,
  demoTowns,
  demoTradeOf,
  foundingAmbassadorTrades,
  foundingCompanyKeys,
  seedId,
} from '@dm/shared';
import { communes } from '@dm/shared/reference';
import type { Audience, InterventionKind, ReferentOrganisation, ReferentRole } from '../generated/resolvers.ts';

/**
 * Demonstration data, NOT facts: the source documents name no ambassador, referent or café. Invented
 * people have `demonstration = true`, job titles ending with "(démo)" and e-mail addresses under
 * `.invalid`, a domain that can never receive mail.
 */
const firstNames = [
  'Camille',
  'Léa',
  'Hugo',
  'Manon',
  'Lucas',
  'Chloé',
  'Nathan',
  'Inès',
  'Théo',
  'Jade',
  'Louis',
  'Emma',
  'Arthur',
  'Sarah',
  'Jules',
  'Lina',
  'Gabriel',
  'Zoé',
  'Raphaël',
  'Alice',
];
const lastNames = [
  'Martin',
  'Lefebvre',
  'Leroy',
  'Moreau',
  'Lemoine',
  'Marie',
  'Duval',
  'Lecomte',
  'Hébert',
  'Lesage',
  'Guérin',
  'Féron',
];
const kinds: InterventionKind[] = [
  'CLASS_TALK',
  'FORUM_STAND',
  'COMPANY_VISIT',
  'PHONE_CALL',
  'ONLINE_TALK',
  'IMMERSION_TUTORING',
  'PARENTS_CAFE',
];

export const demoEmail = (n: number) => `ambassadeur.${n}@demo.destination-metier.invalid`;

export interface DemoAmbassador {
  id: string;
  network: 'COMPANY_AMBASSADOR' | 'PARENT_WITNESS';
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  romeCode: string;
  companyId: string | null;
  communeCode: string;
  interventionKinds: InterventionKind[];
  monthlyQuota: number;
  pausedUntil: string | null;
}

/** The trades of the parents who witness theirs, none tied to a company of the network. */
const parentTrades = [
  ['J1501', 'Aide-soignante'],
  ['K2111', 'Formateur'],
  ['F1703', 'Maçon'],
  ['M1607', 'Secrétaire'],
  ['A1203', "Agent d'entretien des espaces verts"],
] as const;

function person(
  n: number,
  communeCode: string,
  company: string | null,
  trade: readonly [rome: string, jobTitle: string],
  network: DemoAmbassador['network'],
  today: string,
): DemoAmbassador {
  const [romeCode, title] = trade;
  return {
    id: demoAmbassadorId(n),
    network,
    firstName: firstNames[n % firstNames.length]!,
    lastName: lastNames[(n * 7) % lastNames.length]!,
    email: demoEmail(n),
    jobTitle: `${title} (démo)`,
    romeCode,
    companyId: company,
    communeCode,
    interventionKinds: [kinds[n % kinds.length]!, kinds[(n + 3) % kinds.length]!],
    monthlyQuota: 2 + (n % 5),
    // One in twenty is on a break, so that paused ambassadors show too.
    pausedUntil: n % 20 === 7 ? addDays(today, 30) : null,
  };
}

/**
 * Ambassadors 1 to 80: two per demonstration company (the ids the events seed names as speakers), in its trades;
 * 81 to 98: one per founding company, in Calvados, in a trade of its sector; 99 to 103: parents, witnesses of
 * their trade.
 */
export function demoAmbassadors(today: string): DemoAmbassador[] {
  const list: DemoAmbassador[] = [];
  demoTowns.forEach(([communeCode], t) => {
    for (let j = 0; j < DEMO_COMPANIES_PER_TOWN; j++) {
      const c = t * DEMO_COMPANIES_PER_TOWN + j;
      const { trades } = demoTradeOf(t, j);
      for (const k of [1, 2]) {
        const company = companyId(demoCompanyKey(communeCode, j));
        list.push(
          person(2 * c + k, communeCode, company, trades[(k - 1) % trades.length]!, 'COMPANY_AMBASSADOR', today),
        );
      }
    }
  });
  foundingCompanyKeys.forEach((key, i) => {
    const communeCode = key === 'legallais' ? '14327' : '14118';
    list.push(person(81 + i, communeCode, companyId(key), foundingAmbassadorTrades[key], 'COMPANY_AMBASSADOR', today));
  });
  ['14118', '27229', '50502', '61001', '76540'].forEach((communeCode, i) =>
    list.push(person(99 + i, communeCode, null, parentTrades[i]!, 'PARENT_WITNESS', today)),
  );
  return list;
}

interface DemoReferent {
  id: string;
  fullName: string;
  email: string;
  organisation: ReferentOrganisation;
  role: ReferentRole;
  departments: string[];
}

export const demoReferents: DemoReferent[] = [
  ...(['14', '27', '50', '61', '76'] as const).map((d, i): DemoReferent => ({
    id: demoReferentId(d),
    fullName: `${firstNames[(i * 3 + 1) % firstNames.length]} ${lastNames[(i * 5 + 2) % lastNames.length]} (démo)`,
    email: `referent.${d}@demo.destination-metier.invalid`,
    organisation: i % 2 === 0 ? 'AGENCY' : 'REGION',
    role: 'PROXIMITY_REFERENT',
    departments: [d],
  })),
  {
    id: seedId('referent', 'demo-coordinator-west'),
    fullName: 'Coordination Ouest (démo)',
    email: 'coordination.ouest@demo.destination-metier.invalid',
    organisation: 'AGENCY',
    role: 'TERRITORIAL_COORDINATOR',
    departments: ['14', '50', '61'],
  },
  {
    id: seedId('referent', 'demo-coordinator-east'),
    fullName: 'Coordination Est (démo)',
    email: 'coordination.est@demo.destination-metier.invalid',
    organisation: 'AGENCY',
    role: 'TERRITORIAL_COORDINATOR',
    departments: ['27', '76'],
  },
];

/**
 * Invented actions of the two demonstration coordinators over the last months, one town at a time, under each
 * of their four missions.
 */
export function demoCoordinatorActions(today: string) {
  const missions = [
    'INFORMATION_PROMOTION',
    'PROFESSIONALS_AND_FAMILIES_SUPPORT',
    'NETWORK_ANIMATION',
    'DROPOUT_AND_VAE',
  ] as const;
  const titles = {
    INFORMATION_PROMOTION: 'Présentation des métiers au collège',
    PROFESSIONALS_AND_FAMILIES_SUPPORT: 'Atelier orientation pour les familles',
    NETWORK_ANIMATION: 'Réunion du réseau local (mission locale, France Travail, chambres)',
    DROPOUT_AND_VAE: 'Permanence décrochage scolaire et VAE',
  } as const;
  const coordinators = [
    { id: seedId('referent', 'demo-coordinator-west'), towns: ['14118', '50129', '61001', '14366', '50502'] },
    { id: seedId('referent', 'demo-coordinator-east'), towns: ['76540', '27229', '76351', '76217', '27681'] },
  ];
  return coordinators.flatMap((c, k) =>
    Array.from({ length: 12 }, (_, i) => {
      const mission = missions[(i + k) % missions.length]!;
      const communeCode = c.towns[i % c.towns.length]!;
      const commune = communes.get(communeCode)!;
      return {
        id: seedId('coordinator-action', `${c.id}-${i}`),
        referentId: c.id,
        mission,
        title: `${titles[mission]} — ${commune.name} (démo)`,
        occurredOn: addDays(today, -(3 + i * 11 + k * 2)),
        communeCode,
        departmentCode: commune.departmentCode,
        epciSiren: commune.epci?.siren ?? null,
        participants: 10 + ((i * 7 + k * 5) % 40),
        demonstration: true,
      };
    }),
  );
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A demonstration contact request, as the seed writes it (its addressee's place copied as the service does). */
export interface DemoContactRequest {
  ambassadorId: string | null;
  companyId: string | null;
  departmentCode: string;
  communeCode: string;
  status: 'PENDING' | 'ANSWERED' | 'EXPIRED';
  requesterName: string;
  requesterEmail: string;
  requesterEmailKey: string;
  requesterRole: Audience;
  minor: boolean;
  message: string;
  answer: string | null;
  createdAt: Date;
  answeredAt: Date | null;
  remindedAt: Date | null;
  expiredAt: Date | null;
}

const roles = ['LYCEE_PUPIL', 'STUDENT', 'JOB_SEEKER', 'PARENT', 'CAREER_CHANGER'] as const;

/**
 * Contact requests of the last fourteen months to the company ambassadors the first demonstration requests left
 * out (31 to 98), and to the demonstration companies themselves, so that every department, month and school year
 * has response figures: most answered within hours or days, some expired after 30 days unanswered, the recent
 * ones partly still pending. Requesters are invented (`(démo)`, addresses under `.invalid`).
 */
export function demoContactRequests(people: DemoAmbassador[], now: Date): DemoContactRequest[] {
  const request = (
    key: string,
    n: number,
    addressee: { ambassadorId: string | null; companyId: string | null; communeCode: string },
  ): DemoContactRequest => {
    const ageDays = 2 + ((n * 37) % 420);
    const createdAt = new Date(now.getTime() - ageDays * DAY - ((n * 5) % 10) * HOUR);
    // Answered after 2 hours to a little over 4 days (a median of about a day), unless that is still to come.
    const delay = (2 + ((n * 13) % 100)) * HOUR;
    const answered = n % 5 !== 0 && createdAt.getTime() + delay < now.getTime();
    const expired = !answered && ageDays > 30;
    const email = `demande.${key}@demo.destination-metier.invalid`;
    return {
      ...addressee,
      departmentCode: communes.get(addressee.communeCode)!.departmentCode,
      status: answered ? 'ANSWERED' : expired ? 'EXPIRED' : 'PENDING',
      requesterName: `Demandeur ${key} (démo)`,
      requesterEmail: email,
      requesterEmailKey: email,
      requesterRole: roles[n % roles.length]!,
      minor: false,
      message: 'Démonstration : pourriez-vous me parler de votre métier et de la façon d’y entrer ?',
      answer: answered ? 'Démonstration : volontiers, je vous propose un échange par téléphone.' : null,
      createdAt,
      answeredAt: answered ? new Date(createdAt.getTime() + delay) : null,
      remindedAt: !answered && ageDays > 7 ? new Date(createdAt.getTime() + 7 * DAY) : null,
      expiredAt: expired ? new Date(createdAt.getTime() + 30 * DAY) : null,
    };
  };
  const toAmbassadors = people
    .filter((p) => p.network === 'COMPANY_AMBASSADOR')
    .slice(30)
    .flatMap((p, i) =>
      Array.from({ length: 2 + (i % 2) }, (_, k) =>
        request(`a${i}.${k}`, i * 3 + k, { ambassadorId: p.id, companyId: p.companyId, communeCode: p.communeCode }),
      ),
    );
  const toCompanies = demoTowns.map(([communeCode], t) =>
    request(`c${t}`, 1000 + t, {
      ambassadorId: null,
      companyId: companyId(demoCompanyKey(communeCode, t % DEMO_COMPANIES_PER_TOWN)),
      communeCode,
    }),
  );
  return [...toAmbassadors, ...toCompanies];
}
