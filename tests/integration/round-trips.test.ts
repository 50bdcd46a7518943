/**
 * A fresh product page on a remote libSQL server (sqld, no replica) costs at most two round trips to it:
 * one for the catalogue version (and a cart holder's session and cart count), one for everything the page
 * shows (decision 73). A counting proxy sits between the shop and sqld; the page cache is off, so every
 * request renders. After one warm-up visit the rates, shop details, the producer's memos (its summary,
 * certificates and first cards) and the catalogue's filter lists and result count are kept.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDb, readRows, type Db } from '../../db/client.ts';
import { Buyer } from '../support/client.ts';
import { startShop, type RunningServer } from '../support/server.ts';
import { startSqld, type RunningSqld } from '../support/sqld.ts';

let sqld: RunningSqld;
let proxyUrl: string;
let proxy: Server;
let shop: RunningServer;
let db: Db;
let requests = 0;
let slugs: string[];
let variant: number;

/** Passes every HTTP request on to sqld, counting them. */
function countingProxy(target: string): Promise<Server> {
  const { hostname, port } = new URL(target);
  const server = createServer((req, res) => {
    requests++;
    const upstream = request({ hostname, port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Round trips to sqld while the visitor fetches `path` (the fewest of three tries: timers may read too). */
async function roundTrips(visitor: Buyer, path: string): Promise<number> {
  let fewest = Infinity;
  for (let i = 0; i < 3; i++) {
    requests = 0;
    const page = await visitor.get(path);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-cache')).not.toBe('HIT');
    fewest = Math.min(fewest, requests);
    console.log(`${path}: ${requests} round trips`);
  }
  return fewest;
}

beforeAll(async () => {
  sqld = await startSqld();
  proxy = await countingProxy(sqld.url);
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  shop = await startShop({ DATABASE_URL: proxyUrl, PAGE_CACHE_SECONDS: '0' });
  db = openDb(sqld.url);
  const rs = await db.$client.execute(
    `SELECT p.slug, min(v.id) AS variant FROM products p JOIN variants v ON v.product_id = p.id AND v.active = 1
     WHERE p.status = 'published' GROUP BY p.id ORDER BY p.id LIMIT 2`,
  );
  slugs = rs.rows.map((r) => String(r.slug));
  variant = Number(rs.rows[0]!.variant);
}, 90_000);

afterAll(async () => {
  await shop?.stop();
  db?.$client.close();
  proxy?.close();
  sqld?.stop();
});

it('renders a fresh product page for an anonymous visitor in two round trips', async () => {
  const visitor = new Buyer(shop.url);
  for (const slug of slugs) {
    await visitor.get(`/en/products/${slug}`);
    // The warm-up kept the producer's memo; the other product of the same or another producer reads it anew.
    expect(await roundTrips(visitor, `/en/products/${slug}`)).toBeLessThanOrEqual(2);
  }
});

it('renders a fresh product page for a cart holder in two round trips', async () => {
  const holder = new Buyer(shop.url);
  expect((await holder.post('/en/cart', { intent: 'add', variant, quantity: 2 })).status).toBe(303);
  await holder.get(`/ru/products/${slugs[0]}`);
  const page = await holder.get(`/ru/products/${slugs[0]}`);
  expect(page.doc.querySelector('a.cart .count')?.textContent.trim()).toBe('2');
  expect(await roundTrips(holder, `/ru/products/${slugs[0]}`)).toBeLessThanOrEqual(2);
});

it('renders a product page never seen before in two round trips once the catalogue is warm', async () => {
  const visitor = new Buyer(shop.url);
  const rs = await db.$client.execute(`SELECT slug FROM products WHERE status = 'published' ORDER BY id DESC LIMIT 1`);
  requests = 0;
  const page = await visitor.get(`/ky/products/${String(rs.rows[0]!.slug)}`);
  expect(page.status).toBe(200);
  console.log(`first visit of /ky/products/…: ${requests} round trips`);
  expect(requests).toBeLessThanOrEqual(2);
});

it('renders a fresh catalogue page in two round trips', async () => {
  const visitor = new Buyer(shop.url);
  await visitor.get('/en/products?sort=price_asc');
  expect(await roundTrips(visitor, '/en/products?sort=price_asc')).toBeLessThanOrEqual(2);
});

it('sends the reads of one turn as one batch, and a failing read fails only its own caller', async () => {
  const client = openDb(proxyUrl);
  try {
    await readRows(client, 'SELECT 1');
    requests = 0;
    const [a, b, bad] = await Promise.allSettled([
      readRows(client, 'SELECT count(*) AS n FROM products'),
      readRows(client, 'SELECT slug FROM products WHERE slug = ?', [slugs[0]!]),
      readRows(client, 'SELECT nothing FROM no_such_table'),
    ]);
    expect(a.status === 'fulfilled' && Number(a.value[0]!.n)).toBeGreaterThan(0);
    expect(b.status === 'fulfilled' && b.value[0]!.slug).toBe(slugs[0]);
    expect(bad.status).toBe('rejected');
    requests = 0;
    await Promise.all([readRows(client, 'SELECT 1 AS one'), readRows(client, 'SELECT 2 AS two')]);
    expect(requests).toBe(1);
  } finally {
    client.$client.close();
  }
});
