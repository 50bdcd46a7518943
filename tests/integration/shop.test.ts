/** The Karakol shop over HTTP: receiving, moving and counting stock, the till, and producer payouts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { LEDGER_MISMATCH_SQL } from '../../src/lib/inventory/ledger.ts';
import { formatMoney } from '../../src/lib/money/money.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';

let db: Db;
let staff: Buyer;
const base = () => inject('baseUrl');
const one = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows[0]!;

/** A published variant with a barcode and at least `min` free units in the shop. */
async function shelfItem(min: number, offset = 0) {
  const r = await one(
    `SELECT v.id, v.sku, v.barcode, v.price_tiyin, p.producer_id, p.slug, sl.on_hand, sl.reserved, l.id AS shop
       FROM variants v JOIN products p ON p.id = v.product_id JOIN stock_levels sl ON sl.variant_id = v.id
       JOIN stock_locations l ON l.id = sl.location_id AND l.code = 'karakol-shop'
      WHERE p.status = 'published' AND v.barcode IS NOT NULL AND sl.on_hand - sl.reserved >= ?
      ORDER BY v.id LIMIT 1 OFFSET ?`,
    [min, offset],
  );
  return {
    id: Number(r.id),
    sku: String(r.sku),
    barcode: String(r.barcode),
    price: Number(r.price_tiyin),
    producer: Number(r.producer_id),
    slug: String(r.slug),
    onHand: Number(r.on_hand),
    shop: Number(r.shop),
  };
}
const level = async (variant: number, location: number) =>
  Number(
    (await one('SELECT on_hand FROM stock_levels WHERE variant_id = ? AND location_id = ?', [variant, location]))
      .on_hand,
  );
const balance = async (producer: number) =>
  Number(
    (await one('SELECT coalesce(sum(amount_tiyin), 0) AS b FROM payout_entries WHERE producer_id = ?', [producer])).b,
  );
const expectBooksBalanced = async () => expect((await db.$client.execute(LEDGER_MISMATCH_SQL)).rows).toEqual([]);

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  staff = new Buyer(base(), { localAddress: '127.0.0.21' });
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026', 'en')).status).toBe(303);
});

describe('stock', () => {
  it('receives goods from a producer with a new batch, on consignment, into the ledger', async () => {
    const item = await shelfItem(1);
    const before = await level(item.id, item.shop);
    const res = await staff.post('/en/staff/stock/receive', {
      code: item.barcode,
      location: item.shop,
      quantity: 12,
      batch: 'L261120-TEST',
      produced_on: '2026-11-20',
      best_before: '2028-11-20',
      consignment: '1',
    });
    expect(res.status).toBe(303);
    expect(await level(item.id, item.shop)).toBe(before + 12);
    const move = await one(
      `SELECT m.kind, m.on_hand_delta, m.consignment, b.code FROM stock_movements m JOIN batches b ON b.id = m.batch_id
        WHERE m.variant_id = ? ORDER BY m.id DESC LIMIT 1`,
      [item.id],
    );
    expect(move).toMatchObject({ kind: 'receive', on_hand_delta: 12, consignment: 1, code: 'L261120-TEST' });
    await expectBooksBalanced();
  });

  it('moves stock between locations but never what is not there, and requires a reason to adjust', async () => {
    const item = await shelfItem(2);
    const warehouse = Number((await one(`SELECT id FROM stock_locations WHERE code = 'bishkek-warehouse'`)).id);
    const moved = await staff.post('/en/staff/stock/move', {
      intent: 'transfer',
      code: item.sku,
      from: item.shop,
      to: warehouse,
      quantity: 2,
    });
    expect(moved.status).toBe(303);
    expect(await level(item.id, warehouse)).toBeGreaterThanOrEqual(2);
    const tooMany = await staff.post('/en/staff/stock/move', {
      intent: 'transfer',
      code: item.sku,
      from: warehouse,
      to: item.shop,
      quantity: 100_000,
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.doc.querySelector('[role=alert]')!.textContent.trim()).toBe(en['stock.error.not_enough']);
    const noReason = await staff.post('/en/staff/stock/move', {
      intent: 'adjust',
      code: item.sku,
      location: item.shop,
      delta: -1,
      reason: '',
      note: '',
    });
    expect(noReason.status).toBe(422);
    expect(noReason.doc.querySelector('#e-a-reason')!.textContent.trim()).toBe(en['stock.error.reason']);
    expect(noReason.doc.querySelector('#a-delta')!.getAttribute('value')).toBe('-1');
    const damaged = await staff.post('/en/staff/stock/move', {
      intent: 'adjust',
      code: item.sku,
      location: item.shop,
      delta: -1,
      reason: 'damaged',
      note: 'jar cracked',
    });
    expect(damaged.status).toBe(303);
    const last = await one(`SELECT kind, reason FROM stock_movements WHERE variant_id = ? ORDER BY id DESC LIMIT 1`, [
      item.id,
    ]);
    expect(last).toMatchObject({ kind: 'adjustment', reason: 'damaged: jar cracked' });
    await expectBooksBalanced();
  });

  it('previews a stocktake CSV with per-row errors and writes nothing until every row is right', async () => {
    const item = await shelfItem(1, 3);
    const before = await level(item.id, item.shop);
    const bad = `sku,location,counted\n${item.sku},karakol-shop,${before + 4}\nNO-SUCH-SKU,karakol-shop,3\n${item.sku},moon-base,1\n`;
    const preview = await staff.upload(
      '/en/staff/stock/stocktake',
      { intent: 'preview' },
      {
        file: { name: 'count.csv', bytes: new TextEncoder().encode(bad), type: 'text/csv' },
      },
    );
    expect(preview.status).toBe(422);
    const rows = preview.doc.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.textContent).toContain('+4');
    expect(rows[1]!.textContent).toContain(en['stocktake.error.sku']);
    expect(rows[2]!.textContent).toContain(en['stocktake.error.location']);
    expect(preview.doc.querySelector('input[value=apply]')).toBeNull();
    // Applying the bad file anyway changes nothing.
    await staff.upload('/en/staff/stock/stocktake', { intent: 'apply', csv: bad }, {});
    expect(await level(item.id, item.shop)).toBe(before);
    const good = `\uFEFFsku,location,counted\n${item.sku},karakol-shop,${before + 4}\n`;
    const ok = await staff.upload('/en/staff/stock/stocktake', { intent: 'apply', csv: good }, {});
    expect(ok.status).toBe(303);
    expect(await level(item.id, item.shop)).toBe(before + 4);
    const take = await one(
      `SELECT kind, on_hand_delta FROM stock_movements WHERE variant_id = ? ORDER BY id DESC LIMIT 1`,
      [item.id],
    );
    expect(take).toMatchObject({ kind: 'stocktake', on_hand_delta: 4 });
    await expectBooksBalanced();
  });

  it('exports the levels as CSV that spreadsheets read', async () => {
    const res = await fetch(`${base()}/en/staff/stock/levels.csv?low=1`, {
      headers: { Cookie: `sid=${staff.cookies.get('sid')}` },
    });
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A byte-order mark first, so spreadsheet programs read the Cyrillic names as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    // RFC 4180 records end with CRLF, as every CSV of the shop's one writer does.
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...lines] = text.trim().split('\r\n');
    expect(header).toBe('sku,barcode,product,variant,producer,location,on_hand,reserved,available');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => Number(l.split(',').at(-1)) <= 3)).toBe(true);
  });
});

describe('the till', () => {
  it('sells a scanned barcode at once: receipt in the buyer’s language, stock down, producer credited', async () => {
    const item = await shelfItem(3, 5);
    const before = await level(item.id, item.shop);
    const credit = await balance(item.producer);
    expect((await staff.post('/en/staff/till', { intent: 'scan', code: item.barcode, quantity: 1 })).status).toBe(303);
    expect((await staff.post('/en/staff/till', { intent: 'scan', code: item.barcode, quantity: 1 })).status).toBe(303);
    const unknown = await staff.post('/en/staff/till', { intent: 'scan', code: '0000000000000', quantity: 1 });
    expect(unknown.status).toBe(422);
    expect(unknown.doc.querySelector('#till-error')!.textContent.trim()).toBe(en['till.error.unknown_code']);
    const till = await staff.get('/en/staff/till');
    expect(till.doc.querySelector(`#q-${item.id}`)!.getAttribute('value')).toBe('2');
    const sale = await staff.post('/en/staff/till', {
      intent: 'pay',
      payment: 'cash',
      receipt_locale: 'ru',
      tendered: '5000',
    });
    expect(sale.status).toBe(303);
    const receipt = await staff.get(sale.location!);
    expect(receipt.doc.querySelector('.receipt')!.getAttribute('lang')).toBe('ru');
    expect(receipt.doc.querySelector('.receipt')!.textContent).toContain(ru['receipt.title']);
    expect(receipt.doc.querySelector('.receipt')!.textContent).toContain(ru['till.method.cash']);
    expect(await level(item.id, item.shop)).toBe(before - 2);
    const order = await one(`SELECT status, channel, total_tiyin FROM orders WHERE number = ?`, [
      sale.location!.split('/').pop()!.split('?')[0]!,
    ]);
    expect(order).toMatchObject({ status: 'delivered', channel: 'counter', total_tiyin: item.price * 2 });
    expect(await balance(item.producer)).toBeGreaterThan(credit);
    expect((await staff.get('/en/staff/till')).doc.querySelector('table.lines')).toBeNull();
    await expectBooksBalanced();
  });

  it('never oversells the last units when the till and the web shop sell them at once', async () => {
    const item = await shelfItem(1, 7);
    // Leave exactly 3 free units in the shop, and none anywhere else online.
    await db.$client.execute({
      sql: `UPDATE stock_levels SET on_hand = reserved + 3 WHERE variant_id = ? AND location_id = ?`,
      args: [item.id, item.shop],
    });
    await db.$client.execute({
      sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, reason)
            SELECT variant_id, location_id, 'adjustment', on_hand - (SELECT coalesce(sum(on_hand_delta), 0) FROM stock_movements
              WHERE variant_id = sl.variant_id AND location_id = sl.location_id), 'test setup'
            FROM stock_levels sl WHERE variant_id = ? AND location_id = ?`,
      args: [item.id, item.shop],
    });
    await db.$client.execute({
      sql: `UPDATE stock_levels SET on_hand = reserved WHERE variant_id = ? AND location_id IN
              (SELECT id FROM stock_locations WHERE sells_online = 1 AND code != 'karakol-shop')`,
      args: [item.id],
    });
    await db.$client.execute({
      sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, reason)
            SELECT sl.variant_id, sl.location_id, 'adjustment', sl.on_hand - (SELECT coalesce(sum(on_hand_delta), 0) FROM stock_movements
              WHERE variant_id = sl.variant_id AND location_id = sl.location_id), 'test setup'
            FROM stock_levels sl WHERE sl.variant_id = ? AND sl.on_hand != (SELECT coalesce(sum(on_hand_delta), 0)
              FROM stock_movements WHERE variant_id = sl.variant_id AND location_id = sl.location_id)`,
      args: [item.id],
    });
    await expectBooksBalanced();
    // Three web buyers put two each in their carts; the till rings up two.
    const buyers = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const b = new Buyer(base(), { localAddress: `127.0.0.${30 + n}` });
        await b.post('/en/cart', { intent: 'add', variant: item.id, quantity: 1 });
        return b;
      }),
    );
    await staff.post('/en/staff/till', { intent: 'scan', code: item.barcode, quantity: 2 });
    const results = await Promise.all([
      staff.post('/en/staff/till', { intent: 'pay', payment: 'card', receipt_locale: 'en', tendered: '' }),
      ...buyers.map((b) => b.checkout('/en/checkout', { ...PICKUP_FORM, email: `race@example.com` })),
    ]);
    const free = await one(`SELECT on_hand, reserved FROM stock_levels WHERE variant_id = ? AND location_id = ?`, [
      item.id,
      item.shop,
    ]);
    const tillSold = results[0]!.status === 303 && results[0]!.location!.includes('/receipt/') ? 2 : 0;
    const webHeld = results.slice(1).filter((r) => r.status === 303 && r.location!.includes('/orders/')).length;
    expect(tillSold + webHeld).toBeLessThanOrEqual(3);
    expect(Number(free.on_hand)).toBeGreaterThanOrEqual(Number(free.reserved));
    expect(Number(free.on_hand) - Number(free.reserved)).toBe(3 - tillSold - webHeld);
    await expectBooksBalanced();
  });
});

describe('payouts', () => {
  it('records a payout against what a producer is owed, never more, and shows it on their statement', async () => {
    const owed = await one(
      `SELECT producer_id, sum(amount_tiyin) AS b FROM payout_entries GROUP BY producer_id HAVING b > 100 ORDER BY b DESC LIMIT 1`,
    );
    const producer = Number(owed.producer_id);
    const b = Number(owed.b);
    const tooMuch = await staff.post(`/en/staff/payouts/${producer}`, {
      intent: 'payout',
      amount: String((b + 100) / 100),
      method: 'cash',
      note: '',
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.doc.querySelector('#e-amount')!.textContent.trim()).toBe(en['payout.error.more_than_owed']);
    const paid = await staff.post(`/en/staff/payouts/${producer}`, {
      intent: 'payout',
      amount: String(Math.floor(b / 200)),
      method: 'bank_transfer',
      note: 'November',
    });
    expect(paid.status).toBe(303);
    expect(await balance(producer)).toBe(b - Math.floor(b / 200) * 100);
    const statement = await staff.get(`/en/staff/payouts/${producer}`);
    expect(statement.doc.querySelector('tbody')!.textContent).toContain('November');
    const commission = await staff.post(`/en/staff/payouts/${producer}`, { intent: 'commission', percent: '12.5' });
    expect(commission.status).toBe(303);
    expect(Number((await one('SELECT commission_bps FROM producers WHERE id = ?', [producer])).commission_bps)).toBe(
      1250,
    );
  });
});

describe('the till takes cash', () => {
  /** Formats tiyin the way a cashier types som: thousands with spaces, a decimal comma. */
  const typed = (tiyin: number) =>
    `${Math.floor(tiyin / 100)
      .toLocaleString('ru-RU')
      .replace(/\s/g, ' ')},${String(tiyin % 100).padStart(2, '0')}`;

  it('refuses cash below the total or unreadable, keeping the till and what was typed', async () => {
    const item = await shelfItem(2, 7);
    await staff.post('/en/staff/till', { intent: 'clear' });
    expect((await staff.post('/en/staff/till', { intent: 'scan', code: item.barcode, quantity: 1 })).status).toBe(303);
    const before = await level(item.id, item.shop);
    for (const tendered of ['abc', '', '-5']) {
      const res = await staff.post('/en/staff/till', {
        intent: 'pay',
        payment: 'cash',
        receipt_locale: 'en',
        tendered,
      });
      expect(res.status).toBe(422);
      expect(res.doc.querySelector('#till-error')!.textContent.trim()).toBe(en['till.error.tendered']);
      expect(res.doc.querySelector('#tendered')!.getAttribute('value') ?? '').toBe(tendered);
      expect(res.doc.querySelector('#tendered')!.getAttribute('aria-invalid')).toBe('true');
    }
    const short = await staff.post('/en/staff/till', {
      intent: 'pay',
      payment: 'cash',
      receipt_locale: 'en',
      tendered: typed(item.price - 1),
    });
    expect(short.status).toBe(422);
    const message = short.doc.querySelector('#till-error')!.textContent;
    expect(message).toContain(en['till.error.tendered_short'].split(' (')[0]!);
    expect(short.doc.querySelector(`#q-${item.id}`)!.getAttribute('value')).toBe('1');
    expect(await level(item.id, item.shop)).toBe(before);
    await staff.post('/en/staff/till', { intent: 'clear' });
  });

  it('sells for exact cash and for more, printing cash given and change on the receipt', async () => {
    const item = await shelfItem(3, 8);
    for (const extra of [0, 25_050]) {
      await staff.post('/en/staff/till', { intent: 'scan', code: item.barcode, quantity: 1 });
      const sale = await staff.post('/en/staff/till', {
        intent: 'pay',
        payment: 'cash',
        receipt_locale: 'ru',
        tendered: typed(item.price + extra),
      });
      expect(sale.status).toBe(303);
      const number = sale.location!.split('/').pop()!;
      expect(number).toMatch(/^OVP-/);
      const receipt = await staff.get(sale.location!);
      const text = receipt.doc.querySelector('.receipt')!.textContent;
      expect(text).toContain(ru['receipt.cash_given']);
      expect(text).toContain(ru['receipt.change']);
      const som = (tiyin: number) => formatMoney('ru', { amount: tiyin, currency: 'KGS' });
      expect(receipt.doc.querySelector('#cash-given')?.textContent.trim()).toBe(som(item.price + extra));
      expect(receipt.doc.querySelector('#change')?.textContent.trim()).toBe(som(extra));
      const paid = await one(
        `SELECT p.cash_given_minor FROM payments p JOIN orders o ON o.id = p.order_id WHERE o.number = ?`,
        [number],
      );
      expect(Number(paid.cash_given_minor)).toBe(item.price + extra);
    }
    // Card and QR need no cash.
    await staff.post('/en/staff/till', { intent: 'scan', code: item.barcode, quantity: 1 });
    const card = await staff.post('/en/staff/till', {
      intent: 'pay',
      payment: 'card',
      receipt_locale: 'en',
      tendered: '',
    });
    expect(card.status).toBe(303);
    expect((await staff.get(card.location!)).doc.querySelector('#change')).toBeNull();
    await expectBooksBalanced();
  });
});
