import {
  addDays,
  companyId,
  DEMO_COMPANIES_PER_TOWN,
  demoAmbassadorId,
  demoCompanyKey,
  demoReferentId,
  demoTowns,
  foundingCompanyKeys,
  parisMidnight,
  seedId,
} from '@dm/shared';

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
const trades = [
  ['D1102', 'Boulanger'],
  ['F1607', 'Menuisière'],
  ['H2909', 'Monteur-assembleur'],
  ['K1302', 'Aide à domicile'],
  ['G1602', 'Cuisinier'],
  ['N4101', 'Conductrice routière'],
  ['M1805', 'Développeuse'],
  ['A1407', 'Éleveur laitier'],
  ['I1601', 'Technicien naval'],
  ['D1507', 'Chef de rayon'],
] as const;
const kinds = [
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
  interventionKinds: string[];
  monthlyQuota: number;
  pausedUntil: string | null;
}

function person(
  n: number,
  communeCode: string,
  company: string | null,
  network: DemoAmbassador['network'],
  today: string,
): DemoAmbassador {
  const [romeCode, title] = trades[n % trades.length]!;
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
 * Ambassadors 1 to 80: two per demonstration company (the ids the events seed names as speakers);
 * 81 to 98: one per founding company, in Calvados; 99 to 103: parents, witnesses of their trade.
 */
export function demoAmbassadors(today: string): DemoAmbassador[] {
  const list: DemoAmbassador[] = [];
  demoTowns.forEach(([communeCode], t) => {
    for (let j = 0; j < DEMO_COMPANIES_PER_TOWN; j++) {
      const c = t * DEMO_COMPANIES_PER_TOWN + j;
      for (const k of [1, 2])
        list.push(
          person(2 * c + k, communeCode, companyId(demoCompanyKey(communeCode, j)), 'COMPANY_AMBASSADOR', today),
        );
    }
  });
  foundingCompanyKeys.forEach((key, i) => {
    list.push(person(81 + i, key === 'legallais' ? '14327' : '14118', companyId(key), 'COMPANY_AMBASSADOR', today));
  });
  ['14118', '27229', '50502', '61001', '76540'].forEach((communeCode, i) =>
    list.push(person(99 + i, communeCode, null, 'PARENT_WITNESS', today)),
  );
  return list;
}

export const demoReferents = [
  ...(['14', '27', '50', '61', '76'] as const).map((d, i) => ({
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

/** Two cafés a department in the coming weeks (one confirmed, one open), one full, one held, one cancelled. */
export function demoCafes(today: string) {
  const towns = [
    ['14118', 'Caen'],
    ['27229', 'Évreux'],
    ['50502', 'Saint-Lô'],
    ['61001', 'Alençon'],
    ['76351', 'Le Havre'],
  ] as const;
  const at = (day: string, hour: number) => new Date(parisMidnight(day).getTime() + hour * 3_600_000);
  return towns
    .flatMap(([communeCode, town], i) => [
      {
        key: `${communeCode}-a`,
        title: `Café des parents : l'orientation après la 3e — ${town} (démo)`,
        day: addDays(today, 10 + i * 3),
        registered: 16,
        communeCode,
      },
      {
        key: `${communeCode}-b`,
        title: `Café des parents : apprentissage et voie pro — ${town} (démo)`,
        day: addDays(today, 30 + i * 4),
        registered: i === 2 ? 20 : 5,
        communeCode,
      },
      ...(i === 0
        ? [
            {
              key: `${communeCode}-past`,
              title: `Café des parents : Parcoursup sans tabou — ${town} (démo)`,
              day: addDays(today, -20),
              registered: 17,
              communeCode,
            },
            {
              key: `${communeCode}-cancelled`,
              title: `Café des parents annulé — ${town} (démo)`,
              day: addDays(today, 15),
              registered: 3,
              communeCode,
              cancelled: true,
            },
          ]
        : []),
    ])
    .map((c) => ({
      id: seedId('parents-cafe', c.key),
      title: c.title,
      startsAt: at(c.day, 18),
      endsAt: at(c.day, 20),
      communeCode: c.communeCode,
      venueName: 'Café associatif (démo)',
      facilitatorName: 'Conseillère d’orientation (démo)',
      capacity: 20,
      registered: c.registered,
      cancelled: 'cancelled' in c && c.cancelled === true,
    }));
}
