/**
 * The shop behind a real TLS-terminating reverse proxy: Caddy on 127.0.0.1 with a self-signed
 * certificate, configured as README's "Deploying" section says, in front of a second shop process on the
 * suite's database with PUBLIC_URL=https://127.0.0.1:<caddy> and TRUSTED_PROXIES=127.0.0.1. A buyer,
 * a producer and a password guesser go through it; each connects from its own loopback address, which
 * Caddy passes on in X-Forwarded-For.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Agent, fetch as fetchVia } from 'undici';
import { openDb, type Db } from '../../db/client.ts';
import { jpegBytes } from '../factories/files.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { CADDY, startCaddy, type RunningProxy } from '../support/proxy.ts';
import { freePort, startShop, type RunningServer } from '../support/server.ts';

const PRODUCER = { email: 'producer@ovop.kg', password: 'demo-producer-2026' };
const STAFF = { email: 'staff@ovop.kg', password: 'demo-staff-2026' };
const HSTS = 'max-age=31536000';

let db: Db;
let shop: RunningServer;
let proxy: RunningProxy;

/** A visitor reaching the shop through Caddy from its own loopback address. */
const visitor = (localAddress?: string) => new Buyer(proxy.url, { ca: proxy.ca, localAddress });

/** GET through the proxy, without cookies. */
async function getVia(path: string, headers: Record<string, string> = {}) {
  const agent = new Agent({ connect: { ca: proxy.ca } });
  try {
    const res = await fetchVia(`${proxy.url}${path}`, { headers, redirect: 'manual', dispatcher: agent });
    await res.arrayBuffer();
    return res;
  } finally {
    await agent.close();
  }
}

beforeAll(async () => {
  // CI installs Caddy (.ci/run); a machine without it fails here instead of skipping.
  expect(existsSync(CADDY), `${CADDY} is missing: apt-get install caddy`).toBe(true);
  db = openDb(inject('databaseUrl'));
  // The proxy's port must be known before the shop starts, since it is the shop's PUBLIC_URL.
  const proxyPort = await freePort();
  shop = await startShop({
    DATABASE_URL: inject('databaseUrl'),
    UPLOAD_DIR: inject('uploadDir'),
    PAGE_CACHE_SECONDS: '300',
    PUBLIC_URL: `https://127.0.0.1:${proxyPort}`,
    TRUSTED_PROXIES: '127.0.0.1',
  });
  proxy = await startCaddy(Number(new URL(shop.url).port), proxyPort);
});

afterAll(async () => {
  await proxy?.stop();
  await shop?.stop();
});

describe('behind a TLS-terminating reverse proxy', () => {
  it('says at start which public origin and proxies it uses', () => {
    expect(shop.log()).toContain(`Public origin ${proxy.url} (PUBLIC_URL); X-Forwarded-For trusted from: 127.0.0.1`);
  });

  it('sends Strict-Transport-Security on pages, cached pages, static files and errors', async () => {
    const path = '/en/products?proxy=hsts';
    const first = await getVia(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('strict-transport-security')).toBe(HSTS);
    const cached = await getVia(path);
    expect(cached.headers.get('x-cache')).toBe('HIT');
    expect(cached.headers.get('strict-transport-security')).toBe(HSTS);
    const asset = await getVia('/img/logo.svg');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('strict-transport-security')).toBe(HSTS);
    const missing = await getVia('/en/no-such-page');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('strict-transport-security')).toBe(HSTS);
  });

  it('takes a buyer from cart to a placed order, with __Host- Secure cookies and no 403', async () => {
    const buyer = visitor('127.0.0.31');
    const variant = await db.$client.execute(
      `SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id
        WHERE p.status = 'published' AND (SELECT sum(on_hand - reserved) FROM stock_levels sl
          JOIN stock_locations l ON l.id = sl.location_id WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 3
        ORDER BY v.id DESC LIMIT 1`,
    );
    const added = await buyer.post('/ru/cart', { intent: 'add', variant: Number(variant.rows[0]!.id), quantity: 1 });
    expect(added.status).toBe(303);
    expect(added.location).toBe('/ru/cart?done=add');
    const cookies = added.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('__Host-sid='));
    expect(session).toMatch(/; Path=\//);
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).not.toMatch(/; Domain=/i);
    expect(cookies.every((c) => /; Secure/i.test(c))).toBe(true);
    expect(buyer.cookies.has('sid')).toBe(false);
    expect((await buyer.get('/ru/cart')).status).toBe(200);
    const placed = await buyer.checkout('/ru/checkout', PICKUP_FORM);
    expect(placed.status).toBe(303);
    expect(placed.location).toMatch(/^\/ru\/orders\/[A-Za-z0-9_-]+/);
    const order = await buyer.get(placed.location!);
    expect(order.status).toBe(200);
    expect(order.headers.get('strict-transport-security')).toBe(HSTS);
    // The order mail links to the public origin, not the address the shop listens on.
    const mail = await db.$client.execute(`SELECT text FROM outbox WHERE "to" = ? ORDER BY id DESC LIMIT 1`, [
      PICKUP_FORM.email,
    ]);
    expect(String(mail.rows[0]!.text)).toContain(`${proxy.url}/ru/orders/`);
  });

  it('lets a producer sign in and upload a photo through it', async () => {
    const producer = visitor('127.0.0.32');
    const signedIn = await producer.signIn(PRODUCER.email, PRODUCER.password, 'en');
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe('/en/producer');
    expect(signedIn.headers.getSetCookie().find((c) => c.startsWith('__Host-sid='))).toMatch(/; Secure/i);
    const created = await producer.post('/en/producer/products/new', {
      category: '1',
      name_ky: 'Прокси аркылуу бал',
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
    const photo = await getVia(src);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/webp');
  });

  it('throttles each visitor behind the proxy by their own address, whatever X-Forwarded-For they send', async () => {
    const guesser = visitor('127.0.0.33');
    for (let i = 1; i <= 5; i++) {
      // Caddy replaces the X-Forwarded-For a client sends with the address it saw.
      const guess = { email: STAFF.email, password: `wrong ${i}` };
      const res = await guesser.post('/en/account/sign-in', guess, { 'X-Forwarded-For': `203.0.113.${i}` });
      expect(res.status, `guess ${i}`).toBe(401);
    }
    const right = await guesser.post('/en/account/sign-in', STAFF, { 'X-Forwarded-For': '203.0.113.99' });
    expect(right.status).toBe(429);
    const rows = await db.$client.execute(
      `SELECT DISTINCT ip FROM login_attempts WHERE email = ? AND ok = 0 AND ip LIKE '127.0.0.33'`,
      [STAFF.email],
    );
    expect(rows.rows.map((r) => r.ip)).toEqual(['127.0.0.33']);
    // Another visitor behind the same proxy is not slowed down by the first.
    const owner = visitor('127.0.0.34');
    expect((await owner.signIn(STAFF.email, STAFF.password)).status).toBe(303);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    // Straight to the shop from 127.0.0.35, forging a new address each time.
    for (let i = 1; i <= 5; i++) {
      const res = await direct('127.0.0.35', { email: STAFF.email, password: `wrong ${i}` }, `198.51.100.${i}`);
      expect(res.status, `guess ${i}`).toBe(401);
    }
    const blocked = await direct('127.0.0.35', STAFF, '198.51.100.77');
    expect(blocked.status).toBe(429);
    const rows = await db.$client.execute(`SELECT count(*) AS n FROM login_attempts WHERE ip LIKE '198.51.100.%'`);
    expect(Number(rows.rows[0]!.n)).toBe(0);
  });

  it('refuses a form whose Origin is not the public origin, even the address the shop listens on', async () => {
    const res = await fetch(`${shop.url}/en/account/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: shop.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(STAFF),
    });
    expect(res.status).toBe(403);
  });
});

/** Posts the sign-in form straight to the shop (no proxy) from a loopback address, with X-Forwarded-For. */
async function direct(localAddress: string, form: Record<string, string>, forwardedFor: string) {
  const agent = new Agent({ localAddress });
  try {
    const res = await fetchVia(`${shop.url}/en/account/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      dispatcher: agent,
      headers: {
        Origin: proxy.url,
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Forwarded-For': forwardedFor,
      },
      body: new URLSearchParams(form).toString(),
    });
    await res.arrayBuffer();
    return res;
  } finally {
    await agent.close();
  }
}
