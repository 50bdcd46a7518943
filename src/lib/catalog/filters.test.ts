import { describe, expect, it } from 'vitest';
import { catalogQuery, MAX_PAGE, parseCatalogFilters, settleCatalogFilters, villageChoices } from './filters.ts';

describe('catalogue filters in the URL', () => {
  it('reads what a visitor chose', () => {
    const f = parseCatalogFilters(
      new URLSearchParams('category=honey&region=issyk-kul&min=100&max=900&stock=1&sort=price_asc&page=2'),
    );
    expect(f).toMatchObject({
      category: 'honey',
      region: 'issyk-kul',
      min: 100,
      max: 900,
      stock: '1',
      sort: 'price_asc',
      page: 2,
    });
  });
  it('drops malformed values instead of failing', () => {
    const f = parseCatalogFilters(new URLSearchParams('category=<script>&min=-5&sort=cheap&page=zero'));
    expect(f).toEqual({ sort: 'recommended', page: 1 });
  });
  it('reads zero, negative and garbage pages as page 1 and clamps huge ones', () => {
    for (const page of ['0', '-3', 'zero', '1.5', ''])
      expect(parseCatalogFilters(new URLSearchParams({ page })).page).toBe(1);
    expect(parseCatalogFilters(new URLSearchParams('page=999999999')).page).toBe(MAX_PAGE);
  });
  it('writes short canonical query strings', () => {
    expect(catalogQuery({ category: 'felt', sort: 'recommended', page: 1 })).toBe('?category=felt');
    expect(catalogQuery({ category: 'felt', sort: 'newest', page: 1 }, { page: 3 })).toBe(
      '?category=felt&sort=newest&page=3',
    );
    expect(catalogQuery({ sort: 'recommended', page: 1 })).toBe('');
  });
});

describe('settling filters that contradict each other', () => {
  const villages = [
    { slug: 'barskoon', region: { slug: 'issyk-kul' }, producers: 2 },
    { slug: 'kochkor', region: { slug: 'naryn' }, producers: 1 },
    { slug: 'empty', region: { slug: 'naryn' }, producers: 0 },
  ];
  const regions = [{ slug: 'issyk-kul' }, { slug: 'naryn' }, { slug: 'chuy' }];
  it('drops a village that is not in the chosen region and says which', () => {
    const settled = settleCatalogFilters(
      { region: 'naryn', village: 'barskoon', category: 'honey' },
      { villages, regions },
    );
    expect(settled).toEqual({
      filters: { region: 'naryn', village: undefined, category: 'honey' },
      foreignVillage: 'barskoon',
    });
  });
  it('keeps a village of the chosen region, and a village alone', () => {
    expect(settleCatalogFilters({ region: 'naryn', village: 'kochkor' }, { villages, regions }).filters.village).toBe(
      'kochkor',
    );
    expect(settleCatalogFilters({ village: 'barskoon' }, { villages, regions })).toEqual({
      filters: { village: 'barskoon' },
      foreignVillage: null,
    });
  });
  it('drops slugs the catalogue does not know instead of matching nothing', () => {
    const settled = settleCatalogFilters(
      { region: 'atlantis', village: 'nowhere', category: 'gold', cert: 'fake' },
      { villages, regions, categories: [{ slug: 'honey' }], certs: [{ slug: 'organic' }] },
    );
    expect(settled).toEqual({
      filters: { region: undefined, village: undefined, category: undefined, cert: undefined },
      foreignVillage: null,
    });
  });
  it("offers only the chosen region's villages, else all of them grouped by region", () => {
    expect(villageChoices(villages, regions, 'naryn')).toEqual([
      { region: { slug: 'naryn' }, villages: [villages[1]] },
    ]);
    expect(
      villageChoices(villages, regions, undefined).map((g) => [g.region.slug, g.villages.map((v) => v.slug)]),
    ).toEqual([
      ['issyk-kul', ['barskoon']],
      ['naryn', ['kochkor']],
    ]);
  });
});
