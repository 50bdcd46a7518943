import { describe, expect, it } from 'vitest';
import { productsA } from '../../../db/seed/data/products-a.ts';
import { productsB } from '../../../db/seed/data/products-b.ts';
import {
  illustrationSvg,
  illustrationUrl,
  KINDS,
  parseIllustrationFile,
  productKind,
  productTint,
  productVariant,
  TINT_NAMES,
  VARIANTS,
  type Kind,
} from './illustration.ts';

const seed = [...productsA, ...productsB];
const kindOf = (key: string) => {
  const p = seed.find((s) => s.key === key)!;
  return productKind(p.category, p.key);
};

describe('product kinds', () => {
  it('draws the felt hat and the slippers as themselves, not as a carpet', () => {
    expect(kindOf('ak-kalpak-classic')).toBe('kalpak');
    expect(kindOf('hand-embroidered-gift-kalpak')).toBe('kalpak');
    expect(kindOf('felt-slippers-ram-horn')).toBe('slippers');
    expect(kindOf('kids-felt-slippers')).toBe('slippers');
    expect(kindOf('shyrdak-ram-horn-120x180')).toBe('shyrdak');
    expect(kindOf('ala-kiyiz-150x200')).toBe('shyrdak');
  });

  it('tells apart what shares a category', () => {
    const cases: [string, Kind][] = [
      ['white-sainfoin-honey', 'honey-jar'],
      ['honeycomb-pieces', 'honeycomb'],
      ['beeswax-candles', 'candle'],
      ['propolis-tincture', 'dropper'],
      ['honey-tasting-set', 'gift-box'],
      ['batken-apricot-jam', 'jam-jar'],
      ['sea-buckthorn-juice', 'juice-bottle'],
      ['batken-dried-apricots-kuraga', 'dried-fruit'],
      ['walnut-stuffed-dried-apricots', 'dried-fruit'],
      ['sweet-apricot-kernels', 'nuts'],
      ['arslanbob-walnut-halves', 'nuts'],
      ['chuchuk-horse-sausage', 'sausage'],
      ['beef-jerky-mountain', 'cured-meat'],
      ['kuurdak-lamb-jar', 'meat-jar'],
      ['kymyz-mares-milk', 'kymyz'],
      ['kurut-classic', 'kurut'],
      ['naryn-mountain-cheese', 'cheese'],
      ['yak-butter-naryn', 'butter'],
      ['mountain-mint', 'herb-bunch'],
      ['issyk-kul-mountain-herbal-tea', 'herbal-tea'],
      ['archa-juniper-soap', 'soap'],
      ['felted-juniper-soap', 'soap'],
      ['sea-buckthorn-face-cream', 'cream-jar'],
      ['sea-buckthorn-oil', 'oil-bottle'],
      ['yak-wool-scarf', 'scarf'],
      ['yak-wool-shawl', 'scarf'],
      ['kurak-patchwork-quilt', 'quilt'],
      ['kurak-cushion', 'cushion'],
      ['sheep-wool-mittens', 'mittens'],
      ['camel-wool-socks', 'socks'],
      ['yak-wool-sweater', 'sweater'],
      ['yak-wool-knitted-hat', 'beanie'],
      ['felt-snow-leopard', 'felt-toy'],
      ['miniature-felt-yurt', 'yurt'],
      ['felt-shoulder-bag', 'bag'],
      ['embroidered-velvet-clutch', 'bag'],
      ['tush-kiyiz-wall-hanging', 'wall-hanging'],
      ['baskur-yurt-band', 'band'],
    ];
    for (const [key, kind] of cases) expect([key, kindOf(key)]).toEqual([key, kind]);
  });

  it('gives every seed product a kind of its own category family, and uses most kinds', () => {
    const used = new Set(seed.map((p) => productKind(p.category, p.key)));
    expect(used.has('parcel')).toBe(false);
    expect(used.size).toBeGreaterThanOrEqual(30);
  });

  it('reads Kyrgyz and Russian words transliterated in a producer’s slug', () => {
    expect(productKind('felt', 'kiyiz-tapochka-12')).toBe('slippers');
    expect(productKind('felt', 'ak-kalpak-45')).toBe('kalpak');
    expect(productKind('honey', 'sotovyy-myod-7')).toBe('honeycomb');
    expect(productKind('juices', 'alma-shiresi-3')).toBe('juice-bottle');
    expect(productKind('unknown-category', 'x')).toBe('parcel');
  });

  it('colours the contents after the fruit or the honey', () => {
    expect(productTint('batken-apricot-jam', 'jam-jar')).toBe('orange');
    expect(productTint('black-currant-jam', 'jam-jar')).toBe('purple');
    expect(productTint('sour-cherry-jam', 'jam-jar')).toBe('red');
    expect(productTint('white-sainfoin-honey', 'honey-jar')).toBe('cream');
    expect(productTint('karakol-gorge-forest-honey', 'honey-jar')).toBe('dark');
    expect(productTint('suusamyr-honey', 'honey-jar')).toBe('amber');
  });
});

describe('variation', () => {
  it('gives twenty neighbouring ids twenty different drawings', () => {
    const urls = Array.from({ length: 20 }, (_, i) =>
      illustrationUrl({ id: 100 + i, category: 'honey', slug: 'x-honey' }),
    );
    expect(new Set(urls).size).toBe(20);
  });

  it('makes the seed honeys look different from each other', () => {
    const honeys = seed.filter((p) => productKind(p.category, p.key) === 'honey-jar');
    const urls = honeys.map((p, i) => illustrationUrl({ id: i * 3 + 1, category: p.category, slug: p.key }));
    expect(honeys.length).toBeGreaterThan(10);
    expect(new Set(urls).size).toBe(honeys.length);
    const svgs = new Set(urls.map((u) => JSON.stringify(parseIllustrationFile(u.split('/').pop()!))));
    expect(svgs.size).toBe(honeys.length);
  });

  it('keeps every variant in range, also for odd ids', () => {
    for (const id of [0, 1, 31, 32, 1e9, -5]) expect(productVariant(id)).toBeGreaterThanOrEqual(0);
    for (const id of [0, 1, 31, 32, 1e9, -5]) expect(productVariant(id)).toBeLessThan(VARIANTS);
  });
});

describe('drawings', () => {
  it('are small SVGs, each different, parsed back from their file name', () => {
    const sizes: number[] = [];
    for (const kind of KINDS) {
      const a = illustrationSvg(kind, 'amber', 0);
      const b = illustrationSvg(kind, 'amber', 9);
      expect(a).not.toBe(b);
      expect(a.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      sizes.push(a.length, b.length);
    }
    expect(Math.max(...sizes)).toBeLessThan(6000);
    const url = illustrationUrl({ id: 7, category: 'felt', slug: 'ak-kalpak-classic' });
    expect(parseIllustrationFile(url.split('/').pop()!)).toEqual({
      kind: 'kalpak',
      tint: 'plain',
      variant: productVariant(7),
    });
  });

  it('refuses names the shop does not make', () => {
    for (const bad of [
      'x.svg',
      'kalpak-amber-99.r1.svg',
      'kalpak-nope-1.r1.svg',
      '../kalpak-amber-1.r1.svg',
      'rocket-amber-1.r1.svg',
    ])
      expect(parseIllustrationFile(bad)).toBeNull();
    expect(TINT_NAMES).toContain('amber');
  });

  it('draws the same file once per process', () => {
    expect(illustrationSvg('yurt', 'plain', 3)).toBe(illustrationSvg('yurt', 'plain', 3));
  });
});
