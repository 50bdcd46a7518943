/**
 * The Host header is never trusted: a stranger who sends `Host: evil.example` (or forwarded-host
 * headers) cannot put their host into reset mails, cached pages' canonical/hreflang/og:url, or redirects.
 * Checked on the suite's shop (PUBLIC_URL set) and on a second process started without PUBLIC_URL,
 * which must use its default, http://localhost:<PORT>.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { parse } from 'node-html-parser';
import { openDb, type Db } from '../../db/client.ts';
import { createUser } from '../../src/lib/accounts/users.ts';
import { startShop, type RunningServer } from '../support/server.ts';

const FORGED = {
  Host: 'evil.example',
  'X-Forwarded-Host': 'evil.example',
  'X-Forwarded-Proto': 'https',
  Forwarded: 'host=evil.example;proto=https',
};

let db: Db;
let bare: RunningServer;

interface Raw {
  status: number;
  location: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request with whatever headers we like, Host included (fetch would set its own). */
function raw(server: string, path: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  const target = new URL(path, server);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        headers,
        method: body ? 'POST' : 'GET',
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () =>
          resolve({ status: res.statusCode!, location: res.headers.location, headers: res.headers, body: text }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Posts a form with a forged Host, from a page of `origin` (the browser's Origin header). */
function postForged(server: string, path: string, origin: string, form: Record<string, string>): Promise<Raw> {
  const body = new URLSearchParams(form).toString();
  return raw(
    server,
    path,
    {
      ...FORGED,
      Origin: origin,
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': String(Buffer.byteLength(body)),
    },
    body,
  );
}

/** Every absolute URL a page states about itself: canonical, hreflang alternates and og:url. */
function selfUrls(html: string): string[] {
  const doc = parse(html);
  return [
    ...doc.querySelectorAll('link[rel=canonical], link[rel=alternate][hreflang]').map((l) => l.getAttribute('href')!),
    ...doc.querySelectorAll('meta[property="og:url"]').map((m) => m.getAttribute('content')!),
  ];
}

/** The newest reset mail's link for an address. */
async function resetLink(email: string): Promise<string> {
  const mail = await db.$client.execute({
    sql: `SELECT text FROM outbox WHERE "to" = ? ORDER BY id DESC LIMIT 1`,
    args: [email],
  });
  return /https?:\/\/\S+\/account\/reset\/[A-Za-z0-9_-]{43}/.exec(String(mail.rows[0]!.text))![0];
}

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  for (const email of ['forged-host@ovop.kg', 'forged-host-2@ovop.kg'])
    await createUser(db, { email, password: 'a long enough password', role: 'staff', name: 'Асель', locale: 'en' });
  // A second process on the same database, with no PUBLIC_URL at all.
  bare = await startShop({
    DATABASE_URL: inject('databaseUrl'),
    UPLOAD_DIR: inject('uploadDir'),
    PAGE_CACHE_SECONDS: '300',
    PUBLIC_URL: undefined,
  });
});

afterAll(async () => {
  await bare?.stop();
});

describe('with PUBLIC_URL set', () => {
  const base = () => inject('baseUrl');

  it('mails reset links on the public origin whatever Host the request named', async () => {
    const res = await postForged(base(), '/en/account/forgot', base(), { email: 'forged-host@ovop.kg' });
    expect(res.status).toBe(303);
    expect(res.location).toBe('/en/account/forgot?sent=1');
    expect(await resetLink('forged-host@ovop.kg')).toMatch(new RegExp(`^${base()}/en/account/reset/`));
  });

  it('caches pages with the public origin in canonical, hreflang and og:url, never the forged host', async () => {
    const slug = (await db.$client.execute(`SELECT slug FROM products WHERE status = 'published' LIMIT 1 OFFSET 7`))
      .rows[0]!.slug as string;
    const path = `/ru/products/${slug}?from=forged-host`;
    const forged = await raw(base(), path, FORGED);
    expect(forged.status).toBe(200);
    expect(forged.headers['x-cache']).toBe('MISS');
    const urls = selfUrls(forged.body);
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) expect(url.startsWith(`${base()}/`), url).toBe(true);
    expect(forged.body).not.toContain('evil.example');
    const next = await fetch(`${base()}${path}`);
    expect(next.headers.get('x-cache')).toBe('HIT');
    expect(await next.text()).not.toContain('evil.example');
  });

  it('never names the forged host in a redirect', async () => {
    const answers = [
      await raw(base(), '/', FORGED),
      await raw(base(), '/en/staff', FORGED),
      await raw(base(), '/en/currency/EUR?back=/products', FORGED),
      await postForged(base(), '/en/account/sign-in', base(), {
        email: 'forged-host@ovop.kg',
        password: 'a long enough password',
      }),
    ];
    for (const res of answers) {
      expect(res.status).toBeGreaterThanOrEqual(300);
      expect(res.status).toBeLessThan(400);
      expect(res.location).toMatch(/^\/(?!\/)/);
    }
  });

  it('refuses a stranger whose Origin matches the forged Host, and mails nothing', async () => {
    const before = await db.$client.execute(`SELECT count(*) AS n FROM outbox`);
    const res = await postForged(base(), '/en/account/forgot', 'http://evil.example', { email: 'forged-host@ovop.kg' });
    expect(res.status).toBe(403);
    expect((await db.$client.execute(`SELECT count(*) AS n FROM outbox`)).rows[0]!.n).toBe(before.rows[0]!.n);
  });
});

describe('without PUBLIC_URL', () => {
  const local = () => `http://localhost:${new URL(bare.url).port}`;

  it('uses http://localhost:<PORT> and says so at start', () => {
    expect(bare.log()).toContain(`Public origin ${local()} (default; set PUBLIC_URL`);
  });

  it('mails reset links on that default, and refuses a stranger posting as the forged host', async () => {
    const before = await db.$client.execute(`SELECT count(*) AS n FROM outbox`);
    const stranger = await postForged(bare.url, '/en/account/forgot', 'http://evil.example', {
      email: 'forged-host-2@ovop.kg',
    });
    expect(stranger.status).toBe(403);
    expect((await db.$client.execute(`SELECT count(*) AS n FROM outbox`)).rows[0]!.n).toBe(before.rows[0]!.n);
    const res = await postForged(bare.url, '/en/account/forgot', local(), { email: 'forged-host-2@ovop.kg' });
    expect(res.status).toBe(303);
    expect(res.location).toBe('/en/account/forgot?sent=1');
    expect(await resetLink('forged-host-2@ovop.kg')).toMatch(new RegExp(`^${local()}/en/account/reset/`));
  });

  it('renders and caches pages on that default, never the forged host', async () => {
    const page = await raw(bare.url, '/ky/regions?from=forged-host', FORGED);
    expect(page.status).toBe(200);
    const urls = selfUrls(page.body);
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) expect(url.startsWith(`${local()}/`), url).toBe(true);
    const next = await fetch(`${bare.url}/ky/regions?from=forged-host`);
    expect(next.headers.get('x-cache')).toBe('HIT');
    expect(await next.text()).not.toContain('evil.example');
  });
});
