import { seedId } from '@dm/shared';

/** A consultation as the sources tell it: its meetings (events of the facts layer) and its minimum figures. */
export interface ConsultationFacts {
  id: string;
  title: string;
  year: number;
  meetingIds: string[];
  conclusionId: string | null;
  attendanceAtLeast: number | null;
  questionnaireContributionsAtLeast: number | null;
}

/**
 * The assises régionales de l'orientation (press release of 20 June 2019): six meetings, in Le Havre, Rouen,
 * Évreux, Alençon, Cherbourg and Caen, "plus de 600 personnes"; a public questionnaire, "plus de 5 500
 * contributions"; the concluding meeting at EM Normandie in Caen.
 */
export const consultations: ConsultationFacts[] = [
  {
    id: 'assises-2019',
    title: "Assises régionales de l'orientation",
    year: 2019,
    meetingIds: ['le-havre', 'rouen', 'evreux', 'alencon', 'cherbourg', 'caen'].map((town) =>
      seedId('event', `consultation-2019-${town}`),
    ),
    conclusionId: seedId('event', 'consultation-2019-conclusion'),
    attendanceAtLeast: 600,
    questionnaireContributionsAtLeast: 5500,
  },
];
