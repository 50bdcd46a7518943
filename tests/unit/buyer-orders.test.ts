/** "My orders": one-time sign-in links, the buyer's list and "buy again", against a real migrated database. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { addToCart, cartIdFor, getCart } from '../../src/lib/cart/cart.ts';
import {
  buyAgain,
  buyerEmailOf,
  BUYER_SESSION_MS,
  leaveBuyerOrders,
  listBuyerOrders,
  newSignInLink,
  openSignInLink,
  SIGN_IN_LINK_MS,
  signInLinkState,
  takeCartNotice,
} from '../../src/lib/orders/buyer-orders.ts';
import { sendFulfilmentMail } from '../../src/lib/checkout/notify.ts';
import { requestOrderLinks } from '../../src/lib/orders/lookup.ts';
import { getOrderById } from '../../src/lib/orders/queries.ts';
import { createSession } from '../../src/lib/sessions/session.ts';
import { loadCatalog } from '../factories/catalog.ts';
import { tinyCatalog } from '../factories/tiny.ts';
import { PICKUP_FORM } from '../support/client.ts';
import { freshDb } from '../support/db.ts';
import { placeReviewed } from '../support/place.ts';

const KGS = { currency: 'KGS' as const, kgsPerUnitMicros: 1_000_000, setOn: '2026-11-20' };
let db: Db;
const variantOf = async (slug: string, n = 0) =>
  Number(
    (
      await db.$client.execute({
        sql: 'SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.slug = ? ORDER BY v.sort',
        args: [slug],
      })
    ).rows[n]!.id,
  );

/** Places a pickup order of these variants with this email; returns its number. */
async function order(email: string, lines: [number, number][]): Promise<string> {
  const cart = await cartIdFor(db, (await createSession(db)).id);
  for (const [variant, quantity] of lines) await addToCart(db, cart, variant, quantity);
  const placed = await placeReviewed(db, {
    cartId: cart,
    locale: 'en',
    rate: KGS,
    form: { ...PICKUP_FORM, email, shipping: 'pickup', payment: 'pay_at_pickup' },
    cardPaymentsEnabled: false,
  });
  if (placed.kind !== 'placed') throw new Error(placed.kind);
  return placed.order.number;
}

beforeEach(async () => {
  db = await freshDb();
  await loadCatalog(db, tinyCatalog());
});

describe('sign-in links', () => {
  it('are spent once, for one session, within their time; the session they opened lasts an hour', async () => {
    const now = Date.now();
    const link = newSignInLink('  Aigul@Example.KG ', now);
    await db.$client.execute(link.statement);
    const first = await createSession(db);
    const second = await createSession(db);
    expect(await signInLinkState(db, link.token, now)).toBe('valid');
    expect(await openSignInLink(db, link.token, first.id, now)).toBe(true);
    expect(await buyerEmailOf(db, first.id, now)).toBe('aigul@example.kg');
    // A replay, a forwarded copy, another browser: refused, and it gives that session nothing.
    expect(await openSignInLink(db, link.token, second.id, now + 1)).toBe(false);
    expect(await openSignInLink(db, link.token, first.id, now + 1)).toBe(false);
    expect(await signInLinkState(db, link.token, now + 1)).toBe('used');
    expect(await buyerEmailOf(db, second.id, now)).toBeNull();
    // The first session keeps working until its hour is up.
    expect(await buyerEmailOf(db, first.id, now + BUYER_SESSION_MS - 1)).toBe('aigul@example.kg');
    expect(await buyerEmailOf(db, first.id, now + BUYER_SESSION_MS)).toBeNull();
    await leaveBuyerOrders(db, first.id);
    expect(await buyerEmailOf(db, first.id, now)).toBeNull();
  });
  it('expire unused, and unknown or malformed tokens are refused', async () => {
    const now = Date.now();
    const link = newSignInLink('a@example.kg', now);
    await db.$client.execute(link.statement);
    const session = await createSession(db);
    expect(await signInLinkState(db, link.token, now + SIGN_IN_LINK_MS)).toBe('expired');
    expect(await openSignInLink(db, link.token, session.id, now + SIGN_IN_LINK_MS)).toBe(false);
    expect(await signInLinkState(db, 'x'.repeat(43), now)).toBe('unknown');
    expect(await signInLinkState(db, "' OR 1=1 --", now)).toBe('unknown');
    expect(await openSignInLink(db, 'short', session.id, now)).toBe(false);
  });
  it('are mailed only to an address with orders; only the hash is stored', async () => {
    await order('Buyer@Example.kg', [[await variantOf('white-honey'), 1]]);
    const args = { ip: '10.0.0.1', locale: 'en' as const, origin: 'https://shop.example.kg' };
    expect(await requestOrderLinks(db, { ...args, email: 'buyer@example.kg' })).toBe('accepted');
    expect(await requestOrderLinks(db, { ...args, email: 'nobody@example.kg' })).toBe('accepted');
    const mails = (await db.$client.execute(`SELECT "to", text FROM outbox WHERE subject LIKE 'Your orders%'`)).rows;
    expect(mails.map((m) => m.to)).toEqual(['buyer@example.kg']);
    const token = /\/en\/orders\/sign-in\/([A-Za-z0-9_-]{43})/.exec(String(mails[0]!.text))![1]!;
    expect(String(mails[0]!.text)).toContain('https://shop.example.kg/en/orders/sign-in/');
    const stored = (await db.$client.execute('SELECT token_hash, email FROM buyer_sign_ins')).rows;
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toBe(token);
    expect(stored[0]!.email).toBe('buyer@example.kg');
  });
});

describe('the buyer’s orders', () => {
  it('lists every order of the address whatever its case, newest first, and no one else’s', async () => {
    const white = await variantOf('white-honey');
    const first = await order('Lena@Example.kg', [[white, 1]]);
    await order('other@example.kg', [[white, 1]]);
    const second = await order('lena@example.kg', [[await variantOf('fir-honey'), 2]]);
    const list = await listBuyerOrders(db, 'LENA@example.kg ');
    expect(list.total).toBe(2);
    expect(list.orders.map((o) => o.number)).toEqual([second, first]);
    expect(list.orders[0]!.lines).toEqual([{ productName: 'Fir-forest honey', variantLabel: '250 g', quantity: 2 }]);
    expect(list.orders[0]!.canBuyAgain).toBe(true);
  });
  it('pages', async () => {
    const white = await variantOf('white-honey');
    await db.$client.execute(`UPDATE stock_levels SET on_hand = on_hand + 20`);
    for (let i = 0; i < 11; i++) await order('many@example.kg', [[white, 1]]);
    expect((await listBuyerOrders(db, 'many@example.kg', 1)).orders).toHaveLength(10);
    const last = await listBuyerOrders(db, 'many@example.kg', 2);
    expect([last.orders.length, last.pages, last.total]).toEqual([1, 2, 11]);
  });
});

describe('buy again', () => {
  it('puts the ordered sizes in the cart at today’s price, skips a retired one, and a second press adds nothing', async () => {
    const white = await variantOf('white-honey');
    const fir = await variantOf('fir-honey');
    const number = await order('again@example.kg', [
      [white, 2],
      [fir, 1],
    ]);
    await db.$client.batch(
      [
        { sql: 'UPDATE variants SET price_tiyin = 50000 WHERE id = ?', args: [white] },
        { sql: 'UPDATE variants SET active = 0 WHERE id = ?', args: [fir] },
      ],
      'write',
    );
    const session = await createSession(db);
    expect(await buyAgain(db, { sessionId: session.id, email: 'someone@example.kg', number })).toBeNull();
    const notice = await buyAgain(db, { sessionId: session.id, email: 'Again@example.kg', number });
    expect(notice).toEqual({ number, added: 1, skipped: ['Fir-forest honey — 250 g'], lowered: [], full: [] });
    const cart = await getCart(db, await cartIdFor(db, session.id), 'en');
    expect(cart.lines.map((l) => [l.variantId, l.quantity, l.unitPriceTiyin])).toEqual([[white, 2, 50_000]]);
    expect(await takeCartNotice(db, session.id)).toEqual(notice);
    expect(await takeCartNotice(db, session.id)).toBeNull();
    await buyAgain(db, { sessionId: session.id, email: 'again@example.kg', number });
    expect((await getCart(db, await cartIdFor(db, session.id), 'en')).lines.map((l) => l.quantity)).toEqual([2]);
  });
  it('puts in only what is left of a size and says so', async () => {
    const fir = await variantOf('fir-honey');
    const number = await order('short@example.kg', [[fir, 3]]);
    // The order holds all three; one comes back on the shelf.
    await db.$client.execute({
      sql: 'UPDATE stock_levels SET on_hand = on_hand + 1 WHERE variant_id = ?',
      args: [fir],
    });
    const session = await createSession(db);
    const notice = await buyAgain(db, { sessionId: session.id, email: 'short@example.kg', number });
    expect(notice).toMatchObject({ added: 1, lowered: ['Fir-forest honey — 250 g'], skipped: [] });
    expect((await getCart(db, await cartIdFor(db, session.id), 'en')).lines.map((l) => l.quantity)).toEqual([1]);
  });
});

describe('the shipped mail', () => {
  it('links the tracking number to the carrier’s page', async () => {
    const number = await order('parcel@example.kg', [[await variantOf('white-honey'), 1]]);
    await db.$client.execute({
      sql: `UPDATE orders SET status = 'shipped', carrier = 'cdek', tracking_number = '1523456789' WHERE number = ?`,
      args: [number],
    });
    const id = Number(
      (await db.$client.execute({ sql: 'SELECT id FROM orders WHERE number = ?', args: [number] })).rows[0]!.id,
    );
    await sendFulfilmentMail(db, (await getOrderById(db, id))!, 'https://shop.example.kg', 'shipped');
    const text = String((await db.$client.execute(`SELECT text FROM outbox ORDER BY id DESC LIMIT 1`)).rows[0]!.text);
    expect(text).toContain('\nhttps://www.cdek.ru/ru/tracking?order_id=1523456789\n');
  });
});
