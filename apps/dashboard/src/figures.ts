// What the page shows, as plain data: the answer's shape, French labels, the figures of the current view, the
// CSV of them, and the territories without ambassador nor immersion place. No DOM here (unit-tested in Node).

export interface EpciRef {
  siren: string;
  name: string;
}

export interface Dashboard {
  scope: string;
  department: { code: string; name: string } | null;
  epci: EpciRef | null;
  from: string | null;
  to: string | null;
  charters: {
    total: number;
    companies: number;
    renewals: number;
    byStatus: { status: string; count: number }[];
    byCommitmentKind: { kind: string; theme: string; count: number }[];
    signedByMonth: { period: string; count: number }[];
    commitmentsByMonth?: { month: string; kind: string; count: number }[];
    byEpci: { epci: EpciRef; count: number }[];
    actionsByKind?: { kind: string; count: number }[];
    meetingCommitments?: number;
    meetingCommitmentsShare?: number | null;
  };
  immersions: {
    offers: number;
    places: number;
    remainingPlaces: number;
    requests: number;
    pending: number;
    accepted: number;
    declined: number;
    expired?: number;
    agreementsValidated?: number;
    assessments?: number;
    tookPlace?: number;
    acceptanceRate: number | null;
    byEpci: { epci: EpciRef; offers: number; places: number; requests: number; accepted: number }[];
  };
  events: {
    total: number;
    cancelled: number;
    registrations: number;
    waitlisted: number;
    attendanceRate: number | null;
    fillRate: number | null;
    byKind: { kind: string; count: number }[];
    byEpci: { epci: EpciRef; events: number; registrations: number }[];
  } | null;
  ambassadors: { active: number; byEpci: { epci: EpciRef; count: number }[] } | null;
  parentsCafes: { held: number; participants: number; upcoming: number } | null;
  contactRequests: {
    sent: number;
    answered: number;
    expired: number;
    medianResponseHours: number | null;
    byEpci: { epci: EpciRef; count: number }[];
    responsesByEpci?: {
      epci: EpciRef;
      sent: number;
      answered: number;
      expired: number;
      responseRate: number | null;
    }[];
  } | null;
  coordinatorActions?: {
    total: number;
    participants: number;
    byMission: { mission: string; count: number }[];
  } | null;
}

export const charterStatusLabels: Record<string, string> = {
  ACTIVE: 'En vigueur',
  EXPIRING_SOON: 'Expire bientôt',
  EXPIRED: 'Expirée',
  TERMINATED: 'Résiliée',
};

export const commitmentKindLabels: Record<string, string> = {
  AMBASSADOR_NETWORK: "Réseau d'Ambassadeurs Métiers",
  IMMERSION_HOSTING: 'Accueil en immersion',
  PARENT_ACTION: 'Actions pour les parents',
  SPONSORSHIP: 'Parrainage',
  COMPANY_VISIT: "Visites d'entreprise",
  TRAINING_COOPERATION: 'Coopération avec la formation',
  STUDENT_INTERNSHIP: 'Stages étudiants',
  ADULT_IMMERSION: "Immersion d'adultes",
  TEACHER_DEVELOPMENT: 'Professionnalisation des enseignants',
  CLASS_HOSTING: 'Accueil de classes',
  FORUM: 'Forums',
  DIPLOMA_CEREMONY: 'Remises de diplômes',
  SCHOOL_INTERVENTION: 'Interventions en établissement',
  JOB_OFFER_POSTING: "Offres sur Emploi'Normandie",
};

export const eventKindLabels: Record<string, string> = {
  FORUM: 'Forums des métiers',
  OLYMPIADES_SELECTION: 'Sélections des Olympiades des Métiers',
  VAE_WEEK: 'Semaine de la VAE',
  THEMATIC_WEEK: 'Semaines thématiques',
  REGIONAL_EVENT: 'Évènement régional',
  COMPANY_VISIT: "Visites d'entreprise",
  DIPLOMA_CEREMONY: 'Remises de diplômes',
  SCHOOL_INTERVENTION: 'Interventions en établissement',
  NETWORK_MEETING: 'Temps fédérateurs',
  PROFESSIONAL_DEVELOPMENT: 'Temps de professionnalisation',
  TEACHER_WORKSHOP: 'Ateliers pour enseignants',
  PARENTS_FORUM: 'Forums des parents',
  VIRTUAL_FAIR: 'Salons virtuels',
  CONSULTATION: "Assises de l'orientation",
  INFORMATION_SESSION: "Réunions d'information",
  PARENTS_CAFE: 'Cafés des parents',
};

export const commitmentThemeLabels: Record<string, string> = {
  REGIONAL_SCHEME: 'Dispositif régional',
  DISCOVER: 'Faire découvrir',
  WELCOME: 'Accueillir',
  PARTICIPATE: 'Participer',
};

export const missionLabels: Record<string, string> = {
  INFORMATION_PROMOTION: 'Information et promotion des métiers',
  PROFESSIONALS_AND_FAMILIES_SUPPORT: 'Appui aux professionnels et aux familles',
  NETWORK_ANIMATION: 'Animation du réseau',
  DROPOUT_AND_VAE: 'Référent décrochage et VAE',
};

/** One figure of the view: a key (the test and the CSV name it), its French label, its value. */
export interface Figure {
  key: string;
  label: string;
  value: number | null;
  /** How to read it: a count, a rate from 0 to 1, or hours. */
  unit: 'count' | 'rate' | 'hours';
}

/** The main figures of the view, in the order the page shows them; a part its service could not give is left out. */
export function figuresOf(d: Dashboard): Figure[] {
  const figures: Figure[] = [
    { key: 'charters.total', label: 'Chartes signées', value: d.charters.total, unit: 'count' },
    { key: 'charters.companies', label: 'Entreprises signataires', value: d.charters.companies, unit: 'count' },
    { key: 'charters.renewals', label: 'Renouvellements', value: d.charters.renewals, unit: 'count' },
    { key: 'immersions.offers', label: "Offres d'immersion", value: d.immersions.offers, unit: 'count' },
    { key: 'immersions.places', label: "Places d'immersion", value: d.immersions.places, unit: 'count' },
    { key: 'immersions.requests', label: "Demandes d'immersion", value: d.immersions.requests, unit: 'count' },
    {
      key: 'immersions.acceptanceRate',
      label: "Taux d'acceptation des demandes",
      value: d.immersions.acceptanceRate,
      unit: 'rate',
    },
  ];
  if (d.charters.meetingCommitments !== undefined) {
    figures.push({
      key: 'charters.meetingCommitments',
      label: 'Chartes tenant tous leurs engagements',
      value: d.charters.meetingCommitments,
      unit: 'count',
    });
  }
  if (d.charters.meetingCommitmentsShare !== undefined) {
    figures.push({
      key: 'charters.meetingCommitmentsShare',
      label: 'Part des chartes tenant leurs engagements',
      value: d.charters.meetingCommitmentsShare,
      unit: 'rate',
    });
  }
  if (d.immersions.agreementsValidated !== undefined) {
    figures.push({
      key: 'immersions.agreementsValidated',
      label: "Conventions d'immersion validées",
      value: d.immersions.agreementsValidated,
      unit: 'count',
    });
  }
  if (d.immersions.tookPlace !== undefined) {
    figures.push({
      key: 'immersions.tookPlace',
      label: 'Immersions réalisées (bilans)',
      value: d.immersions.tookPlace,
      unit: 'count',
    });
  }
  if (d.events) {
    figures.push(
      { key: 'events.total', label: 'Évènements', value: d.events.total, unit: 'count' },
      { key: 'events.registrations', label: 'Inscriptions confirmées', value: d.events.registrations, unit: 'count' },
      { key: 'events.fillRate', label: 'Taux de remplissage', value: d.events.fillRate, unit: 'rate' },
      { key: 'events.attendanceRate', label: 'Taux de présence', value: d.events.attendanceRate, unit: 'rate' },
    );
  }
  if (d.ambassadors) {
    figures.push({
      key: 'ambassadors.active',
      label: 'Ambassadeurs actifs',
      value: d.ambassadors.active,
      unit: 'count',
    });
  }
  if (d.contactRequests) {
    const { sent, answered, medianResponseHours } = d.contactRequests;
    figures.push(
      { key: 'contactRequests.sent', label: 'Demandes de contact', value: sent, unit: 'count' },
      {
        key: 'contactRequests.responseRate',
        label: 'Taux de réponse aux demandes de contact',
        value: sent === 0 ? null : answered / sent,
        unit: 'rate',
      },
      {
        key: 'contactRequests.medianResponseHours',
        label: 'Délai médian de réponse',
        value: medianResponseHours,
        unit: 'hours',
      },
    );
  }
  if (d.parentsCafes) {
    figures.push({
      key: 'parentsCafes.held',
      label: 'Cafés des parents tenus',
      value: d.parentsCafes.held,
      unit: 'count',
    });
  }
  if (d.coordinatorActions) {
    figures.push({
      key: 'coordinatorActions.total',
      label: 'Actions des coordinateurs',
      value: d.coordinatorActions.total,
      unit: 'count',
    });
  }
  return figures;
}

/**
 * How the ambassadors answered the contact requests of the view: answered, expired unanswered, still waiting,
 * each with its share of those sent (the response rate is the answered share).
 */
export function contactOutcomes(d: Dashboard): { key: string; label: string; count: number; share: number | null }[] {
  if (!d.contactRequests) return [];
  const { sent, answered, expired } = d.contactRequests;
  const share = (count: number) => (sent === 0 ? null : count / sent);
  return [
    { key: 'answered', label: 'Répondues', count: answered, share: share(answered) },
    { key: 'expired', label: 'Expirées sans réponse', count: expired, share: share(expired) },
    {
      key: 'pending',
      label: 'En attente',
      count: Math.max(0, sent - answered - expired),
      share: share(Math.max(0, sent - answered - expired)),
    },
  ];
}

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const hours = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A figure as the page writes it, in French: `1 234`, `42 %`, `12,5 h`; a dash when there is nothing to measure. */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit'>): string {
  if (figure.value === null) return '—';
  if (figure.unit === 'rate') return percent.format(figure.value);
  if (figure.unit === 'hours') return `${hours.format(figure.value)} h`;
  return integer.format(figure.value);
}

/** What the view is computed for, in French: `Manche · CA Saint-Lô Agglo · du 2025-01-01 au …`. */
export function scopeLabel(d: Pick<Dashboard, 'department' | 'epci' | 'from' | 'to'>): string {
  const parts = [d.department?.name ?? 'Normandie'];
  if (d.epci) parts.push(d.epci.name);
  if (d.from || d.to) parts.push(`du ${d.from ?? '…'} au ${d.to ?? '…'}`);
  else parts.push('toutes périodes');
  return parts.join(' · ');
}

const csvCell = (text: string) => (/[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * The current view's figures as CSV, as French spreadsheets read it: `;` between cells, a decimal comma, a BOM
 * so that accents survive. Rates are given from 0 to 1, empty when there is nothing to measure.
 */
export function figuresCsv(d: Dashboard): string {
  const number = (value: number | null) =>
    value === null ? '' : String(Math.round(value * 1e4) / 1e4).replace('.', ',');
  const rows = [
    ['territoire', 'indicateur', 'cle', 'valeur'],
    ...figuresOf(d).map((f) => [scopeLabel(d), f.label, f.key, number(f.value)]),
    ...d.charters.byStatus.map((s) => [
      scopeLabel(d),
      `Chartes : ${charterStatusLabels[s.status] ?? s.status}`,
      `charters.byStatus.${s.status}`,
      number(s.count),
    ]),
    ...commitmentRows(d).map((r) => [scopeLabel(d), r.label, r.key, number(r.value)]),
    ...epciRows(d).map((r) => [`${r.epci.name} (${r.epci.siren})`, r.label, r.key, number(r.value)]),
  ];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** The view's breakdowns by EPCI, one row per EPCI and figure, in the order of the parts (for the CSV). */
export function epciRows(d: Dashboard): { epci: EpciRef; label: string; key: string; value: number }[] {
  const rows: { epci: EpciRef; label: string; key: string; value: number }[] = [];
  const add = (epci: EpciRef, key: string, label: string, value: number) =>
    rows.push({ epci, key: `epci.${epci.siren}.${key}`, label, value });
  for (const r of d.charters.byEpci) add(r.epci, 'charters', 'Chartes signées', r.count);
  for (const r of d.immersions.byEpci) {
    add(r.epci, 'immersions.offers', "Offres d'immersion", r.offers);
    add(r.epci, 'immersions.places', "Places d'immersion", r.places);
    add(r.epci, 'immersions.requests', "Demandes d'immersion", r.requests);
    add(r.epci, 'immersions.accepted', "Demandes d'immersion acceptées", r.accepted);
  }
  for (const r of d.events?.byEpci ?? []) {
    add(r.epci, 'events', 'Évènements', r.events);
    add(r.epci, 'events.registrations', 'Inscriptions confirmées', r.registrations);
  }
  for (const r of d.ambassadors?.byEpci ?? []) add(r.epci, 'ambassadors', 'Ambassadeurs actifs', r.count);
  for (const r of d.contactRequests?.byEpci ?? []) add(r.epci, 'contactRequests', 'Demandes de contact', r.count);
  for (const r of d.contactRequests?.responsesByEpci ?? []) {
    add(r.epci, 'contactRequests.answered', 'Demandes de contact répondues', r.answered);
    add(r.epci, 'contactRequests.expired', 'Demandes de contact expirées sans réponse', r.expired);
    if (r.responseRate !== null) {
      add(r.epci, 'contactRequests.responseRate', 'Taux de réponse aux demandes de contact', r.responseRate);
    }
  }
  return rows;
}

/** `2026-03` in French: `mars 2026`. */
export function monthLabel(month: string): string {
  return new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/**
 * The view's commitments over time and actions, one row per month and kind of commitment, then per kind of
 * action (for the CSV and the tables under the charts).
 */
export function commitmentRows(d: Dashboard): { key: string; label: string; value: number }[] {
  const kind = (k: string) => commitmentKindLabels[k] ?? k;
  return [
    ...(d.charters.commitmentsByMonth ?? []).map((r) => ({
      key: `charters.commitmentsByMonth.${r.month}.${r.kind}`,
      label: `Engagements signés en ${monthLabel(r.month)} : ${kind(r.kind)}`,
      value: r.count,
    })),
    ...(d.charters.actionsByKind ?? []).map((r) => ({
      key: `charters.actionsByKind.${r.kind}`,
      label: `Actions menées : ${kind(r.kind)}`,
      value: r.count,
    })),
  ];
}

/**
 * The figures of the view's breakdowns the page shows in tables (key → value): commitments by month and kind,
 * actions by kind, contact requests sent and answered by EPCI and the response rate. The page marks each cell with
 * its key.
 */
export function seriesOf(d: Dashboard): Record<string, number | null> {
  const series: Record<string, number | null> = {};
  for (const r of commitmentRows(d)) series[r.key] = r.value;
  for (const r of d.contactRequests?.responsesByEpci ?? []) {
    const key = `contactRequests.responsesByEpci.${r.epci.siren}`;
    series[`${key}.sent`] = r.sent;
    series[`${key}.answered`] = r.answered;
    series[`${key}.responseRate`] = r.responseRate;
  }
  return series;
}

/** The period of a filter: none, a month (`YYYY-MM`), a school year (`YYYY-YYYY`) or days (`from`, `to`). */
export type Period =
  | { kind: 'all' }
  | { kind: 'month'; month: string }
  | { kind: 'schoolYear'; schoolYear: string }
  | { kind: 'days'; from: string; to: string };

/** The school year a day falls in: 1 September to 31 August, `2025-2026` for 2026-03-10. */
export function schoolYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 9 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** The school years the page offers, the latest first: from 2019-2020 (the network's start) to the current one. */
export function schoolYears(today: string): string[] {
  const last = Number(schoolYearOf(today).slice(0, 4));
  return Array.from({ length: last - 2019 + 1 }, (_, i) => `${last - i}-${last - i + 1}`);
}

/** The dashboard filter's period fields for a period: only one way of giving it at a time. */
export function periodFilter(period: Period): Record<string, string> {
  if (period.kind === 'month') return { month: period.month };
  if (period.kind === 'schoolYear') return { schoolYear: period.schoolYear };
  if (period.kind === 'days') {
    return Object.fromEntries(Object.entries({ from: period.from, to: period.to }).filter(([, value]) => value !== ''));
  }
  return {};
}

export interface EpciPlace {
  siren: string;
  name: string;
  departments: string[];
  longitude: number;
  latitude: number;
}

/** The EPCI of the view's territory: all of Normandy's, those of a department, or the one asked for. */
export function epcisInView(all: EpciPlace[], department: string | null, epci: string | null): EpciPlace[] {
  return all.filter((e) => (epci ? e.siren === epci : !department || e.departments.includes(department)));
}

/**
 * EPCI of the view with no ambassador and no immersion place offered (in the period): where to look for some;
 * none when the ambassadors' part is missing.
 */
export function epcisWithout(d: Dashboard, inView: EpciPlace[]): EpciPlace[] {
  if (!d.ambassadors) return []; // the people service did not answer: nothing to tell
  const ambassadors = new Set((d.ambassadors?.byEpci ?? []).filter((r) => r.count > 0).map((r) => r.epci.siren));
  const places = new Set(d.immersions.byEpci.filter((r) => r.places > 0).map((r) => r.epci.siren));
  return inView.filter((e) => !ambassadors.has(e.siren) && !places.has(e.siren));
}
