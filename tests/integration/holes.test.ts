/**
 * Cart holders and signed-in people get cached pages too (decision 71): one page is cached for everyone
 * and each answer carries only its own visitor's cart count and signed-in bar, never another's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { Buyer } from '../support/client.ts';
import { get } from '../support/http.ts';
import { startShop } from '../support/server.ts';

const base = () => inject('baseUrl');
let db: Db;
let slug: string;
let productId: number;
let variant: number;
let savedDescription: string;

const badge = (html: string) => /<span class="count">(\d+)<\/span>/.exec(html)?.[1];

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  const row = (
    await db.$client.execute(
      `SELECT p.id, p.slug, v.id AS variant FROM products p JOIN variants v ON v.product_id = p.id
         JOIN stock_levels sl ON sl.variant_id = v.id
         JOIN product_translations pt ON pt.product_id = p.id AND pt.locale = 'en'
        WHERE p.status = 'published' AND sl.on_hand - sl.reserved >= 10 ORDER BY p.id LIMIT 1`,
    )
  ).rows[0]!;
  slug = String(row.slug);
  productId = Number(row.id);
  variant = Number(row.variant);
  savedDescription = String(
    (
      await db.$client.execute({
        sql: `SELECT description FROM product_translations WHERE product_id = ? AND locale = 'en'`,
        args: [productId],
      })
    ).rows[0]!.description,
  );
});

afterAll(async () => {
  await db.$client.execute({
    sql: `UPDATE product_translations SET description = ? WHERE product_id = ? AND locale = 'en'`,
    args: [savedDescription, productId],
  });
});

describe('a cached page with holes', () => {
  it('gives two cart holders and a signed-in staff member each their own bits from one cached page', async () => {
    const path = `/en/products/${slug}`;
    const ann = new Buyer(base(), { localAddress: '127.0.0.62' });
    const bek = new Buyer(base(), { localAddress: '127.0.0.63' });
    const staff = new Buyer(base(), { localAddress: '127.0.0.64' });
    expect((await ann.post('/en/cart', { intent: 'add', variant, quantity: 2 })).status).toBe(303);
    expect((await bek.post('/en/cart', { intent: 'add', variant, quantity: 5 })).status).toBe(303);
    expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026')).status).toBe(303);
    // Ann's request may render the page; everyone after her is served from the cache.
    const first = await ann.get(path);
    expect(first.status).toBe(200);
    expect(badge(first.html)).toBe('2');
    const a = await ann.get(path);
    const b = await bek.get(path);
    const s = await staff.get(path);
    const anonymous = await get(path);
    for (const page of [a, b, s, anonymous]) expect(page.headers.get('x-cache')).toBe('HIT');
    expect(badge(a.html)).toBe('2');
    expect(badge(b.html)).toBe('5');
    expect(badge(s.html)).toBeUndefined();
    expect(badge(anonymous.html)).toBeUndefined();
    // The staff member sees their name, their area and a sign-out button; nobody else sees any of it.
    expect(s.doc.querySelector('.account-bar span')?.textContent).toBe('Signed in as Жылдыз Курманалиева');
    expect(s.doc.querySelector('.account-bar a')?.getAttribute('href')).toBe('/en/staff');
    expect(s.doc.querySelector('.account-bar form')?.getAttribute('action')).toBe('/en/account/sign-out');
    for (const page of [a, b, anonymous]) {
      expect(page.html).not.toContain('Жылдыз');
      expect(page.doc.querySelector('.account')).toBeNull();
    }
    // Apart from the holes the pages are the same bytes, and no marker is left in any of them.
    const strip = (html: string) =>
      html.replace(/<span class="count">\d+<\/span>/, '').replace(/<div class="account">.*?<\/div><\/div>/s, '');
    for (const page of [a, b, s]) expect(strip(page.html)).toBe(anonymous.html);
    for (const page of [a, b, s, anonymous]) expect(page.html).not.toContain('ovop-hole');
    // Personalised bytes are for that browser only; the shared page says it varies with the cookie.
    for (const page of [a, b, s]) expect(page.headers.get('cache-control')).toBe('private, no-store');
    expect(anonymous.headers.get('cache-control') ?? '').not.toMatch(/private/);
    expect(anonymous.headers.get('vary')).toMatch(/Cookie/i);
    // A change to the cart shows on the next cached answer.
    expect((await bek.post('/en/cart', { intent: 'set', variant, quantity: 1 })).status).toBe(303);
    const again = await bek.get(path);
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(badge(again.html)).toBe('1');
  });

  it('never caches the cart page a holder sees, and shows its flash only there', async () => {
    const cara = new Buyer(base(), { localAddress: '127.0.0.65' });
    const added = await cara.post('/en/cart', { intent: 'add', variant, quantity: 3 });
    expect(added.location).toBe('/en/cart?done=add');
    const cart = await cara.get('/en/cart?done=add');
    expect(cart.doc.querySelector('[role="status"]')?.textContent).toContain('Added to your cart.');
    expect(cart.headers.get('x-cache')).toBeNull();
    const again = await cara.get('/en/cart');
    expect(again.headers.get('x-cache')).toBeNull();
    expect(again.html).not.toContain('Added to your cart.');
    // An anonymous visitor's cart is empty and cached as before, yet never handed to a cart holder.
    await get('/en/cart');
    expect((await get('/en/cart')).headers.get('x-cache')).toBe('HIT');
    const mine = await cara.get('/en/cart');
    expect(mine.headers.get('x-cache')).toBeNull();
    expect(badge(mine.html)).toBe('3');
    expect(mine.doc.querySelectorAll('form input[name="variant"]').length).toBeGreaterThan(0);
  });

  it('fills no marker that product text brings in', async () => {
    const fake = '<!--ovop-hole:000000000000000000000000:cart--> <!--ovop-hole:account-->';
    await db.$client.execute({
      sql: `UPDATE product_translations SET description = ? WHERE product_id = ? AND locale = 'en'`,
      args: [fake, productId],
    });
    const dee = new Buyer(base(), { localAddress: '127.0.0.66' });
    expect((await dee.post('/en/cart', { intent: 'add', variant, quantity: 4 })).status).toBe(303);
    await get(`/en/products/${slug}`);
    const page = await dee.get(`/en/products/${slug}`);
    expect(page.headers.get('x-cache')).toBe('HIT');
    expect(page.doc.querySelector('main')?.textContent).toContain('<!--ovop-hole:000000000000000000000000:cart-->');
    expect(page.html.match(/class="count"/g)).toHaveLength(1);
    expect(page.doc.querySelector('.cart')?.textContent).toContain('4');
  });
});

/** This process's marker (random nonce); the test above puts a forged one, all zeros, in the product's text. */
const MARKER = /<!--ovop-hole:(?!0{24})[0-9a-f]{24}:/;

describe('a fresh page with the page cache off', () => {
  it("carries its own visitor's bits and its length, and no marker", async () => {
    // The same database, a second shop that keeps nothing: every page is rendered and answered as rendered.
    const shop = await startShop({ DATABASE_URL: inject('databaseUrl'), PAGE_CACHE_SECONDS: '0' });
    try {
      const path = `/en/products/${slug}`;
      const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());
      const anonymous = await fetch(shop.url + path);
      const page = await bytesOf(anonymous);
      expect(anonymous.status).toBe(200);
      expect(anonymous.headers.get('x-cache')).toBeNull();
      expect(Number(anonymous.headers.get('content-length'))).toBe(page.byteLength);
      expect(page.toString()).not.toMatch(MARKER);
      expect(badge(page.toString())).toBeUndefined();
      const head = await fetch(shop.url + path, { method: 'HEAD' });
      expect(Number(head.headers.get('content-length'))).toBe(page.byteLength);

      const holder = new Buyer(shop.url, { localAddress: '127.0.0.68' });
      expect((await holder.post('/en/cart', { intent: 'add', variant, quantity: 3 })).status).toBe(303);
      const staff = new Buyer(shop.url, { localAddress: '127.0.0.69' });
      expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026')).status).toBe(303);
      for (const [visitor, count, bar] of [
        [holder, '3', false],
        [staff, undefined, true],
      ] as const) {
        const { html, headers } = await visitor.get(path);
        expect(Number(headers.get('content-length'))).toBe(Buffer.byteLength(html));
        expect(headers.get('cache-control')).toBe('private, no-store');
        expect(html).not.toMatch(MARKER);
        expect(badge(html)).toBe(count);
        expect(html.includes('class="account"')).toBe(bar);
      }
    } finally {
      await shop.stop();
    }
  });
});
