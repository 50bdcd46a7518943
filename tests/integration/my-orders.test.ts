/**
 * "My orders" over HTTP: a buyer asks by email, the outbox holds one mail with a one-time link, the link's
 * button opens a list of every order of that address (any case) and nobody else's, with the tracking number
 * linked to the carrier; a second open — another browser, a replay — is refused while the first session
 * keeps working; "buy again" puts the sizes back in the cart at today's price, skips a retired one, and a
 * second press adds nothing. Runs on the shared shop; the variants it changes are put back afterwards.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import { Buyer, PICKUP_FORM } from '../support/client.ts';

const base = () => inject('baseUrl');
let db: Db;
const EMAIL = 'Comeback.Buyer@Example.kg';
type Variant = { id: number; price: number; name: string };
let kept: Variant;
let retired: Variant;
let other: Variant;
const orders: Record<'first' | 'second' | 'stranger', { number: string; token: string }> = {} as never;

/** Online-sellable variants with free stock, of different products, with their English names. */
async function forSale(): Promise<Variant[]> {
  const rs = await db.$client.execute(`SELECT v.id, v.price_tiyin, pt.name FROM variants v
      JOIN products p ON p.id = v.product_id JOIN product_translations pt ON pt.product_id = p.id AND pt.locale = 'en'
      WHERE p.status = 'published' AND v.active = 1
        AND (SELECT sum(sl.on_hand - sl.reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
             WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 8
      GROUP BY p.id ORDER BY v.price_tiyin LIMIT 3`);
  return rs.rows.map((r) => ({ id: Number(r.id), price: Number(r.price_tiyin), name: String(r.name) }));
}

async function place(address: string, email: string, lines: [Variant, number][]) {
  const buyer = new Buyer(base(), { localAddress: address });
  for (const [v, quantity] of lines) await buyer.post('/en/cart', { intent: 'add', variant: v.id, quantity });
  const placed = await buyer.checkout('/en/checkout', { ...PICKUP_FORM, email });
  expect(placed.status).toBe(303);
  const token = placed.location!.split('/').pop()!.split('?')[0]!;
  const number = (await db.$client.execute({ sql: 'SELECT number FROM orders WHERE access_token = ?', args: [token] }))
    .rows[0]!.number;
  return { number: String(number), token };
}

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  [kept, retired, other] = (await forSale()) as [Variant, Variant, Variant];
  orders.first = await place('127.0.12.1', EMAIL, [
    [kept, 2],
    [retired, 1],
  ]);
  orders.stranger = await place('127.0.12.2', 'someone.else@example.kg', [[other, 1]]);
  orders.second = await place('127.0.12.3', EMAIL.toLowerCase(), [[other, 1]]);
  // The first order left with DHL.
  await db.$client.execute({
    sql: `UPDATE orders SET status = 'shipped', carrier = 'dhl', tracking_number = '1234567890' WHERE number = ?`,
    args: [orders.first.number],
  });
}, 60_000);
afterAll(async () => {
  await db.$client.batch(
    [
      { sql: 'UPDATE variants SET active = 1 WHERE id = ?', args: [retired.id] },
      { sql: 'UPDATE variants SET price_tiyin = ? WHERE id = ?', args: [kept.price, kept.id] },
    ],
    'write',
  );
});

/** The sign-in link of the newest mail to an address. */
async function mailedLink(to: string): Promise<string | null> {
  const rs = await db.$client.execute({
    sql: `SELECT text FROM outbox WHERE "to" = ? AND subject = ? ORDER BY id DESC LIMIT 1`,
    args: [to, en['lookup.mail.subject']],
  });
  const text = rs.rows[0] ? String(rs.rows[0].text) : '';
  const found = /https?:\/\/[^\s]+\/en\/orders\/sign-in\/[A-Za-z0-9_-]{43}/.exec(text);
  return found ? new URL(found[0]).pathname : null;
}

describe('my orders by email', () => {
  let link: string;
  const visitor = () => new Buyer(base(), { localAddress: '127.0.12.4' });
  const browser = visitor();

  it('mails one one-time link to an address with orders, and answers the same for one without', async () => {
    const known = await browser.post('/en/orders/lookup', { email: ' COMEBACK.buyer@example.kg ' });
    const unknown = await browser.post('/en/orders/lookup', { email: 'no.orders.here@example.kg' });
    expect([known.status, known.location]).toEqual([303, '/en/orders/lookup?sent=1']);
    expect([unknown.status, unknown.location]).toEqual([303, '/en/orders/lookup?sent=1']);
    expect(await mailedLink('no.orders.here@example.kg')).toBeNull();
    link = (await mailedLink('comeback.buyer@example.kg'))!;
    expect(link).toMatch(/^\/en\/orders\/sign-in\//);
  });

  it('opens the list with the link’s button: both orders of the address, not another’s, tracking linked', async () => {
    // Opening the link (a mail scanner, a preview) spends nothing.
    const opened = await browser.get(link);
    expect(opened.status).toBe(200);
    expect(opened.doc.querySelector('#open-orders')?.textContent.trim()).toBe(en['mine.signIn.open']);
    expect(opened.headers.get('cache-control')).toContain('no-store');
    const spent = await browser.post(link, {});
    expect([spent.status, spent.location]).toEqual([303, '/en/orders/mine']);
    const mine = await browser.get('/en/orders/mine');
    expect(mine.status).toBe(200);
    const shown = mine.doc.querySelectorAll('ol.orders > li').map((li) => li.getAttribute('id'));
    expect(shown).toEqual([`order-${orders.second.number}`, `order-${orders.first.number}`]);
    expect(mine.html).not.toContain(orders.stranger.number);
    const first = mine.doc.querySelector(`#order-${orders.first.number}`)!;
    expect(first.querySelector('a.tracking')?.getAttribute('href')).toBe(
      'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=1234567890',
    );
    expect(first.querySelector('h2 a')?.getAttribute('href')).toBe(`/en/orders/${orders.first.token}`);
    expect(first.querySelector('.badge')?.textContent.trim()).toBe(en['order.status.shipped']);
    // The order's own page links the same tracking page.
    const page = await browser.get(`/en/orders/${orders.first.token}`);
    expect(page.doc.querySelector('dl.tracking a')?.getAttribute('href')).toContain('tracking-id=1234567890');
  });

  it('refuses the link a second time, in another browser too, while the first session keeps working', async () => {
    const elsewhere = new Buyer(base(), { localAddress: '127.0.12.5' });
    expect((await elsewhere.get(link)).status).toBe(410);
    const replay = await elsewhere.post(link, {});
    expect(replay.status).toBe(410);
    expect(replay.doc.querySelector('#link-refused')?.textContent.trim()).toBe(en['mine.signIn.used']);
    expect(replay.doc.querySelector('form input[name="email"]')).not.toBeNull();
    const stranger = await elsewhere.get('/en/orders/mine');
    expect(stranger.status).toBe(401);
    expect(stranger.html).not.toContain(orders.first.number);
    expect((await browser.post(link, {})).status).toBe(410);
    expect((await browser.get('/en/orders/mine')).status).toBe(200);
    // Another browser cannot buy again either.
    expect((await elsewhere.post('/en/orders/mine', { intent: 'again', order: orders.first.number })).status).toBe(401);
  });

  it('buys again at today’s price, skips a retired size, and a second press adds nothing', async () => {
    await db.$client.batch(
      [
        { sql: 'UPDATE variants SET active = 0 WHERE id = ?', args: [retired.id] },
        { sql: 'UPDATE variants SET price_tiyin = ? WHERE id = ?', args: [kept.price + 1000, kept.id] },
      ],
      'write',
    );
    const again = await browser.post('/en/orders/mine', { intent: 'again', order: orders.first.number });
    expect([again.status, again.location]).toEqual([303, '/en/cart?done=again']);
    const cart = await browser.get('/en/cart?done=again');
    expect(cart.doc.querySelector('#again-notice')?.textContent.trim()).toBe(
      en['mine.again.done'].replace('{{number}}', orders.first.number),
    );
    expect(cart.doc.querySelector('#again-skipped')?.textContent).toContain(retired.name);
    const quantities = async () =>
      (
        await db.$client.execute({
          sql: `SELECT ci.variant_id, ci.quantity, ci.seen_price_tiyin FROM cart_items ci JOIN carts c ON c.id = ci.cart_id
                JOIN sessions s ON s.id = c.session_id WHERE c.id IN (SELECT cart_id FROM cart_items WHERE variant_id = ?)
                ORDER BY ci.variant_id`,
          args: [kept.id],
        })
      ).rows.map((r) => [Number(r.variant_id), Number(r.quantity), Number(r.seen_price_tiyin)]);
    expect(await quantities()).toEqual([[kept.id, 2, kept.price + 1000]]);
    // Shown once; a double click changes nothing.
    expect((await browser.get('/en/cart?done=again')).doc.querySelector('#again-notice')).toBeNull();
    await browser.post('/en/orders/mine', { intent: 'again', order: orders.first.number });
    expect(await quantities()).toEqual([[kept.id, 2, kept.price + 1000]]);
    // Someone else's order number is not this session's to buy again.
    const foreign = await browser.post('/en/orders/mine', { intent: 'again', order: orders.stranger.number });
    expect(foreign.status).toBe(404);
    expect(foreign.doc.querySelector('[role="alert"]')?.textContent.trim()).toBe(en['mine.error.again']);
  });

  it('answers garbage from a signed-in buyer with a clear error, never a 5xx', async () => {
    const forms: Record<string, string | number>[] = [
      {},
      { intent: 'again' },
      { intent: 'again', order: '' },
      { intent: 'again', order: 'x'.repeat(5000) },
      { intent: 'again', order: "' OR 1=1 --" },
      { intent: 'again', order: '\u0000' },
      { intent: '\u{1F4A5}', order: orders.first.number },
      { intent: 'leave', order: -1 },
    ];
    for (const form of forms.slice(0, -1)) {
      const reply = await browser.post('/en/orders/mine', form);
      expect(reply.status, JSON.stringify(form)).toBeLessThan(500);
      expect([404, 422]).toContain(reply.status);
    }
    for (const page of ['0', '-1', 'abc', '1e9', '999']) {
      expect((await browser.get(`/en/orders/mine?page=${page}`)).status).toBeLessThan(400);
    }
    expect((await browser.get('/en/orders/mine?page=999')).location).toBe('/en/orders/mine?page=1');
    for (const token of ['x', 'A'.repeat(43), '%00', '..%2F..']) {
      expect((await browser.post(`/en/orders/sign-in/${token}`, { intent: 'x' })).status).toBe(410);
    }
  });

  it('signs out of the list', async () => {
    const left = await browser.post('/en/orders/mine', { intent: 'leave' });
    expect([left.status, left.location]).toEqual([303, '/en/orders/lookup']);
    expect((await browser.get('/en/orders/mine')).status).toBe(401);
  });
});
