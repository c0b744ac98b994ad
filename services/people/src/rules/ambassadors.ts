import { badInput, requireIntRange } from '@dm/shared';

export const DEFAULT_MONTHLY_QUOTA = 4;
export const MAX_MONTHLY_QUOTA = 100;

/** The public name of a person: first name and the initial of the last name ("Camille M."). */
export function displayName(firstName: string, lastName: string): string {
  const initial = lastName.trim().charAt(0).toLocaleUpperCase('fr-FR');
  return initial ? `${firstName.trim()} ${initial}.` : firstName.trim();
}

export interface Availability {
  /** Erased ambassadors exist for no caller (`store/ambassadors.ts#notErased`). */
  erasedAt?: Date | null;
  deactivatedAt: Date | null;
  pausedUntil: string | null;
  monthlyQuota: number;
}

/**
 * Whether an ambassador can be found and contacted: not erased, not deactivated, not paused (the pause runs
 * to its day inclusive), and below the monthly quota of contact requests.
 */
export function isContactable(ambassador: Availability, today: string, requestsThisMonth: number): boolean {
  if (ambassador.erasedAt || ambassador.deactivatedAt) return false;
  if (ambassador.pausedUntil && ambassador.pausedUntil >= today) return false;
  return requestsThisMonth < ambassador.monthlyQuota;
}

/** Says why an ambassador cannot be contacted now. */
export function assertContactable(
  ambassador: Availability,
  today: string,
  requestsThisMonth: number,
  field = 'input.ambassadorId',
) {
  if (ambassador.erasedAt || ambassador.deactivatedAt)
    throw badInput(field, 'This ambassador is no longer in the network');
  if (ambassador.pausedUntil && ambassador.pausedUntil >= today)
    throw badInput(field, 'This ambassador is taking a break');
  if (requestsThisMonth >= ambassador.monthlyQuota)
    throw badInput(field, 'This ambassador has received all the requests they can answer this month');
}

export const validateQuota = (quota: number, field = 'input.monthlyQuota') =>
  requireIntRange(quota, field, 1, MAX_MONTHLY_QUOTA);

export function validateInterventionKinds<K extends string>(kinds: K[], field = 'input.interventionKinds'): K[] {
  if (kinds.length === 0) throw badInput(field, 'Name at least one kind of intervention');
  return [...new Set(kinds)];
}

/** ROME families: the letter of a ROME code. */
export const romeFamilies: Record<string, string> = {
  A: 'Agriculture et pêche, espaces naturels et verts, soins aux animaux',
  B: "Arts et façonnage d'ouvrages d'art",
  C: 'Banque, assurance, immobilier',
  D: 'Commerce, vente et grande distribution',
  E: 'Communication, média et multimédia',
  F: 'Construction, bâtiment et travaux publics',
  G: 'Hôtellerie-restauration, tourisme, loisirs et animation',
  H: 'Industrie',
  I: 'Installation et maintenance',
  J: 'Santé',
  K: 'Services à la personne et à la collectivité',
  L: 'Spectacle',
  M: "Support à l'entreprise",
  N: 'Transport et logistique',
};
