import { badInput, type Identity, isStaffOf, optionalText, requireHttpUrl, requireText, requireThat } from '@dm/shared';
import { type Commune, requireCommune } from '@dm/shared/reference';
import type { OrientationPlaceKind } from '../generated/resolvers.ts';

/** Kinds of place that serve the whole region from no commune (the free phone line). */
const regionWideKinds: readonly OrientationPlaceKind[] = ['PHONE_LINE'];

/** At most this many services listed for a place, each at most 100 characters. */
export const MAX_SERVICES = 20;

/**
 * A French phone number, written the usual way (`02 31 00 00 00`): ten digits from 0, or +33 and nine digits;
 * spaces, dots and dashes between digits are accepted. Free numbers (0 800…) included.
 */
export function requireFrenchPhone(value: string, field: string): string {
  const compact = value.replace(/[\s.-]/g, '');
  const national = /^\+33[1-9]\d{8}$/.test(compact) ? `0${compact.slice(3)}` : compact;
  if (!/^0[1-9]\d{8}$/.test(national)) throw badInput(field, 'phone must be a French number of ten digits');
  return national.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** The services a place offers: trimmed, without duplicates or empty entries, bounded. */
export function requireServices(values: readonly string[], field: string): string[] {
  const services = [
    ...new Set(values.map((v, i) => optionalText(v, `${field}.${i}`, 100)).filter((v): v is string => Boolean(v))),
  ];
  if (services.length > MAX_SERVICES) throw badInput(field, `at most ${MAX_SERVICES} services`);
  return services;
}

/**
 * Where a place is: a commune of Normandy for every kind but the region-wide phone line, which may have none
 * (its number serves everyone).
 */
export function placeCommune(
  kind: OrientationPlaceKind,
  communeCode: string | null | undefined,
  field: string,
): Commune | null {
  if (communeCode) return requireCommune(communeCode, field);
  if (regionWideKinds.includes(kind)) return null;
  throw badInput(field, 'a place of this kind needs the commune where it is');
}

/**
 * Staff manage the places of their departments; a region-wide place (no department) is the admins' alone.
 */
export const canManagePlace = (identity: Identity, departmentCode: string | null) =>
  isStaffOf(identity, departmentCode);

export const requireManagePlace = (identity: Identity, departmentCode: string | null) =>
  requireThat(canManagePlace(identity, departmentCode), 'Only staff of its department can manage this place');

export interface PlaceInput {
  kind: OrientationPlaceKind;
  name: string;
  description?: string | null;
  communeCode?: string | null;
  address?: string | null;
  phone?: string | null;
  url?: string | null;
  openingHours?: string | null;
  services?: readonly string[] | null;
}

/**
 * What a place input becomes once checked: its commune's department, EPCI and centroid copied so that the
 * filters and `near` run in SQL.
 */
export function parsePlace(input: PlaceInput, demonstration = false) {
  const commune = placeCommune(input.kind, input.communeCode, 'input.communeCode');
  return {
    kind: input.kind,
    name: requireText(input.name, 'input.name', 200),
    description: optionalText(input.description, 'input.description', 2000),
    communeCode: commune?.code ?? null,
    departmentCode: commune?.departmentCode ?? null,
    epciSiren: commune?.epci?.siren ?? null,
    address: optionalText(input.address, 'input.address', 300),
    phone: input.phone?.trim() ? requireFrenchPhone(input.phone, 'input.phone') : null,
    url: input.url?.trim() ? requireHttpUrl(input.url, 'input.url') : null,
    openingHours: optionalText(input.openingHours, 'input.openingHours', 300),
    services: requireServices(input.services ?? [], 'input.services'),
    latitude: commune?.latitude ?? null,
    longitude: commune?.longitude ?? null,
    demonstration,
  };
}
