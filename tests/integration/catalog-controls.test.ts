/**
 * Honest catalogue controls (issue 12 point 7), over HTTP: a village outside the chosen region is
 * dropped, a page past the end sends the visitor to the last page, a listing approved in one language
 * shows that text marked "not yet translated" in the others (never an empty "About this product"),
 * its size names too, and the review page warns staff which languages are missing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { Buyer } from '../support/client.ts';
import { get } from '../support/http.ts';

let db: Db;
let staff: Buyer;
const PAGE_SIZE = 24;
const base = () => inject('baseUrl');
const rowsOf = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  staff = new Buyer(base(), { localAddress: '127.0.0.71' });
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026', 'en')).status).toBe(303);
});

describe('a village filter outside the chosen region', () => {
  it('is dropped: the region’s products are shown, with a note, and the village list narrows to the region', async () => {
    // A region with products, and a village with products in another region.
    const [pick] = await rowsOf(
      `SELECT r.slug AS region, v.slug AS village,
         (SELECT count(*) FROM products p JOIN producers pr ON pr.id = p.producer_id JOIN villages v2 ON v2.id = pr.village_id
           WHERE v2.region_id = r.id AND p.status = 'published') AS n
       FROM regions r, villages v
       WHERE v.region_id != r.id AND EXISTS (SELECT 1 FROM producers pr WHERE pr.village_id = v.id AND pr.status = 'active')
       ORDER BY n DESC LIMIT 1`,
    );
    const region = String(pick!.region);
    const village = String(pick!.village);
    const page = await get(`/en/products?region=${region}&village=${village}`);
    expect(page.status).toBe(200);
    expect(text(page.html)).toContain(`${Number(pick!.n)} products`);
    // The region is the one filter left; the village shows in no chip and is not selected.
    expect(page.doc.querySelectorAll('.chips li').length).toBe(1);
    expect(page.doc.querySelector('select[name="village"] option[selected]')).toBeNull();
    expect(page.doc.querySelector('.dropped')?.textContent).toContain('the whole region is shown');
    // Every village offered lies in the region.
    const offered = page.doc
      .querySelectorAll('select[name="village"] option')
      .map((o) => o.getAttribute('value'))
      .filter(Boolean);
    const inRegion = (
      await rowsOf(`SELECT v.slug FROM villages v JOIN regions r ON r.id = v.region_id WHERE r.slug = ?`, [region])
    ).map((r) => String(r.slug));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((slug) => inRegion.includes(slug!))).toBe(true);
    // The pager and chips carry no village.
    const links = page.doc.querySelectorAll('.pager a, .chips a').map((a) => a.getAttribute('href') ?? '');
    expect(links.filter((href) => href.includes('village='))).toEqual([]);
  });
  it('keeps a village of the chosen region, and groups every village by region when no region is chosen', async () => {
    const [own] = await rowsOf(
      `SELECT r.slug AS region, v.slug AS village FROM villages v JOIN regions r ON r.id = v.region_id
        WHERE EXISTS (SELECT 1 FROM producers pr WHERE pr.village_id = v.id AND pr.status = 'active') LIMIT 1`,
    );
    const page = await get(`/en/products?region=${String(own!.region)}&village=${String(own!.village)}`);
    expect(page.doc.querySelector('select[name="village"] option[selected]')?.getAttribute('value')).toBe(
      String(own!.village),
    );
    expect(page.doc.querySelector('.dropped')).toBeNull();
    const all = await get('/en/products');
    expect(all.doc.querySelectorAll('select[name="village"] optgroup').length).toBeGreaterThan(1);
  });
  it('drops a village the catalogue does not know instead of matching nothing', async () => {
    const all = await get('/en/products');
    const unknown = await get('/en/products?village=atlantis');
    expect(unknown.status).toBe(200);
    expect(unknown.doc.querySelector('.muted[role="status"]')?.textContent).toBe(
      all.doc.querySelector('.muted[role="status"]')?.textContent,
    );
  });
});

describe('a page number past the end', () => {
  it('redirects to the last page, keeping the other parameters', async () => {
    const [{ n }] = (await rowsOf(
      `SELECT count(*) AS n FROM products p JOIN categories c ON c.id = p.category_id WHERE p.status = 'published' AND c.slug = 'honey'`,
    )) as unknown as [{ n: number }];
    const last = Math.ceil(Number(n) / PAGE_SIZE);
    const past = await get('/ru/products?category=honey&sort=newest&page=999');
    expect(past.status).toBe(302);
    const expected =
      last > 1 ? `/ru/products?category=honey&sort=newest&page=${last}` : '/ru/products?category=honey&sort=newest';
    expect(past.headers.get('location')).toBe(expected);
    const landed = await get(past.headers.get('location')!);
    expect(landed.status).toBe(200);
    expect(landed.doc.querySelectorAll('.card').length).toBeGreaterThan(0);
    expect(text(landed.html)).not.toContain(ru['catalog.empty']);
    // A number too big to be a page, and nonsense, land where they should too.
    expect((await get('/en/products?page=99999999999')).status).toBe(302);
    for (const page of ['0', '-2', 'abc']) expect((await get(`/en/products?page=${page}`)).status).toBe(200);
  });
  it('sends an empty result’s page 2 to the list itself, which says nothing matches', async () => {
    const past = await get('/en/products?min=99999999&page=2');
    expect(past.status).toBe(302);
    expect(past.headers.get('location')).toBe('/en/products?min=99999999');
    const landed = await get(past.headers.get('location')!);
    expect(text(landed.html)).toContain(en['catalog.empty']);
  });
});

/** Puts a listing in the review queue as a producer's submitted draft, and returns its id. */
async function submittedListing(key: string, texts: object, labels: { ky: string; ru: string; en: string }) {
  const [producer] = await rowsOf(`SELECT producer_id AS id FROM users WHERE email = 'producer@ovop.kg'`);
  const [category] = await rowsOf(`SELECT id FROM categories WHERE slug = 'honey'`);
  const [product] = await rowsOf(
    `INSERT INTO products (slug, producer_id, category_id, status) VALUES (?, ?, ?, 'in_review') RETURNING id`,
    [`draft-${key}`, Number(producer!.id), Number(category!.id)],
  );
  const id = Number(product!.id);
  const draft = {
    categoryId: Number(category!.id),
    texts,
    variants: [{ sku: `CTRL-${key.toUpperCase()}`, label: labels, priceTiyin: 45_000, weightGrams: 600 }],
    photos: [],
  };
  await rowsOf(`INSERT INTO product_drafts (product_id, data, status, submitted_at) VALUES (?, ?, 'in_review', ?)`, [
    id,
    JSON.stringify(draft),
    Date.now(),
  ]);
  return id;
}

async function approve(id: number): Promise<string> {
  const done = await staff.post(`/en/staff/review/${id}`, { decision: 'approve' });
  expect(done.status).toBe(303);
  const [row] = await rowsOf(`SELECT slug, status FROM products WHERE id = ?`, [id]);
  expect(row!.status).toBe('published');
  return String(row!.slug);
}

describe('a listing written in one language', () => {
  const blank = { name: '', description: '', ingredients: '' };
  it('warns staff on review, then shows its Kyrgyz text marked in Russian and English, size names too', async () => {
    const id = await submittedListing(
      'ky-only',
      {
        ky: { name: 'Тоо гүлүнүн балы', description: 'Жайлоодогу гүлдөрдөн жыйналган коюу бал.', ingredients: 'Бал' },
        ru: blank,
        en: blank,
      },
      { ky: 'Чоң банка', ru: '', en: '' },
    );
    const review = await staff.get(`/en/staff/review/${id}`);
    expect(review.status).toBe(200);
    const warning = review.doc.querySelector('.missing');
    expect(warning?.querySelector('h2')?.textContent).toBe(en['staff.review.missing.title']);
    const fields = ['Name', 'Description', 'Ingredients or materials', 'Size name'].join(', ');
    expect(warning?.querySelectorAll('li').map((li) => li.textContent.trim())).toEqual([
      fill(en['staff.review.missing.line'], { language: 'Russian', fields }),
      fill(en['staff.review.missing.line'], { language: 'English', fields }),
    ]);

    const slug = await approve(id);
    for (const [locale, messages, language] of [
      ['ru', ru, 'кыргызский'],
      ['en', en, 'Kyrgyz'],
    ] as const) {
      const page = await get(`/${locale}/products/${slug}`);
      expect(page.status).toBe(200);
      const about = page.doc.querySelector('.details .panel')!;
      expect(about.querySelector('h2')?.textContent).toContain(messages['product.description']);
      expect(about.querySelector('h2 .untranslated')?.textContent.trim()).toBe(
        fill(messages['product.notTranslatedIn'], { language }),
      );
      expect(about.querySelector('p span[lang="ky"]')?.textContent).toBe('Жайлоодогу гүлдөрдөн жыйналган коюу бал.');
      const size = page.doc.querySelector('.variants strong')!;
      expect(size.querySelector('span[lang="ky"]')?.textContent).toBe('Чоң банка');
      expect(size.querySelector('.untranslated')?.textContent.trim()).toBe(messages['product.notTranslated']);
    }
    // In its own language nothing is marked.
    const own = await get(`/ky/products/${slug}`);
    expect(own.doc.querySelectorAll('.untranslated').length).toBe(0);
    expect(text(own.html)).toContain('Чоң банка');
  });

  it('never shows an empty “About this product” when only the name is translated', async () => {
    const id = await submittedListing(
      'names-only',
      {
        ky: { name: 'Ак бал', description: 'Эспарцеттен жыйналган ак бал.', ingredients: '' },
        ru: { name: 'Белый мёд', description: '', ingredients: '' },
        en: { name: 'White honey', description: '', ingredients: '' },
      },
      { ky: '500 г', ru: '500 г', en: '500 g' },
    );
    const review = await staff.get(`/ru/staff/review/${id}`);
    expect(review.doc.querySelectorAll('.missing li').map((li) => li.textContent.trim())).toEqual([
      fill(ru['staff.review.missing.line'], { language: 'русский', fields: ru['listing.field.description'] }),
      fill(ru['staff.review.missing.line'], { language: 'английский', fields: ru['listing.field.description'] }),
    ]);
    const slug = await approve(id);
    const page = await get(`/en/products/${slug}`);
    // The name is English and unmarked; the description is the Kyrgyz one, marked.
    expect(page.doc.querySelector('h1')?.textContent.trim()).toBe('White honey');
    const about = page.doc.querySelector('.details .panel')!;
    expect(about.querySelector('p span[lang="ky"]')?.textContent).toBe('Эспарцеттен жыйналган ак бал.');
    expect(about.querySelector('h2 .untranslated')).not.toBeNull();
    expect(page.doc.querySelector('.variants .untranslated')).toBeNull();
    // Kyrgyz keeps its own text unmarked.
    const own = await get(`/ky/products/${slug}`);
    expect(own.doc.querySelector('.details .panel p')?.textContent.trim()).toBe('Эспарцеттен жыйналган ак бал.');
    expect(own.doc.querySelector('.details .untranslated')).toBeNull();
    expect(ky['product.description']).toBeTruthy();
  });

  it('shows no warning for a listing written in every language', async () => {
    const texts = { name: 'Бал', description: 'Бал', ingredients: '' };
    const id = await submittedListing('all', { ky: texts, ru: texts, en: texts }, { ky: 'a', ru: 'b', en: 'c' });
    const review = await staff.get(`/en/staff/review/${id}`);
    expect(review.status).toBe(200);
    expect(review.doc.querySelector('.missing')).toBeNull();
    await approve(id);
  });
});
