import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/translate.ts';
import { buildMap, MAP_HEIGHT, MAP_WIDTH, renderMapSvg, type MapRegion, type MapVillage } from './map.ts';

const regions: MapRegion[] = [
  { slug: 'issyk-kul', name: 'Issyk-Kul' },
  { slug: 'chuy', name: 'Chuy' },
  { slug: 'naryn', name: 'Naryn' },
  { slug: 'osh', name: 'Osh' },
];
const village = (slug: string, region: string, lat: number, lng: number, producers: number): MapVillage => ({
  slug,
  name: slug === 'karakol' ? 'Karakol & <Co>' : slug,
  lat,
  lng,
  producers,
  region: { slug: region, name: regions.find((r) => r.slug === region)!.name },
});
const villages = [
  village('karakol', 'issyk-kul', 42.4907, 78.3936, 3),
  village('tamga', 'issyk-kul', 42.1544, 77.5467, 1),
  village('kochkor', 'naryn', 42.2167, 75.75, 2),
  village('empty', 'chuy', 42.8, 74.0, 0),
  village('osh-city', 'osh', 40.5283, 72.7985, 1),
];
const KB = 1024;

describe('buildMap', () => {
  it('draws the whole country with one link per village that has producers, coloured by region', () => {
    const view = buildMap('en', { kind: 'country' }, regions, villages)!;
    expect(view.markers.map((m) => m.slug).sort()).toEqual(['karakol', 'kochkor', 'osh-city', 'tamga']);
    for (const m of view.markers) {
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(m.x).toBeLessThanOrEqual(MAP_WIDTH);
      expect(m.y).toBeGreaterThanOrEqual(0);
      expect(m.y).toBeLessThanOrEqual(view.height);
    }
    const byslug = Object.fromEntries(view.markers.map((m) => [m.slug, m]));
    expect(byslug.karakol!.colour).toBe(byslug.tamga!.colour);
    expect(byslug.karakol!.colour).not.toBe(byslug.kochkor!.colour);
    expect(byslug.karakol!.href).toBe('/en/villages/karakol');
    // Karakol lies east of Tamga and north of it, Osh south-west of both.
    expect(byslug.karakol!.x).toBeGreaterThan(byslug.tamga!.x);
    expect(byslug.osh_city?.x ?? byslug['osh-city']!.x).toBeLessThan(byslug.kochkor!.x);
    expect(byslug['osh-city']!.y).toBeGreaterThan(byslug.kochkor!.y);
    expect(view.legend.map((l) => l.slug)).toEqual(['issyk-kul', 'naryn', 'osh']);
    expect(view.oblasts).toHaveLength(8);
    // The country is about twice as wide as it is tall: the map ends below it, not at a fixed height.
    expect(view.height).toBeLessThan(MAP_HEIGHT);
    expect(view.height).toBeGreaterThan(MAP_WIDTH / 2.6);
    expect(view.lake).toMatch(/^M/);
  });

  it('names every marker with the village, the region and the producer count in the page language', () => {
    for (const [locale, counted] of [
      ['en', '3 producers'],
      ['ru', '3 производителя'],
      ['ky', '3 өндүрүүчү'],
    ] as const) {
      const view = buildMap(locale, { kind: 'country' }, regions, villages)!;
      expect(view.markers.find((m) => m.slug === 'karakol')!.label).toBe(`Karakol & <Co>, Issyk-Kul: ${counted}`);
      expect(view.title).toBe(MESSAGES[locale]['map.title.country']);
    }
  });

  it('zooms on a region so its villages spread out, and marks the current village on its page', () => {
    const country = buildMap('en', { kind: 'country' }, regions, villages)!;
    const region = buildMap('en', { kind: 'region', slug: 'issyk-kul' }, regions, villages)!;
    const spread = (v: typeof country) => {
      const [a, b] = ['karakol', 'tamga'].map((s) => v.markers.find((m) => m.slug === s)!);
      return Math.hypot(a!.x - b!.x, a!.y - b!.y);
    };
    expect(spread(region)).toBeGreaterThan(2 * spread(country));
    expect(region.title).toBe('Issyk-Kul: villages with producers');
    expect(region.oblasts.find((o) => o.code === 'KG-Y')!.current).toBe(true);

    const page = buildMap('en', { kind: 'village', slug: 'tamga' }, regions, villages)!;
    expect(page.markers.filter((m) => m.current).map((m) => m.slug)).toEqual(['tamga']);
    expect(page.markers.at(-1)!.slug).toBe('tamga');
    // A village without producers is still shown on its own page.
    const empty = buildMap('en', { kind: 'village', slug: 'empty' }, regions, villages)!;
    expect(empty.markers.find((m) => m.current)!.slug).toBe('empty');
  });

  it('zooms on a city region without a shape around its villages', () => {
    const view = buildMap('en', { kind: 'region', slug: 'osh' }, regions, villages)!;
    const osh = view.markers.find((m) => m.slug === 'osh-city')!;
    expect(Math.abs(osh.x - MAP_WIDTH / 2)).toBeLessThan(20);
    expect(Math.abs(osh.y - view.height / 2)).toBeLessThan(20);
  });

  it('knows no unknown place', () => {
    expect(buildMap('en', { kind: 'region', slug: 'atlantis' }, regions, villages)).toBeNull();
    expect(buildMap('en', { kind: 'village', slug: 'atlantis' }, regions, villages)).toBeNull();
  });
});

describe('renderMapSvg', () => {
  it('writes links with escaped accessible names and stays small at every zoom', () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      village(`v${i}`, regions[i % 4]!.slug, 40 + (i % 30) / 10, 70 + (i % 90) / 9, 1 + (i % 5)),
    );
    for (const focus of [
      { kind: 'country' as const },
      ...regions.map((r) => ({ kind: 'region' as const, slug: r.slug })),
      { kind: 'village' as const, slug: 'karakol' },
    ]) {
      const svg = renderMapSvg(buildMap('en', focus, regions, [...villages, ...many])!);
      expect(svg.length, JSON.stringify(focus)).toBeLessThan(40 * KB);
    }
    const lots = Array.from({ length: 200 }, (_, i) =>
      village(`v${i}`, regions[i % 4]!.slug, 40 + (i % 30) / 10, 70 + (i % 90) / 9, 1 + (i % 5)),
    );
    const crowded = buildMap('ru', { kind: 'country' }, regions, [...villages, ...lots])!;
    expect(renderMapSvg(crowded, { titles: false })).not.toContain('<title>');
    expect(renderMapSvg(crowded, { titles: false }).length).toBeLessThan(renderMapSvg(crowded).length - 200 * 20);
    const svg = renderMapSvg(buildMap('en', { kind: 'village', slug: 'karakol' }, regions, villages)!);
    expect(svg).toContain('aria-label="Karakol &amp; &lt;Co&gt;, Issyk-Kul: 3 producers"');
    expect(svg).toContain(
      '<a href="/en/villages/karakol" aria-label="Karakol &amp; &lt;Co&gt;, Issyk-Kul: 3 producers" aria-current="page"',
    );
    expect(svg.match(/<a /g)).toHaveLength(
      buildMap('en', { kind: 'village', slug: 'karakol' }, regions, villages)!.markers.length,
    );
  });
});
