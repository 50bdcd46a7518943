import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { loadCatalog } from '../../../tests/factories/catalog.ts';
import { tinyCatalog } from '../../../tests/factories/tiny.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { listCertificatesForReview } from '../certificates/certificates.ts';
import { listUnappliedPayments } from '../checkout/unapplied-payments.ts';
import { listInquiriesForStaff } from '../inquiries/inquiries.ts';
import { listLevels } from '../inventory/stock.ts';
import { listReviewQueue } from '../listings/listings.ts';
import { listOutboxForStaff } from '../mail/outbox.ts';
import { listOrders } from '../orders/queries.ts';
import { listBalances } from '../payouts/payouts.ts';
import { DASHBOARD_ITEMS, DASHBOARD_LINKS, loadDashboard, type DashboardItemId } from './overview.ts';

let db: Db;
const TODAY = '2026-12-03';
let producerId = 0;
let seq = 0;

const count = async (id: DashboardItemId) => (await loadDashboard(db, TODAY)).items.find((i) => i.id === id)!.count;

async function order(status: string, expiresAt: number | null = null, channel = 'online') {
  seq++;
  await db.$client.execute({
    sql: `INSERT INTO orders (number, access_token, email, name, locale, status, channel, payment_method, subtotal_tiyin,
            total_tiyin, total_charged_minor, reservation_expires_at)
          VALUES (?, ?, 'b@example.kg', 'Buyer', 'en', ?, ?, 'bank_transfer', 1000, 1000, 1000, ?)`,
    args: [`T-${seq}`, `tok-${seq}`, status, channel, expiresAt],
  });
  return `T-${seq}`;
}

beforeAll(async () => {
  db = await freshDb();
  await loadCatalog(db, tinyCatalog());
  producerId = Number((await db.$client.execute('SELECT id FROM producers ORDER BY id LIMIT 1')).rows[0]!.id);
});

describe('the staff overview', () => {
  it('counts nothing to do on a quiet shop, in one item per line it shows, each linked to its list', async () => {
    const { items, deadlines } = await loadDashboard(db, TODAY);
    expect(items.map((i) => i.id)).toEqual([...DASHBOARD_ITEMS]);
    for (const i of items) expect(i.href).toBe(DASHBOARD_LINKS[i.id]);
    expect(
      items.filter((i) => ['pack', 'unpaid', 'pickup', 'outbox_failed', 'payments', 'owed'].includes(i.id)),
    ).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'pack', count: 0 })]));
    expect(deadlines).toEqual([]);
  });

  it('counts orders to pack, unpaid (with the nearest deadlines first) and waiting for pickup, online only', async () => {
    const soon = Date.parse('2026-12-04T10:00:00Z');
    await order('paid');
    await order('paid');
    await order('paid', null, 'counter');
    await order('pending_payment', soon + 86_400_000);
    const first = await order('pending_payment', soon);
    await order('ready_for_pickup');
    const d = await loadDashboard(db, TODAY);
    const by = Object.fromEntries(d.items.map((i) => [i.id, i.count]));
    expect(by).toMatchObject({ pack: 2, unpaid: 2, pickup: 1 });
    expect(d.deadlines.map((x) => x.number)[0]).toBe(first);
    expect(d.deadlines[0]!.expiresAt).toBe(soon);
    // The lists the links open hold exactly those orders.
    expect((await listOrders(db, { status: 'paid' })).total).toBe(2);
    expect((await listOrders(db, { status: 'pending_payment' })).total).toBe(2);
    expect((await listOrders(db, { status: 'ready_for_pickup' })).total).toBe(1);
  });

  it('counts low stock exactly as the stock list filtered to low', async () => {
    const before = await count('low_stock');
    expect(before).toBe((await listLevels(db, 'en', { low: true })).total);
    await db.$client.execute(
      `UPDATE stock_levels SET on_hand = 1 WHERE rowid = (SELECT sl.rowid FROM stock_levels sl JOIN stock_locations l
         ON l.id = sl.location_id WHERE l.kind = 'shop' AND sl.on_hand > 3 AND sl.reserved = 0 LIMIT 1)`,
    );
    expect(await count('low_stock')).toBe(before + 1);
    expect((await listLevels(db, 'en', { low: true })).total).toBe(before + 1);
  });

  it('counts certificates to check, ending soon and expired, unless a newer one replaces them', async () => {
    const kind = Number(
      (await db.$client.execute('SELECT id FROM certification_kinds ORDER BY id LIMIT 1')).rows[0]!.id,
    );
    const add = (status: string, until: string | null, kindId = kind) =>
      db.$client.execute({
        sql: `INSERT INTO certificates (kind_id, producer_id, issuer, number, valid_from, valid_until, status)
              VALUES (?, ?, 'Issuer', 'N', '2020-01-01', ?, ?)`,
        args: [kindId, producerId, until, status],
      });
    const base = {
      pending: await count('certificates'),
      expiring: await count('certificates_expiring'),
      expired: await count('certificates_expired'),
    };
    const other = Number(
      (await db.$client.execute({ sql: 'SELECT id FROM certification_kinds WHERE id != ? LIMIT 1', args: [kind] }))
        .rows[0]!.id,
    );
    await add('pending', '2027-01-01', other);
    await add('verified', '2026-12-20', other);
    await add('verified', '2026-11-01', other);
    let d = Object.fromEntries((await loadDashboard(db, TODAY)).items.map((i) => [i.id, i.count]));
    // The pending one (valid to 2027) replaces both: only the pending one is to do.
    expect(d.certificates).toBe(base.pending + 1);
    expect(d.certificates_expiring).toBe(base.expiring);
    expect(d.certificates_expired).toBe(base.expired);
    await db.$client.execute({
      sql: `UPDATE certificates SET status = 'rejected' WHERE status = 'pending' AND kind_id = ?`,
      args: [other],
    });
    d = Object.fromEntries((await loadDashboard(db, TODAY)).items.map((i) => [i.id, i.count]));
    expect(d.certificates).toBe(base.pending);
    // Without a replacement, the one ending on 20 December is the expiring one; the November one is replaced by it.
    expect(d.certificates_expiring).toBe(base.expiring + 1);
    expect(d.certificates_expired).toBe(base.expired);
    for (const view of ['pending', 'expiring', 'expired'] as const) {
      const list = await listCertificatesForReview(db, 'en', 1000, TODAY, view);
      const key = view === 'pending' ? 'certificates' : `certificates_${view}`;
      expect(list.length, view).toBe(d[key]);
    }
  });

  it('counts unanswered inquiries, money owed (in tiyin, producers owed), failed mail and open card payments', async () => {
    await db.$client.batch(
      [
        {
          sql: `INSERT INTO inquiries (producer_id, company, email, country, quantity, message, locale, status)
                VALUES (?, 'Co', 'c@example.com', 'DE', '100', 'Hello', 'en', 'new'), (?, 'Co', 'c@example.com', 'DE', '1', 'Hi', 'en', 'answered')`,
          args: [producerId, producerId],
        },
        {
          sql: `INSERT INTO payout_entries (producer_id, kind, amount_tiyin) VALUES (?, 'sale', 150000), (?, 'payout', -50000)`,
          args: [producerId, producerId],
        },
        `INSERT INTO outbox ("to", subject, text, locale, status) VALUES ('x@example.kg', 'S', 'T', 'en', 'failed'), ('y@example.kg', 'S', 'T', 'en', 'sent')`,
        `INSERT INTO unapplied_payments (reason, status, amount_minor, currency, stripe_payment_intent_id)
           VALUES ('duplicate', 'refund_failed', 100, 'usd', 'pi_1'), ('late', 'refunded', 100, 'usd', 'pi_2')`,
      ],
      'write',
    );
    const d = await loadDashboard(db, TODAY);
    const by = Object.fromEntries(d.items.map((i) => [i.id, i]));
    expect(by.inquiries!.count).toBe(1);
    expect(by.owed).toMatchObject({ count: 1, amountTiyin: 100000 });
    expect(by.outbox_failed!.count).toBe(1);
    expect(by.payments!.count).toBe(1);
    expect(by.review!.count).toBe((await listReviewQueue(db, 'en')).length);
    expect((await listInquiriesForStaff(db, { status: 'new' })).length).toBe(1);
    const owed = await listBalances(db, 'en', undefined, { owedOnly: true });
    expect(owed.map((b) => b.balanceTiyin)).toEqual([100000]);
    expect((await listOutboxForStaff(db, { status: 'failed' })).rows).toHaveLength(1);
    expect(await listUnappliedPayments(db, 100, { openOnly: true })).toHaveLength(1);
  });

  it('answers from one read batch in a few milliseconds', async () => {
    await loadDashboard(db, TODAY);
    const started = performance.now();
    for (let i = 0; i < 20; i++) await loadDashboard(db, TODAY);
    expect((performance.now() - started) / 20).toBeLessThan(50);
  });
});
