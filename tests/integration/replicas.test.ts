/**
 * Two shop instances, each reading from its own embedded replica (one of them on two workers, each with its
 * own file), against one libSQL server (sqld): a visitor's write on one instance is read back on the other at
 * once; another visitor sees it within the documented bound (DATABASE_SYNC_INTERVAL); the rush for the last
 * 10 units is exact across instances with no committed checkout answered 5xx; a staff change made through one
 * instance drops both instances' page caches within the bound.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { LEDGER_MISMATCH_SQL } from '../../src/lib/inventory/ledger.ts';
import { WRITE_FRAME_COOKIE } from '../../src/lib/http/replica-cookie.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { startShop, type RunningServer } from '../support/server.ts';
import { startSqld, type RunningSqld } from '../support/sqld.ts';
import { leaveFreeUnits } from '../support/db.ts';

/** The replicas' pull interval in seconds, and the bound the README documents: the interval and a pull. */
const SYNC_SECONDS = 1;
const BOUND_MS = SYNC_SECONDS * 1000 + 500;

let sqld: RunningSqld;
let a: RunningServer;
let b: RunningServer;
let db: Db;
const dir = mkdtempSync(join(tmpdir(), 'ovop-replicas-'));

async function variantInStock(offset: number): Promise<number> {
  const rs = await db.$client.execute({
    sql: `SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.status = 'published'
          AND (SELECT sum(on_hand - reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
               WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 1
          ORDER BY v.id LIMIT 1 OFFSET ?`,
    args: [offset],
  });
  return Number(rs.rows[0]!.id);
}

/** The number the cart badge shows. */
const cartCount = (page: { doc: { querySelector(s: string): { textContent: string } | null } }) =>
  Number(page.doc.querySelector('a.cart .count')?.textContent.trim() ?? 0);

beforeAll(async () => {
  sqld = await startSqld();
  const shared = { DATABASE_URL: sqld.url, DATABASE_SYNC_INTERVAL: String(SYNC_SECONDS), PAGE_CACHE_SECONDS: '300' };
  a = await startShop({ ...shared, DATABASE_REPLICA_PATH: join(dir, 'a.db'), WORKERS: '2' });
  b = await startShop({ ...shared, DATABASE_REPLICA_PATH: join(dir, 'b.db'), SEED_DEMO: 'false' });
  db = openDb(sqld.url);
}, 90_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  db?.$client.close();
  sqld?.stop();
});

it('gives each worker its own replica file and refuses a second process on one', async () => {
  // Both of A's workers answered their first request from their own file; B has the plain path.
  expect(existsSync(join(dir, 'a.db.0')) && existsSync(join(dir, 'a.db.1'))).toBe(true);
  expect(existsSync(join(dir, 'b.db'))).toBe(true);
  await expect(
    startShop({ DATABASE_URL: sqld.url, DATABASE_REPLICA_PATH: join(dir, 'b.db'), SEED_DEMO: 'false' }),
  ).rejects.toThrow(/in use by process/);
}, 30_000);

it('shows a cart added on one instance on the other: at once to its owner, within the bound to a copy', async () => {
  const variant = await variantInStock(0);
  const buyer = new Buyer(a.url);
  expect((await buyer.post('/en/cart', { intent: 'add', variant, quantity: 2 })).status).toBe(303);
  expect(buyer.cookies.has(WRITE_FRAME_COOKIE)).toBe(true);
  // The same browser on the other instance, at once: its cookie names the write, B pulls up to it.
  const onB = new Buyer(b.url);
  for (const [k, v] of buyer.cookies) onB.cookies.set(k, v);
  expect(cartCount(await onB.get('/en/cart'))).toBe(2);

  // Another add, then the session alone (no frame cookie, as after it expired) on the other instance:
  // seen there within the documented bound.
  expect((await buyer.post('/en/cart', { intent: 'add', variant, quantity: 1 })).status).toBe(303);
  const sessionOnly = new Buyer(b.url);
  for (const [k, v] of buyer.cookies) if (k !== WRITE_FRAME_COOKIE) sessionOnly.cookies.set(k, v);
  await new Promise((r) => setTimeout(r, BOUND_MS));
  expect(cartCount(await sessionOnly.get('/en/cart'))).toBe(3);
});

it('gives the last 10 units to exactly 10 of 200 buyers across both instances, answering none 5xx', async () => {
  const target = await variantInStock(9);
  await leaveFreeUnits(db, target, 10, 'replicas test');
  await new Promise((r) => setTimeout(r, BOUND_MS));
  // Each buyer fills the cart on one instance and checks out on the other (a load balancer's round robin).
  const buyers = await Promise.all(
    Array.from({ length: 200 }, async (_, i) => {
      const first = new Buyer(i % 2 ? a.url : b.url);
      expect((await first.post('/en/cart', { intent: 'add', variant: target, quantity: 1 })).status).toBe(303);
      const second = new Buyer(i % 2 ? b.url : a.url);
      for (const [k, v] of first.cookies) second.cookies.set(k, v);
      return second;
    }),
  );
  const results = await Promise.all(
    buyers.map((buyer, i) => buyer.checkout('/en/checkout', { ...PICKUP_FORM, email: `r-rush${i}@example.com` })),
  );
  const placed = results.filter((r) => r.status === 303 && r.location?.includes('/orders/'));
  const refused = results.filter((r) => r.status === 422);
  expect(results.filter((r) => !placed.includes(r) && !refused.includes(r)).map((r) => r.status)).toEqual([]);
  expect([placed.length, refused.length]).toEqual([10, 190]);
  // Each placed order's page opens on whichever instance the buyer lands on next.
  for (const [i, r] of results.entries()) {
    if (!placed.includes(r)) continue;
    expect((await buyers[i]!.get(r.location!)).status).toBe(200);
  }
  const orders = await db.$client.execute({
    sql: `SELECT count(DISTINCT o.id) AS n, sum(ol.quantity) AS units FROM orders o JOIN order_lines ol ON ol.order_id = o.id
          WHERE ol.variant_id = ? AND o.email LIKE 'r-rush%'`,
    args: [target],
  });
  expect(orders.rows[0]).toMatchObject({ n: 10, units: 10 });
  expect((await db.$client.execute(LEDGER_MISMATCH_SQL)).rows).toEqual([]);
}, 60_000);

it('drops both instances’ cached pages within the bound after a staff change made through one', async () => {
  const get = (base: string) => fetch(`${base}/en/faq`);
  for (const base of [a.url, b.url]) {
    await get(base);
    await get(base);
  }
  expect((await get(b.url)).headers.get('x-cache')).toBe('HIT');
  const admin = new Buyer(a.url);
  expect((await admin.signIn('admin@ovop.kg', 'demo-admin-2026')).status).toBe(303);
  const editor = await admin.get('/en/staff/pages/faq?lang=en');
  const revision = editor.doc.querySelector('input[name="revision"]')!.getAttribute('value')!;
  const saved = await admin.post('/en/staff/pages/faq?lang=en', {
    markdown: '## Asked on two machines',
    revision,
    intent: 'save',
  });
  expect(saved.status).toBe(303);
  await new Promise((r) => setTimeout(r, BOUND_MS));
  for (const base of [a.url, a.url, b.url]) {
    const page = await get(base);
    expect(await page.text()).toContain('Asked on two machines');
  }
});
