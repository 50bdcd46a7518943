/** Accounts, roles and the producer and staff areas over HTTP, against the running shop and its database. */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { createUser } from '../../src/lib/accounts/users.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import { Buyer } from '../support/client.ts';
import { startShop } from '../support/server.ts';
import { brokenJpegBytes, executableBytes, hugeBytes, jpegBytes } from '../factories/files.ts';

let db: Db;
const base = () => inject('baseUrl');
const uploadDir = () => inject('uploadDir');
const PRODUCER = { email: 'producer@ovop.kg', password: 'demo-producer-2026' };
const STAFF = { email: 'staff@ovop.kg', password: 'demo-staff-2026' };
const sessionCookie = (b: Buyer) => b.cookies.get('sid');

/** Every file under the upload folder. */
function uploadedFiles(): string[] {
  const dir = uploadDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
const mediaRows = async () => Number((await db.$client.execute('SELECT count(*) AS n FROM media')).rows[0]!.n);

/** Signs a producer in and creates a listing; returns its id. */
async function newListing(visitor: Buyer, name: string): Promise<number> {
  const res = await visitor.post('/ky/producer/products/new', {
    category: '1',
    name_ky: name,
    description_ky: 'Тоо балы',
  });
  expect(res.status).toBe(303);
  return Number(/products\/(\d+)/.exec(res.location!)![1]);
}

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  // A second producer, to walk the first one's pages with.
  const other = await db.$client.execute(`SELECT id FROM producers WHERE slug != 'toktogulov-family-apiary' LIMIT 1`);
  await createUser(db, {
    email: 'other-producer@ovop.kg',
    password: 'other producer password',
    role: 'producer',
    name: 'Гүлмира',
    locale: 'ru',
    producerId: Number(other.rows[0]!.id),
  });
});

describe('signing in and out', () => {
  it('sends anonymous visitors of the producer and staff areas to the sign-in page, and back after it', async () => {
    const visitor = new Buyer(base());
    for (const path of ['/en/producer', '/en/producer/products/1', '/ru/staff/review', '/ky/staff/certificates']) {
      const res = await visitor.get(path);
      expect(res.status, path).toBe(303);
      expect(res.location).toBe(`/${path.split('/')[1]}/account/sign-in?next=${encodeURIComponent(path)}`);
    }
    const res = await visitor.post(`/en/account/sign-in?next=${encodeURIComponent('/en/producer/earnings')}`, PRODUCER);
    expect(res.location).toBe('/en/producer/earnings');
  });

  it('refuses a wrong password with a localized message and keeps the email typed', async () => {
    const visitor = new Buyer(base(), { localAddress: '127.0.0.9' });
    const res = await visitor.post('/ky/account/sign-in', { email: 'producer@ovop.kg', password: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.doc.querySelector('[role=alert]')!.textContent.trim()).toBe(ky['account.error.invalid']);
    expect(res.doc.querySelector('input[name=email]')!.getAttribute('value')).toBe('producer@ovop.kg');
    expect(sessionCookie(visitor)).toBeUndefined();
  });

  it('starts a new session at sign-in, keeps the cart, and sets a HttpOnly SameSite=Lax cookie', async () => {
    const visitor = new Buyer(base());
    const variant = await db.$client.execute(
      `SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id JOIN stock_levels sl ON sl.variant_id = v.id
        JOIN stock_locations l ON l.id = sl.location_id WHERE p.status = 'published' AND l.sells_online = 1
        AND sl.on_hand - sl.reserved > 2 LIMIT 1`,
    );
    await visitor.post('/en/cart', { intent: 'add', variant: Number(variant.rows[0]!.id), quantity: 2 });
    const before = sessionCookie(visitor)!;
    const res = await visitor.signIn(PRODUCER.email, PRODUCER.password);
    expect(res.status).toBe(303);
    expect(res.location).toBe('/en/producer');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sid='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(sessionCookie(visitor)).not.toBe(before);
    // The planted (pre-sign-in) token is worthless now; the new one carries the cart.
    const planted = new Buyer(base());
    planted.cookies.set('sid', before);
    expect((await planted.get('/en/producer')).status).toBe(303);
    const cart = await visitor.get('/en/cart');
    expect(cart.doc.querySelector('.cart .count')?.textContent.trim()).toBe('2');
  });

  it('signs out on the server: the old cookie no longer opens the area', async () => {
    const visitor = new Buyer(base());
    await visitor.signIn(PRODUCER.email, PRODUCER.password);
    const token = sessionCookie(visitor)!;
    const out = await visitor.post('/en/account/sign-out', {});
    expect(out.location).toBe('/en/account/sign-in?signed_out=1');
    expect(sessionCookie(visitor)).toBeUndefined();
    const replay = new Buyer(base());
    replay.cookies.set('sid', token);
    expect((await replay.get('/en/producer')).status).toBe(303);
  });

  it('uses the __Host- prefix and Secure when the shop is served over HTTPS', async () => {
    const shop = await startShop({
      DATABASE_URL: inject('databaseUrl'),
      PUBLIC_URL: 'https://shop.ovop.example',
      PAGE_CACHE_SECONDS: '0',
    });
    try {
      const res = await fetch(`${shop.url}/en/account/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        // A browser on the public site sends its origin, whatever address the shop itself listens on.
        headers: { Origin: 'https://shop.ovop.example', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(STAFF),
      });
      expect(res.status).toBe(303);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__Host-sid='))!;
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).toMatch(/Secure/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).not.toMatch(/Domain=/);
    } finally {
      await shop.stop();
    }
  });
});

describe('throttling', () => {
  it('slows down guessing from one address without locking the owner out elsewhere', async () => {
    const attacker = new Buyer(base(), { localAddress: '127.0.0.2' });
    for (let i = 0; i < 5; i++) {
      expect((await attacker.post('/en/account/sign-in', { email: STAFF.email, password: `guess ${i}` })).status).toBe(
        401,
      );
    }
    const blocked = await attacker.signIn(STAFF.email, STAFF.password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(blocked.doc.querySelector('[role=alert]')!.textContent).toMatch(/Too many attempts/);
    // The real owner, on their own connection, signs in as usual.
    const owner = new Buyer(base(), { localAddress: '127.0.0.3' });
    expect((await owner.signIn(STAFF.email, STAFF.password)).status).toBe(303);
  });
  it('caps a parallel burst of wrong passwords at five checked guesses', async () => {
    const attacker = new Buyer(base(), { localAddress: '127.0.0.4' });
    const replies = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        attacker.post('/en/account/sign-in', { email: PRODUCER.email, password: `burst guess ${i}` }),
      ),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(95);
    const owner = new Buyer(base(), { localAddress: '127.0.0.5' });
    expect((await owner.signIn(PRODUCER.email, PRODUCER.password)).status).toBe(303);
  });
});

describe('password reset', () => {
  it('mails a one-time link that sets a new password and ends every session', async () => {
    await createUser(db, {
      email: 'reset-me@ovop.kg',
      password: 'the old password 1',
      role: 'staff',
      name: 'Айбек',
      locale: 'en',
    });
    const earlier = new Buyer(base());
    expect((await earlier.signIn('reset-me@ovop.kg', 'the old password 1')).status).toBe(303);
    const visitor = new Buyer(base());
    const asked = await visitor.post('/en/account/forgot', { email: 'reset-me@ovop.kg' });
    expect(asked.location).toBe('/en/account/forgot?sent=1');
    // Unknown addresses get the very same answer.
    expect((await visitor.post('/en/account/forgot', { email: 'nobody@ovop.kg' })).location).toBe(
      '/en/account/forgot?sent=1',
    );
    const mail = await db.$client.execute(
      `SELECT text FROM outbox WHERE "to" = 'reset-me@ovop.kg' ORDER BY id DESC LIMIT 1`,
    );
    const link = /https?:\/\/\S+\/en\/account\/reset\/[A-Za-z0-9_-]{43}/.exec(String(mail.rows[0]!.text))![0];
    const path = new URL(link).pathname;
    const form = await visitor.get(path);
    expect(form.status).toBe(200);
    expect(form.headers.get('referrer-policy')).toBe('no-referrer');
    const mismatch = await visitor.post(path, { password: 'a brand new password', confirm: 'something else' });
    expect(mismatch.status).toBe(422);
    expect(mismatch.doc.querySelector('#e-confirm')!.textContent.trim()).toBe(en['account.error.password_mismatch']);
    const done = await visitor.post(path, { password: 'a brand new password', confirm: 'a brand new password' });
    expect(done.location).toBe('/en/account/sign-in?reset=1');
    expect((await visitor.get(path)).status).toBe(410);
    expect((await earlier.get('/en/staff')).status).toBe(303);
    expect((await new Buyer(base()).signIn('reset-me@ovop.kg', 'the old password 1')).status).toBe(401);
    expect((await new Buyer(base()).signIn('reset-me@ovop.kg', 'a brand new password')).status).toBe(303);
  });
});

describe('roles', () => {
  it('keeps each producer to their own products, certificates and stock', async () => {
    const owner = new Buyer(base());
    await owner.signIn(PRODUCER.email, PRODUCER.password, 'ky');
    const id = await newListing(owner, 'Эспарцет балы');
    const theirProduct = await db.$client.execute(
      `SELECT p.id, v.id AS variant FROM products p JOIN variants v ON v.product_id = p.id JOIN producers pr ON pr.id = p.producer_id
        WHERE pr.slug = 'toktogulov-family-apiary' AND p.status = 'published' LIMIT 1`,
    );
    const published = Number(theirProduct.rows[0]!.id);
    const variant = Number(theirProduct.rows[0]!.variant);
    const intruder = new Buyer(base());
    expect((await intruder.signIn('other-producer@ovop.kg', 'other producer password')).status).toBe(303);
    const own = await newListing(intruder, 'Менин товарым');
    for (const pid of [id, published]) {
      expect((await intruder.get(`/en/producer/products/${pid}`)).status).toBe(404);
      for (const intent of ['save', 'submit', 'photo_remove', 'photo_first']) {
        const res = await intruder.post(`/en/producer/products/${pid}`, {
          intent,
          category: '1',
          name_en: 'Taken',
          key: 'x',
        });
        expect(res.status, `${intent} ${pid}`).toBe(404);
      }
      const upload = await intruder.upload(
        `/en/producer/products/${pid}`,
        {},
        {
          photo: { name: 'p.jpg', bytes: await jpegBytes(), type: 'image/jpeg' },
        },
      );
      expect(upload.status).toBe(404);
    }
    // Their variants cannot be counted or batched from the intruder's own product page.
    const count = await intruder.post(`/en/producer/products/${own}`, { intent: 'home_count', variant, count: 0 });
    expect(count.status).toBe(404);
    const batch = await intruder.post(`/en/producer/products/${own}`, {
      intent: 'batch',
      variant,
      code: 'X1',
      produced_on: '2026-09-01',
      best_before: '',
      quantity: 5,
    });
    expect(batch.status).toBe(404);
    // A certificate cannot be attached to their product.
    const cert = await intruder.upload(
      '/en/producer/certificates',
      {
        kind: 'organic',
        scope: String(published),
        issuer: 'Someone',
        number: '1',
        valid_from: '2026-01-01',
        valid_until: '',
      },
      { document: { name: 'c.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), type: 'application/pdf' } },
    );
    expect(cert.status).toBe(422);
    // Every area route's role check is in access.test.ts; here, a refused post changes nothing.
    const staff = new Buyer(base());
    await staff.signIn(STAFF.email, STAFF.password);
    expect((await staff.post('/en/producer/products/new', { category: '1', name_en: 'x' })).status).toBe(403);
    const names = await db.$client.execute({ sql: 'SELECT data FROM product_drafts WHERE product_id = ?', args: [id] });
    expect(String(names.rows[0]!.data)).not.toContain('Taken');
  });
});

describe('uploads', () => {
  it('refuses a renamed executable, a 50 MB file and a broken image, leaving nothing behind', async () => {
    const producer = new Buyer(base());
    await producer.signIn(PRODUCER.email, PRODUCER.password, 'en');
    const id = await newListing(producer, 'Upload test');
    const filesBefore = uploadedFiles().length;
    const rowsBefore = await mediaRows();
    // A body past the upload limit is refused by the front server before the page runs: a 413 page.
    const cases = [
      { bytes: executableBytes(), status: 422, message: en['upload.error.not_image'] },
      { bytes: hugeBytes(50), status: 413, message: en['error.413.title'] },
      { bytes: await brokenJpegBytes(), status: 422, message: en['upload.error.broken_image'] },
    ];
    for (const c of cases) {
      const res = await producer.upload(
        `/en/producer/products/${id}`,
        {},
        {
          photo: { name: 'photo.jpg', bytes: c.bytes, type: 'image/jpeg' },
        },
      );
      expect(res.status).toBe(c.status);
      const message = c.status === 413 ? res.doc.querySelector('h1') : res.doc.querySelector('#e-photo');
      expect(message!.textContent.trim()).toBe(c.message);
    }
    expect(uploadedFiles()).toHaveLength(filesBefore);
    expect(await mediaRows()).toBe(rowsBefore);
    // A real photo goes in, as WebP files without the camera's metadata.
    const ok = await producer.upload(
      `/en/producer/products/${id}`,
      {},
      {
        photo: { name: 'honey.jpg', bytes: await jpegBytes(1600, 1200), type: 'image/jpeg' },
      },
    );
    expect(ok.status).toBe(303);
    const added = uploadedFiles().slice(filesBefore);
    expect(uploadedFiles().length - filesBefore).toBe(3);
    expect(uploadedFiles().every((f) => f.endsWith('.webp') || f.endsWith('.pdf'))).toBe(true);
    expect(added).toBeDefined();
    const page = await producer.get(`/en/producer/products/${id}`);
    const src = page.doc.querySelector('#photos img')!.getAttribute('src')!;
    const photo = await fetch(`${base()}${src}`);
    expect(photo.headers.get('content-type')).toBe('image/webp');
    expect(photo.headers.get('cache-control')).toMatch(/immutable/);
  });
});

describe('security at the edges', () => {
  it('refuses cross-site posts of any kind and sends security headers', async () => {
    const form = await fetch(`${base()}/en/account/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(STAFF),
    });
    expect(form.status).toBe(403);
    const json = await fetch(`${base()}/api/health`, {
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(403);
    const page = await fetch(`${base()}/en/account/sign-in`);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBeTruthy();
  });

  it('shows what a producer writes as text, never as markup', async () => {
    const producer = new Buyer(base());
    await producer.signIn(PRODUCER.email, PRODUCER.password, 'en');
    const edit = await producer.get('/en/producer/profile');
    const values = Object.fromEntries(
      edit.doc
        .querySelectorAll('input[name], textarea[name]')
        .map((el) => [
          el.getAttribute('name')!,
          el.tagName === 'TEXTAREA' ? el.textContent : (el.getAttribute('value') ?? ''),
        ]),
    );
    values.story_en = 'Our honey <script>alert(1)</script><img src=x onerror=alert(2)> is the best';
    const saved = await producer.post('/en/producer/profile', values);
    expect(saved.status).toBe(303);
    const pub = await new Buyer(base()).get('/en/producers/toktogulov-family-apiary');
    // The only scripts are the JSON-LD blocks, no element carries an event handler, the story reads as typed.
    expect(pub.doc.querySelectorAll('script').map((s) => s.getAttribute('type'))).toEqual(
      expect.arrayContaining(['application/ld+json']),
    );
    expect(pub.doc.querySelectorAll('script').every((s) => s.getAttribute('type') === 'application/ld+json')).toBe(
      true,
    );
    expect(pub.doc.querySelectorAll('[onerror]')).toHaveLength(0);
    expect(pub.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
