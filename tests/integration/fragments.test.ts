/**
 * A product page's parts that change only with the catalogue (the footer, the producer's origin panel, the
 * certificates, "more from this producer") are rendered once per catalogue version and inserted as HTML
 * afterwards (decision 74): the page a visitor gets is the same whether its parts were just rendered or kept.
 * The search page's card grid likewise, per language, day, currency and listed products (the catalogue page,
 * whose grids seldom repeat, renders its own; it is checked beside it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { Buyer } from '../support/client.ts';

const base = () => inject('baseUrl');
let db: Db;
let slugs: [string, string];

/** A fresh render (a new query string misses the page cache), with that query taken out again. */
async function fresh(visitor: Buyer, path: string, query: string): Promise<string> {
  const page = await visitor.get(`${path}?${query}`);
  expect(page.status).toBe(200);
  return page.html.replaceAll(`?${query}`, '').replaceAll(encodeURIComponent(`?${query}`), '');
}

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  // Two published products of a producer with several: each lists the other among "more from this producer".
  const rows = (
    await db.$client.execute(
      `SELECT slug FROM products WHERE status = 'published' AND producer_id = (
         SELECT producer_id FROM products WHERE status = 'published' GROUP BY producer_id
         ORDER BY count(*) DESC, producer_id LIMIT 1)
       ORDER BY id LIMIT 2`,
    )
  ).rows.map((r) => String(r.slug));
  slugs = rows as [string, string];
});

describe('rendered fragments', () => {
  it('give the same page as rendering them, in every language, for a cart holder too', async () => {
    expect(slugs).toHaveLength(2);
    const anonymous = new Buyer(base());
    const holder = new Buyer(base());
    const variant = (
      await db.$client.execute(
        `SELECT min(v.id) AS id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.slug = ? AND v.active = 1`,
        [slugs[0]],
      )
    ).rows[0]!.id;
    await holder.post('/en/cart', { intent: 'add', variant: Number(variant), quantity: 1 });
    // A new catalogue version: every fragment is rendered again on the first page that shows it.
    await db.$client.execute('UPDATE catalog_version SET version = version + 1 WHERE id = 1');
    for (const locale of ['ky', 'ru', 'en']) {
      for (const slug of slugs) {
        const path = `/${locale}/products/${slug}`;
        const rendered = await fresh(anonymous, path, `fragments=${Date.now()}`);
        const kept = await fresh(anonymous, path, `fragments=${Date.now()}-kept`);
        expect(kept).toBe(rendered);
        expect(kept).toContain('<footer');
        expect(kept).toContain('id="more"');
        // A cart holder's page is the same page with this visitor's cart count in its hole.
        const own = await fresh(holder, path, `fragments=${Date.now()}-holder`);
        expect(own).toContain('<span class="count">1</span>');
        expect(own.replace(/<header[\s\S]*?<\/header>/, '')).toBe(kept.replace(/<header[\s\S]*?<\/header>/, ''));
      }
    }
  });

  it('keep prices per display currency', async () => {
    const path = `/en/products/${slugs[1]}`;
    const som = new Buyer(base());
    const dollars = new Buyer(base());
    dollars.cookies.set('currency', 'USD');
    const inSom = await fresh(som, path, `currency=${Date.now()}`);
    const inDollars = await fresh(dollars, path, `currency=${Date.now()}-usd`);
    const strip = (html: string) => /<section[^>]*aria-labelledby="more"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(strip(inSom)).toContain(`/en/products/${slugs[0]}`);
    expect(strip(inDollars)).toContain('$');
    expect(strip(inSom)).not.toContain('$');
  });

  it('give the same catalogue and search pages as rendering their cards, per language and currency', async () => {
    const visitor = new Buyer(base());
    const dollars = new Buyer(base());
    dollars.cookies.set('currency', 'USD');
    const grid = (html: string) => /<ul class="card-grid"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
    /** A fresh render of `path` (a new parameter misses the page cache), with that parameter taken out. */
    const render = async (who: Buyer, path: string, marker: string) => {
      const page = await who.get(`${path}&fresh=${marker}`);
      expect(page.status).toBe(200);
      return page.html
        .replaceAll(`&fresh=${marker}`, '')
        .replaceAll(`&amp;fresh=${marker}`, '')
        .replaceAll(encodeURIComponent(`&fresh=${marker}`), '');
    };
    await db.$client.execute('UPDATE catalog_version SET version = version + 1 WHERE id = 1');
    for (const locale of ['ky', 'ru', 'en']) {
      for (const path of [`/${locale}/products?sort=newest`, `/${locale}/search?q=honey`]) {
        const rendered = await render(visitor, path, `${Date.now()}`);
        const kept = await render(visitor, path, `${Date.now()}-kept`);
        expect(grid(rendered)).toContain('class="card"');
        expect(kept).toBe(rendered);
        const inDollars = grid(await render(dollars, path, `${Date.now()}-usd`));
        expect(inDollars).toContain('$');
        expect(grid(kept)).not.toContain('$');
      }
    }
  });
});
