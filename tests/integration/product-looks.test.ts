/**
 * Products look like themselves (issue 12 point 3): a product without photos shows its own kind's
 * drawing, varied by product, and a product with uploaded photos shows every one of them, each with a
 * larger view.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { photoUrl, storePhoto } from '../../src/lib/media/store.ts';
import { jpegBytes } from '../factories/files.ts';
import { get } from '../support/http.ts';

let db: Db;
let slug: string;
const keys: string[] = [];

const imgs = (html: string, cls: string) => {
  const block = new RegExp(`<ul[^>]*class="${cls}[^"]*"[^>]*>([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? '';
  return [...block.matchAll(/<img[^>]*>/g)].map((m) => m[0]);
};
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  const rs = await db.$client.execute(
    `SELECT p.id, p.slug, p.producer_id FROM products p WHERE p.status = 'published' AND p.image IS NULL
       AND p.slug LIKE 'shyrdak-%' ORDER BY p.id LIMIT 1`,
  );
  const p = rs.rows[0]!;
  slug = String(p.slug);
  for (const [w, h] of [
    [900, 900],
    [1400, 1000],
    [700, 900],
  ] as const) {
    const stored = await storePhoto(
      db,
      { bytes: await jpegBytes(w, h), producerId: Number(p.producer_id), uploadedBy: null },
      inject('uploadDir'),
    );
    if (!stored.ok) throw new Error(stored.error);
    keys.push(stored.photo.key);
  }
  // What approving a listing with three photos writes (src/lib/listings/listings.ts).
  await db.$client.batch(
    [
      ...keys.map((key, sort) => ({
        sql: 'INSERT INTO product_photos (product_id, media_key, sort) VALUES (?, ?, ?)',
        args: [Number(p.id), key, sort],
      })),
      { sql: 'UPDATE products SET image = ? WHERE id = ?', args: [photoUrl(keys[0]!, 640), Number(p.id)] },
    ],
    'write',
  );
});

describe('drawings until there are photos', () => {
  it('draws the felt hat and the slippers as themselves, not as the category’s carpet', async () => {
    for (const [product, kind] of [
      ['ak-kalpak-classic', 'kalpak'],
      ['felt-slippers-ram-horn', 'slippers'],
      ['batken-apricot-jam', 'jam-jar'],
      ['sea-buckthorn-juice', 'juice-bottle'],
    ] as const) {
      const html = (await get(`/en/products/${product}`)).html;
      const drawing = /<img class="drawing"[^>]*>/.exec(html)?.[0] ?? '';
      expect(attr(drawing, 'src')).toMatch(new RegExp(`^/media/illustrations/${kind}-`));
      expect(attr(drawing, 'alt')).toBe('');
      expect(html).toContain('This is a drawing: the producer has not uploaded photos yet.');
    }
  });

  it('gives the honeys of the catalogue different drawings, served small with a year’s caching', async () => {
    const html = (await get('/en/products?category=honey')).html;
    const srcs = [...html.matchAll(/<img src="(\/media\/illustrations\/honey-jar-[^"]+)"/g)].map((m) => m[1]!);
    expect(srcs.length).toBeGreaterThan(5);
    expect(new Set(srcs).size).toBe(srcs.length);
    const res = await get(srcs[0]!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(res.html.length).toBeLessThan(6000);
    expect((await get('/media/illustrations/rocket-amber-1.r1.svg')).status).toBe(404);
  });
});

describe('a product with three uploaded photos', () => {
  it('shows all three, each linking to its larger view, with thumbnails', async () => {
    for (const locale of ['ky', 'ru', 'en']) {
      const html = (await get(`/${locale}/products/${slug}`)).html;
      const slides = imgs(html, 'slides');
      expect(slides).toHaveLength(3);
      keys.forEach((key, i) => {
        expect(attr(slides[i]!, 'src')).toContain(key);
        expect(attr(slides[i]!, 'alt')).toMatch(new RegExp(`${i + 1}`));
        expect(html).toContain(`href="/${locale}/products/${slug}/photos/${i + 1}"`);
      });
      expect(imgs(html, 'thumbs')).toHaveLength(3);
      expect(html).toContain('href="#photo-3"');
      expect(html).not.toContain('class="drawing"');
    }
  });

  it('answers the larger view of each photo, and 404 past the last', async () => {
    for (const n of [1, 2, 3]) {
      const res = await get(`/en/products/${slug}/photos/${n}`);
      expect(res.status).toBe(200);
      const { html } = res;
      expect(html).toContain(`photo ${n} of 3`);
      const large = /<figure class="large"[\s\S]*?<img[^>]*>/.exec(html)![0];
      const src = attr(large, 'src')!;
      expect(src).toContain(keys[n - 1]);
      expect((await get(src)).status).toBe(200);
      expect(html.includes('Next photo')).toBe(n < 3);
      expect(html.includes('Previous photo')).toBe(n > 1);
    }
    for (const n of ['4', '0', 'x']) expect((await get(`/en/products/${slug}/photos/${n}`)).status).toBe(404);
  });
});
