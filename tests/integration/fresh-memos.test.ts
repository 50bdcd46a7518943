/**
 * A product page is rendered with the producer, its certificates and its other products memoised per
 * catalogue version (decision 62): what a producer saves shows on the very next page, for a cart holder too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { Buyer } from '../support/client.ts';

const base = () => inject('baseUrl');
const PRODUCER = { email: 'producer@ovop.kg', password: 'demo-producer-2026' };
let db: Db;
let producer: Buyer;
let original: Record<string, string>;
let products: { slug: string; variant: number }[];

/** The profile form's current values, as the producer's browser would send them back. */
async function profileValues(): Promise<Record<string, string>> {
  const edit = await producer.get('/en/producer/profile');
  return Object.fromEntries(
    edit.doc
      .querySelectorAll('input[name], textarea[name]')
      .map((el) => [
        el.getAttribute('name')!,
        el.tagName === 'TEXTAREA' ? el.textContent : (el.getAttribute('value') ?? ''),
      ]),
  );
}

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  products = (
    await db.$client.execute(
      `SELECT p.slug, min(v.id) AS variant FROM products p JOIN producers pr ON pr.id = p.producer_id
       JOIN variants v ON v.product_id = p.id AND v.active = 1
       WHERE pr.id = (SELECT producer_id FROM users WHERE email = ?) AND p.status = 'published'
       GROUP BY p.id ORDER BY p.id LIMIT 2`,
      [PRODUCER.email],
    )
  ).rows.map((r) => ({ slug: String(r.slug), variant: Number(r.variant) }));
  producer = new Buyer(base());
  expect((await producer.signIn(PRODUCER.email, PRODUCER.password, 'en')).status).toBe(303);
  original = await profileValues();
});

// Other test files share this database: put the profile back.
afterAll(async () => {
  await producer.post('/en/producer/profile', original);
});

describe('a cart holder’s fresh product page', () => {
  it('shows the producer’s new name at once, on the product and on its sibling’s card', async () => {
    expect(products).toHaveLength(2);
    const [a, b] = products as [(typeof products)[0], (typeof products)[0]];
    const buyer = new Buyer(base());
    await buyer.post('/en/cart', { intent: 'add', variant: a.variant, quantity: 1 });
    const before = await buyer.get(`/en/products/${a.slug}`);
    expect(before.status).toBe(200);
    // A cart holder may get the page from the cache (decision 71) when another test file opened it in this
    // catalogue version; the save below changes the version, so the pages after it are rendered fresh.
    expect(before.html).toContain(original.name_en);
    // Render both pages once more, so the memo holds the old name before the change.
    await buyer.get(`/en/products/${b.slug}`);

    const renamed = `Toktogulov Hives ${Date.now()}`;
    const saved = await producer.post('/en/producer/profile', { ...original, name_en: renamed });
    expect(saved.status).toBe(303);

    const after = await buyer.get(`/en/products/${a.slug}`);
    expect(after.html).toContain(renamed);
    expect(after.html).not.toContain(original.name_en);
    // Product b's page lists a among "more from this producer", and names the producer on both.
    const sibling = await buyer.get(`/en/products/${b.slug}`);
    expect(sibling.html).toContain(renamed);
    expect(sibling.html).toContain(`/en/products/${a.slug}`);
  });
});
