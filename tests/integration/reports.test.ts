/**
 * Sales reports over HTTP: orders placed through the real checkout and paid through the order workflow;
 * the report's totals (page and CSV) must equal the sum of the orders' lines, computed here from the
 * database on its own, and the public impact page must show the same income returned to villages.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { formatMoney } from '../../src/lib/money/money.ts';
import { markOrderPaid } from '../../src/lib/orders/workflows.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';

let db: Db;
let staff: Buyer;
const base = () => inject('baseUrl');
const SOLD = new Set(['paid', 'packed', 'shipped', 'ready_for_pickup', 'delivered']);
const som = (tiyin: number) => formatMoney('en', { amount: tiyin, currency: 'KGS' });
const somDecimal = (tiyin: number) => (tiyin / 100).toFixed(2);
/** Today's date in Bishkek (UTC+6 all year). */
const today = () => new Date(Date.now() + 6 * 3_600_000).toISOString().slice(0, 10);
const dayStart = (date: string) => Date.parse(`${date}T00:00:00+06:00`);

/** A tiny RFC 4180 reader: quoted fields, doubled quotes, CRLF record ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    } else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows;
}

/** GETs raw bytes with the visitor's cookies (Response.text() would drop the BOM we want to see). */
async function download(visitor: Buyer, path: string) {
  const res = await fetch(new URL(path, base()), {
    redirect: 'manual',
    headers: { Cookie: [...visitor.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

interface Sums {
  orders: Set<number>;
  units: number;
  revenue: number;
  commission: number;
}
const emptySums = (): Sums => ({ orders: new Set(), units: 0, revenue: 0, commission: 0 });

/**
 * The sales a report should show, summed here in TypeScript from raw rows: lines of orders in a sold
 * status placed within [from, to) — per producer slug and in total. The commission is the one the
 * payout ledger credited, or the producer's rate for a line it did not credit.
 */
async function expectedSales(fromMs: number, toMs: number, only: { orderIds?: number[]; channel?: string } = {}) {
  const rs = await db.$client
    .execute(`SELECT o.id, o.status, o.channel, o.created_at, ol.quantity, ol.line_total_tiyin, pr.slug,
      pr.commission_bps, (SELECT commission_tiyin FROM payout_entries pe WHERE pe.order_line_id = ol.id AND pe.kind = 'sale') AS credited
    FROM orders o JOIN order_lines ol ON ol.order_id = o.id LEFT JOIN producers pr ON pr.id = ol.producer_id`);
  const total = emptySums();
  const byProducer = new Map<string, Sums>();
  for (const r of rs.rows) {
    const at = Number(r.created_at);
    if (!SOLD.has(String(r.status)) || at < fromMs || at >= toMs) continue;
    if (only.orderIds && !only.orderIds.includes(Number(r.id))) continue;
    if (only.channel && r.channel !== only.channel) continue;
    const gross = Number(r.line_total_tiyin);
    const fee =
      r.credited !== null ? Number(r.credited) : Math.floor((gross * Number(r.commission_bps) + 5000) / 10000);
    const p = byProducer.get(String(r.slug)) ?? emptySums();
    byProducer.set(String(r.slug), p);
    for (const s of [total, p]) {
      s.orders.add(Number(r.id));
      s.units += Number(r.quantity);
      s.revenue += gross;
      s.commission += fee;
    }
  }
  return { total, byProducer };
}

/** Places a pickup order over HTTP and returns its id. */
async function checkout(lines: { variant: number; quantity: number }[]): Promise<number> {
  const buyer = new Buyer(base());
  for (const l of lines) {
    const added = await buyer.post('/en/cart', { intent: 'add', variant: l.variant, quantity: l.quantity });
    expect(added.status).toBe(303);
  }
  const placed = await buyer.checkout('/en/checkout', { ...PICKUP_FORM, email: 'reports@example.com' });
  expect(placed.status).toBe(303);
  const token = placed.location!.split('/').pop()!;
  const rs = await db.$client.execute({ sql: 'SELECT id FROM orders WHERE access_token = ?', args: [token] });
  return Number(rs.rows[0]!.id);
}

/** Published variants with online stock, each from a different producer. */
async function variantsInStock(n: number) {
  const rs = await db.$client.execute({
    sql: `SELECT v.id, pr.slug FROM variants v JOIN products p ON p.id = v.product_id JOIN producers pr ON pr.id = p.producer_id
          WHERE p.status = 'published' AND (SELECT sum(on_hand - reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
            WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 5
          GROUP BY p.producer_id ORDER BY p.producer_id DESC LIMIT ?`,
    args: [n],
  });
  return rs.rows.map((r) => ({ id: Number(r.id), producer: String(r.slug) }));
}

/** The big figure of a stats tile. */
const stat = (doc: HTMLElement, id: string) => doc.querySelector(`#${id} strong`)?.textContent.trim();
/** A som amount as the English page writes it ("KGS 1,234.50"), back in tiyin; 0 when absent. */
const tiyinOf = (text: string | undefined) => (text ? Math.round(Number(text.replace(/[^\d.]/g, '')) * 100) : 0);

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  staff = new Buyer(base());
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026')).status).toBe(303);
});

describe('who may read reports', () => {
  it('sends anonymous visitors to sign in and refuses producers, for the page and the CSV', async () => {
    const anonymous = new Buyer(base());
    for (const path of ['/en/staff/reports', '/en/staff/reports.csv?group=producer']) {
      const res = await anonymous.get(path);
      expect(res.status).toBe(303);
      expect(res.location).toBe(`/en/account/sign-in?next=${encodeURIComponent(path)}`);
    }
    const producer = new Buyer(base());
    expect((await producer.signIn('producer@ovop.kg', 'demo-producer-2026')).status).toBe(303);
    expect((await producer.get('/en/staff/reports')).status).toBe(403);
    const csv = await download(producer, '/en/staff/reports.csv');
    expect(csv.res.status).toBe(403);
    expect(csv.res.headers.get('content-type')).not.toMatch(/csv/);
  });
});

describe('sales report', () => {
  it('says plainly when a period has no sales, in each language, and the CSV has just its header', async () => {
    const range = 'from=2001-01-01&to=2001-01-31';
    for (const [locale, messages] of [
      ['en', en],
      ['ru', ru],
      ['ky', ky],
    ] as const) {
      const page = await staff.get(`/${locale}/staff/reports?${range}&group=producer`);
      expect(page.status).toBe(200);
      expect(page.doc.querySelector('[role="status"]')?.textContent).toContain(messages['reports.empty']);
      expect(page.doc.querySelector('table.report')).toBeNull();
      expect(page.doc.querySelector('#from')?.getAttribute('value')).toBe('2001-01-01');
      expect(page.doc.querySelector('#group option[selected]')?.getAttribute('value')).toBe('producer');
    }
    const csv = await download(staff, `/en/staff/reports.csv?${range}&group=producer`);
    expect(parseCsv(csv.text.slice(1))).toEqual([
      ['Producer', 'Code', 'Orders', 'Units', 'Revenue (som)', "Producers' share (som)", "Shop's commission (som)"],
    ]);
  });

  it('shows a wrong filter next to its field instead of a report', async () => {
    const page = await staff.get('/en/staff/reports?from=2026-03-10&to=2026-03-01');
    expect(page.status).toBe(422);
    expect(page.doc.querySelector('#e-to')?.textContent.trim()).toBe(en['reports.error.range']);
    expect(page.doc.querySelector('#to')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.doc.querySelector('.stats')).toBeNull();
    expect((await download(staff, '/en/staff/reports.csv?from=2026-03-10&to=2026-03-01')).res.status).toBe(422);
  });

  it('totals equal the sum of the orders it covers, on the page, in the CSV and on the impact page', async () => {
    const day = today();
    const from = dayStart(day);
    const to = from + 86_400_000;
    const range = `from=${day}&to=${day}`;
    const before = await staff.get(`/en/staff/reports?${range}&group=producer`);

    // Three orders through the real checkout: two paid (one with goods of two producers), one left unpaid.
    const [a, b, c] = await variantsInStock(3);
    const first = await checkout([
      { variant: a!.id, quantity: 2 },
      { variant: b!.id, quantity: 1 },
    ]);
    const second = await checkout([{ variant: c!.id, quantity: 3 }]);
    const unpaid = await checkout([{ variant: a!.id, quantity: 1 }]);
    expect((await markOrderPaid(db, first)).changed).toBe(true);
    expect((await markOrderPaid(db, second)).changed).toBe(true);

    const expected = await expectedSales(from, to);
    const mine = await expectedSales(from, to, { orderIds: [first, second, unpaid] });
    expect(mine.total.orders.size).toBe(2);
    expect([...mine.byProducer.keys()].sort()).toEqual([a!.producer, b!.producer, c!.producer].sort());

    // The page: totals and one row per producer, as a person reads them.
    const page = await staff.get(`/en/staff/reports?${range}&group=producer`);
    expect(page.status).toBe(200);
    expect(stat(page.doc, 'total-orders')).toBe(String(expected.total.orders.size));
    expect(stat(page.doc, 'total-units')).toBe(String(expected.total.units));
    expect(stat(page.doc, 'total-revenue')).toBe(som(expected.total.revenue));
    expect(stat(page.doc, 'total-commission')).toBe(som(expected.total.commission));
    expect(stat(page.doc, 'total-share')).toBe(som(expected.total.revenue - expected.total.commission));
    expect(stat(page.doc, 'total-producers')).toBe(String(expected.byProducer.size));
    const rows = page.doc.querySelectorAll('table.report tbody tr');
    expect(rows.length).toBe(expected.byProducer.size);
    for (const [slug, p] of expected.byProducer) {
      const cells = page.doc.querySelectorAll(`tr[data-key="${slug}"] td`).map((td) => td.textContent.trim());
      expect(cells, slug).toEqual([
        String(p.orders.size),
        String(p.units),
        som(p.revenue),
        som(p.revenue - p.commission),
        som(p.commission),
      ]);
    }
    // The new orders moved the totals by exactly their own lines.
    expect(tiyinOf(stat(page.doc, 'total-revenue')) - tiyinOf(stat(before.doc, 'total-revenue'))).toBe(
      mine.total.revenue,
    );

    // The chart: an SVG image named by its title, one bar per producer.
    const svg = page.doc.querySelector('svg[role="img"]')!;
    expect(svg.querySelector('title')?.textContent).toBe(en['reports.chart.producer']);
    expect(svg.querySelectorAll('g.bar').length).toBe(Math.min(20, expected.byProducer.size));

    // The CSV: a download, UTF-8 with a BOM, an RFC 4180 table whose rows add up to the totals.
    const csv = await download(staff, `/en/staff/reports.csv?${range}&group=producer`);
    expect(csv.res.status).toBe(200);
    expect(csv.res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.res.headers.get('content-disposition')).toBe(
      `attachment; filename="sales-by-producer-${day}-${day}.csv"`,
    );
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [head, ...records] = parseCsv(csv.text.slice(1));
    expect(head).toHaveLength(7);
    expect(records).toHaveLength(expected.byProducer.size);
    for (const r of records) {
      expect(r).toHaveLength(7);
      const p = expected.byProducer.get(r[1]!)!;
      expect(r.slice(2), r[1]).toEqual([
        String(p.orders.size),
        String(p.units),
        somDecimal(p.revenue),
        somDecimal(p.revenue - p.commission),
        somDecimal(p.commission),
      ]);
    }
    const csvCents = (col: number) => records.reduce((s, r) => s + Math.round(Number(r[col]) * 100), 0);
    expect(csvCents(4)).toBe(expected.total.revenue);
    expect(csvCents(5)).toBe(expected.total.revenue - expected.total.commission);
    expect(csvCents(6)).toBe(expected.total.commission);

    // Every grouping covers the same sales.
    for (const group of ['day', 'week', 'month', 'village', 'region', 'category']) {
      const other = await staff.get(`/en/staff/reports?${range}&group=${group}`);
      expect(stat(other.doc, 'total-revenue'), group).toBe(som(expected.total.revenue));
      const grouped = parseCsv((await download(staff, `/en/staff/reports.csv?${range}&group=${group}`)).text.slice(1));
      expect(
        grouped.slice(1).reduce((s, r) => s + Math.round(Number(r[4]) * 100), 0),
        group,
      ).toBe(expected.total.revenue);
    }
    const byDay = await staff.get(`/en/staff/reports?${range}&group=day`);
    expect(byDay.doc.querySelectorAll(`tr[data-key="${day}"] td`)[0]?.textContent.trim()).toBe(
      String(expected.total.orders.size),
    );
    // The orders were placed online: the counter's report has only counter sales.
    const counter = await expectedSales(from, to, { channel: 'counter' });
    const counterPage = await staff.get(`/en/staff/reports?${range}&group=producer&channel=counter`);
    if (counter.total.orders.size === 0) {
      expect(counterPage.doc.querySelector('[role="status"]')?.textContent).toContain(en['reports.empty']);
    } else {
      expect(stat(counterPage.doc, 'total-revenue')).toBe(som(counter.total.revenue));
    }
    const online = await expectedSales(from, to, { channel: 'online' });
    const onlinePage = await staff.get(`/en/staff/reports?${range}&group=producer&channel=online`);
    expect(stat(onlinePage.doc, 'total-revenue')).toBe(som(online.total.revenue));
    expect(online.total.revenue).toBeGreaterThanOrEqual(mine.total.revenue);

    // The impact page reads the same sales: income returned to villages over all time.
    const allTime = await expectedSales(0, Number.MAX_SAFE_INTEGER);
    const impact = await staff.get('/en/impact'); // signed in: rendered fresh, never from the page cache
    expect(stat(impact.doc, 'impact-income')).toBe(som(allTime.total.revenue - allTime.total.commission));
    expect(stat(impact.doc, 'impact-sales-producers')).toBe(String(allTime.byProducer.size));
    const wholeReport = await staff.get(`/en/staff/reports?from=2000-01-01&to=${day}&group=month`);
    expect(stat(wholeReport.doc, 'total-share')).toBe(stat(impact.doc, 'impact-income'));
    expect(stat(wholeReport.doc, 'total-villages')).toBe(stat(impact.doc, 'impact-sales-villages'));
  });

  it('has zero HTML errors with and without sales, in ky, ru and en', async () => {
    const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
    const dir = mkdtempSync(join(tmpdir(), 'ovop-reports-vnu-'));
    const files: string[] = [];
    for (const locale of ['ky', 'ru', 'en']) {
      for (const query of [
        '',
        '?group=producer',
        '?group=month&from=2000-01-01',
        '?from=2001-01-01&to=2001-01-02',
        '?to=x',
      ]) {
        const file = join(dir, `${locale}-${files.length}.html`);
        writeFileSync(file, (await staff.get(`/${locale}/staff/reports${query}`)).html);
        files.push(file);
      }
      const file = join(dir, `${locale}-impact.html`);
      writeFileSync(file, (await staff.get(`/${locale}/impact`)).html);
      files.push(file);
    }
    const { stdout } = await promisify(execFile)(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files],
      { maxBuffer: 32 * 1024 * 1024 },
    );
    const errors = (JSON.parse(stdout) as { messages: { type: string; url: string; message: string }[] }).messages
      .filter((m) => m.type === 'error')
      .map((m) => `${m.url.split('/').pop()}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
