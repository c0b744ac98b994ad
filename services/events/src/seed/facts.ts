import { companyId, foundingCompanyKeys, seedId } from '@dm/shared';
import { daySchedule } from '../rules/schedule.ts';
import type { Audience } from '../generated/resolvers.ts';
import type { SeedEvent } from './index.ts';

/**
 * Events the source documents state (press releases of 20 June 2019 and 9 September 2020). Where they
 * give days, the days are kept and no time is invented (DAY); where they give only a window, so is the
 * window (PERIOD). What they do not give stays empty (venues, URLs, capacities).
 */
const id = (key: string) => seedId('event', key);
const adults: Audience[] = ['JOB_SEEKER', 'EMPLOYEE', 'CAREER_CHANGER'];
const young: Audience[] = ['COLLEGE_PUPIL', 'LYCEE_PUPIL', 'APPRENTICE', 'STUDENT'];

export const factEvents: SeedEvent[] = [
  {
    id: id('vae-week-2019'),
    kind: 'VAE_WEEK',
    title: 'Semaine de la VAE',
    description: "Semaine de la validation des acquis de l'expérience, sur tout le territoire normand.",
    ...daySchedule('2019-09-30', '2019-10-04', 'DAY'),
    audiences: adults,
    themes: ['VAE'],
  },
  {
    id: id('vae-week-2019-closing'),
    parentId: id('vae-week-2019'),
    kind: 'VAE_WEEK',
    title: 'Semaine de la VAE : évènement de clôture',
    ...daySchedule('2019-09-30', '2019-10-04', 'PERIOD'),
    communeCode: '76540',
    audiences: adults,
    themes: ['VAE'],
  },
  {
    id: id('regional-event-2020'),
    kind: 'REGIONAL_EVENT',
    title: "Grand évènement régional de l'orientation et des métiers (1re édition)",
    description:
      'Avec les branches professionnelles et les partenaires, en lien avec les sélections régionales des Olympiades des Métiers.',
    ...daySchedule('2020-02-06', '2020-02-08', 'DAY'),
    communeCode: '76540',
    audiences: [...young, 'PARENT', 'TEACHER'],
    // "Un grand évènement régional sera créé et organisé chaque année": the first of a yearly series.
    recurrence: 'YEARLY',
    edition: 1,
  },
  {
    id: id('olympiades-2020'),
    kind: 'OLYMPIADES_SELECTION',
    title: 'Sélections régionales des Olympiades des Métiers',
    ...daySchedule('2020-02-06', '2020-02-08', 'DAY'),
    communeCode: '76540',
    audiences: young,
  },
  ...['2020-02-06', '2020-02-07', '2020-02-08'].map((day, i): SeedEvent => ({
    id: id(`olympiades-2020-day-${i + 1}`),
    parentId: id('olympiades-2020'),
    kind: 'OLYMPIADES_SELECTION',
    title: `Sélections régionales des Olympiades des Métiers : jour ${i + 1}`,
    ...daySchedule(day, day, 'DAY'),
    communeCode: '76540',
    audiences: young,
  })),
  ...(
    [
      ['le-havre', '76351', 'Le Havre'],
      ['rouen', '76540', 'Rouen'],
      ['evreux', '27229', 'Évreux'],
      ['alencon', '61001', 'Alençon'],
      ['cherbourg', '50129', 'Cherbourg'],
      ['caen', '14118', 'Caen'],
    ] as const
  ).map(([key, communeCode, town]): SeedEvent => ({
    id: id(`consultation-2019-${key}`),
    kind: 'CONSULTATION',
    title: `Assises régionales de l'orientation : rencontre de ${town}`,
    description: 'Une des six rencontres de la concertation (février à juin 2019) ; la date exacte n’est pas connue.',
    ...daySchedule('2019-02-01', '2019-06-19', 'PERIOD'),
    communeCode,
    audiences: [...young, 'PARENT', 'TEACHER', 'ORIENTATION_PROFESSIONAL'],
  })),
  {
    id: id('consultation-2019-conclusion'),
    kind: 'CONSULTATION',
    title: "Réunion conclusive des assises régionales de l'orientation",
    ...daySchedule('2019-06-20', '2019-06-20', 'DAY'),
    communeCode: '14118',
    venueName: 'EM Normandie',
    audiences: ['ORIENTATION_PROFESSIONAL'],
  },
  {
    id: id('virtual-fair-2019'),
    kind: 'VIRTUAL_FAIR',
    title: 'Salon virtuel de la seconde orientation',
    description:
      'Pour informer et accompagner les étudiants décrocheurs sur les possibilités de réorientation ; lancé en décembre 2019.',
    ...daySchedule('2019-12-01', '2019-12-31', 'PERIOD'),
    online: true,
    audiences: ['STUDENT'],
  },
  {
    id: id('charter-signing-2020'),
    kind: 'NETWORK_MEETING',
    title: 'Signature des premières chartes Fabrique des Compétences',
    description:
      'La Région, l’Agence Régionale de l’Orientation et des Métiers et 18 entreprises du Calvados signent les premières chartes.',
    ...daySchedule('2020-09-09', '2020-09-09', 'DAY'),
    communeCode: '14327',
    venueName: 'Legallais',
    audiences: ['COMPANY'],
    exhibitors: foundingCompanyKeys.map(companyId),
  },
];
