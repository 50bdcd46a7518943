/** Sales reports against a real migrated database with the tiny catalogue and hand-placed orders. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { loadCatalog } from '../../../tests/factories/catalog.ts';
import { tinyCatalog } from '../../../tests/factories/tiny.ts';
import { PICKUP_FORM } from '../../../tests/support/client.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { addToCart, cartIdFor } from '../cart/cart.ts';
import { placeReviewed } from '../../../tests/support/place.ts';
import { markOrderPaid } from '../orders/workflows.ts';
import { createSession } from '../sessions/session.ts';
import { parseReportQuery, salesReport, salesTotals, type ReportQuery } from './sales.ts';

let db: Db;
let seq = 0;

/** Writes an order with lines straight into the tables, at a given instant (ISO) and status. */
async function order(
  at: string,
  status: string,
  lines: { product: string; quantity: number; price: number }[],
  channel: 'online' | 'counter' = 'online',
): Promise<number> {
  seq++;
  const subtotal = lines.reduce((s, l) => s + l.quantity * l.price, 0);
  const rs = await db.$client.execute({
    sql: `INSERT INTO orders (number, access_token, email, name, locale, status, channel, payment_method, subtotal_tiyin,
            shipping_tiyin, total_tiyin, total_charged_minor, created_at, updated_at)
          VALUES (?, ?, 'b@example.com', 'B', 'en', ?, ?, ?, ?, 5000, ?, ?, ?, ?) RETURNING id`,
    args: [
      `T-${seq}`,
      `tok-${seq}`,
      status,
      channel,
      channel === 'counter' ? 'cash' : 'pay_at_pickup',
      subtotal,
      subtotal + 5000,
      subtotal + 5000,
      Date.parse(at),
      Date.parse(at),
    ],
  });
  const id = Number(rs.rows[0]!.id);
  for (const l of lines) {
    await db.$client.execute({
      sql: `INSERT INTO order_lines (order_id, variant_id, product_id, producer_id, product_name, variant_label, producer_name,
              sku, unit_price_tiyin, quantity, line_total_tiyin)
            SELECT ?, v.id, p.id, p.producer_id, 'snapshot', '1', 'Producer snapshot', v.sku, ?, ?, ?
              FROM products p JOIN variants v ON v.product_id = p.id WHERE p.slug = ? ORDER BY v.sort LIMIT 1`,
      args: [id, l.price, l.quantity, l.quantity * l.price, l.product],
    });
  }
  return id;
}

const march: ReportQuery = { from: '2026-03-01', to: '2026-03-31', group: 'producer', channel: 'all' };
const commission = (gross: number, bps = 1500) => Math.floor((gross * bps + 5000) / 10000);

beforeEach(async () => {
  db = await freshDb();
  await loadCatalog(db, tinyCatalog());
});

describe('sales report', () => {
  it('is empty, with every period at zero, when nothing was sold', async () => {
    await order('2026-03-05T10:00:00Z', 'pending_payment', [{ product: 'white-honey', quantity: 1, price: 45_000 }]);
    const byDay = await salesReport(db, 'en', { ...march, group: 'day' });
    expect(byDay.rows).toHaveLength(31);
    expect(byDay.rows.every((r) => r.orders === 0 && r.revenueTiyin === 0)).toBe(true);
    expect(byDay.totals).toEqual({
      orders: 0,
      units: 0,
      revenueTiyin: 0,
      commissionTiyin: 0,
      producersShareTiyin: 0,
      producers: 0,
      villages: 0,
    });
    expect((await salesReport(db, 'en', march)).rows).toEqual([]);
  });

  it('counts sold statuses only, within the Bishkek dates, and groups by producer, village, region and category', async () => {
    // 00:30 on 1 March in Bishkek (still 28 February in UTC): in March.
    const a = await order('2026-02-28T18:30:00Z', 'paid', [
      { product: 'white-honey', quantity: 2, price: 45_000 },
      { product: 'shyrdak', quantity: 1, price: 1_800_000 },
    ]);
    await order('2026-03-10T09:00:00Z', 'delivered', [{ product: 'kazy', quantity: 3, price: 190_000 }], 'counter');
    await order('2026-03-11T09:00:00Z', 'shipped', [{ product: 'fir-honey', quantity: 1, price: 30_000 }]);
    // Not sales: unpaid, cancelled, refunded; and a paid order at 00:00 on 1 April in Bishkek.
    await order('2026-03-12T09:00:00Z', 'pending_payment', [{ product: 'kazy', quantity: 1, price: 190_000 }]);
    await order('2026-03-12T09:00:00Z', 'cancelled', [{ product: 'kazy', quantity: 1, price: 190_000 }]);
    await order('2026-03-12T09:00:00Z', 'refunded', [{ product: 'kazy', quantity: 1, price: 190_000 }]);
    await order('2026-03-31T18:00:00Z', 'paid', [{ product: 'kazy', quantity: 1, price: 190_000 }]);
    // The ledger credited the shyrdak line at another rate than the producer's current one: the ledger wins.
    await db.$client.execute({
      sql: `INSERT INTO payout_entries (producer_id, kind, order_line_id, gross_tiyin, commission_tiyin, amount_tiyin)
            SELECT producer_id, 'sale', id, line_total_tiyin, 180000, line_total_tiyin - 180000 FROM order_lines
             WHERE order_id = ? AND line_total_tiyin = 1800000`,
      args: [a],
    });

    const producers = await salesReport(db, 'en', march);
    const honey = 2 * 45_000 + 30_000;
    expect(
      producers.rows.map((r) => [r.key, r.name?.text, r.orders, r.units, r.revenueTiyin, r.commissionTiyin]),
    ).toEqual([
      ['altyn-kol', 'Altyn-Kol', 1, 1, 1_800_000, 180_000],
      ['no-certs', 'Naryn Et', 1, 3, 570_000, commission(570_000)],
      ['toktogulovs', 'The Toktogulov family', 2, 3, honey, commission(90_000) + commission(30_000)],
    ]);
    const revenue = 1_800_000 + 570_000 + honey;
    const fees = 180_000 + commission(570_000) + commission(90_000) + commission(30_000);
    expect(producers.totals).toEqual({
      orders: 3,
      units: 7,
      revenueTiyin: revenue,
      commissionTiyin: fees,
      producersShareTiyin: revenue - fees,
      producers: 3,
      villages: 2,
    });
    for (const r of producers.rows) expect(r.producersShareTiyin).toBe(r.revenueTiyin - r.commissionTiyin);

    const villages = await salesReport(db, 'ru', { ...march, group: 'village' });
    expect(villages.rows.map((r) => [r.key, r.name, r.orders, r.revenueTiyin])).toEqual([
      ['kochkor', { text: 'Кочкорка', locale: 'ru' }, 2, 1_800_000 + 570_000],
      ['barskoon', { text: 'Барскаун', locale: 'ru' }, 2, honey],
    ]);
    const regions = await salesReport(db, 'ky', { ...march, group: 'region' });
    expect(regions.rows.map((r) => [r.key, r.name?.text, r.revenueTiyin])).toEqual([
      ['naryn', 'Нарын облусу', 1_800_000 + 570_000],
      ['issyk-kul', 'Ысык-Көл облусу', honey],
    ]);
    const categories = await salesReport(db, 'en', { ...march, group: 'category' });
    expect(categories.rows.map((r) => [r.key, r.units, r.revenueTiyin])).toEqual([
      ['felt', 1, 1_800_000],
      ['meat', 3, 570_000],
      ['honey', 3, honey],
    ]);
    for (const report of [villages, regions, categories]) expect(report.totals).toEqual(producers.totals);
  });

  it('buckets days, weeks and months in Bishkek time and filters by channel', async () => {
    await order('2026-02-28T18:30:00Z', 'paid', [{ product: 'white-honey', quantity: 1, price: 45_000 }]);
    await order('2026-03-01T17:59:00Z', 'paid', [{ product: 'white-honey', quantity: 1, price: 45_000 }]);
    await order('2026-03-02T01:00:00Z', 'delivered', [{ product: 'kazy', quantity: 1, price: 190_000 }], 'counter');
    const days = await salesReport(db, 'en', { ...march, group: 'day', to: '2026-03-03' });
    expect(days.rows.map((r) => [r.key, r.orders, r.revenueTiyin])).toEqual([
      ['2026-03-01', 2, 90_000],
      ['2026-03-02', 1, 190_000],
      ['2026-03-03', 0, 0],
    ]);
    // 1 March 2026 is a Sunday: its week began on Monday 23 February.
    const weeks = await salesReport(db, 'en', { ...march, group: 'week' });
    expect(weeks.rows[0]).toMatchObject({ key: '2026-02-23', orders: 2 });
    expect(weeks.rows[1]).toMatchObject({ key: '2026-03-02', orders: 1 });
    expect(weeks.rows.at(-1)!.key).toBe('2026-03-30');
    const months = await salesReport(db, 'en', { ...march, from: '2026-02-01', group: 'month' });
    expect(months.rows.map((r) => [r.key, r.orders])).toEqual([
      ['2026-02', 0],
      ['2026-03', 3],
    ]);
    const counter = await salesReport(db, 'en', { ...march, channel: 'counter' });
    expect(counter.totals).toMatchObject({ orders: 1, revenueTiyin: 190_000 });
    const online = await salesReport(db, 'en', { ...march, channel: 'online' });
    expect(online.totals).toMatchObject({ orders: 2, revenueTiyin: 90_000 });
  });

  it('falls back to another language for a missing name, and to the snapshot for a producer without one', async () => {
    await order('2026-03-05T10:00:00Z', 'paid', [{ product: 'kazy', quantity: 1, price: 190_000 }]);
    await db.$client.execute(
      `DELETE FROM category_translations WHERE locale = 'ky' AND category_id = (SELECT id FROM categories WHERE slug = 'meat')`,
    );
    const categories = await salesReport(db, 'ky', { ...march, group: 'category' });
    expect(categories.rows[0]!.name?.locale).toBe('en');
    await db.$client.execute(
      `DELETE FROM producer_translations WHERE producer_id = (SELECT id FROM producers WHERE slug = 'no-certs')`,
    );
    const producers = await salesReport(db, 'ru', march);
    expect(producers.rows[0]!.name).toEqual({ text: 'Producer snapshot', locale: 'ru' });
  });

  it('agrees with the payout ledger and the impact totals for orders paid through the real workflow', async () => {
    const variants = await db.$client.execute(
      `SELECT min(v.id) AS id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.slug IN ('white-honey', 'fir-honey') GROUP BY p.id`,
    );
    const cart = await cartIdFor(db, (await createSession(db)).id);
    for (const v of variants.rows) await addToCart(db, cart, Number(v.id), 1);
    await db.$client.execute(`UPDATE producers SET commission_bps = 1234 WHERE slug = 'toktogulovs'`);
    const placed = await placeReviewed(db, {
      cartId: cart,
      locale: 'en',
      rate: { currency: 'KGS', kgsPerUnitMicros: 1_000_000, setOn: '2026-03-01' },
      form: { ...PICKUP_FORM, shipping: 'pickup', payment: 'pay_at_pickup' },
      cardPaymentsEnabled: false,
    });
    if (placed.kind !== 'placed') throw new Error(placed.kind);
    expect((await salesTotals(db)).orders).toBe(0);
    await markOrderPaid(db, placed.order.id);
    // The rate changes after the sale: the report keeps what the ledger credited.
    await db.$client.execute(`UPDATE producers SET commission_bps = 3000 WHERE slug = 'toktogulovs'`);
    const ledger = (
      await db.$client.execute(
        `SELECT sum(gross_tiyin) AS gross, sum(commission_tiyin) AS fee, sum(amount_tiyin) AS owed FROM payout_entries WHERE kind = 'sale'`,
      )
    ).rows[0]!;
    const totals = await salesTotals(db);
    expect(totals).toMatchObject({
      orders: 1,
      revenueTiyin: Number(ledger.gross),
      commissionTiyin: Number(ledger.fee),
      producersShareTiyin: Number(ledger.owed),
      producers: 1,
      villages: 1,
    });
    const today = new Date(Date.now() + 6 * 3_600_000).toISOString().slice(0, 10);
    const report = await salesReport(db, 'en', { from: today, to: today, group: 'producer', channel: 'all' });
    expect(report.totals).toEqual(totals);
    // A refund takes the order out of every figure.
    await db.$client.execute({ sql: `UPDATE orders SET status = 'refunded' WHERE id = ?`, args: [placed.order.id] });
    expect((await salesTotals(db)).producersShareTiyin).toBe(0);
  });
});

describe('report form', () => {
  const parse = (q: string) => parseReportQuery(new URLSearchParams(q), '2026-03-31');

  it('opens on the last 30 days by day', () => {
    expect(parse('').query).toEqual({ from: '2026-03-02', to: '2026-03-31', group: 'day', channel: 'all' });
  });

  it('reads a valid query and takes unknown choices as the defaults', () => {
    expect(parse('from=2026-01-01&to=2026-01-31&group=region&channel=counter').query).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      group: 'region',
      channel: 'counter',
    });
    expect(parse('group=drop+table&channel=x').query).toMatchObject({ group: 'day', channel: 'all' });
  });

  it('names the wrong field and keeps what was typed', () => {
    expect(parse('from=2026-02-30')).toMatchObject({
      query: null,
      errors: { from: 'reports.error.date' },
      values: { from: '2026-02-30' },
    });
    expect(parse('from=2026-03-10&to=2026-03-01').errors).toEqual({ to: 'reports.error.range' });
    expect(parse('from=2020-01-01&to=2026-01-01&group=day').errors).toEqual({
      group: 'reports.error.too_many_periods',
    });
    expect(parse('from=2020-01-01&to=2026-01-01&group=month').query).not.toBeNull();
  });

  it('refuses absurd dates as wrong fields instead of failing', () => {
    for (const q of ['from=1e5', 'from=abc&to=1e5', 'from=-1&to=NaN&group=week', 'to=99999-01-01&group=month']) {
      const parsed = parse(q);
      expect(parsed.query, q).toBeNull();
      expect(Object.values(parsed.errors), q).toContain('reports.error.date');
    }
  });
});
