/** A tiny hand-made catalogue for tests: two regions, three producers, a handful of products. */
import type { CatalogInput, ProductInput } from './catalog.ts';
import type { L10n } from '../../db/seed/types.ts';

const l = (ky: string, ru: string, en: string): L10n => ({ ky, ru, en });

/** Builds a product with sensible defaults; override what a test is about. */
export function buildProduct(overrides: Partial<ProductInput> & { key: string }): ProductInput {
  return {
    category: 'honey',
    producer: 'toktogulovs',
    name: l(`Бал ${overrides.key}`, `Мёд ${overrides.key}`, `Honey ${overrides.key}`),
    description: l('Тоо балы.', 'Горный мёд.', 'Mountain honey.'),
    ingredients: l('Бал', 'Мёд', 'Honey'),
    variants: [{ label: l('500 г', '500 г', '500 g'), priceKgs: 450, weightGrams: 700, hsCode: '0409.00' }],
    stock: [{ shop: 10, home: 2 }],
    shelfLifeDays: 730,
    ...overrides,
  };
}

export function tinyCatalog(): CatalogInput {
  return {
    regions: [
      {
        slug: 'issyk-kul',
        kind: 'oblast',
        lat: 42.5,
        lng: 77.9,
        name: l('Ысык-Көл облусу', 'Иссык-Кульская область', 'Issyk-Kul Region'),
        description: l('Көл.', 'Озеро.', 'The lake.'),
      },
      {
        slug: 'naryn',
        kind: 'oblast',
        lat: 41.4,
        lng: 75.9,
        name: l('Нарын облусу', 'Нарынская область', 'Naryn Region'),
        description: l('Тоолор.', 'Горы.', 'Mountains.'),
      },
    ],
    villages: [
      {
        slug: 'barskoon',
        region: 'issyk-kul',
        district: l('Жети-Өгүз району', 'Джети-Огузский район', 'Jeti-Oguz District'),
        lat: 42.15,
        lng: 77.6,
        name: l('Барскоон', 'Барскаун', 'Barskoon'),
        story: l('Шаркыратма.', 'Водопады.', 'Waterfalls.'),
      },
      {
        slug: 'kochkor',
        region: 'naryn',
        district: l('Кочкор району', 'Кочкорский район', 'Kochkor District'),
        lat: 42.21,
        lng: 75.75,
        name: l('Кочкор', 'Кочкорка', 'Kochkor'),
        story: l('Шырдак.', 'Шырдаки.', 'Shyrdaks.'),
      },
    ],
    producers: [
      {
        slug: 'toktogulovs',
        village: 'barskoon',
        kind: 'family',
        name: l('Токтогуловдор', 'Семья Токтогуловых', 'The Toktogulov family'),
        story: l('Аарылар.', 'Пчёлы.', 'Bees.'),
        foundedYear: 2015,
        socialContract: true,
        grantYear: 2023,
        womenLed: true,
        familyMembersWorking: 4,
        phone: '+996 555 000 001',
        categories: ['honey'],
        certificates: [
          {
            kind: 'organic',
            issuer: l('Био-КГ', 'Био-КГ', 'Bio-KG'),
            number: 'KG-ORG-1',
            validFrom: '2025-01-01',
            validUntil: '2027-12-31',
          },
          {
            kind: 'halal',
            issuer: l('Муфтият', 'Муфтият', 'Muftiate'),
            number: 'H-1',
            validFrom: '2020-01-01',
            validUntil: '2023-01-01',
          },
        ],
      },
      {
        slug: 'altyn-kol',
        village: 'kochkor',
        kind: 'cooperative',
        name: l('Алтын-Кол', 'Алтын-Кол', 'Altyn-Kol'),
        story: l('Кийиз.', 'Войлок.', 'Felt.'),
        foundedYear: 2001,
        socialContract: false,
        womenLed: true,
        familyMembersWorking: 12,
        phone: '+996 555 000 002',
        categories: ['felt'],
        certificates: [
          {
            kind: 'ovop',
            issuer: l('БАБП', 'ОСОП', 'OVOP'),
            number: 'OVOP-7',
            validFrom: '2024-01-01',
            validUntil: '2028-01-01',
          },
        ],
      },
      {
        slug: 'no-certs',
        village: 'kochkor',
        kind: 'company',
        name: l('Нарын Эт', 'Нарын Эт', 'Naryn Et'),
        story: l('Эт.', 'Мясо.', 'Meat.'),
        foundedYear: 2010,
        socialContract: false,
        womenLed: false,
        familyMembersWorking: 3,
        phone: '+996 555 000 003',
        categories: ['meat'],
        certificates: [],
      },
    ],
    products: [
      buildProduct({
        key: 'white-honey',
        name: l('Ак бал', 'Белый мёд', 'White sainfoin honey'),
        featured: true,
        publishedAt: 5,
      }),
      buildProduct({
        key: 'fir-honey',
        name: l('Карагай балы', 'Еловый мёд', 'Fir-forest honey'),
        description: l('Карагай токоюнан.', 'Из елового леса, тёмный.', 'From the fir forest, dark.'),
        publishedAt: 4,
        variants: [
          { label: l('250 г', '250 г', '250 g'), priceKgs: 300, weightGrams: 400, hsCode: '0409.00' },
          { label: l('1 кг', '1 кг', '1 kg'), priceKgs: 1100, weightGrams: 1300, hsCode: '0409.00' },
        ],
        stock: [
          { shop: 3, home: 0 },
          { shop: 0, home: 5 },
        ],
      }),
      buildProduct({
        key: 'shyrdak',
        producer: 'altyn-kol',
        category: 'felt',
        name: l('Шырдак', 'Шырдак «Кочкор мүйүз»', 'Ram-horn shyrdak'),
        description: l('Колдо басылган.', 'Ручная валка.', 'Hand-felted rug with honey-coloured trim.'),
        ingredients: l('Жүн', 'Шерсть', 'Wool'),
        variants: [
          { label: l('1×1,5 м', '1×1,5 м', '1×1.5 m'), priceKgs: 18000, weightGrams: 4000, hsCode: '5702.99' },
        ],
        stock: [{ shop: 0, home: 0 }],
        shelfLifeDays: undefined,
        publishedAt: 3,
      }),
      buildProduct({
        key: 'kazy',
        producer: 'no-certs',
        category: 'meat',
        name: l('Казы', 'Казы', 'Kazy'),
        locales: ['ky'],
        publishedAt: 2,
        variants: [{ label: l('1 кг', '1 кг', '1 kg'), priceKgs: 1900, weightGrams: 1100, hsCode: '1601.00' }],
      }),
      buildProduct({ key: 'draft-honey', status: 'draft', publishedAt: 1 }),
    ],
  };
}
