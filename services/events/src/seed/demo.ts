import {
  addDays,
  companyId,
  DEMO_COMPANIES_PER_TOWN,
  demoAmbassadorId,
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
  Bâtiment: ['F1607', 'F1603'],
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
        // Small capacities on a few events, so that full events and waitlists show too.
        capacity: n % 7 === 0 ? 2 : capacity,
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
