import { describe, expect, it } from 'vitest';
import { assignDemoProducts, placeScore } from '../../db/seed/index.ts';
import { regions, villages } from '../../db/seed/data/places.ts';
import { producers } from '../../db/seed/data/producers.ts';
import { productsA } from '../../db/seed/data/products-a.ts';
import { productsB } from '../../db/seed/data/products-b.ts';

const villageOf = new Map(villages.map((v) => [v.slug, v]));
const regionOf = new Map(regions.map((r) => [r.slug, r]));
const placeOf = (slug: string) => {
  const v = villageOf.get(producers.find((p) => p.slug === slug)!.village)!;
  const name = (n: string) => n.replace(/\s+(Region|City)$/i, '');
  return { village: [name(v.name.en)], region: [name(regionOf.get(v.region)!.name.en)] };
};

describe('demo products come from where their names say (issue 11)', () => {
  it('a product that names a place is made by a producer of that place, when the catalogue has one', () => {
    const products = [...productsA, ...productsB];
    const assigned = assignDemoProducts(products);
    const wrong: string[] = [];
    assigned.forEach((p, i) => {
      const makers = producers.filter((m) => m.categories.includes(p.category));
      const best = Math.max(...makers.map((m) => placeScore(products[i]!, placeOf(m.slug))));
      if (best > 0 && placeScore(products[i]!, placeOf(p.producer!)) < best) wrong.push(`${p.key} → ${p.producer}`);
    });
    expect(wrong).toEqual([]);
  });
  it('Batken apricots come from Batken', () => {
    const assigned = assignDemoProducts([...productsA, ...productsB]);
    const batken = assigned.filter((p) => /Batken/.test(p.name.en) && p.category === 'dried-fruit-nuts');
    expect(batken.length).toBeGreaterThan(0);
    for (const p of batken)
      expect(villageOf.get(producers.find((m) => m.slug === p.producer)!.village)!.region).toBe('batken');
  });
  it('keeps the demo producer with an account busy (tests sign in as them)', () => {
    const assigned = assignDemoProducts([...productsA, ...productsB]);
    expect(assigned.filter((p) => p.producer === 'toktogulov-family-apiary').length).toBeGreaterThan(1);
  });
});
