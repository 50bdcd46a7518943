/**
 * The map data the server ships (src/lib/places/kyrgyzstan.geo.json) is what `npm run map:data`
 * extracts from the map packages today: it fails when the file was edited by hand or the packages
 * changed under it (then run `npm run map:data` and look at the map).
 */
import { readFileSync } from 'node:fs';
import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { extractMapData, MAP_DATA_PATH, OBLAST_CODES, serialiseMapData } from '../../scripts/map-data.ts';

describe('the shipped map data', () => {
  const data = extractMapData();

  it('matches the packages byte for byte', () => {
    expect(readFileSync(MAP_DATA_PATH, 'utf8')).toBe(serialiseMapData(data));
  });

  it('holds Kyrgyzstan, its eight oblast shapes and Issyk-Kul, wound for d3-geo', () => {
    const country = { type: 'MultiPolygon' as const, coordinates: data.country };
    const lake = { type: 'MultiPolygon' as const, coordinates: data.lake };
    expect(data.oblasts.map((o) => o.code)).toEqual([...OBLAST_CODES]);
    // Bishkek, Karakol and Osh are inside the country; Almaty and Tashkent are not.
    expect(geoContains(country, [74.57, 42.87])).toBe(true);
    expect(geoContains(country, [78.39, 42.49])).toBe(true);
    expect(geoContains(country, [72.8, 40.53])).toBe(true);
    expect(geoContains(country, [76.95, 43.24])).toBe(false);
    expect(geoContains(country, [69.24, 41.3])).toBe(false);
    expect(geoContains(lake, [77.3, 42.45])).toBe(true);
    // Every shape is smaller than a hemisphere (a reversed ring would be the rest of the world).
    for (const o of data.oblasts) expect(geoArea({ type: 'MultiPolygon', coordinates: o.polygons })).toBeLessThan(0.01);
    const issykKul = data.oblasts.find((o) => o.code === 'KG-Y')!;
    expect(geoContains({ type: 'MultiPolygon', coordinates: issykKul.polygons }, [78.39, 42.49])).toBe(true);
  });
});
