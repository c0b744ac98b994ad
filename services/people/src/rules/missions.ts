import { badInput, type Identity, isPerson, requireThat } from '@dm/shared';
import { type Commune, requireDepartment, requireEpci } from '@dm/shared/reference';
import type { CoordinatorMission } from '../generated/resolvers.ts';

/** The four missions, in the order the strategy lists them. */
export const coordinatorMissions: CoordinatorMission[] = [
  'INFORMATION_PROMOTION',
  'PROFESSIONALS_AND_FAMILIES_SUPPORT',
  'NETWORK_ANIMATION',
  'DROPOUT_AND_VAE',
];

export interface Territory {
  departments: readonly string[];
  /** EPCI SIRENs within the departments; empty for the whole departments. */
  epcis: readonly string[];
}

/** Whether a commune lies in a coordinator's territory: one of their departments, and their EPCI when listed. */
export const inTerritory = (territory: Territory, commune: Commune) =>
  territory.departments.includes(commune.departmentCode) &&
  (territory.epcis.length === 0 || (commune.epci !== null && territory.epcis.includes(commune.epci.siren)));

/** A territory: at least one department of Normandy, and EPCI that lie (at least partly) within them. */
export function validateTerritory(
  departments: readonly string[],
  epcis: readonly string[] | null | undefined,
): Territory {
  const codes = [...new Set(departments.map((d, i) => requireDepartment(d, `input.departments.${i}`).code))];
  if (codes.length === 0) throw badInput('input.departments', 'A territory has at least one department');
  const sirens = [
    ...new Set(
      (epcis ?? []).map((siren, i) => {
        const epci = requireEpci(siren, `input.epcis.${i}`);
        if (!epci.departmentCodes.some((d) => codes.includes(d)))
          throw badInput(`input.epcis.${i}`, `${epci.name} is outside the territory's departments`);
        return epci.siren;
      }),
    ),
  ];
  return { departments: codes, epcis: sirens };
}

/** An action took place today or before, and counts between 0 and 100,000 people when it counts any. */
export function validateAction(occurredOn: string, participants: number | null | undefined, today: string) {
  if (occurredOn > today) throw badInput('input.occurredOn', 'An action is recorded once it has taken place');
  if (participants !== null && participants !== undefined) {
    if (!Number.isInteger(participants) || participants < 0 || participants > 100_000)
      throw badInput('input.participants', 'participants must be a whole number from 0 to 100,000');
  }
}

/**
 * Who records a coordinator's action: the coordinator themself (their token names them), or an admin. The
 * action must take place in their territory.
 */
export function requireRecordAction(identity: Identity, coordinator: Territory & { id: string }, commune: Commune) {
  requireThat(
    identity.role === 'admin' || (identity.role === 'coordinator' && isPerson(identity, coordinator.id)),
    'Only the coordinator or an admin records their actions',
  );
  if (!inTerritory(coordinator, commune))
    throw badInput('input.communeCode', 'The commune is outside the coordinator’s territory');
}
