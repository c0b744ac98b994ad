// Writes the dashboard's offline base map from the reference communes alone: no package ships Normandy's
// outlines, and the page loads nothing from a tile server. Run with `npm run outlines -w @dm/dashboard`.
//
// - src/geo/departements.json: approximate department outlines. Each commune's centroid gets its Voronoi cell
//   (in a local equirectangular plane), clipped to a disc around the centroid so that the coast and the
//   borders with other regions stay near the communes; the cells are merged per department and simplified.
// - src/geo/epci.json: each EPCI of Normandy, its name, departments and the mean of its communes' centroids
//   (where the map draws its figures).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Delaunay } from 'd3-delaunay';
import polygonClipping, { type MultiPolygon, type Polygon, type Ring } from 'polygon-clipping';

const here = dirname(fileURLToPath(import.meta.url));
const communesCsv = join(here, '../../../services/shared/reference-data/communes-normandie.csv');
const out = join(here, '../src/geo');

/** Disc radius around a centroid, in km: cells of the coast and of the region's edge stop there. */
const RADIUS_KM = 5;
/** Douglas-Peucker tolerance, in km, and coordinates kept to 3 decimals (about 100 m). */
const TOLERANCE_KM = 0.8;

interface Commune {
  code: string;
  department: string;
  departmentName: string;
  epci: string;
  epciName: string;
  latitude: number;
  longitude: number;
}

const [header, ...lines] = readFileSync(communesCsv, 'utf8').trim().split('\n');
const columns = (header as string).split(',');
const at = (name: string) => columns.indexOf(name);
const communes: Commune[] = lines
  .map((line) => {
    // A field with a comma in it (some EPCI names) is quoted.
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    return {
      code: cells[at('insee_code')]!,
      department: cells[at('department_code')]!,
      departmentName: cells[at('department_name')]!,
      epci: cells[at('epci_siren')]!,
      epciName: cells[at('epci_name')]!,
      latitude: Number(cells[at('latitude')]),
      longitude: Number(cells[at('longitude')]),
    };
  })
  // A few communes have no centroid in the reference file (empty fields): they are left out.
  .filter((c) => c.latitude > 0 && c.longitude !== 0 && Number.isFinite(c.latitude) && Number.isFinite(c.longitude));

// A local plane in km: 1° of latitude is 111.2 km, 1° of longitude 111.2 km × cos(49.2°).
const LAT0 = 49.2;
const KX = 111.2 * Math.cos((LAT0 * Math.PI) / 180);
const KY = 111.2;
const toPlane = (lon: number, lat: number): [number, number] => [lon * KX, lat * KY];
const toLonLat = ([x, y]: number[]): [number, number] => [
  Math.round((x! / KX) * 1000) / 1000,
  Math.round((y! / KY) * 1000) / 1000,
];

const points = communes.map((c) => toPlane(c.longitude, c.latitude));
const xs = points.map((p) => p[0]);
const ys = points.map((p) => p[1]);
const margin = RADIUS_KM * 2;
const voronoi = Delaunay.from(points).voronoi([
  Math.min(...xs) - margin,
  Math.min(...ys) - margin,
  Math.max(...xs) + margin,
  Math.max(...ys) + margin,
]);

const disc = ([cx, cy]: [number, number]): Ring => {
  const ring: Ring = [];
  for (let i = 0; i <= 24; i++) {
    const a = (i / 24) * 2 * Math.PI;
    ring.push([cx + RADIUS_KM * Math.cos(a), cy + RADIUS_KM * Math.sin(a)]);
  }
  return ring;
};

/** Douglas-Peucker on a closed ring. */
function simplify(ring: Ring, tolerance: number): Ring {
  const keep = new Array<boolean>(ring.length).fill(false);
  keep[0] = keep[ring.length - 1] = true;
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = ring[first]!;
    const [bx, by] = ring[last]!;
    const length = Math.hypot(bx - ax, by - ay);
    let far = -1;
    let farthest = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = ring[i]!;
      const d =
        length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > farthest) {
        farthest = d;
        far = i;
      }
    }
    if (far >= 0) {
      keep[far] = true;
      stack.push([first, far], [far, last]);
    }
  }
  return ring.filter((_, i) => keep[i]);
}

const departments = [...new Set(communes.map((c) => c.department))].sort();
const features = departments.map((department) => {
  const cells: Polygon[] = [];
  communes.forEach((c, i) => {
    if (c.department !== department) return;
    const cell = voronoi.cellPolygon(i) as Ring | null;
    if (!cell) return;
    const clipped = polygonClipping.intersection([cell], [disc(points[i]!)]);
    cells.push(...clipped);
  });
  const merged: MultiPolygon = polygonClipping.union(cells[0]!, ...cells.slice(1));
  const polygons = merged
    .filter((polygon) => polygon[0]!.length >= 4)
    .map((polygon) =>
      polygon
        .map((ring) => simplify(ring, TOLERANCE_KM))
        // Holes left where discs do not meet inside the department are no part of its outline.
        .filter((ring, index) => index === 0 && ring.length >= 4)
        // d3-geo (and Plot) read a clockwise exterior ring as the area; polygon-clipping writes them anticlockwise.
        .map((ring) => ring.map(toLonLat).reverse()),
    )
    .filter((polygon) => polygon.length > 0);
  const name = communes.find((c) => c.department === department)!.departmentName;
  return {
    type: 'Feature' as const,
    properties: { code: department, name },
    geometry: { type: 'MultiPolygon' as const, coordinates: polygons },
  };
});

writeFileSync(
  join(out, 'departements.json'),
  `${JSON.stringify({
    type: 'FeatureCollection',
    description:
      "Approximate outlines of Normandy's departments, derived from the reference communes' centroids by " +
      'apps/dashboard/scripts/outlines.ts: Voronoi cells of the centroids, clipped to ' +
      `${RADIUS_KM} km around each, merged per department and simplified (${TOLERANCE_KM} km). ` +
      'Not an official boundary: coasts and borders are off by a few kilometres. Rings are clockwise, as d3-geo reads them.',
    features,
  })}\n`,
);

const epcis = new Map<
  string,
  { siren: string; name: string; departments: Set<string>; lon: number; lat: number; n: number }
>();
for (const c of communes) {
  if (!c.epci) continue;
  const e = epcis.get(c.epci) ?? { siren: c.epci, name: c.epciName, departments: new Set(), lon: 0, lat: 0, n: 0 };
  e.departments.add(c.department);
  e.lon += c.longitude;
  e.lat += c.latitude;
  e.n += 1;
  epcis.set(c.epci, e);
}
writeFileSync(
  join(out, 'epci.json'),
  `${JSON.stringify(
    [...epcis.values()]
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
      .map((e) => ({
        siren: e.siren,
        name: e.name,
        departments: [...e.departments].sort(),
        longitude: Math.round((e.lon / e.n) * 1000) / 1000,
        latitude: Math.round((e.lat / e.n) * 1000) / 1000,
      })),
  )}\n`,
);
