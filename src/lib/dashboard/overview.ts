/**
 * The staff overview: what needs doing now, each with a count and the list that shows exactly those items.
 * All counts come from one read batch (the page is opened many times a day, so it stays cheap).
 */
import type { Db } from '../../../db/client.ts';
import { certificateViewSql } from '../certificates/certificates.ts';
import { OPEN_UNAPPLIED } from '../checkout/unapplied-payments.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { LOW_STOCK_SQL } from '../inventory/stock.ts';
import { PENDING_REVIEWS_SQL } from '../reviews/reviews.ts';

/** The things the overview counts, in the order it shows them. */
export const DASHBOARD_ITEMS = [
  'pack',
  'unpaid',
  'pickup',
  'low_stock',
  'review',
  'buyer_reviews',
  'certificates',
  'certificates_expiring',
  'certificates_expired',
  'inquiries',
  'owed',
  'outbox_failed',
  'payments',
] as const;
export type DashboardItemId = (typeof DASHBOARD_ITEMS)[number];

/** Where each item's count leads: a list filtered to exactly the items counted (path without the locale). */
export const DASHBOARD_LINKS: Record<DashboardItemId, string> = {
  pack: '/staff/orders?status=paid',
  unpaid: '/staff/orders?status=pending_payment',
  pickup: '/staff/orders?status=ready_for_pickup',
  low_stock: '/staff/stock?low=1',
  review: '/staff/review',
  buyer_reviews: '/staff/reviews',
  certificates: '/staff/certificates?show=pending',
  certificates_expiring: '/staff/certificates?show=expiring',
  certificates_expired: '/staff/certificates?show=expired',
  inquiries: '/staff/inquiries?status=new',
  owed: '/staff/payouts?owed=1',
  outbox_failed: '/staff/outbox?status=failed',
  payments: '/staff/payments?open=1',
};

/** The words of each item: a caption under its count, and the calm line shown when there is nothing to do. */
export const DASHBOARD_TEXT: Record<DashboardItemId, { label: MessageKey; none: MessageKey }> = {
  pack: { label: 'dashboard.pack', none: 'dashboard.pack.none' },
  unpaid: { label: 'dashboard.unpaid', none: 'dashboard.unpaid.none' },
  pickup: { label: 'dashboard.pickup', none: 'dashboard.pickup.none' },
  low_stock: { label: 'dashboard.low_stock', none: 'dashboard.low_stock.none' },
  review: { label: 'staff.review.waiting', none: 'dashboard.review.none' },
  buyer_reviews: { label: 'dashboard.buyer_reviews', none: 'dashboard.buyer_reviews.none' },
  certificates: { label: 'staff.certificates.waiting', none: 'dashboard.certificates.none' },
  certificates_expiring: { label: 'dashboard.certificates_expiring', none: 'dashboard.certificates_expiring.none' },
  certificates_expired: { label: 'dashboard.certificates_expired', none: 'dashboard.certificates_expired.none' },
  inquiries: { label: 'dashboard.inquiries', none: 'dashboard.inquiries.none' },
  owed: { label: 'dashboard.owed', none: 'dashboard.owed.none' },
  outbox_failed: { label: 'dashboard.outbox_failed', none: 'dashboard.outbox_failed.none' },
  payments: { label: 'staff.payments.waiting', none: 'dashboard.payments.none' },
};

/**
 * The values an item's words take. i18next picks a plural form by `count`: the item's own count, except
 * where the words count days (the expiring certificates: "within 30 days"), which follow the window.
 */
export function dashboardTextVars(
  item: Pick<DashboardItem, 'id' | 'count'>,
  window: { lowStock: number; expiringDays: number },
): { n: number; days: number; count: number } {
  return {
    n: window.lowStock,
    days: window.expiringDays,
    count: item.id === 'certificates_expiring' ? window.expiringDays : item.count,
  };
}

export interface DashboardItem {
  id: DashboardItemId;
  count: number;
  href: string;
  /** Money owed to producers, in tiyin (only `owed`). */
  amountTiyin?: number;
}

export interface UnpaidDeadline {
  number: string;
  paymentMethod: string;
  totalTiyin: number;
  /** When the order's hold ends and it is cancelled unless paid (null: it holds no stock). */
  expiresAt: number | null;
}

export interface Dashboard {
  items: DashboardItem[];
  /** The unpaid orders whose holds end first. */
  deadlines: UnpaidDeadline[];
}

/** How many unpaid orders the overview lists with their deadlines. */
export const DEADLINES_SHOWN = 5;

/** Counts for the staff overview on `today` (YYYY-MM-DD in Bishkek), in one read batch. */
export async function loadDashboard(db: Db, today: string): Promise<Dashboard> {
  const online = `FROM orders WHERE channel = 'online' AND status = ?`;
  const cert = (view: 'pending' | 'expiring' | 'expired') => {
    const w = certificateViewSql(view, today);
    return { sql: `SELECT count(*) AS n FROM certificates ce WHERE ${w.sql}`, args: w.args };
  };
  const rs = await db.$client.batch(
    [
      { sql: `SELECT count(*) AS n ${online}`, args: ['paid'] },
      { sql: `SELECT count(*) AS n ${online}`, args: ['pending_payment'] },
      { sql: `SELECT count(*) AS n ${online}`, args: ['ready_for_pickup'] },
      {
        sql: `SELECT count(*) AS n FROM stock_levels sl JOIN variants v ON v.id = sl.variant_id
                JOIN stock_locations l ON l.id = sl.location_id WHERE ${LOW_STOCK_SQL}`,
        args: [],
      },
      { sql: `SELECT count(*) AS n FROM product_drafts WHERE status = 'in_review'`, args: [] },
      { sql: `SELECT count(*) AS n FROM reviews r WHERE ${PENDING_REVIEWS_SQL}`, args: [] },
      cert('pending'),
      cert('expiring'),
      cert('expired'),
      { sql: `SELECT count(*) AS n FROM inquiries WHERE status = 'new'`, args: [] },
      {
        sql: `SELECT count(*) AS n, coalesce(sum(balance), 0) AS amount FROM
                (SELECT sum(amount_tiyin) AS balance FROM payout_entries GROUP BY producer_id HAVING balance > 0)`,
        args: [],
      },
      { sql: `SELECT count(*) AS n FROM outbox WHERE status = 'failed'`, args: [] },
      {
        sql: `SELECT count(*) AS n FROM unapplied_payments WHERE status IN (${OPEN_UNAPPLIED.map(() => '?').join(', ')})`,
        args: [...OPEN_UNAPPLIED],
      },
      {
        sql: `SELECT number, payment_method, total_tiyin, reservation_expires_at ${online}
               ORDER BY reservation_expires_at IS NULL, reservation_expires_at, id LIMIT ?`,
        args: ['pending_payment', DEADLINES_SHOWN],
      },
    ],
    'read',
  );
  const items = DASHBOARD_ITEMS.map((id, i): DashboardItem => {
    const row = rs[i]!.rows[0]!;
    return {
      id,
      count: Number(row.n),
      href: DASHBOARD_LINKS[id],
      ...(id === 'owed' ? { amountTiyin: Number(row.amount) } : {}),
    };
  });
  const deadlines = rs[DASHBOARD_ITEMS.length]!.rows.map((r) => ({
    number: String(r.number),
    paymentMethod: String(r.payment_method),
    totalTiyin: Number(r.total_tiyin),
    expiresAt: r.reservation_expires_at === null ? null : Number(r.reservation_expires_at),
  }));
  return { items, deadlines };
}
