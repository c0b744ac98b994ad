import { badInput } from '@dm/shared';
import { and, between, type SQL, sql } from '@dm/shared/orm';
import type { PgColumn } from '@dm/shared/pg-core';

export interface Near {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

export const MAX_RADIUS_KM = 200;
const KM_PER_DEGREE = 111.32;
const EARTH_RADIUS_KM = 6371;

export function validateNear(near: Near, field = 'filter.near'): Near {
  if (!(near.latitude >= -90 && near.latitude <= 90))
    throw badInput(`${field}.latitude`, 'latitude must be between -90 and 90');
  if (!(near.longitude >= -180 && near.longitude <= 180)) {
    throw badInput(`${field}.longitude`, 'longitude must be between -180 and 180');
  }
  if (!(near.radiusKm > 0 && near.radiusKm <= MAX_RADIUS_KM)) {
    throw badInput(`${field}.radiusKm`, `radiusKm must be above 0 and at most ${MAX_RADIUS_KM}`);
  }
  return near;
}

/**
 * Within `radiusKm` of a point (haversine), with a bounding box first so that the index on
 * (latitude, longitude) does the coarse work. Rows without coordinates never match.
 */
export function withinRadius(latitude: PgColumn, longitude: PgColumn, near: Near): SQL {
  const dLat = near.radiusKm / KM_PER_DEGREE;
  const dLon = near.radiusKm / (KM_PER_DEGREE * Math.max(Math.cos((near.latitude * Math.PI) / 180), 0.01));
  return and(
    between(latitude, near.latitude - dLat, near.latitude + dLat),
    between(longitude, near.longitude - dLon, near.longitude + dLon),
    sql`2 * ${EARTH_RADIUS_KM} * asin(sqrt(
      power(sin(radians(${latitude} - ${near.latitude}) / 2), 2) +
      cos(radians(${near.latitude})) * cos(radians(${latitude})) *
      power(sin(radians(${longitude} - ${near.longitude}) / 2), 2)
    )) <= ${near.radiusKm}`,
  ) as SQL;
}
