/**
 * Selling over the counter in the Karakol shop. The till's lines live in the staff member's session
 * until payment; the sale is then one batch: the order (already handed over), its line snapshots,
 * the stock leaving the shop with a `sale_counter` ledger row per line, the payment, the producers'
 * credits and the audit entry. The shop's stock CHECKs make a sale of units that are not there fail as a
 * whole, whatever the web shop sells at the same moment. Units on the shelf held for an UNPAID bank-transfer
 * or pay-at-pickup web order do not block the counter (README, decision 20): the sale takes them over in the
 * same batch (the hold shrinks, the order line is marked short, with a ledger row and an audit entry), so
 * staff see the order is short. Card orders being paid right now are never taken from.
 */
import type { InStatement } from '@libsql/client';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import { orderAuditStatement } from '../orders/workflows.ts';
import { localizedColumnSql } from '../catalog/localized.ts';
import type { Locale } from '../i18n/locales.ts';
import { isOutOfStockError } from '../inventory/ledger.ts';
import { findVariantByCode } from '../inventory/stock.ts';
import { parseSom } from '../listings/draft.ts';
import { newAccessToken, newOrderNumber } from '../orders/codes.ts';
import { saleCreditStatements } from '../orders/producer-sales.ts';

export const COUNTER_PAYMENTS = ['cash', 'card', 'qr'] as const;
export type CounterPayment = (typeof COUNTER_PAYMENTS)[number];
export const MAX_TILL_LINES = 50;

interface TillEntry {
  variantId: number;
  quantity: number;
}

export interface TillLine extends TillEntry {
  sku: string;
  barcode: string | null;
  productId: number;
  producerId: number;
  name: string;
  label: string;
  producerName: string;
  unitPriceTiyin: number;
  lineTotalTiyin: number;
  /** Units on the shop's shelf that are not held for online orders. */
  available: number;
  /** Units on the shelf held for unpaid offline web orders, which the till may take over. */
  takeable: number;
}

export interface Till {
  lines: TillLine[];
  totalTiyin: number;
  units: number;
}

async function readEntries(db: Db, sessionId: string): Promise<TillEntry[]> {
  const rs = await db.$client.execute({ sql: 'SELECT data FROM sessions WHERE id = ?', args: [sessionId] });
  const data = rs.rows[0]?.data ? (JSON.parse(String(rs.rows[0].data)) as { till?: TillEntry[] }) : {};
  return Array.isArray(data.till) ? data.till : [];
}

async function writeEntries(db: Db, sessionId: string, entries: TillEntry[]): Promise<void> {
  await db.$client.execute({
    sql: `UPDATE sessions SET data = json_set(coalesce(data, '{}'), '$.till', json(?)) WHERE id = ?`,
    args: [JSON.stringify(entries), sessionId],
  });
}

/** An unpaid web order paid offline: its hold on the shop's shelf gives way to a counter sale. */
// An order packed and waiting at the counter (ready_at) is the buyer's, not the till's.
const TAKEABLE_ORDER = `o.status = 'pending_payment' AND o.payment_method IN ('bank_transfer', 'pay_at_pickup') AND o.ready_at IS NULL`;

/**
 * Statements that move `need` units of a variant's shelf hold from unpaid offline orders (newest first) to
 * the counter: the reservation shrinks, the order line is marked short, with a 'release' ledger row and the
 * order's audit entry. Each applies only while the order is still unpaid; if it was paid meanwhile, the
 * sale's stock CHECK fails the whole batch and the till says the units are gone.
 */
async function takeOverStatements(
  db: Db,
  actor: { userId: number; ip?: string | null },
  shop: number,
  line: TillLine,
  need: number,
): Promise<InStatement[]> {
  const rs = await db.$client.execute({
    sql: `SELECT ol.id, ol.order_id, o.number, ol.quantity - ol.short_quantity AS held FROM order_lines ol JOIN orders o ON o.id = ol.order_id
          WHERE ol.variant_id = ? AND ol.location_id = ? AND ol.quantity > ol.short_quantity AND ${TAKEABLE_ORDER}
          ORDER BY o.created_at DESC, ol.id DESC`,
    args: [line.variantId, shop],
  });
  const out: InStatement[] = [];
  for (const r of rs.rows) {
    if (need <= 0) break;
    const take = Math.min(need, Number(r.held));
    need -= take;
    const orderId = Number(r.order_id);
    const unpaid = `EXISTS (SELECT 1 FROM orders WHERE id = ? AND status = 'pending_payment')`;
    out.push(
      orderAuditStatement(orderId, 'pending_payment', {
        userId: actor.userId,
        ip: actor.ip ?? null,
        action: 'order_short',
        entityId: String(r.number),
        after: { sku: line.sku, units: take, reason: 'counter_sale' },
      }),
      {
        sql: `UPDATE stock_levels SET reserved = reserved - ?, updated_at = unixepoch('subsec') * 1000
              WHERE variant_id = ? AND location_id = ? AND ${unpaid}`,
        args: [take, line.variantId, shop, orderId],
      },
      {
        sql: `INSERT INTO stock_movements (variant_id, location_id, kind, reserved_delta, order_id, reason, user_id)
              SELECT ?, ?, 'release', ?, ?, 'counter_sale', ? WHERE ${unpaid}`,
        args: [line.variantId, shop, -take, orderId, actor.userId, orderId],
      },
      {
        sql: `UPDATE order_lines SET short_quantity = short_quantity + ?, updated_at = unixepoch('subsec') * 1000
              WHERE id = ? AND quantity - short_quantity >= ? AND ${unpaid}`,
        args: [take, Number(r.id), take, orderId],
      },
    );
  }
  return out;
}

/** The shop's counter location (the Karakol shop). */
async function shopLocationId(db: Db): Promise<number> {
  const rs = await db.$client.execute(`SELECT id FROM stock_locations WHERE kind = 'shop' ORDER BY sort, id LIMIT 1`);
  return Number(rs.rows[0]!.id);
}

/** The till with names in a language, prices and what the shelf holds. */
export async function getTill(db: Db, sessionId: string, locale: Locale): Promise<Till> {
  const entries = await readEntries(db, sessionId);
  if (entries.length === 0) return { lines: [], totalTiyin: 0, units: 0 };
  const shop = await shopLocationId(db);
  const pick = (table: string, fk: string, id: string, col = 'name') => localizedColumnSql(table, fk, id, col, locale);
  const rs = await db.$client.execute({
    sql: `SELECT v.id, v.sku, v.barcode, v.price_tiyin, p.id AS product_id, p.producer_id,
                 ${pick('product_translations', 'product_id', 'p.id')} AS name,
                 ${pick('variant_translations', 'variant_id', 'v.id', 'label')} AS label,
                 ${pick('producer_translations', 'producer_id', 'p.producer_id')} AS producer_name,
                 coalesce((SELECT on_hand - reserved FROM stock_levels WHERE variant_id = v.id AND location_id = ?), 0) AS available,
                 coalesce((SELECT sum(ol.quantity - ol.short_quantity) FROM order_lines ol JOIN orders o ON o.id = ol.order_id
                            WHERE ol.variant_id = v.id AND ol.location_id = ? AND ${TAKEABLE_ORDER}), 0) AS takeable
            FROM variants v JOIN products p ON p.id = v.product_id
           WHERE v.id IN (${entries.map(() => '?').join(',')})`,
    args: [shop, shop, ...entries.map((e) => e.variantId)],
  });
  const byId = new Map(rs.rows.map((r) => [Number(r.id), r]));
  const lines: TillLine[] = [];
  for (const e of entries) {
    const r = byId.get(e.variantId);
    if (!r) continue;
    const unit = Number(r.price_tiyin);
    lines.push({
      ...e,
      sku: String(r.sku),
      barcode: r.barcode === null ? null : String(r.barcode),
      productId: Number(r.product_id),
      producerId: Number(r.producer_id),
      name: String(r.name ?? r.sku),
      label: String(r.label ?? ''),
      producerName: String(r.producer_name ?? ''),
      unitPriceTiyin: unit,
      lineTotalTiyin: unit * e.quantity,
      available: Number(r.available),
      takeable: Number(r.takeable),
    });
  }
  return {
    lines,
    totalTiyin: lines.reduce((s, l) => s + l.lineTotalTiyin, 0),
    units: lines.reduce((s, l) => s + l.quantity, 0),
  };
}

export const ScanForm = z.object({
  code: z.string().trim().min(1, 'till.error.code').max(40, 'till.error.code'),
  quantity: z.coerce.number('till.error.quantity').int('till.error.quantity').min(1, 'till.error.quantity').max(999),
});

/** Adds what was scanned or typed (SKU or barcode) to the till; an unknown code is an error. */
export async function scanIntoTill(
  db: Db,
  sessionId: string,
  form: z.infer<typeof ScanForm>,
): Promise<'ok' | 'unknown_code' | 'too_many_lines'> {
  const variantId = await findVariantByCode(db, form.code);
  if (variantId === null) return 'unknown_code';
  const entries = await readEntries(db, sessionId);
  const line = entries.find((e) => e.variantId === variantId);
  if (line) line.quantity = Math.min(999, line.quantity + form.quantity);
  else if (entries.length >= MAX_TILL_LINES) return 'too_many_lines';
  else entries.push({ variantId, quantity: form.quantity });
  await writeEntries(db, sessionId, entries);
  return 'ok';
}

/** Changes a line's quantity (0 removes it). */
export async function setTillQuantity(db: Db, sessionId: string, variantId: number, quantity: number): Promise<void> {
  const entries = (await readEntries(db, sessionId))
    .map((e) => (e.variantId === variantId ? { ...e, quantity } : e))
    .filter((e) => e.quantity > 0);
  await writeEntries(db, sessionId, entries);
}

/** Empties the till. */
export async function clearTill(db: Db, sessionId: string): Promise<void> {
  await writeEntries(db, sessionId, []);
}

/**
 * Paying at the till. Cash handed over is typed in som the way a cashier writes it ("1500", "1 500",
 * "1500,50", "1500.5") and is required for cash: the receipt prints it with the change.
 */
export const PayForm = z
  .object({
    payment: z.enum(COUNTER_PAYMENTS, 'till.error.payment'),
    receipt_locale: z.enum(['ky', 'ru', 'en']).default('ky'),
    /** Cash handed over, in som. */
    tendered: z.string().trim().max(20, 'till.error.tendered').default(''),
  })
  .transform((form, ctx) => {
    const cashGivenTiyin = form.payment === 'cash' ? parseSom(form.tendered) : null;
    if (form.payment === 'cash' && (cashGivenTiyin === null || cashGivenTiyin <= 0)) {
      ctx.addIssue({ code: 'custom', message: 'till.error.tendered', path: ['tendered'] });
      return z.NEVER;
    }
    return { payment: form.payment, receiptLocale: form.receipt_locale, cashGivenTiyin };
  });
export type PayForm = z.output<typeof PayForm>;

export type SaleResult =
  | { ok: true; number: string; accessToken: string }
  | { ok: false; error: 'empty' | 'out_of_stock'; lines?: TillLine[] }
  /** Less cash was handed over than the sale costs: nothing is sold, the till keeps its lines. */
  | { ok: false; error: 'tendered_short'; totalTiyin: number; cashGivenTiyin: number };

/** Sells what is in the till; on success the till is emptied and the receipt's order number returned. */
export async function sellAtCounter(
  db: Db,
  actor: { userId: number; ip?: string | null },
  sessionId: string,
  sale: PayForm,
  now = Date.now(),
): Promise<SaleResult> {
  const { payment, receiptLocale, cashGivenTiyin } = sale;
  const till = await getTill(db, sessionId, receiptLocale);
  if (till.lines.length === 0) return { ok: false, error: 'empty' };
  if (cashGivenTiyin !== null && cashGivenTiyin < till.totalTiyin)
    return { ok: false, error: 'tendered_short', totalTiyin: till.totalTiyin, cashGivenTiyin };
  const short = till.lines.filter((l) => l.quantity > l.available + l.takeable);
  if (short.length > 0) return { ok: false, error: 'out_of_stock', lines: short };
  const shop = await shopLocationId(db);
  const takeOvers: InStatement[] = [];
  for (const l of till.lines)
    if (l.quantity > l.available)
      takeOvers.push(...(await takeOverStatements(db, actor, shop, l, l.quantity - l.available)));
  for (let attempt = 1; ; attempt++) {
    const number = newOrderNumber(new Date(now));
    const accessToken = newAccessToken();
    const orderId = '(SELECT id FROM orders WHERE access_token = ?)';
    const statements: InStatement[] = [
      {
        sql: `INSERT INTO orders (number, access_token, email, name, locale, status, channel, payment_method, shipping_method,
                subtotal_tiyin, shipping_tiyin, total_tiyin, currency, total_charged_minor, created_at, updated_at)
              VALUES (?, ?, '', '', ?, 'delivered', 'counter', ?, 'pickup', ?, 0, ?, 'KGS', ?, ?, ?)`,
        args: [
          number,
          accessToken,
          receiptLocale,
          payment,
          till.totalTiyin,
          till.totalTiyin,
          till.totalTiyin,
          now,
          now,
        ],
      },
      ...takeOvers,
    ];
    for (const l of till.lines) {
      statements.push(
        {
          sql: `INSERT INTO order_lines (order_id, variant_id, product_id, producer_id, location_id, product_name, variant_label,
                  producer_name, sku, unit_price_tiyin, quantity, line_total_tiyin)
                VALUES (${orderId}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          args: [
            accessToken,
            l.variantId,
            l.productId,
            l.producerId,
            shop,
            l.name,
            l.label,
            l.producerName,
            l.sku,
            l.unitPriceTiyin,
            l.quantity,
            l.lineTotalTiyin,
          ],
        },
        {
          sql: `UPDATE stock_levels SET on_hand = on_hand - ?, updated_at = unixepoch('subsec') * 1000
                WHERE variant_id = ? AND location_id = ?`,
          args: [l.quantity, l.variantId, shop],
        },
        {
          sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, order_id, user_id)
                VALUES (?, ?, 'sale_counter', ?, ${orderId}, ?)`,
          args: [l.variantId, shop, -l.quantity, accessToken, actor.userId],
        },
      );
    }
    statements.push(
      {
        sql: `INSERT INTO payments (order_id, provider, status, amount_minor, currency, cash_given_minor)
              VALUES (${orderId}, ?, 'succeeded', ?, 'KGS', ?)`,
        args: [accessToken, payment, till.totalTiyin, cashGivenTiyin],
      },
      ...saleCreditStatements({ accessToken }),
      auditStatement(
        {
          userId: actor.userId,
          action: 'counter_sale',
          entity: 'order',
          entityId: number,
          after: {
            payment,
            cashGiven: cashGivenTiyin,
            lines: till.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, total: l.lineTotalTiyin })),
          },
          ip: actor.ip,
        },
        now,
      ),
      {
        sql: `UPDATE sessions SET data = json_set(coalesce(data, '{}'), '$.till', json('[]')) WHERE id = ?`,
        args: [sessionId],
      },
    );
    try {
      await db.$client.batch(statements, 'write');
    } catch (error) {
      if (isOutOfStockError(error)) {
        const fresh = await getTill(db, sessionId, receiptLocale);
        return {
          ok: false,
          error: 'out_of_stock',
          lines: fresh.lines.filter((l) => l.quantity > l.available + l.takeable),
        };
      }
      // Two sales drew the same random order number: draw again.
      if (/UNIQUE constraint failed: orders\.number/.test(String(error)) && attempt < 4) continue;
      throw error;
    }
    return { ok: true, number, accessToken };
  }
}

export interface Receipt {
  number: string;
  createdAt: number;
  locale: Locale;
  payment: CounterPayment;
  totalTiyin: number;
  /** Cash handed over and the change given back, for a cash sale. */
  cashGivenTiyin: number | null;
  changeTiyin: number | null;
  lines: {
    name: string;
    label: string;
    producerName: string;
    sku: string;
    quantity: number;
    unitPriceTiyin: number;
    lineTotalTiyin: number;
  }[];
}

/** A counter sale as its receipt shows it (null for an unknown number or an online order). */
export async function getReceipt(db: Db, number: string): Promise<Receipt | null> {
  const [order, lines] = await db.$client.batch(
    [
      {
        sql: `SELECT o.*, (SELECT cash_given_minor FROM payments WHERE order_id = o.id ORDER BY id LIMIT 1) AS cash_given
                FROM orders o WHERE o.number = ? AND o.channel = 'counter'`,
        args: [number],
      },
      {
        sql: `SELECT ol.* FROM order_lines ol JOIN orders o ON o.id = ol.order_id WHERE o.number = ? ORDER BY ol.id`,
        args: [number],
      },
    ],
    'read',
  );
  const o = order!.rows[0];
  if (!o) return null;
  return {
    number: String(o.number),
    createdAt: Number(o.created_at),
    locale: o.locale as Locale,
    payment: o.payment_method as CounterPayment,
    totalTiyin: Number(o.total_tiyin),
    cashGivenTiyin: o.cash_given === null ? null : Number(o.cash_given),
    changeTiyin: o.cash_given === null ? null : Number(o.cash_given) - Number(o.total_tiyin),
    lines: lines!.rows.map((l) => ({
      name: String(l.product_name),
      label: String(l.variant_label),
      producerName: String(l.producer_name),
      sku: String(l.sku),
      quantity: Number(l.quantity),
      unitPriceTiyin: Number(l.unit_price_tiyin),
      lineTotalTiyin: Number(l.line_total_tiyin),
    })),
  };
}
