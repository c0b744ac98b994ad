import {
  addDays,
  companyId,
  DEMO_COMPANIES_PER_TOWN,
  demoAmbassadorId,
  demoBranchAgreementId,
  demoCompanyKey,
  demoTowns,
  seedId,
  todayInParis,
} from '@dm/shared';
import { daySchedule, parisMidnight, timedSchedule } from '../rules/schedule.ts';
import type { SeedEvent } from './index.ts';

/**
 * Demonstration data, NOT facts: invented events of the coming months across the five departments, with
 * exact times, venues, capacities, exhibitors and speakers; sessions of the 2019 VAE week in each
 * department. Every row has `demonstration = true` and every title ends with "(démo)".
 */
const id = (key: string) => seedId('event', key);
const at = (day: string, hour: number, minutes = 0) =>
  new Date(parisMidnight(day).getTime() + (hour * 60 + minutes) * 60_000);
const slot = (day: string, from: number, to: number) => timedSchedule(at(day, from), at(day, to));

const programme = [
  ['FORUM', 'Forum des métiers', ['COLLEGE_PUPIL', 'LYCEE_PUPIL', 'PARENT'], 200, ['Tous secteurs']],
  [
    'THEMATIC_WEEK',
    "Semaine de l'industrie : portes ouvertes",
    ['LYCEE_PUPIL', 'APPRENTICE', 'JOB_SEEKER'],
    60,
    ['Industrie'],
  ],
  [
    'THEMATIC_WEEK',
    'Emploi maritime : découverte des métiers de la mer',
    ['LYCEE_PUPIL', 'STUDENT', 'JOB_SEEKER'],
    40,
    ['Maritime'],
  ],
  ['THEMATIC_WEEK', 'Métiers du bâtiment : chantiers ouverts', ['COLLEGE_PUPIL', 'LYCEE_PUPIL'], 30, ['Bâtiment']],
  ['COMPANY_VISIT', "Visite d'entreprise", ['COLLEGE_PUPIL', 'TEACHER'], 25, []],
  ['DIPLOMA_CEREMONY', 'Remise de diplômes des apprentis', ['APPRENTICE', 'PARENT'], 150, []],
  ['SCHOOL_INTERVENTION', 'Intervention en classe : un métier, un parcours', ['COLLEGE_PUPIL'], 30, []],
  ['NETWORK_MEETING', 'Temps fédérateur du réseau Fabrique des Compétences', ['COMPANY'], 40, ['Bonnes pratiques']],
  [
    'PROFESSIONAL_DEVELOPMENT',
    'Temps de professionnalisation : emploi, formation, orientation',
    ['COMPANY', 'ORIENTATION_PROFESSIONAL'],
    30,
    [],
  ],
  ['TEACHER_WORKSHOP', 'Atelier information-métiers pour les enseignants', ['TEACHER'], 20, []],
  ['PARENTS_FORUM', 'Parents témoins de leur métier : forum au collège', ['COLLEGE_PUPIL', 'PARENT'], 120, []],
] as const;

/** Romes shown at the thematic events, by theme. */
const romeByTheme: Record<string, string[]> = {
  Industrie: ['H2909', 'H2903'],
  Maritime: ['I1601', 'H2913'],
  Bâtiment: ['F1607', 'F1616'],
};

const branchOfTheme: Record<string, string> = {
  Industrie: demoBranchAgreementId('metal'),
  Bâtiment: demoBranchAgreementId('building'),
};

export function demoEvents(today = todayInParis()): SeedEvent[] {
  const events: SeedEvent[] = [];
  demoTowns.forEach(([communeCode, town], t) => {
    for (let k = 0; k < 3; k++) {
      const [kind, label, audiences, capacity, themes] = programme[(t * 3 + k) % programme.length]!;
      const day = addDays(today, 7 + ((t * 11 + k * 23) % 150));
      const n = t * 3 + k;
      events.push({
        id: id(`demo-${communeCode}-${k}`),
        kind,
        title: `${label} — ${town} (démo)`,
        description: 'Démonstration : évènement inventé pour montrer le réseau.',
        ...slot(day, 9 + (k % 3) * 2, 12 + (k % 3) * 2),
        communeCode,
        venueName: `Salle des fêtes de ${town} (démo)`,
        audiences: [...audiences],
        themes: [...themes],
        romeCodes: themes[0] ? (romeByTheme[themes[0]] ?? []) : [],
        // The building and metal branches co-organise their trades' weeks under their agreements.
        branchAgreementId: themes[0] ? branchOfTheme[themes[0]] : undefined,
        // Small capacities on a few events, so that full events and waitlists show too.
        capacity: n % 7 === 0 ? 2 : capacity,
        // Registrations already in: from a tenth to most of the seats, the small events full.
        registered: n % 7 === 0 ? 2 : Math.floor((capacity * (10 + ((n * 37) % 70))) / 100),
        exhibitors: Array.from({ length: DEMO_COMPANIES_PER_TOWN }, (_, j) =>
          companyId(demoCompanyKey(communeCode, j)),
        ),
        speakers: [demoAmbassadorId(1 + ((n * 2) % 80)), demoAmbassadorId(1 + ((n * 2 + 1) % 80))],
        demonstration: true,
      });
    }
  });
  // Information sessions at the agency's reception desks, which exist in Rouen and Caen.
  for (const [communeCode, town] of [
    ['76540', 'Rouen'],
    ['14118', 'Caen'],
  ] as const) {
    for (let week = 1; week <= 3; week++) {
      events.push({
        id: id(`demo-information-${communeCode}-${week}`),
        kind: 'INFORMATION_SESSION',
        title: `Séance d'information à l'accueil de ${town} (démo)`,
        ...slot(addDays(today, week * 7 + 2), 14, 16),
        communeCode,
        venueName: "Accueil de l'Agence Régionale de l'Orientation et des Métiers",
        audiences: ['JOB_SEEKER', 'CAREER_CHANGER', 'PARENT'],
        capacity: 15,
        demonstration: true,
      });
    }
  }
  // An online event: the virtual fair's next edition.
  events.push({
    id: id('demo-virtual-fair'),
    kind: 'VIRTUAL_FAIR',
    title: 'Salon virtuel de la seconde orientation (démo)',
    ...slot(addDays(today, 21), 10, 18),
    online: true,
    url: 'https://example.org/salon-virtuel-demo',
    audiences: ['STUDENT'],
    demonstration: true,
  });
  // Sessions of the 2019 VAE week in each department: the release says "on the whole territory" only.
  for (const [communeCode, town] of [
    ['14118', 'Caen'],
    ['27229', 'Évreux'],
    ['50502', 'Saint-Lô'],
    ['61001', 'Alençon'],
    ['76351', 'Le Havre'],
  ] as const) {
    events.push({
      id: id(`demo-vae-2019-${communeCode}`),
      parentId: id('vae-week-2019'),
      kind: 'VAE_WEEK',
      title: `Semaine de la VAE : permanence à ${town} (démo)`,
      ...daySchedule('2019-10-01', '2019-10-01', 'DAY'),
      communeCode,
      audiences: ['JOB_SEEKER', 'EMPLOYEE', 'CAREER_CHANGER'],
      demonstration: true,
    });
  }
  return events;
}

/**
 * Events of the fourteen months before `today` in every demonstration town, held, with their registrations and
 * who came (checked in at the door): most of those registered, never all. One in eleven was cancelled. A parents'
 * café held in each department but Calvados (whose first cafés have one).
 */
export function demoPastEvents(today = todayInParis()): SeedEvent[] {
  // A parents' café held in each department some weeks ago (Caen's is among the first cafés).
  const cafes = (
    [
      ['27229', 'Évreux'],
      ['50502', 'Saint-Lô'],
      ['61001', 'Alençon'],
      ['76351', 'Le Havre'],
    ] as const
  ).map(([communeCode, town], i): SeedEvent => {
    const day = addDays(today, -(25 + i * 9));
    return {
      id: seedId('parents-cafe', `${communeCode}-held`),
      kind: 'PARENTS_CAFE',
      title: `Café des parents : les métiers qui recrutent près de chez nous — ${town} (démo)`,
      ...timedSchedule(at(day, 18), at(day, 20)),
      communeCode,
      venueName: 'Café associatif (démo)',
      facilitatorName: 'Conseillère d’orientation (démo)',
      audiences: ['PARENT'],
      capacity: 20,
      registered: 12 + i,
      attended: 9 + i,
      demonstration: true,
    };
  });
  const held = demoTowns.flatMap(([communeCode, town], t) =>
    [0, 1].map((k): SeedEvent => {
      const n = t * 2 + k;
      const [kind, label, audiences, capacity, themes] = programme[(t * 5 + k * 3) % programme.length]!;
      const day = addDays(today, -(10 + ((t * 47 + k * 191) % 410)));
      const registered = Math.floor((capacity * (40 + ((n * 29) % 60))) / 100);
      const cancelled = n % 11 === 10;
      return {
        id: id(`demo-past-${communeCode}-${k}`),
        kind,
        title: `${label} — ${town} (démo)`,
        description: 'Démonstration : évènement passé inventé pour montrer la fréquentation.',
        ...slot(day, 9 + k * 4, 12 + k * 4),
        communeCode,
        venueName: `Salle des fêtes de ${town} (démo)`,
        audiences: [...audiences],
        themes: [...themes],
        romeCodes: themes[0] ? (romeByTheme[themes[0]] ?? []) : [],
        capacity,
        exhibitors: [companyId(demoCompanyKey(communeCode, k % DEMO_COMPANIES_PER_TOWN))],
        speakers: [demoAmbassadorId(1 + ((n * 2) % 80))],
        registered: cancelled ? 0 : registered,
        attended: cancelled ? undefined : Math.round((registered * (60 + ((n * 13) % 35))) / 100),
        cancelled,
        demonstration: true,
      };
    }),
  );
  return [...held, ...cafes];
}

/** Two cafés a department in the coming weeks (one confirmed, one open), one full, one held, one cancelled. */
export function demoCafes(today: string) {
  const towns = [
    ['14118', 'Caen'],
    ['27229', 'Évreux'],
    ['50502', 'Saint-Lô'],
    ['61001', 'Alençon'],
    ['76351', 'Le Havre'],
  ] as const;
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
    .map((c): SeedEvent => ({
      id: seedId('parents-cafe', c.key),
      kind: 'PARENTS_CAFE',
      title: c.title,
      ...timedSchedule(at(c.day, 18), at(c.day, 20)),
      communeCode: c.communeCode,
      venueName: 'Café associatif (démo)',
      facilitatorName: 'Conseillère d’orientation (démo)',
      audiences: ['PARENT'],
      capacity: 20,
      registered: c.registered,
      cancelled: 'cancelled' in c && c.cancelled === true,
      demonstration: true,
    }));
}
