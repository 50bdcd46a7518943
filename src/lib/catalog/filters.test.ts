import { describe, expect, it } from 'vitest';
import { catalogQuery, parseCatalogFilters } from './filters.ts';

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
  it('writes short canonical query strings', () => {
    expect(catalogQuery({ category: 'felt', sort: 'recommended', page: 1 })).toBe('?category=felt');
    expect(catalogQuery({ category: 'felt', sort: 'newest', page: 1 }, { page: 3 })).toBe(
      '?category=felt&sort=newest&page=3',
    );
    expect(catalogQuery({ sort: 'recommended', page: 1 })).toBe('');
  });
});
