/**
 * Two shop instances, each reading from its own embedded replica (one of them on two workers, each with its
 * own file), against one libSQL server (sqld): a visitor's write on one instance is read back on the other at
 * once; another visitor sees it within the documented bound (DATABASE_SYNC_INTERVAL); the rush for the last
 * 10 units is exact across instances with no committed checkout answered 5xx; a staff change made through one
 * instance drops both instances' page caches within the bound. Both share one S3 bucket (s3rver) for uploads:
 * a photo uploaded through one instance is served by the other in every width it was made in, byte for byte,
 * and shown on the other's product page once approved; a photo replaced through one is gone from the other at
 * once; names that are no stored photo are a 404 there.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { LEDGER_MISMATCH_SQL } from '../../src/lib/inventory/ledger.ts';
import { WRITE_FRAME_COOKIE } from '../../src/lib/http/replica-cookie.ts';
import { jpegBytes } from '../factories/files.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { fieldsOf } from '../support/forms.ts';
import { startS3, type RunningS3 } from '../support/s3.ts';
import { startShop, type RunningServer } from '../support/server.ts';
import { startSqld, type RunningSqld } from '../support/sqld.ts';
import { leaveFreeUnits } from '../support/db.ts';

/** The replicas' pull interval in seconds, and the bound the README documents: the interval and a pull. */
const SYNC_SECONDS = 1;
const BOUND_MS = SYNC_SECONDS * 1000 + 500;

let sqld: RunningSqld;
let s3: RunningS3;
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
  [sqld, s3] = await Promise.all([startSqld(), startS3(dir)]);
  const shared = {
    ...s3.env,
    DATABASE_URL: sqld.url,
    DATABASE_SYNC_INTERVAL: String(SYNC_SECONDS),
    PAGE_CACHE_SECONDS: '300',
  };
  // Each instance has its own, empty upload folder: only the bucket is shared.
  a = await startShop({
    ...shared,
    DATABASE_REPLICA_PATH: join(dir, 'a.db'),
    WORKERS: '2',
    UPLOAD_DIR: join(dir, 'up-a'),
  });
  b = await startShop({
    ...shared,
    DATABASE_REPLICA_PATH: join(dir, 'b.db'),
    SEED_DEMO: 'false',
    UPLOAD_DIR: join(dir, 'up-b'),
  });
  db = openDb(sqld.url);
}, 90_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  db?.$client.close();
  sqld?.stop();
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
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

/** Polls `check` until it gives a value (not undefined), at most `ms`; fails the test past it. */
async function within<T>(ms: number, check: () => Promise<T | undefined>): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`not seen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('serves a photo uploaded through one instance from the other, and stops once it is replaced', async () => {
  const producer = new Buyer(a.url);
  expect((await producer.signIn('producer@ovop.kg', 'demo-producer-2026')).status).toBe(303);
  const staff = new Buyer(a.url);
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026')).status).toBe(303);
  const { rows } = await db.$client.execute(
    `SELECT p.id, p.slug FROM products p JOIN users u ON u.producer_id = p.producer_id
     WHERE u.email = 'producer@ovop.kg' AND p.status = 'published'
       AND NOT EXISTS (SELECT 1 FROM product_drafts d WHERE d.product_id = p.id) ORDER BY p.id LIMIT 1`,
  );
  const id = Number(rows[0]!.id);
  const productPage = `/en/products/${String(rows[0]!.slug)}`;
  const self = `/en/producer/products/${id}`;
  const photoFiles = (key: string, page: string) =>
    [...page.matchAll(new RegExp(`/media/photos/${key}-(\\d+)\\.webp`, 'g'))].map((m) => Number(m[1]));
  const inBucket = async (key: string) =>
    ((await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `photos/${key}-` }))).Contents ?? [])
      .map((o) => o.Key)
      .sort();

  /** The producer uploads a photo through A to the listing's draft; returns its key. */
  const upload = async (name: string) => {
    const sent = await producer.upload(
      self,
      {},
      { photo: { name, bytes: await jpegBytes(1400, 1000), type: 'image/jpeg' } },
    );
    expect(sent.status).toBe(303);
    const editor = await producer.get(self);
    return /\/media\/photos\/([A-Za-z0-9_-]{22})-/.exec(
      editor.doc.querySelectorAll('#photos img').at(-1)!.getAttribute('src')!,
    )![1]!;
  };
  /** The producer sends the draft for review through A; staff approve it through A once their worker sees it. */
  const submitAndApprove = async () => {
    const editor = await producer.get(self);
    const form = editor.doc.querySelectorAll('main form.form.section').find((f) => f.querySelector('[name=v0_price]'))!;
    expect((await producer.post(self, { ...fieldsOf(form), intent: 'submit' })).status).toBe(303);
    // A's two workers pull on their own: a worker that has not pulled the submission yet answers 404 and writes nothing.
    await within(BOUND_MS, async () => {
      const res = await staff.post(`/en/staff/review/${id}`, { decision: 'approve' });
      return res.status === 303 ? true : undefined;
    });
    return Date.now();
  };

  const first = await upload('honey.jpg');
  // Made at each width up to the photo's own, in the shared bucket, and served by B byte for byte at once.
  expect(await inBucket(first)).toEqual([320, 640, 1280].map((w) => `photos/${first}-${w}.webp`).sort());
  for (const width of [320, 640, 1280]) {
    const object = await s3.client.send(
      new GetObjectCommand({ Bucket: s3.bucket, Key: `photos/${first}-${width}.webp` }),
    );
    const served = await fetch(`${b.url}/media/photos/${first}-${width}.webp`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(await object.Body!.transformToByteArray()))).toBe(
      true,
    );
  }
  // A draft's photo is the producer's until staff approve it: not on B's product page yet.
  const shownOnB = async (key: string) => photoFiles(key, await (await fetch(`${b.url}${productPage}`)).text());
  expect(await shownOnB(first)).toEqual([]);
  const approved = await submitAndApprove();
  // B's product page, from its own replica and page cache, shows the photo within the bound; every file it names is served.
  const page = await within(BOUND_MS, async () => {
    const html = await (await fetch(`${b.url}${productPage}`)).text();
    return photoFiles(first, html).length > 0 ? html : undefined;
  });
  for (const width of new Set(photoFiles(first, page)))
    expect((await fetch(`${b.url}/media/photos/${first}-${width}.webp`)).status).toBe(200);

  // Names that are no stored photo are a plain 404 on B, never a 5xx: a key nobody made, a width never made,
  // a certificate document's key, paths out of the photos folder.
  const { rows: documents } = await db.$client.execute(`SELECT key FROM media WHERE kind = 'document' LIMIT 1`);
  const documentKey = String(documents[0]!.key);
  for (const name of [
    `${'A'.repeat(22)}-320.webp`,
    `${first}-800.webp`,
    `${first}-320.jpg`,
    `${documentKey}-320.webp`,
    `..%2Fdocuments%2F${documentKey}.pdf`,
    `%2e%2e%2f%2e%2e%2fpackage.json`,
    `${first}-320.webp%00`,
  ]) {
    const res = await fetch(`${b.url}/media/photos/${name}`);
    expect([name, res.status]).toEqual([name, 404]);
  }

  // The producer replaces it through A (a new photo, the old one removed) once A's workers have pulled the approval.
  await new Promise((r) => setTimeout(r, Math.max(0, approved + BOUND_MS - Date.now())));
  const second = await upload('honey-2.jpg');
  expect((await producer.post(self, { intent: 'photo_remove', key: first })).status).toBe(303);
  // Buyers still see the old photo until staff approve the change.
  expect((await fetch(`${b.url}/media/photos/${first}-640.webp`)).status).toBe(200);
  await submitAndApprove();
  // Its files left the bucket with the approval: B no longer serves any width of it, at once.
  expect(await inBucket(first)).toEqual([]);
  for (const width of [320, 640, 1280])
    expect((await fetch(`${b.url}/media/photos/${first}-${width}.webp`)).status).toBe(404);
  const replaced = await within(BOUND_MS, async () => {
    const html = await (await fetch(`${b.url}${productPage}`)).text();
    return photoFiles(second, html).length > 0 ? html : undefined;
  });
  expect(photoFiles(first, replaced)).toEqual([]);
}, 30_000);
