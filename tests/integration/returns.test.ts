/**
 * Returns and refunds of delivered orders over HTTP, as staff record them: some units of some lines back
 * in stock in their lot or written off, the shipping optionally, a card order refunded in parts through
 * the fake Stripe (which, like Stripe, refuses more than the charge), an offline one recorded as paid back;
 * producers' credits reversed, the ledger equal to the levels, the buyer mailed and shown the refunds.
 * Guards: no more units than delivered, no more money than paid, a double submit records one return, and
 * two staff racing with different forms return the units once.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import { LEDGER_MISMATCH_SQL } from '../../src/lib/inventory/ledger.ts';
import { producerEarnings } from '../../src/lib/orders/producer-sales.ts';
import { startFakeStripe, type FakeStripe } from '../fake-stripe/server.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { startShop, type RunningServer } from '../support/server.ts';

const SECRET = 'whsec_returns';
let db: Db;
let stripe: FakeStripe;
let shop: RunningServer;
let staff: Buyer;
/** Pages seen along the way, checked by the Nu Html Checker at the end. */
const seen: string[] = [];

const DOMESTIC = {
  ...PICKUP_FORM,
  shipping: 'domestic',
  country: 'KG',
  city: 'Бишкек',
  address: 'Чүй проспекти 100',
  postalCode: '720000',
};

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  stripe = await startFakeStripe({ webhookSecret: SECRET });
  shop = await startShop({
    DATABASE_URL: inject('databaseUrl'),
    STRIPE_SECRET_KEY: 'sk_test_returns',
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_BASE: stripe.url,
  });
  stripe.setWebhookUrl(`${shop.url}/api/stripe/webhook`);
  staff = new Buyer(shop.url, { localAddress: '127.0.0.6' });
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026', 'en')).status).toBe(303);
});
afterAll(async () => {
  await shop?.stop();
  await stripe?.close();
});

const rows = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
const one = async (sql: string, args: (string | number)[] = []) => (await rows(sql, args))[0]!;
const text = (doc: HTMLElement, selector: string) => doc.querySelector(selector)?.textContent.trim() ?? '';
const ledgerMismatches = async () => (await db.$client.execute(LEDGER_MISMATCH_SQL)).rows;

/** Published variants with online stock to spare, each of a different producer. */
async function variantsInStock(n: number, skip: number) {
  const rs = await rows(
    `SELECT min(v.id) AS id, p.producer_id FROM variants v JOIN products p ON p.id = v.product_id
      WHERE p.status = 'published' AND v.active = 1 AND (SELECT sum(on_hand - reserved) FROM stock_levels sl
        JOIN stock_locations l ON l.id = sl.location_id WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 6
      GROUP BY p.producer_id ORDER BY p.producer_id ASC LIMIT ? OFFSET ?`,
    [n, skip],
  );
  return rs.map((r) => ({ variant: Number(r.id), producer: Number(r.producer_id) }));
}

/** A buyer orders; staff take it to delivered (card: paid by the fake Stripe; offline: marked paid). */
async function deliveredOrder(
  form: Record<string, string>,
  items: { variant: number; quantity: number }[],
  currency?: string,
) {
  const buyer = new Buyer(shop.url);
  if (currency) await buyer.get(`/en/currency/${currency}?back=/`);
  for (const i of items) await buyer.post('/en/cart', { intent: 'add', variant: i.variant, quantity: i.quantity });
  const email = `return-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  const res = await buyer.checkout('/en/checkout', { ...form, email });
  expect(res.status).toBe(303);
  if (form.payment === 'stripe') await stripe.completeSession(res.location!.split('/pay/')[1]!);
  const order = await one('SELECT * FROM orders WHERE email = ?', [email]);
  const number = String(order.number);
  const act = (f: Record<string, string>) => staff.post(`/en/staff/orders/${number}`, f);
  if (form.payment !== 'stripe') expect((await act({ action: 'mark_paid' })).status).toBe(303);
  if (form.shipping === 'pickup') {
    expect((await act({ action: 'ready_for_pickup' })).status).toBe(303);
  } else {
    expect((await act({ action: 'pack' })).status).toBe(303);
    expect((await act({ action: 'ship', carrier: 'dhl', tracking: '1234567890' })).status).toBe(303);
  }
  expect((await act({ action: 'deliver' })).status).toBe(303);
  const lines = await rows('SELECT * FROM order_lines WHERE order_id = ? ORDER BY id', [Number(order.id)]);
  return { order, number, email, lines, buyer };
}

/** The return form as the page draws it: its key and field names, with our quantities and choices. */
async function returnForm(number: string, fill: Record<string, string>) {
  const page = await staff.get(`/en/staff/orders/${number}/return`);
  expect(page.status).toBe(200);
  seen.push(page.html);
  const key = page.doc.querySelector('form.return-form input[name=key]')!.getAttribute('value')!;
  return { key, ...fill };
}
async function postReturn(number: string, form: Record<string, string>) {
  const res = await staff.post(`/en/staff/orders/${number}/return`, form);
  if (res.status === 422) seen.push(res.html);
  return res;
}

const stockAt = async (variant: number, location: number) =>
  Number(
    (await one('SELECT on_hand FROM stock_levels WHERE variant_id = ? AND location_id = ?', [variant, location]))
      .on_hand,
  );
const balanceOf = async (producer: number) => (await producerEarnings(db, producer)).balanceTiyin;

describe('returns of a card order', () => {
  it('refunds lines in part through Stripe, puts units back in their lot or writes them off, then the rest with the shipping', async () => {
    const [a, b] = await variantsInStock(2, 0);
    const balances = [await balanceOf(a!.producer), await balanceOf(b!.producer)];
    const { order, number, email, lines, buyer } = await deliveredOrder(
      { ...DOMESTIC, payment: 'stripe' },
      [
        { variant: a!.variant, quantity: 3 },
        { variant: b!.variant, quantity: 2 },
      ],
      'USD',
    );
    const [la, lb] = [
      lines.find((l) => Number(l.variant_id) === a!.variant)!,
      lines.find((l) => Number(l.variant_id) === b!.variant)!,
    ];
    const [locA, locB] = [Number(la.location_id), Number(lb.location_id)];
    const stock = [await stockAt(a!.variant, locA), await stockAt(b!.variant, locB)];
    const charged = Number(order.total_charged_minor);
    expect(order.currency).toBe('USD');
    expect(Number(order.shipping_tiyin)).toBeGreaterThan(0);

    // The staff order page of a delivered order leads to the return form.
    let page = await staff.get(`/en/staff/orders/${number}`);
    expect(page.doc.querySelector('#open-return')!.getAttribute('href')).toBe(`/en/staff/orders/${number}/return`);

    // One unit of A back on the shelf, one of B broken: refunded at the prices paid, as a share of the USD charge.
    const first = await returnForm(number, {
      method: 'stripe',
      note: 'One jar arrived cracked',
      [`qty_${la.id}`]: '1',
      [`to_${la.id}`]: 'restock',
      [`qty_${lb.id}`]: '1',
      [`to_${lb.id}`]: 'write_off',
    });
    let res = await postReturn(number, first);
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/en/staff/orders/${number}?done=return#returns`);
    const pi = String(
      (await one('SELECT stripe_payment_intent_id AS pi FROM payments WHERE order_id = ?', [Number(order.id)])).pi,
    );
    const firstTiyin = Number(la.unit_price_tiyin) + Number(lb.unit_price_tiyin);
    const firstAmount = Math.round((charged * firstTiyin) / Number(order.total_tiyin));
    expect(stripe.refunds.filter((r) => r.payment_intent === pi).map((r) => [r.amount, r.currency])).toEqual([
      [firstAmount, 'usd'],
    ]);
    const request = stripe.requests.find((r) => r.path === '/v1/refunds' && r.body.payment_intent === pi)!;
    expect(request.headers['idempotency-key']).toBe(`return-${first.key}`);
    expect(await stockAt(a!.variant, locA)).toBe(stock[0]! + 1);
    expect(await stockAt(b!.variant, locB)).toBe(stock[1]);
    expect(await ledgerMismatches()).toEqual([]);
    // A's unit went back in the lot last received there; B's came back and was written off.
    const moves = await rows(
      `SELECT variant_id, kind, on_hand_delta, batch_id, reason FROM stock_movements WHERE order_id = ? AND kind IN ('return', 'adjustment') ORDER BY id`,
      [Number(order.id)],
    );
    expect(moves.map((m) => [Number(m.variant_id), m.kind, Number(m.on_hand_delta), m.reason])).toEqual([
      [a!.variant, 'return', 1, 'return'],
      [b!.variant, 'return', 1, 'return_damaged'],
      [b!.variant, 'adjustment', -1, 'return_write_off'],
    ]);
    const lot = await one(
      `SELECT batch_id FROM stock_movements WHERE variant_id = ? AND location_id = ? AND kind IN ('receive', 'transfer_in') AND batch_id IS NOT NULL AND created_at <= ? ORDER BY created_at DESC, id DESC LIMIT 1`,
      [a!.variant, locA, Number(order.created_at)],
    );
    expect(moves[0]!.batch_id).not.toBeNull();
    expect(moves[0]!.batch_id).toBe(lot.batch_id);
    // The producers' credits for those units are reversed; the mail is queued in the buyer's language.
    expect(await balanceOf(a!.producer)).toBeLessThan(balances[0]! + Number(la.line_total_tiyin));
    const mail = await one(`SELECT * FROM outbox WHERE "to" = ? ORDER BY id DESC LIMIT 1`, [email]);
    expect(mail.subject).toBe(en['mail.returned.subject'].replace('{{number}}', number));
    // The buyer's page and the staff page show the refund.
    const mine = await buyer.get(`/en/orders/${String(order.access_token)}`);
    expect(text(mine.doc, '#returns')).toContain(en['return.list']);
    expect(text(mine.doc, '#returns')).toContain(String(la.product_name));
    page = await staff.get(res.location!);
    seen.push(page.html, mine.html);
    expect(text(page.doc, '[role=status]')).toBe(en['return.done']);
    expect(text(page.doc, '.history')).toContain(en['fulfil.history.order_returned']);
    expect(text(page.doc, '#returns')).toContain(en['return.disposition.write_off']);

    // The same form sent again (a double click, a reload) records nothing and refunds nothing more.
    res = await postReturn(number, first);
    expect(res.location).toBe(`/en/staff/orders/${number}?same_return=1#returns`);
    expect(stripe.refunds.filter((r) => r.payment_intent === pi)).toHaveLength(1);
    expect(
      Number((await one('SELECT count(*) AS n FROM order_returns WHERE order_id = ?', [Number(order.id)])).n),
    ).toBe(1);

    // More units than are left: refused with the summary at the top, values kept.
    const over = await returnForm(number, { method: 'stripe', [`qty_${lb.id}`]: '2' });
    res = await postReturn(number, over);
    expect(res.status).toBe(422);
    expect(res.doc.querySelector('#form-errors')!.hasAttribute('autofocus')).toBe(true);
    expect(text(res.doc, '#form-errors')).toContain(en['return.error.over_return']);
    expect(res.doc.querySelector(`#qty_${lb.id}`)!.getAttribute('value')).toBe('2');

    // The rest, with the shipping: the refunds add up to exactly the charge, and the payment reads refunded.
    const rest = await returnForm(number, {
      method: 'stripe',
      [`qty_${la.id}`]: '2',
      [`qty_${lb.id}`]: '1',
      shipping: 'on',
    });
    res = await postReturn(number, rest);
    expect(res.status).toBe(303);
    const refunds = stripe.refunds.filter((r) => r.payment_intent === pi);
    expect(refunds.reduce((s, r) => s + Number(r.amount), 0)).toBe(charged);
    expect((await one('SELECT status FROM payments WHERE order_id = ?', [Number(order.id)])).status).toBe('refunded');
    expect(await stockAt(a!.variant, locA)).toBe(stock[0]! + 3);
    expect(await stockAt(b!.variant, locB)).toBe(stock[1]! + 1);
    expect([await balanceOf(a!.producer), await balanceOf(b!.producer)]).toEqual(balances);
    expect(await ledgerMismatches()).toEqual([]);
    // Nothing is left to return; Stripe's charge.refunded webhook changes nothing.
    page = await staff.get(`/en/staff/orders/${number}/return`);
    expect(page.doc.querySelector('#return-closed')).not.toBeNull();
    expect(page.doc.querySelector('form.return-form')).toBeNull();
    const hook = await stripe.sendChargeRefunded(pi);
    expect(hook.status).toBe(200);
    expect((await one('SELECT status FROM orders WHERE id = ?', [Number(order.id)])).status).toBe('delivered');
  });

  it('records nothing when Stripe refuses the refund, and the next try refunds', async () => {
    const [a] = await variantsInStock(1, 4);
    const { order, number, lines } = await deliveredOrder({ ...PICKUP_FORM, payment: 'stripe' }, [
      { variant: a!.variant, quantity: 2 },
    ]);
    const line = lines[0]!;
    const before = await stockAt(a!.variant, Number(line.location_id));
    stripe.failNext('POST', /^\/v1\/refunds$/, { status: 400, message: 'The bank refused the refund' });
    let res = await postReturn(number, await returnForm(number, { method: 'stripe', [`qty_${line.id}`]: '2' }));
    expect(res.status).toBe(422);
    expect(text(res.doc, '#form-errors')).toContain(en['return.error.refund_failed']);
    expect(await stockAt(a!.variant, Number(line.location_id))).toBe(before);
    const failed = await one('SELECT status, error FROM order_returns WHERE order_id = ?', [Number(order.id)]);
    expect(failed.status).toBe('failed');
    expect(String(failed.error)).toContain('The bank refused the refund');
    // A failed refund does not count against the charge: the form drawn with the error sends it again.
    const key = res.doc.querySelector('form.return-form input[name=key]')!.getAttribute('value')!;
    expect(res.doc.querySelector(`#qty_${line.id}`)!.getAttribute('value')).toBe('2');
    res = await postReturn(number, { key, method: 'stripe', [`qty_${line.id}`]: '2' });
    expect(res.status).toBe(303);
    expect(await stockAt(a!.variant, Number(line.location_id))).toBe(before + 2);
    expect((await one('SELECT status FROM payments WHERE order_id = ?', [Number(order.id)])).status).toBe('refunded');
    expect(await ledgerMismatches()).toEqual([]);
  });
});

describe('returns of an offline order', () => {
  it('records money paid back in cash with a note, and refuses an order that is not delivered', async () => {
    const [a] = await variantsInStock(1, 2);
    const { order, number, lines } = await deliveredOrder(PICKUP_FORM, [{ variant: a!.variant, quantity: 2 }]);
    const line = lines[0]!;
    const before = await stockAt(a!.variant, Number(line.location_id));
    let res = await postReturn(number, await returnForm(number, { method: 'cash', note: '', [`qty_${line.id}`]: '1' }));
    expect(res.status).toBe(422);
    expect(text(res.doc, '#e-return_note')).toBe(en['return.error.note']);
    expect(res.doc.querySelector('#form-errors a[href="#return_note"]')).not.toBeNull();
    res = await postReturn(
      number,
      await returnForm(number, { method: 'cash', note: 'Paid back 500 som at the counter', [`qty_${line.id}`]: '1' }),
    );
    expect(res.status).toBe(303);
    const ret = await one('SELECT * FROM order_returns WHERE order_id = ?', [Number(order.id)]);
    expect([ret.method, Number(ret.amount_minor), ret.status]).toEqual(['cash', Number(line.unit_price_tiyin), 'done']);
    expect(await stockAt(a!.variant, Number(line.location_id))).toBe(before + 1);
    expect(await ledgerMismatches()).toEqual([]);
    const audit = await one(`SELECT * FROM audit_log WHERE entity_id = ? AND action = 'order_returned'`, [number]);
    expect(JSON.parse(String(audit.after))).toMatchObject({ method: 'cash', amount: Number(line.unit_price_tiyin) });

    // A paid order still at the shop has no return form (it is cancelled and refunded instead).
    const buyer = new Buyer(shop.url);
    await buyer.post('/en/cart', { intent: 'add', variant: a!.variant, quantity: 1 });
    const email = `return-open-${Date.now()}@example.com`;
    await buyer.checkout('/en/checkout', { ...PICKUP_FORM, email });
    const open = String((await one('SELECT number FROM orders WHERE email = ?', [email])).number);
    const page = await staff.get(`/en/staff/orders/${open}/return`);
    expect(page.doc.querySelector('#return-closed')).not.toBeNull();
    res = await staff.post(`/en/staff/orders/${open}/return`, {
      key: 'x'.repeat(24),
      method: 'cash',
      note: 'test note',
      [`qty_1`]: '1',
    });
    expect(res.status).toBe(422);
  });

  it('returns the units once when two staff send different forms at the same time', async () => {
    const [a] = await variantsInStock(1, 3);
    const { order, number, lines } = await deliveredOrder(PICKUP_FORM, [{ variant: a!.variant, quantity: 2 }]);
    const line = lines[0]!;
    const before = await stockAt(a!.variant, Number(line.location_id));
    const forms = await Promise.all(
      [1, 2, 3, 4].map(() =>
        returnForm(number, { method: 'bank_transfer', note: 'Sent back by transfer', [`qty_${line.id}`]: '2' }),
      ),
    );
    const replies = await Promise.all(forms.map((f) => postReturn(number, f)));
    expect(replies.map((r) => r.status).sort()).toEqual([303, 422, 422, 422]);
    expect(
      Number((await one('SELECT count(*) AS n FROM order_returns WHERE order_id = ?', [Number(order.id)])).n),
    ).toBe(1);
    expect(await stockAt(a!.variant, Number(line.location_id))).toBe(before + 2);
    expect(await ledgerMismatches()).toEqual([]);
  });
});

it('has zero HTML errors on the return pages and the order pages that show refunds', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ovop-vnu-returns-'));
  const files = seen.map((html, i) => {
    const file = join(dir, `page-${i}.html`);
    writeFileSync(file, html);
    return file;
  });
  expect(files.length).toBeGreaterThan(5);
  const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
  const { stdout } = await promisify(execFile)(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files],
    { maxBuffer: 32 * 1024 * 1024 },
  );
  const messages = (
    JSON.parse(stdout) as { messages: { type: string; url: string; message: string; extract?: string }[] }
  ).messages;
  expect(
    messages.filter((m) => m.type === 'error').map((m) => `${m.url.split('/').pop()}: ${m.message} ${m.extract ?? ''}`),
  ).toEqual([]);
});
