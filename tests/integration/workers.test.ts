/**
 * The shop on two worker processes (WORKERS=2, node:cluster) over one embedded database: a rush of cart adds
 * answers no 5xx, 200 buyers for the last 10 units still make exactly 10 orders, the timers run in one worker
 * only (mail sent once), and a worker killed mid-flight is replaced, the timers with it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { Agent, fetch as undiciFetch } from 'undici';
import { openDb, type Db } from '../../db/client.ts';
import { LEDGER_MISMATCH_SQL } from '../../src/lib/inventory/ledger.ts';
import { queueMailStatement } from '../../src/lib/mail/outbox.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { freePort, startShop, type RunningServer } from '../support/server.ts';
import { leaveFreeUnits } from '../support/db.ts';

let shop: RunningServer;
let db: Db;
let smtp: SMTPServer;
const received: string[] = [];
const TOKEN = 'workers-test-metrics-token';

/** The JSON log lines the processes wrote so far with this message. */
const lines = (msg: string) =>
  shop
    .log()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { msg: string; pid: number })
    .filter((l) => l.msg.startsWith(msg));

/** Waits until `done` holds (or the time is up; the test's own assertion then says what is wrong). */
async function waitFor(done: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

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

beforeAll(async () => {
  const smtpPort = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        received.push(...session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  const url = `file:${join(mkdtempSync(join(tmpdir(), 'ovop-workers-')), 'shop.db')}`;
  shop = await startShop({
    DATABASE_URL: url,
    WORKERS: '2',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    OUTBOX_POLL_SECONDS: '1',
    METRICS_TOKEN: TOKEN,
  });
  db = openDb(url);
  // Both workers listen before the test starts.
  await waitFor(() => new Set(lines('OVOP shop listening').map((l) => l.pid)).size === 2, 20_000);
}, 60_000);

afterAll(async () => {
  await shop?.stop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

it('answers 200 cart adds at once from two workers without a 5xx', async () => {
  const variant = await variantInStock(0);
  const statuses = await Promise.all(
    Array.from({ length: 200 }, async () => {
      const buyer = new Buyer(shop.url);
      return (await buyer.post('/en/cart', { intent: 'add', variant, quantity: 1 })).status;
    }),
  );
  expect(statuses.filter((s) => s !== 303)).toEqual([]);
  // Both workers answered some of them (request lines reach the log within a second).
  await waitFor(() => new Set(lines('request').map((l) => l.pid)).size === 2, 3000);
  expect(new Set(lines('request').map((l) => l.pid)).size).toBe(2);
});

it('gives the last 10 units to exactly 10 of 200 buyers across two workers', async () => {
  const target = await variantInStock(9);
  await leaveFreeUnits(db, target, 10, 'workers test');
  const buyers = await Promise.all(
    Array.from({ length: 200 }, async () => {
      const buyer = new Buyer(shop.url);
      await buyer.post('/en/cart', { intent: 'add', variant: target, quantity: 1 });
      return buyer;
    }),
  );
  const results = await Promise.all(
    buyers.map((b, i) => b.checkout('/en/checkout', { ...PICKUP_FORM, email: `w-rush${i}@example.com` })),
  );
  const placed = results.filter((r) => r.status === 303 && r.location?.includes('/orders/'));
  const refused = results.filter((r) => r.status === 422);
  expect(results.filter((r) => !placed.includes(r) && !refused.includes(r)).map((r) => r.status)).toEqual([]);
  expect([placed.length, refused.length]).toEqual([10, 190]);
  const orders = await db.$client.execute({
    sql: `SELECT count(DISTINCT o.id) AS n, sum(ol.quantity) AS units FROM orders o JOIN order_lines ol ON ol.order_id = o.id
          WHERE ol.variant_id = ? AND o.email LIKE 'w-rush%'`,
    args: [target],
  });
  expect(orders.rows[0]).toMatchObject({ n: 10, units: 10 });
  expect((await db.$client.execute(LEDGER_MISMATCH_SQL)).rows).toEqual([]);
});

it('shows a cart holder their new count from the page cache of either worker right after an add', async () => {
  const variant = await variantInStock(2);
  const slug = String(
    (
      await db.$client.execute({
        sql: 'SELECT p.slug FROM products p JOIN variants v ON v.product_id = p.id WHERE v.id = ?',
        args: [variant],
      })
    ).rows[0]!.slug,
  );
  const buyer = new Buyer(shop.url);
  expect((await buyer.post('/en/cart', { intent: 'add', variant, quantity: 1 })).status).toBe(303);
  const cookie = [...buyer.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  // Each GET on a connection of its own, so the primary hands them round; the request id's prefix names the
  // worker. Each worker keeps the visitor's row (decision 71) until a write anywhere.
  const look = async () => {
    const dispatcher = new Agent();
    const res = await undiciFetch(`${shop.url}/en/products/${slug}`, { headers: { cookie }, dispatcher });
    const html = await res.text();
    await dispatcher.close();
    return {
      worker: res.headers.get('x-request-id')!.split('-')[0]!,
      cache: res.headers.get('x-cache'),
      count: /<span class="count">(\d+)<\/span>/.exec(html)?.[1],
    };
  };
  for (const expected of ['1', '2', '3']) {
    if (expected !== '1')
      expect((await buyer.post('/en/cart', { intent: 'add', variant, quantity: 1 })).status).toBe(303);
    const seen = new Set<string>();
    const hits = new Set<string>();
    for (let i = 0; i < 40 && hits.size < 2; i++) {
      const page = await look();
      expect(page.count).toBe(expected);
      seen.add(page.worker);
      if (page.cache === 'HIT') hits.add(page.worker);
    }
    expect(hits.size).toBe(2);
  }
});

it('runs the timers in one worker: each queued mail is sent once', async () => {
  expect(lines('timers started')).toHaveLength(1);
  const to = Array.from({ length: 30 }, (_, i) => `once${i}@example.com`);
  await db.$client.batch(
    to.map((address) => queueMailStatement({ to: address, subject: 'Once', text: 'Sent once', locale: 'en' })),
    'write',
  );
  await expect.poll(() => to.every((a) => received.includes(a)), { timeout: 15_000 }).toBe(true);
  // Another two polls: nothing is sent a second time.
  await new Promise((r) => setTimeout(r, 1500));
  expect(received.filter((a) => to.includes(a))).toHaveLength(to.length);
});

it('counts every worker’s requests in each scrape, and the database’s figures once', async () => {
  const health = () => fetch(`${shop.url}/api/health`).then((r) => r.text());
  const scrape = async () => {
    const text = await (
      await fetch(`${shop.url}/api/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } })
    ).text();
    const count = /^ovop_http_request_duration_seconds_count\{[^}]*route="\/api\/health"[^}]*\} (\d+)$/m.exec(text);
    const pending = /^ovop_orders\{status="pending_payment"\} (\d+)$/m.exec(text);
    return [Number(count?.[1] ?? 0), Number(pending?.[1] ?? 0)];
  };
  await Promise.all(Array.from({ length: 20 }, health));
  // Each scrape lands on either worker and reports the 20 requests both answered; the orders are not doubled.
  const scrapes = [];
  for (let i = 0; i < 4; i++) scrapes.push(await scrape());
  expect(scrapes).toEqual(Array.from({ length: 4 }, () => [20, 10]));
});

it('replaces a worker that dies, and the timers with it', async () => {
  const [timers] = lines('timers started');
  process.kill(timers!.pid, 'SIGKILL');
  await expect.poll(() => lines('timers started').length, { timeout: 20_000 }).toBe(2);
  expect(lines('timers started')[1]!.pid).not.toBe(timers!.pid);
  expect(lines('worker exited')).toHaveLength(1);
  // The shop kept answering meanwhile and answers from the new worker too.
  expect((await fetch(`${shop.url}/en`)).status).toBe(200);
}, 30_000);
