import { type Database, keysetPage, type Near, notFound, requireId, validateNear, withinRadius } from '@dm/shared';
import { requireDepartment, requireEpci } from '@dm/shared/reference';
import { and, eq, inArray, type SQL } from '@dm/shared/orm';
import type { OrientationPlaceKind } from '../generated/resolvers.ts';
import { type OrientationPlaceRow, orientationPlace } from '../db/schema.ts';

export interface PlaceFilter {
  kinds?: OrientationPlaceKind[] | null;
  department?: string | null;
  epci?: string | null;
  near?: Near | null;
}

/**
 * Orientation places by name. A department or an EPCI keeps the region-wide places (the phone line serves
 * everyone there too); `near` keeps only places with a commune within the radius.
 */
export function listPlaces(db: Database, filter: PlaceFilter, first?: number | null, after?: string | null) {
  const conditions: SQL[] = [];
  if (filter.kinds?.length) conditions.push(inArray(orientationPlace.kind, filter.kinds));
  if (filter.department) {
    const code = requireDepartment(filter.department, 'filter.department').code;
    conditions.push(eq(orientationPlace.departmentCode, code));
  }
  if (filter.epci) conditions.push(eq(orientationPlace.epciSiren, requireEpci(filter.epci, 'filter.epci').siren));
  if (filter.near)
    conditions.push(withinRadius(orientationPlace.latitude, orientationPlace.longitude, validateNear(filter.near)));
  return keysetPage<OrientationPlaceRow>(db, orientationPlace, {
    where: and(...conditions),
    order: [orientationPlace.name, orientationPlace.id],
    keys: ['name', 'id'],
    first,
    after,
  });
}

export async function findPlace(db: Database, id: string, field: string): Promise<OrientationPlaceRow> {
  const [row] = await db
    .select()
    .from(orientationPlace)
    .where(eq(orientationPlace.id, requireId(id, field)));
  if (!row) throw notFound('Orientation place', field);
  return row;
}

export type PlaceValues = Omit<OrientationPlaceRow, 'id' | 'createdAt' | 'updatedAt'>;

export async function insertPlace(db: Database, values: PlaceValues): Promise<OrientationPlaceRow> {
  const [row] = await db.insert(orientationPlace).values(values).returning();
  if (!row) throw new Error('orientation place insert returned nothing');
  return row;
}

export async function updatePlace(db: Database, id: string, values: PlaceValues): Promise<OrientationPlaceRow> {
  const [row] = await db
    .update(orientationPlace)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(orientationPlace.id, id))
    .returning();
  if (!row) throw notFound('Orientation place', 'input.id');
  return row;
}

export async function deletePlace(db: Database, id: string): Promise<void> {
  await db.delete(orientationPlace).where(eq(orientationPlace.id, id));
}
