import { sql } from 'drizzle-orm';
import { doublePrecision, pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../src/db.ts';
import { boundingBox, distanceKm, distanceKmSql, type Near, ordersByDistance, validateNear } from '../src/geo.ts';
import { keysetPage } from '../src/pagination.ts';

const CAEN = { latitude: 49.18464, longitude: -0.37224 };
const ROUEN = { latitude: 49.44313, longitude: 1.09932 };
const LE_HAVRE = { latitude: 49.49857, longitude: 0.14015 };
const CHERBOURG = { latitude: 49.63984, longitude: -1.61636 };

const badInputOn = (field: string) =>
  expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });

describe('validateNear', () => {
  it('keeps a circle within bounds', () => {
    expect(validateNear({ ...CAEN, radiusKm: 30 })).toEqual({ ...CAEN, radiusKm: 30 });
  });

  it.each([
    [{ latitude: 91, longitude: 0, radiusKm: 1 }, 'filter.near.latitude'],
    [{ latitude: Number.NaN, longitude: 0, radiusKm: 1 }, 'filter.near.latitude'],
    [{ latitude: 49, longitude: -181, radiusKm: 1 }, 'filter.near.longitude'],
    [{ latitude: 49, longitude: 0, radiusKm: 0 }, 'filter.near.radiusKm'],
    [{ latitude: 49, longitude: 0, radiusKm: 200.5 }, 'filter.near.radiusKm'],
  ])('refuses %j, naming the field', (near, field) => {
    expect(() => validateNear(near)).toThrow(badInputOn(field));
  });

  it('names the field where the client put the circle', () => {
    expect(() => validateNear({ latitude: 100, longitude: 0, radiusKm: 1 }, 'near')).toThrow(
      badInputOn('near.latitude'),
    );
  });
});

describe('distanceKm', () => {
  it('measures great-circle distances', () => {
    expect(distanceKm(CAEN, CAEN)).toBe(0);
    expect(distanceKm(CAEN, ROUEN)).toBeCloseTo(110.5, 0);
    expect(distanceKm(CAEN, CHERBOURG)).toBeCloseTo(Math.round(distanceKm(CHERBOURG, CAEN) * 1000) / 1000, 2);
  });
});

describe('boundingBox', () => {
  it('holds every point of the circle, and little more', () => {
    const near: Near = { ...CAEN, radiusKm: 30 };
    const box = boundingBox(near);
    // Points on the circle, every 5 degrees of bearing (destination formula on the sphere).
    const rad = Math.PI / 180;
    const angle = near.radiusKm / 6371.0088;
    for (let bearing = 0; bearing < 360; bearing += 5) {
      const lat1 = near.latitude * rad;
      const lat2 = Math.asin(
        Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing * rad),
      );
      const lon2 =
        near.longitude * rad +
        Math.atan2(
          Math.sin(bearing * rad) * Math.sin(angle) * Math.cos(lat1),
          Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2),
        );
      expect(lat2 / rad).toBeGreaterThanOrEqual(box.south);
      expect(lat2 / rad).toBeLessThanOrEqual(box.north);
      expect(lon2 / rad).toBeGreaterThanOrEqual(box.west);
      expect(lon2 / rad).toBeLessThanOrEqual(box.east);
    }
    // 30 km is about 0.27 degree of latitude and 0.41 degree of longitude at the latitude of Caen.
    expect(box.north - box.south).toBeCloseTo(0.54, 2);
    expect(box.east - box.west).toBeCloseTo(0.83, 2);
  });

  it('spans every longitude around a pole', () => {
    expect(boundingBox({ latitude: 89.9, longitude: 10, radiusKm: 50 })).toMatchObject({ west: -180, east: 180 });
  });
});

describe('ordersByDistance', () => {
  const near = { ...CAEN, radiusKm: 10 };
  it('orders by distance only when asked, with a point, outside a change feed', () => {
    expect(ordersByDistance(null, near, false)).toBe(false);
    expect(ordersByDistance('NAME', near, false)).toBe(false);
    expect(ordersByDistance('DISTANCE', near, false)).toBe(true);
    expect(() => ordersByDistance('DISTANCE', null, false)).toThrow(badInputOn('orderBy'));
    expect(() => ordersByDistance('DISTANCE', near, true)).toThrow(badInputOn('orderBy'));
  });
});

// The SQL side, on an embedded PostgreSQL: the distance of distanceKmSql, the filter and the keyset pages.
const place = pgTable('place', {
  id: text().primaryKey(),
  name: text().notNull(),
  latitude: doublePrecision(),
  longitude: doublePrecision(),
});
type PlaceRow = typeof place.$inferSelect;

const places = [
  { id: 'caen-1', name: 'B', ...CAEN },
  { id: 'caen-2', name: 'A', ...CAEN },
  { id: 'rouen', name: 'C', ...ROUEN },
  { id: 'le-havre', name: 'D', ...LE_HAVRE },
  { id: 'cherbourg', name: 'E', ...CHERBOURG },
  { id: 'nowhere', name: 'F', latitude: null, longitude: null },
];

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openDatabase({});
  await handle.db.execute(
    sql`create table place (id text primary key, name text not null, latitude float8, longitude float8)`,
  );
  await handle.db.insert(place).values(places);
}, 60_000);
afterAll(() => handle.close());

const list = (near: Near | null, orderBy: string | null, first?: number, after?: string) =>
  keysetPage<PlaceRow>(handle.db, place, {
    order: [place.name, place.id],
    keys: ['name', 'id'],
    distance: { latitude: place.latitude, longitude: place.longitude, near, orderBy },
    first,
    after,
  });

describe('distanceKmSql', () => {
  it('computes in SQL the distance computed in JavaScript', async () => {
    const [row] = await handle.db
      .select({ km: distanceKmSql(place.latitude, place.longitude, CAEN) })
      .from(place)
      .where(sql`${place.id} = 'rouen'`);
    expect(row!.km).toBeCloseTo(distanceKm(CAEN, ROUEN), 9);
  });
});

describe('keysetPage by distance', () => {
  const around = { ...LE_HAVRE, radiusKm: 200 };

  it('keeps the rows within the radius, each with its distance, in the list order', async () => {
    const page = await list({ ...CAEN, radiusKm: 100 }, null);
    expect(page.edges.map((e) => e.node.id)).toEqual(['caen-2', 'caen-1', 'le-havre']);
    expect(page.edges[0]!.node.distanceKm).toBe(0);
    expect(page.edges[2]!.node.distanceKm).toBeCloseTo(distanceKm(CAEN, LE_HAVRE), 6);
    expect(await page.totalCount()).toBe(3);
  });

  it('gives no distance without a point', async () => {
    const page = await list(null, null);
    expect(page.edges.map((e) => e.node.distanceKm)).toEqual([null, null, null, null, null, null]);
  });

  it('orders nearest first, ties by id, and pages without overlap or gap', async () => {
    const all = await list(around, 'DISTANCE', 10);
    expect(all.edges.map((e) => e.node.id)).toEqual(['le-havre', 'caen-1', 'caen-2', 'rouen', 'cherbourg']);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await list(around, 'DISTANCE', 2, after);
      seen.push(...page.edges.map((e) => e.node.id));
      expect(await page.totalCount()).toBe(5);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(['le-havre', 'caen-1', 'caen-2', 'rouen', 'cherbourg']);
  });

  it('refuses a cursor of another order or of another point', async () => {
    const byName = await list(around, null, 1);
    await expect(list(around, 'DISTANCE', 1, byName.pageInfo.endCursor!)).rejects.toThrow(badInputOn('after'));
    const byDistance = await list(around, 'DISTANCE', 1);
    await expect(list(around, null, 1, byDistance.pageInfo.endCursor!)).rejects.toThrow(badInputOn('after'));
    await expect(list({ ...around, latitude: 49.5 }, 'DISTANCE', 1, byDistance.pageInfo.endCursor!)).rejects.toThrow(
      badInputOn('after'),
    );
  });

  it('refuses DISTANCE without a point', async () => {
    await expect(list(null, 'DISTANCE')).rejects.toThrow(badInputOn('orderBy'));
  });
});
