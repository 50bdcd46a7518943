/**
 * Reviews from buyers over HTTP: staff hand over an order → the buyer's mail with a private link is in
 * the outbox (in the order's language) → the buyer rates each product → a pending review is not shown →
 * staff publish it → the product page shows it with `aggregateRating` in its JSON-LD → the producer
 * answers once. Refused: a second review once published, a forged token, a line of an order not
 * delivered, a line whose units came back, and a second answer or one to another producer's review.
 */
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { Buyer, PICKUP_FORM } from '../support/client.ts';

let db: Db;
let staff: Buyer;
let producer: Buyer;
const base = () => inject('baseUrl');

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  staff = new Buyer(base(), { localAddress: '127.0.0.41' });
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026', 'en')).status).toBe(303);
  producer = new Buyer(base(), { localAddress: '127.0.0.42' });
  expect((await producer.signIn('producer@ovop.kg', 'demo-producer-2026', 'en')).status).toBe(303);
});

const rows = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
const one = async (sql: string, args: (string | number)[] = []) => (await rows(sql, args))[0]!;
const text = (doc: HTMLElement, selector: string) => doc.querySelector(selector)?.textContent.trim() ?? '';
const jsonLdProduct = (doc: HTMLElement): Record<string, unknown> =>
  doc
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((s) => [JSON.parse(s.textContent) as Record<string, unknown> | Record<string, unknown>[]].flat())
    .find((d) => d['@type'] === 'Product')!;

/** Two products of the demo producer with stock and no reviews yet, and a variant of each. */
async function unreviewedProducts() {
  const rs = await rows(
    `SELECT p.id, p.slug, min(v.id) AS variant FROM products p JOIN variants v ON v.product_id = p.id AND v.active = 1
      WHERE p.status = 'published' AND p.producer_id = (SELECT id FROM producers WHERE slug = 'toktogulov-family-apiary')
        AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.product_id = p.id)
        AND (SELECT sum(on_hand - reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
              WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 4
      GROUP BY p.id ORDER BY p.id LIMIT 2`,
  );
  expect(rs.length).toBe(2);
  return rs.map((r) => ({ id: Number(r.id), slug: String(r.slug), variant: Number(r.variant) }));
}

async function placeOrder(locale: string, variants: number[], payment: string) {
  const buyer = new Buyer(base());
  for (const variant of variants) await buyer.post(`/${locale}/cart`, { intent: 'add', variant, quantity: 1 });
  const email = `review-${payment}-${Date.now()}@example.com`;
  const placed = await buyer.checkout(`/${locale}/checkout`, {
    ...PICKUP_FORM,
    name: 'Ольга Смирнова',
    email,
    payment,
  });
  expect(placed.status).toBe(303);
  const order = await one('SELECT id, number FROM orders WHERE email = ?', [email]);
  return { id: Number(order.id), number: String(order.number), email };
}

describe('reviews', () => {
  it('invites on handover, takes a review, waits for staff, shows it with aggregateRating, takes one answer', async () => {
    const [a, b] = await unreviewedProducts();
    const order = await placeOrder('ru', [a!.variant, b!.variant], 'pay_at_pickup');
    const other = await placeOrder('ru', [a!.variant], 'bank_transfer');
    // Handed over at the counter: ready, then paid and handed over in one step.
    expect((await staff.post(`/en/staff/orders/${order.number}`, { action: 'ready_for_pickup' })).status).toBe(303);
    expect((await staff.post(`/en/staff/orders/${order.number}`, { action: 'deliver' })).status).toBe(303);
    expect(String((await one('SELECT status FROM orders WHERE id = ?', [order.id])).status)).toBe('delivered');

    // The invitation is in the outbox, in Russian, with a private link; the database keeps only its hash.
    const mail = await one(`SELECT subject, text, locale FROM outbox WHERE order_id = ? AND subject LIKE ?`, [
      order.id,
      `%${ru['mail.review.subject'].split(':')[1]!.trim()}%`,
    ]);
    expect(mail.locale).toBe('ru');
    const link = /\/ru\/reviews\/([A-Za-z0-9_-]{43})/.exec(String(mail.text))!;
    expect(link).not.toBeNull();
    const token = link[1]!;
    const invite = await one('SELECT token_hash FROM review_invites WHERE order_id = ?', [order.id]);
    expect(String(invite.token_hash)).not.toContain(token);
    // The order still waiting for payment got no invitation.
    expect((await rows('SELECT 1 FROM review_invites WHERE order_id = ?', [other.id])).length).toBe(0);

    const buyer = new Buyer(base());
    let page = await buyer.get(`/ru/reviews/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    const forms = page.doc.querySelectorAll('main form');
    expect(forms.length).toBe(2);
    const lineOf = (i: number) => Number(forms[i]!.querySelector('input[name=line]')!.getAttribute('value'));
    const lineA = lineOf(0);
    const lineB = lineOf(1);

    // Bad input keeps what was typed and says what is wrong.
    let res = await buyer.post(`/ru/reviews/${token}`, { line: lineA, rating: 7, body: 'Коротко' });
    expect(res.status).toBe(422);
    expect(res.html).toContain(ru['review.error.rating']);
    expect(res.html).toContain(ru['review.error.body_short']);
    expect(res.doc.querySelector('textarea[name=body]')!.textContent).toBe('Коротко');

    const body = 'Очень вкусный и густой мёд, пахнет горными травами.';
    res = await buyer.post(`/ru/reviews/${token}`, { line: lineA, rating: 4, body });
    expect(res.status).toBe(303);
    // Still pending: it may be edited, and the product page does not show it.
    res = await buyer.post(`/ru/reviews/${token}`, { line: lineA, rating: 5, body });
    expect(res.status).toBe(303);
    page = await buyer.get(res.location!);
    expect(text(page.doc, '.flash.ok')).toBe(ru['review.saved']);
    const review = await one('SELECT id, rating, locale, status FROM reviews WHERE order_line_id = ?', [lineA]);
    expect([review.rating, review.locale, review.status]).toEqual([5, 'ru', 'pending']);
    let product = await buyer.get(`/en/products/${a!.slug}`);
    expect(product.doc.querySelector('#reviews-list')).toBeNull();
    expect(jsonLdProduct(product.doc).aggregateRating).toBeUndefined();

    // A line of another order (not delivered) and a returned line are refused in the INSERT itself.
    const otherLine = Number((await one('SELECT id FROM order_lines WHERE order_id = ?', [other.id])).id);
    res = await buyer.post(`/ru/reviews/${token}`, { line: otherLine, rating: 5, body });
    expect(res.status).toBe(409);
    expect(res.html).toContain(ru['review.error.not_reviewable']);
    await db.$client.batch([
      {
        sql: `INSERT INTO order_returns (order_id, idempotency_key, status, method, items_tiyin, amount_minor, currency)
              VALUES (?, ?, 'done', 'cash', 0, 0, 'KGS')`,
        args: [order.id, `review-test-${Date.now()}`],
      },
      {
        sql: `INSERT INTO order_return_lines (return_id, order_line_id, quantity, disposition, amount_tiyin)
              VALUES (last_insert_rowid(), ?, 1, 'restock', 0)`,
        args: [lineB],
      },
    ]);
    res = await buyer.post(`/ru/reviews/${token}`, { line: lineB, rating: 1, body });
    expect(res.status).toBe(409);
    page = await buyer.get(`/ru/reviews/${token}`);
    expect(page.doc.querySelectorAll('main form').length).toBe(1);
    // A forged token opens nothing and saves nothing.
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await buyer.get(`/ru/reviews/${forged}`)).status).toBe(410);
    expect((await buyer.post(`/ru/reviews/${forged}`, { line: lineA, rating: 1, body })).status).toBe(410);
    expect((await buyer.get('/ru/reviews/not-a-token')).status).toBe(410);
    expect(
      Number((await one('SELECT count(*) AS n FROM reviews WHERE order_line_id IN (?, ?)', [lineA, lineB])).n),
    ).toBe(1);

    // Staff see it waiting and publish it; the page cache is dropped, the product page shows it.
    const cached = await buyer.get(`/en/products/${a!.slug}`);
    expect(cached.headers.get('x-cache')).toBe('HIT');
    let queue = await staff.get('/en/staff/reviews');
    expect(queue.doc.querySelector(`#review-${review.id}`)).not.toBeNull();
    res = await staff.post('/en/staff/reviews', { id: Number(review.id), decision: 'approve' });
    expect(res.status).toBe(303);
    queue = await staff.get(res.location!);
    expect(text(queue.doc, '.flash.ok')).toBe(en['staff.reviews.done.approved']);
    expect(queue.doc.querySelector(`#review-${review.id}`)).toBeNull();
    product = await buyer.get(`/en/products/${a!.slug}`);
    expect(product.headers.get('x-cache')).not.toBe('HIT');
    const list = product.doc.querySelector('#reviews-list')!;
    expect(list.querySelector('[lang=ru]')!.textContent.trim()).toBe(body);
    expect(list.textContent).toContain(en['review.writtenIn'].replace('{{language}}', 'Russian'));
    expect(list.textContent).toContain('Ольга');
    expect(list.textContent).not.toContain('Смирнова');
    const ld = jsonLdProduct(product.doc);
    expect(ld.aggregateRating).toMatchObject({ '@type': 'AggregateRating', ratingValue: 5, reviewCount: 1 });
    expect(ld.review).toBeUndefined();
    // In Russian the same review carries no marker.
    const inRu = await buyer.get(`/ru/products/${a!.slug}`);
    expect(inRu.doc.querySelector('#reviews-list .marker')).toBeNull();

    // Once published it can no longer be changed.
    res = await buyer.post(`/ru/reviews/${token}`, { line: lineA, rating: 1, body: 'Передумала, всё плохо.' });
    expect(res.status).toBe(409);
    expect(res.html).toContain(ru['review.error.already']);
    expect(Number((await one('SELECT rating FROM reviews WHERE id = ?', [Number(review.id)])).rating)).toBe(5);

    // The producer answers once; a second answer, and one to another producer's review, are refused.
    const mine = await producer.get('/en/producer/reviews');
    expect(mine.doc.querySelector(`#review-${review.id} form`)).not.toBeNull();
    res = await producer.post('/en/producer/reviews', { id: Number(review.id), answer: 'Спасибо, Ольга!' });
    expect(res.status).toBe(303);
    res = await producer.post('/en/producer/reviews', { id: Number(review.id), answer: 'Second answer' });
    expect(res.status).toBe(409);
    expect(res.html).toContain(en['review.error.answered']);
    const foreign = await one(
      `SELECT id FROM reviews WHERE status = 'approved' AND answer IS NULL
        AND producer_id != (SELECT id FROM producers WHERE slug = 'toktogulov-family-apiary') LIMIT 1`,
    );
    res = await producer.post('/en/producer/reviews', { id: Number(foreign.id), answer: 'Not mine' });
    expect(res.status).toBe(409);
    expect((await one('SELECT answer FROM reviews WHERE id = ?', [Number(foreign.id)])).answer).toBeNull();
    product = await buyer.get(`/en/products/${a!.slug}`);
    expect(text(product.doc, '#reviews-list .answer')).toContain('Спасибо, Ольга!');

    // Every step is in the audit log.
    const actions = (
      await rows(`SELECT action FROM audit_log WHERE entity = 'review' AND entity_id = ? ORDER BY id`, [
        String(review.id),
      ])
    ).map((r) => r.action);
    expect(actions).toEqual(['review_approved', 'review_answered']);
  });

  it('shows the demo reviews with their language marked on a producer page', async () => {
    const page = await new Buyer(base()).get('/en/producers/toktogulov-family-apiary');
    const list = page.doc.querySelector('#reviews-list')!;
    expect(list).not.toBeNull();
    expect(list.querySelectorAll('[lang=ky]').length).toBeGreaterThan(0);
    expect(list.textContent).toContain(en['review.writtenIn'].replace('{{language}}', 'Kyrgyz'));
  });
});
