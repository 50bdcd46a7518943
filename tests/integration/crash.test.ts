/**
 * Every committed order reaches its buyer: checkouts are fired, the server is killed with SIGKILL in the
 * middle, and after a restart every order in the database has its confirmation in the outbox (written in
 * the order's own batch), whether or not the buyer got a reply.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDb } from '../../db/client.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { startShop } from '../support/server.ts';

it('after kill -9 during checkouts, every committed order has its confirmation mail queued', async () => {
  const url = `file:${join(mkdtempSync(join(tmpdir(), 'ovop-crash-')), 'shop.db')}`;
  const shop = await startShop({ DATABASE_URL: url, PAGE_CACHE_SECONDS: '0' });
  const db = openDb(url);
  const variants = (
    await db.$client.execute(`SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id
      WHERE p.status = 'published' AND v.active = 1 AND (SELECT sum(sl.on_hand - sl.reserved) FROM stock_levels sl
        JOIN stock_locations l ON l.id = sl.location_id WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 5 LIMIT 60`)
  ).rows.map((r) => Number(r.id));
  // Sixty buyers reach the review page; then all press "Place order" at once and the server dies.
  const reviewed = await Promise.all(
    variants.map(async (variant, i) => {
      const buyer = new Buyer(shop.url);
      await buyer.post('/en/cart', { intent: 'add', variant, quantity: 1 });
      const review = await buyer.post('/en/checkout', {
        ...PICKUP_FORM,
        email: `crash${i}@example.com`,
        step: 'review',
      });
      const fields = Object.fromEntries(
        review.doc
          .querySelectorAll('form.place input[type="hidden"]')
          .map((n) => [n.getAttribute('name')!, n.getAttribute('value') ?? '']),
      );
      return { buyer, fields };
    }),
  );
  const replies = reviewed.map(({ buyer, fields }) =>
    buyer.post('/en/checkout', { ...fields, step: 'place' }).then(
      (r) => r.status,
      () => 0,
    ),
  );
  await new Promise((r) => setTimeout(r, 60));
  shop.process.kill('SIGKILL');
  const statuses = await Promise.all(replies);
  await new Promise((r) =>
    shop.process.exitCode !== null || shop.process.signalCode ? r(null) : shop.process.once('exit', r),
  );
  const restarted = await startShop({ DATABASE_URL: url, PAGE_CACHE_SECONDS: '0' });
  try {
    const orders = (await db.$client.execute(`SELECT id, email FROM orders WHERE email LIKE 'crash%'`)).rows;
    const mailed = (await db.$client.execute(`SELECT DISTINCT order_id FROM outbox WHERE "to" LIKE 'crash%'`)).rows.map(
      (r) => Number(r.order_id),
    );
    const answered = statuses.filter((s) => s === 303).length;
    console.log(
      `crash test: ${reviewed.length} checkouts, ${answered} answered 303, ${orders.length} orders committed, ${orders.length - answered} committed without a reply, ${mailed.length} with their mail row`,
    );
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.map((o) => Number(o.id)).sort()).toEqual(mailed.sort());
  } finally {
    await restarted.stop();
  }
}, 120_000);
