/**
 * The staff overview runs the day: its counts move when an order is placed and marked paid, and each item
 * opens a list holding exactly the items it counted. The audit log reads as a history, filtered by person,
 * kind and date, 50 to a page. Failed mail is listed and sent again. Staff get in, producers get 403.
 */
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { auditStatement, bishkekDayStart } from '../../src/lib/audit/audit.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import { DASHBOARD_ITEMS, DASHBOARD_LINKS } from '../../src/lib/dashboard/overview.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';

const base = () => inject('baseUrl');
let db: Db;
let staff: Buyer;
let producer: Buyer;
let staffId = 0;
const PAGES = ['/staff', '/staff/audit', '/staff/outbox', '/staff/inquiries'];

const one = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows[0]!;
const tiles = async (locale = 'en') => {
  const res = await staff.get(`/${locale}/staff`);
  expect(res.status).toBe(200);
  return {
    doc: res.doc,
    count: (id: string) => Number(res.doc.querySelector(`#todo-${id}`)!.getAttribute('data-count')),
  };
};
const digits = (text: string) => Number(text.replace(/\D/g, ''));

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  staff = new Buyer(base(), { localAddress: '127.0.0.41' });
  producer = new Buyer(base(), { localAddress: '127.0.0.41' });
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026')).status).toBe(303);
  expect((await producer.signIn('producer@ovop.kg', 'demo-producer-2026')).status).toBe(303);
  staffId = Number((await one(`SELECT id FROM users WHERE email = 'staff@ovop.kg'`)).id);
});

afterAll(async () => {
  await db.$client.batch(
    [`DELETE FROM audit_log WHERE entity = 'dashboard_test'`, `DELETE FROM outbox WHERE "to" LIKE 'dash-%@example.kg'`],
    'write',
  );
});

describe('who may open the overview, the audit log, the outbox and the inquiries', () => {
  it('lets staff in and refuses producers with 403, in every language', async () => {
    for (const locale of ['ky', 'ru', 'en']) {
      for (const page of PAGES) {
        expect((await staff.get(`/${locale}${page}`)).status, page).toBe(200);
        expect((await producer.get(`/${locale}${page}`)).status, page).toBe(403);
      }
    }
    expect((await producer.post('/en/staff/outbox', { id: 1 })).status).toBe(403);
  });
});

describe('the overview', () => {
  it('counts an unpaid order with its deadline, then moves it to "to pack" once staff mark it paid', async () => {
    const before = await tiles();
    const variant = Number(
      (
        await one(`SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.status = 'published'
          AND v.active = 1 AND (SELECT sum(on_hand - reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
          WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 3 ORDER BY v.id DESC LIMIT 1`)
      ).id,
    );
    const buyer = new Buyer(base());
    await buyer.post('/en/cart', { intent: 'add', variant, quantity: 1 });
    const email = `dash-${Date.now()}@example.com`;
    expect((await buyer.checkout('/en/checkout', { ...PICKUP_FORM, email })).status).toBe(303);
    const order = await one('SELECT id, number FROM orders WHERE email = ?', [email]);
    const number = String(order.number);

    const unpaid = await tiles();
    expect(unpaid.count('unpaid')).toBe(before.count('unpaid') + 1);
    const deadlines = unpaid.doc.querySelectorAll('.deadlines li').map((li) => li.textContent);
    if (deadlines.length < 5) expect(deadlines.join('\n')).toContain(number);

    const paid = await staff.post(`/en/staff/orders/${number}`, { action: 'mark_paid' });
    expect(paid.status).toBe(303);
    const after = await tiles();
    expect(after.count('unpaid')).toBe(before.count('unpaid'));
    expect(after.count('pack')).toBe(before.count('pack') + 1);
    // The audit log names it: the event, who, and a link to the order.
    const log = await staff.get(`/en/staff/audit?kind=order_paid&person=${staffId}`);
    const entry = log.doc.querySelectorAll('ol.history li').find((li) => li.textContent.includes(number))!;
    expect(entry.querySelector('strong')!.textContent).toBe(en['audit.action.order_paid']);
    expect(entry.textContent).toContain('staff@ovop.kg');
    expect(entry.querySelector(`a[href="/en/staff/orders/${number}"]`)).not.toBeNull();
    expect(entry.querySelector('dl.changes')!.textContent).toContain(en['order.status.paid']);
  });

  it('reads calmly when there is nothing to do, and links each item to a list of exactly those items', async () => {
    const { doc, count } = await tiles();
    // How many things each list shows, read as a person would: rows, cards or the list's own count.
    const listed: Record<string, (page: HTMLElement) => number> = {
      pack: (p) => digits(p.querySelector('main p[role=status]')!.textContent),
      unpaid: (p) => digits(p.querySelector('main p[role=status]')!.textContent),
      pickup: (p) => digits(p.querySelector('main p[role=status]')!.textContent),
      low_stock: (p) => digits(p.querySelector('main .filters + p.muted')!.textContent),
      review: (p) => p.querySelectorAll('main tbody tr').length,
      buyer_reviews: (p) => p.querySelectorAll('main ul.reviews > li').length,
      certificates: (p) => p.querySelectorAll('main ul.certs > li').length,
      certificates_expiring: (p) => p.querySelectorAll('main ul.certs > li').length,
      certificates_expired: (p) => p.querySelectorAll('main ul.certs > li').length,
      inquiries: (p) => p.querySelectorAll('main ul.inquiries > li').length,
      owed: (p) => p.querySelectorAll('main tbody tr').length,
      outbox_failed: (p) => p.querySelectorAll('main ul.mails > li').length,
      payments: (p) => p.querySelectorAll('main tbody tr[id^=payment-]').length,
    };
    for (const id of DASHBOARD_ITEMS) {
      const tile = doc.querySelector(`#todo-${id}`)!;
      const href = tile.querySelector('a')!.getAttribute('href')!;
      expect(href).toBe(`/en${DASHBOARD_LINKS[id]}`);
      const n = count(id);
      if (n === 0) {
        expect(tile.classList.contains('calm'), id).toBe(true);
        expect(tile.querySelector('strong'), id).toBeNull();
      }
      const list = await staff.get(href);
      expect(list.status, href).toBe(200);
      expect(listed[id]!(list.doc), href).toBe(n);
    }
  });

  it('counts buyers’ reviews waiting for moderation, in every language', async () => {
    const waiting = Number((await one(`SELECT count(*) AS n FROM reviews WHERE status = 'pending'`)).n);
    expect(waiting).toBeGreaterThan(0);
    for (const [locale, messages] of [
      ['en', en],
      ['ky', ky],
    ] as const) {
      const { doc, count } = await tiles(locale);
      expect(count('buyer_reviews')).toBe(waiting);
      const tile = doc.querySelector('#todo-buyer_reviews')!;
      expect(tile.querySelector('a')!.getAttribute('href')).toBe(`/${locale}/staff/reviews`);
      expect(tile.textContent).toContain(
        waiting === 1 ? messages['dashboard.buyer_reviews_one'] : messages['dashboard.buyer_reviews_other'],
      );
    }
  });

  it('shows the money owed in som and the failed mail it counts', async () => {
    await db.$client.execute(
      `INSERT INTO outbox ("to", subject, text, locale, status, attempts, error) VALUES ('dash-1@example.kg', 'Hello', 'secret link', 'en', 'failed', 8, 'mailbox unavailable')`,
    );
    const { doc, count } = await tiles('ky');
    expect(count('outbox_failed')).toBeGreaterThan(0);
    expect(doc.querySelector('#todo-outbox_failed')!.textContent).toContain(ky['dashboard.outbox_failed']);
    const owed = doc.querySelector('#todo-owed')!;
    if (count('owed') > 0) expect(owed.querySelector('strong')!.textContent).toMatch(/сом|KGS|с$/);
  });
});

describe('the outbox', () => {
  it('lists failed mail without its text, and sends it again once', async () => {
    const row = await one(
      `INSERT INTO outbox ("to", subject, text, locale, status, attempts, error)
       VALUES ('dash-2@example.kg', 'Invitation', 'https://shop/invite/SECRET-TOKEN', 'en', 'failed', 8, 'no such user') RETURNING id`,
    );
    const id = Number(row.id);
    const list = await staff.get('/en/staff/outbox?status=failed');
    const card = list.doc.querySelector(`#mail-${id}`)!;
    expect(card.textContent).toContain('dash-2@example.kg');
    expect(card.textContent).toContain('no such user');
    expect(list.html).not.toContain('SECRET-TOKEN');
    const retried = await staff.post('/en/staff/outbox', { id });
    expect(retried.status).toBe(303);
    expect((await one('SELECT status, attempts FROM outbox WHERE id = ?', [id])).status).toBe('queued');
    const again = await staff.post('/en/staff/outbox', { id });
    expect(again.status).toBe(422);
    expect(again.doc.querySelector('#outbox-error')!.textContent.trim()).toBe(en['outbox.error.gone']);
    const log = await staff.get(`/en/staff/audit?kind=outbox_retried&entity=outbox&id=${id}`);
    expect(log.doc.querySelectorAll('ol.history li')).toHaveLength(1);
  });
});

describe('the audit log', () => {
  it('filters by person, kind and Bishkek days and pages 50 at a time with counts', async () => {
    const day = bishkekDayStart('2019-03-01');
    await db.$client.batch(
      Array.from({ length: 62 }, (_, i) =>
        auditStatement(
          {
            userId: i % 2 ? staffId : null,
            action: 'commission_set',
            entity: 'dashboard_test',
            entityId: i,
            before: { commission_bps: 1000 },
            after: { commission_bps: 1500 },
          },
          day + i * 3_600_000,
        ),
      ),
      'write',
    );
    const page1 = await staff.get('/en/staff/audit?from=2019-03-01&to=2019-03-03');
    expect(page1.doc.querySelector('#audit-count')!.textContent).toContain('62 entries');
    expect(page1.doc.querySelectorAll('ol.history li')).toHaveLength(50);
    const next = page1.doc.querySelector('nav.pager a[rel=next]')!.getAttribute('href')!;
    expect(next).toContain('from=2019-03-01');
    const page2 = await staff.get(next);
    expect(page2.doc.querySelectorAll('ol.history li')).toHaveLength(12);
    // The first day only: 24 entries, half by staff, half by the shop itself.
    expect(
      (await staff.get('/en/staff/audit?from=2019-03-01&to=2019-03-01')).doc.querySelectorAll('ol.history li'),
    ).toHaveLength(24);
    const mine = await staff.get(`/en/staff/audit?from=2019-03-01&to=2019-03-01&person=${staffId}`);
    expect(mine.doc.querySelectorAll('ol.history li')).toHaveLength(12);
    const system = await staff.get('/en/staff/audit?from=2019-03-01&to=2019-03-01&person=system');
    const entries = system.doc.querySelectorAll('ol.history li');
    expect(entries).toHaveLength(12);
    expect(entries[0]!.textContent).toContain(en['audit.system']);
    expect(entries[0]!.querySelector('dl.changes')!.textContent).toMatch(/10 %.*15 %/s);
    expect(entries[0]!.textContent).not.toContain('{');
    expect(
      (await staff.get('/en/staff/audit?from=2019-03-01&to=2019-03-03&kind=orders')).doc.querySelector('#audit-count')!
        .textContent,
    ).toContain('0 entries');
    // The form keeps what was chosen.
    const form = mine.doc.querySelector('form.filters')!;
    expect(form.querySelector(`#audit-person option[value="${staffId}"]`)!.getAttribute('selected')).not.toBeNull();
    expect(form.querySelector('#audit-from')!.getAttribute('value')).toBe('2019-03-01');
  });

  it('names every kind of event in Kyrgyz and answers garbage filters with the whole log, not an error', async () => {
    const res = await staff.get('/ky/staff/audit?person=%27&kind=%00&from=2026-13-45&page=1e5');
    expect(res.status).toBe(200);
    const kinds = res.doc.querySelectorAll('#audit-kind optgroup').map((g) => g.getAttribute('label'));
    expect(kinds).toContain(ky['audit.kind.orders']);
    expect(res.doc.querySelector('#audit-kind option[value=order_paid]')!.textContent.trim()).toBe(
      ky['audit.action.order_paid'],
    );
  });
});
