import { and, between, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { badInput } from './errors.ts';

/** A point on the map (WGS 84, decimal degrees). */
export interface Point {
  latitude: number;
  longitude: number;
}

/** A circle on the map: what `near` filters take. */
export interface Near extends Point {
  radiusKm: number;
}

/** Beyond this, a search is no longer "near" (Normandy is about 250 km wide). */
export const MAX_RADIUS_KM = 200;
/** Mean Earth radius (IUGG), the one the distance is computed with, in SQL as in JavaScript. */
export const EARTH_RADIUS_KM = 6371.0088;

/** The circle of a client's `near`, checked: BAD_USER_INPUT on the offending field otherwise. */
export function validateNear(near: Near, field = 'filter.near'): Near {
  if (!(Number.isFinite(near.latitude) && near.latitude >= -90 && near.latitude <= 90))
    throw badInput(`${field}.latitude`, 'latitude must be between -90 and 90');
  if (!(Number.isFinite(near.longitude) && near.longitude >= -180 && near.longitude <= 180))
    throw badInput(`${field}.longitude`, 'longitude must be between -180 and 180');
  if (!(Number.isFinite(near.radiusKm) && near.radiusKm > 0 && near.radiusKm <= MAX_RADIUS_KM))
    throw badInput(`${field}.radiusKm`, `radiusKm must be above 0 and at most ${MAX_RADIUS_KM}`);
  return { latitude: near.latitude, longitude: near.longitude, radiusKm: near.radiusKm };
}

/** Great-circle distance in kilometres (haversine): the same formula as `distanceKmSql`. */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface BoundingBox {
  south: number;
  north: number;
  west: number;
  east: number;
}

/**
 * The smallest latitude/longitude rectangle that holds the whole circle: what an index on (latitude,
 * longitude) can answer, before the exact distance is computed on the few rows inside. Near a pole the
 * rectangle spans every longitude.
 */
export function boundingBox(near: Near): BoundingBox {
  const angle = near.radiusKm / EARTH_RADIUS_KM;
  const dLat = (angle * 180) / Math.PI;
  const south = near.latitude - dLat;
  const north = near.latitude + dLat;
  if (south <= -90 || north >= 90)
    return { south: Math.max(-90, south), north: Math.min(90, north), west: -180, east: 180 };
  // The meridians tangent to the circle (J. Matuschek, "Finding points within a distance of a latitude/longitude").
  const sine = Math.sin(angle) / Math.cos((near.latitude * Math.PI) / 180);
  if (sine >= 1) return { south, north, west: -180, east: 180 };
  const dLon = (Math.asin(sine) * 180) / Math.PI;
  // A hair wider, so that rounding never leaves out a row lying on the circle itself.
  const margin = 1e-9;
  return {
    south: south - margin,
    north: north + margin,
    west: near.longitude - dLon - margin,
    east: near.longitude + dLon + margin,
  };
}

/** The haversine distance in kilometres from a point to a row's (latitude, longitude), in SQL; null without them. */
export function distanceKmSql(latitude: PgColumn | SQL, longitude: PgColumn | SQL, from: Point): SQL<number> {
  return sql<number>`(2 * ${sql.raw(String(EARTH_RADIUS_KM))} * asin(least(1, sqrt(
      power(sin(radians(${latitude} - ${from.latitude}::float8) / 2), 2) +
      cos(radians(${from.latitude}::float8)) * cos(radians(${latitude})) *
      power(sin(radians(${longitude} - ${from.longitude}::float8) / 2), 2)
    ))))`.mapWith(Number);
}

/**
 * The rows within the circle: the bounding box first, on the indexed (latitude, longitude), then the exact
 * distance on the rows inside it. Rows without coordinates never match. A box across the antimeridian is
 * not handled (the graph covers Normandy).
 */
export function withinRadius(latitude: PgColumn, longitude: PgColumn, near: Near): SQL {
  const box = boundingBox(near);
  return and(
    between(latitude, box.south, box.north),
    between(longitude, box.west, box.east),
    sql`${distanceKmSql(latitude, longitude, near)} <= ${near.radiusKm}::float8`,
  ) as SQL;
}

/** The orders a list searched by distance offers, besides its own. */
export const DISTANCE = 'DISTANCE';

/**
 * Whether a list is to be ordered by distance: `orderBy: DISTANCE` needs a `near` to measure from (BAD_USER_INPUT
 * on `field` otherwise) and cannot be a change feed, which has its own order.
 */
export function ordersByDistance(
  orderBy: string | null | undefined,
  near: Near | null | undefined,
  changeFeed: boolean,
  field = 'orderBy',
): boolean {
  if (orderBy !== DISTANCE) return false;
  if (!near) throw badInput(field, 'orderBy DISTANCE needs filter.near, the point to measure from');
  if (changeFeed) throw badInput(field, 'orderBy DISTANCE cannot be combined with filter.updatedSince');
  return true;
}

/** `distanceKm` of a listed row: set by a list searched with `near`, null for a row reached any other way. */
export const distanceOf = (row: object): number | null => (row as { distanceKm?: number | null }).distanceKm ?? null;
