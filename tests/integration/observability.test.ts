/**
 * Logs and metrics as an operator reads them: one JSON line per request with its id, route pattern,
 * status and duration, and never the order token or the buyer's e-mail; /api/metrics only with the
 * bearer token; /api/health with the outbox.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { startShop, type RunningServer } from '../support/server.ts';

const TOKEN = 'metrics-token-for-the-test-0123456789';
let shop: RunningServer;
let orderPath: string;
const email = 'observed.buyer@example.com';

/** Waits for the logger's once-a-second write of lines buffered at low traffic. */
const flushed = () => new Promise((r) => setTimeout(r, 1500));

/** The JSON lines the server printed, parsed (other output skipped). */
function logLines(): Record<string, unknown>[] {
  return shop
    .log()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ovop-observe-'));
  shop = await startShop({
    DATABASE_URL: `file:${join(dir, 'shop.db')}`,
    UPLOAD_DIR: join(dir, 'uploads'),
    METRICS_TOKEN: TOKEN,
    LOG_LEVEL: 'info',
  });
  const buyer = new Buyer(shop.url);
  await buyer.post('/en/cart', { intent: 'add', variant: 1, quantity: 1 });
  const placed = await buyer.checkout('/en/checkout', { ...PICKUP_FORM, email });
  expect(placed.status).toBe(303);
  orderPath = placed.location!;
}, 120_000);

afterAll(async () => {
  await shop?.stop();
});

describe('request logs', () => {
  it('writes one JSON line per request, with the route pattern and without the token or e-mail', async () => {
    const res = await fetch(`${shop.url}${orderPath}?email=${encodeURIComponent(email)}`);
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[\w-]{8}-[0-9a-z]+$/);
    await flushed();
    const lines = logLines().filter((l) => l.reqId === id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request', method: 'GET', route: '/[locale]/orders/[token]', status: 200 });
    expect(typeof lines[0]!.ms).toBe('number');
    expect(typeof lines[0]!.time).toBe('string');
    const token = orderPath.split('/').pop()!;
    expect(token.length).toBeGreaterThan(20);
    expect(shop.log()).not.toContain(token);
    expect(shop.log()).not.toContain(email);
    expect(shop.log()).not.toContain('observed.buyer');
  });

  it('notes page-cache hits and misses', async () => {
    const first = await fetch(`${shop.url}/ru/products`);
    const second = await fetch(`${shop.url}/ru/products`);
    await flushed();
    const [a, b] = [first, second].map((r) => logLines().find((l) => l.reqId === r.headers.get('x-request-id')));
    expect(a).toMatchObject({ route: '/[locale]/products', cache: 'miss' });
    expect(b).toMatchObject({ route: '/[locale]/products', cache: 'hit' });
  });
});

describe('/api/metrics', () => {
  it('does not exist without METRICS_TOKEN', async () => {
    expect((await fetch(`${inject('baseUrl')}/api/metrics`)).status).toBe(404);
  });

  it('answers 401 without the bearer token or with a wrong one', async () => {
    const none = await fetch(`${shop.url}/api/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const wrong = await fetch(`${shop.url}/api/metrics`, { headers: { Authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
  });

  it('gives request durations by route, orders, payments, held stock, the outbox and the page cache', async () => {
    const res = await fetch(`${shop.url}/api/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^ovop_http_request_duration_seconds_bucket\{.*route="\/\[locale\]\/orders\/\[token\]"/m);
    expect(text).toMatch(/^ovop_orders\{status="pending_payment"\} [1-9]/m);
    expect(text).toContain('# TYPE ovop_payments gauge');
    expect(text).toMatch(/^ovop_stock_reserved_units [1-9]/m);
    expect(text).toMatch(/^ovop_outbox_mails\{status="queued"\} [1-9]/m);
    expect(text).toMatch(/^ovop_page_cache_requests_total\{result="hit"\} [1-9]/m);
    expect(text).toMatch(/^ovop_page_cache_requests_total\{result="miss"\} [1-9]/m);
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(text).not.toContain(orderPath.split('/').pop()!);
  });
});

describe('/api/health', () => {
  it('reports the database and the outbox', async () => {
    const res = await fetch(`${shop.url}/api/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; outbox: Record<string, number | null> };
    expect(body.ok).toBe(true);
    // No SMTP_URL here: the order's confirmation waits in the outbox.
    expect(body.outbox.queued).toBeGreaterThanOrEqual(1);
    expect(body.outbox.failed).toBe(0);
    expect(body.outbox.oldestQueuedSeconds).toBeGreaterThanOrEqual(0);
  });
});
