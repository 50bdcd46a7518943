/**
 * Two instances of the shop that share nothing but the database and an S3-compatible bucket (decision 59):
 * a local S3 server (s3rver), two shops on one database file with different, empty upload folders. A photo
 * uploaded through one is in the bucket and served by the other; a rate saved on one shows new prices on
 * the other's very next page; the sign-in throttle counts the real client, whatever X-Forwarded-For says.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { jpegBytes } from '../factories/files.ts';
import { Buyer } from '../support/client.ts';
import { startS3, type RunningS3 } from '../support/s3.ts';
import { ROOT, run, startShop, type RunningServer } from '../support/server.ts';

const PRODUCER = { email: 'producer@ovop.kg', password: 'demo-producer-2026' };
const ADMIN = { email: 'admin@ovop.kg', password: 'demo-admin-2026' };
const STAFF = { email: 'staff@ovop.kg', password: 'demo-staff-2026' };
const BUCKET = 'ovop-test-uploads';

let dir: string;
let s3: RunningS3;
let bucket: S3Client;
let db: Db;
let one: RunningServer;
let two: RunningServer;
let shopEnv: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ovop-shared-'));
  s3 = await startS3(dir, BUCKET);
  bucket = s3.client;
  const s3Env = s3.env;
  const databaseUrl = `file:${join(dir, 'shop.db')}`;
  const common = { ...s3Env, DATABASE_URL: databaseUrl, PAGE_CACHE_SECONDS: '300' };
  shopEnv = common;
  // The first instance takes connections straight from visitors; the second sits behind a proxy on 127.0.0.1.
  one = await startShop({ ...common, UPLOAD_DIR: join(dir, 'uploads-one') });
  two = await startShop({ ...common, UPLOAD_DIR: join(dir, 'uploads-two'), TRUSTED_PROXIES: '127.0.0.1' });
  db = openDb(databaseUrl);
}, 60_000);

afterAll(async () => {
  await one?.stop();
  await two?.stop();
  db?.$client.close();
  await s3?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('uploads in an S3-compatible bucket', () => {
  it('serves a photo uploaded through one instance from the other, with the same headers', async () => {
    const producer = new Buyer(one.url);
    expect((await producer.signIn(PRODUCER.email, PRODUCER.password)).status).toBe(303);
    const created = await producer.post('/en/producer/products/new', {
      category: '1',
      name_ky: 'Бакетке жүктөлгөн бал',
      description_ky: 'Тоо балы',
    });
    expect(created.status).toBe(303);
    const id = Number(/products\/(\d+)/.exec(created.location!)![1]);
    const uploaded = await producer.upload(
      `/en/producer/products/${id}`,
      {},
      { photo: { name: 'honey.jpg', bytes: await jpegBytes(800, 600), type: 'image/jpeg' } },
    );
    expect(uploaded.status).toBe(303);
    const editor = await producer.get(`/en/producer/products/${id}`);
    const src = editor.doc.querySelector('#photos img')!.getAttribute('src')!;
    const file = /^\/media\/photos\/([A-Za-z0-9_-]{22}-\d+\.webp)$/.exec(src)![1]!;

    const object = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: `photos/${file}` }));
    expect(object.ContentType).toBe('image/webp');
    const stored = await object.Body!.transformToByteArray();

    const served = await fetch(`${two.url}${src}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('etag')).toBe(`"${file.slice(0, -'.webp'.length)}"`);
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(stored))).toBe(true);
    const again = await fetch(`${two.url}${src}`, { headers: { 'If-None-Match': served.headers.get('etag')! } });
    expect(again.status).toBe(304);
    // Nothing went to either instance's folder.
    for (const folder of ['uploads-one', 'uploads-two']) {
      expect(readdirSync(dir).includes(folder) ? readdirSync(join(dir, folder), { recursive: true }) : []).toEqual([]);
    }
    expect((await fetch(`${two.url}/media/photos/${'A'.repeat(22)}-320.webp`)).status).toBe(404);
  });

  it('backs up the files of the bucket with the database', async () => {
    const out = await run([join(ROOT, 'src/cli/backup.ts'), '--json'], {
      ...shopEnv,
      UPLOAD_DIR: join(dir, 'uploads-none'),
      BACKUP_DIR: join(dir, 'backups'),
    });
    const outcome = JSON.parse(out.trim().split('\n').pop()!) as {
      ok: boolean;
      result: { manifest: { missingMedia: string[]; files: { path: string }[] } };
    };
    expect(outcome.ok).toBe(true);
    const { rows } = await db.$client.execute(`SELECT count(*) AS n FROM media`);
    const files = outcome.result.manifest.files.map((f) => f.path);
    // The photo uploaded above (three widths at most) and the seed's sample documents, all from the bucket.
    expect(files.filter((f) => f.startsWith('uploads/photos/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('uploads/')).length).toBeGreaterThanOrEqual(Number(rows[0]!.n));
    expect(outcome.result.manifest.missingMedia).toEqual([]);
  });
});

describe('memos and cached pages after a change on another instance', () => {
  it('shows the new prices on the other instance at the very next request after a rate is saved', async () => {
    const { rows } = await db.$client.execute(
      `SELECT slug FROM products WHERE status = 'published' AND available = 1 ORDER BY id LIMIT 1`,
    );
    const path = `/en/products/${String(rows[0]!.slug)}`;
    const visitor = new Buyer(two.url);
    visitor.cookies.set('currency', 'USD');
    const price = async () => (await visitor.get(path)).doc.querySelector('.price')?.textContent?.trim() ?? '';
    const before = await price();
    expect(before).toMatch(/\$/);
    // Rendered again, it comes from the page cache of instance two.
    const cached = await fetch(`${two.url}${path}`, { headers: { Cookie: 'currency=USD' } });
    expect(cached.headers.get('x-cache')).toBe('HIT');

    const admin = new Buyer(one.url);
    expect((await admin.signIn(ADMIN.email, ADMIN.password)).status).toBe(303);
    const saved = await admin.post('/en/staff/rates', {
      intent: 'rate',
      currency: 'USD',
      rate: '1',
      effectiveOn: new Date(Date.now() + 6 * 3_600_000).toISOString().slice(0, 10),
    });
    expect(saved.status).toBe(303);
    const after = await price();
    expect(after).not.toBe(before);
    expect(after).toMatch(/\$/);
  });
});

describe('limits keyed on the real client address', () => {
  const guesses = async (shop: RunningServer, localAddress: string, forwarded: (i: number) => string) => {
    const guesser = new Buyer(shop.url, { localAddress });
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const res = await guesser.post(
        '/en/account/sign-in',
        { email: STAFF.email, password: `wrong ${i}` },
        { 'X-Forwarded-For': forwarded(i) },
      );
      statuses.push(res.status);
    }
    const right = await guesser.post('/en/account/sign-in', STAFF, { 'X-Forwarded-For': forwarded(99) });
    return { statuses, last: right.status };
  };

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const { statuses, last } = await guesses(one, '127.0.0.51', (i) => `198.51.100.${i}`);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect(last).toBe(429);
    const forged = await db.$client.execute(`SELECT count(*) AS n FROM login_attempts WHERE ip LIKE '198.51.100.%'`);
    expect(Number(forged.rows[0]!.n)).toBe(0);
  });

  it('counts the client a trusted proxy names, each on its own', async () => {
    // Instance two trusts 127.0.0.1: one guesser behind it is throttled, another behind it is not.
    const { statuses, last } = await guesses(two, '127.0.0.1', () => '203.0.113.61');
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect(last).toBe(429);
    const other = new Buyer(two.url, { localAddress: '127.0.0.1' });
    const res = await other.post('/en/account/sign-in', STAFF, { 'X-Forwarded-For': '203.0.113.62' });
    expect(res.status).toBe(303);
    const ips = await db.$client.execute(
      `SELECT DISTINCT ip FROM login_attempts WHERE email = ? AND ip LIKE '203.0.113.%' ORDER BY ip`,
      [STAFF.email],
    );
    expect(ips.rows.map((r) => r.ip)).toEqual(['203.0.113.61', '203.0.113.62']);
  });
});
