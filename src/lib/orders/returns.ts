/**
 * Returns and refunds of a delivered order: staff choose some units of some lines (and, optionally, the
 * shipping), put each line's units back in stock at the place and lot they were sold from or write them
 * off as damaged, and give the money back — through Stripe's Refunds API for a card order, or recorded as
 * paid back in cash or by bank transfer. The amount comes from the order's lines at the prices paid.
 *
 * One batch records the return with its lines, the stock and its ledger rows, the producers' reversed
 * credits, the audit entry and the buyer's mail. Its first statement refuses (a NOT NULL column left
 * NULL) when the order is not delivered or the money would pass what was charged, a line's statement
 * when its units would pass what was delivered, so two staff or two tabs can never return more than was
 * sold. A card refund first claims its return (`pending`, counted against the charge), then asks Stripe
 * with the return's key as idempotency key, then completes the claim in one batch; the form's key is the
 * return's, so a double submit finds the return it already made (and finishes it if Stripe's answer was lost).
 */
import { randomBytes } from 'node:crypto';
import type { InStatement } from '@libsql/client';
import type Stripe from 'stripe';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { RETURN_DISPOSITIONS } from '../../../db/schema/commerce.ts';
import { auditStatement } from '../audit/audit.ts';
import { getTranslator } from '../i18n/translate.ts';
import { queueMailStatement, kickOutbox, type Mail } from '../mail/outbox.ts';
import { formatMoney, formatPrice, isCurrency } from '../money/money.ts';
import { getStripe } from '../payments/stripe.ts';
import { getShopSettings, shopDetails } from '../settings/shop.ts';
import { getOrderById, getOrderByNumber, type OrderView } from './queries.ts';
import type { OrderActor } from './workflows.ts';

export type Disposition = (typeof RETURN_DISPOSITIONS)[number];
export const RETURN_METHODS = ['stripe', 'cash', 'bank_transfer'] as const;
export type ReturnMethod = (typeof RETURN_METHODS)[number];

/** Why a return was refused; each code has a message `return.error.<code>`. */
export type ReturnErrorCode =
  | 'not_found'
  | 'not_delivered'
  | 'nothing'
  | 'over_return'
  | 'shipping_again'
  | 'over_refund'
  | 'method'
  | 'note'
  | 'stripe_unavailable'
  | 'refund_failed';

export class ReturnError extends Error {
  readonly code: ReturnErrorCode;
  constructor(code: ReturnErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.code = code;
  }
}

/** What was given back of an order so far (failed card refunds do not count). */
export interface ReturnedSoFar {
  /** Units returned per order line id. */
  units: Map<number, number>;
  shippingRefunded: boolean;
  /** Money given back, in the order's charged minor units. */
  refundedMinor: number;
}

export interface ReturnRequestLine {
  lineId: number;
  quantity: number;
  disposition: Disposition;
}

export interface ReturnRequest {
  lines: ReturnRequestLine[];
  shipping: boolean;
}

export interface ReturnPlan {
  lines: (ReturnRequestLine & { amountTiyin: number })[];
  itemsTiyin: number;
  shippingTiyin: number;
  /** In the order's charged currency's minor units. */
  amountMinor: number;
  currency: string;
}

type OrderMoney = Pick<OrderView, 'lines' | 'shippingTiyin' | 'totalTiyin' | 'totalChargedMinor' | 'currency'>;

/**
 * The money of a return, from the order's lines at the prices paid: units × unit price, plus the
 * shipping when asked (once). Charged in another currency, it is the same share of the charge; the
 * return that gives back the last of everything gives back exactly what is left, so the parts sum to
 * the charge. Throws ReturnError when the request asks for more than is left.
 */
export function planReturn(order: OrderMoney, so: ReturnedSoFar, request: ReturnRequest): ReturnPlan {
  const lines = request.lines.filter((l) => l.quantity > 0);
  if (lines.length === 0 && !request.shipping) throw new ReturnError('nothing');
  const planned = lines.map((l) => {
    const line = order.lines.find((x) => x.id === l.lineId);
    if (!line) throw new ReturnError('over_return');
    if (!Number.isInteger(l.quantity) || l.quantity + (so.units.get(line.id) ?? 0) > line.quantity)
      throw new ReturnError('over_return');
    return { ...l, amountTiyin: l.quantity * line.unitPriceTiyin };
  });
  if (request.shipping && (so.shippingRefunded || order.shippingTiyin === 0)) throw new ReturnError('shipping_again');
  const itemsTiyin = planned.reduce((s, l) => s + l.amountTiyin, 0);
  const shippingTiyin = request.shipping ? order.shippingTiyin : 0;
  const left = order.totalChargedMinor - so.refundedMinor;
  const everything =
    (request.shipping || so.shippingRefunded || order.shippingTiyin === 0) &&
    order.lines.every(
      (l) => (so.units.get(l.id) ?? 0) + (planned.find((p) => p.lineId === l.id)?.quantity ?? 0) >= l.quantity,
    );
  const share =
    order.totalTiyin > 0 ? Math.round((order.totalChargedMinor * (itemsTiyin + shippingTiyin)) / order.totalTiyin) : 0;
  const amountMinor = everything ? left : Math.min(share, left);
  if (amountMinor < 0 || left <= 0) throw new ReturnError('over_refund');
  return { lines: planned, itemsTiyin, shippingTiyin, amountMinor, currency: order.currency };
}

/**
 * How much of a sale credit a return of `quantity` units reverses, after `before` units were returned:
 * the difference of floors, so the reversals of every unit of a line add up to the credit exactly.
 */
export function creditShare(credit: number, lineQuantity: number, before: number, quantity: number): number {
  const upTo = (n: number) => Math.trunc((credit * n) / lineQuantity);
  return upTo(before + quantity) - upTo(before);
}

export interface ReturnRow {
  id: number;
  status: 'pending' | 'done' | 'failed';
  method: ReturnMethod;
  itemsTiyin: number;
  shippingTiyin: number;
  amountMinor: number;
  currency: string;
  stripeRefundId: string | null;
  note: string | null;
  userName: string | null;
  createdAt: number;
  lines: { orderLineId: number; quantity: number; disposition: Disposition; lotCode: string | null }[];
}

/** The order's returns, oldest first, with their lines. */
export async function listReturns(db: Db, orderId: number): Promise<ReturnRow[]> {
  const [returns, lines] = await db.$client.batch(
    [
      {
        sql: `SELECT r.*, u.name AS user_name FROM order_returns r LEFT JOIN users u ON u.id = r.user_id
               WHERE r.order_id = ? ORDER BY r.id`,
        args: [orderId],
      },
      {
        sql: `SELECT rl.return_id, rl.order_line_id, rl.quantity, rl.disposition, b.code
                FROM order_return_lines rl JOIN order_returns r ON r.id = rl.return_id
                LEFT JOIN batches b ON b.id = rl.batch_id
               WHERE r.order_id = ? ORDER BY rl.id`,
        args: [orderId],
      },
    ],
    'read',
  );
  return returns!.rows.map((r) => ({
    id: Number(r.id),
    status: r.status as ReturnRow['status'],
    method: r.method as ReturnMethod,
    itemsTiyin: Number(r.items_tiyin),
    shippingTiyin: Number(r.shipping_tiyin),
    amountMinor: Number(r.amount_minor),
    currency: String(r.currency),
    stripeRefundId: r.stripe_refund_id === null ? null : String(r.stripe_refund_id),
    note: r.note === null ? null : String(r.note),
    userName: r.user_name === null ? null : String(r.user_name),
    createdAt: Number(r.created_at),
    lines: lines!.rows
      .filter((l) => Number(l.return_id) === Number(r.id))
      .map((l) => ({
        orderLineId: Number(l.order_line_id),
        quantity: Number(l.quantity),
        disposition: l.disposition as Disposition,
        lotCode: l.code === null ? null : String(l.code),
      })),
  }));
}

/** What the order's returns so far add up to. */
export function returnedSoFar(returns: ReturnRow[]): ReturnedSoFar {
  const units = new Map<number, number>();
  let shippingRefunded = false;
  let refundedMinor = 0;
  for (const r of returns) {
    if (r.status === 'failed') continue;
    refundedMinor += r.amountMinor;
    if (r.shippingTiyin > 0) shippingRefunded = true;
    for (const l of r.lines) units.set(l.orderLineId, (units.get(l.orderLineId) ?? 0) + l.quantity);
  }
  return { units, shippingRefunded, refundedMinor };
}

/**
 * The lot each line's units go back to: the newest lot received at the place the line was sold from
 * before the order was placed (sales do not name a lot; this is the one on the shelf then), or none.
 */
export async function lineLots(db: Db, order: OrderView): Promise<Map<number, { id: number; code: string }>> {
  const lots = new Map<number, { id: number; code: string }>();
  for (const l of order.lines) {
    if (l.variantId === null || l.locationId === null) continue;
    const rs = await db.$client.execute({
      sql: `SELECT b.id, b.code FROM stock_movements m JOIN batches b ON b.id = m.batch_id
             WHERE m.variant_id = ? AND m.location_id = ? AND m.kind IN ('receive', 'transfer_in') AND m.created_at <= ?
             ORDER BY m.created_at DESC, m.id DESC LIMIT 1`,
      args: [l.variantId, l.locationId, order.createdAt],
    });
    const row = rs.rows[0];
    if (row) lots.set(l.id, { id: Number(row.id), code: String(row.code) });
  }
  return lots;
}

/** The return form: the key, how the money goes back, a note, the shipping, and per line `qty_<id>` and `to_<id>`. */
const ReturnFormBase = z.object({
  key: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'return.error.key'),
  method: z.enum(RETURN_METHODS, { error: 'return.error.method' }),
  note: z.string().trim().max(500, 'return.error.note_long').default(''),
  shipping: z.literal('on').optional().catch(undefined),
});

export interface ReturnInput extends ReturnRequest {
  key: string;
  method: ReturnMethod;
  note: string;
}

/** Reads the return form for an order; errors are message keys by field name. */
export function parseReturnForm(
  order: Pick<OrderView, 'lines' | 'paymentMethod'>,
  values: Record<string, string>,
): { data: ReturnInput; errors?: undefined } | { data?: undefined; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const base = ReturnFormBase.safeParse(values);
  if (!base.success) for (const issue of base.error.issues) errors[String(issue.path[0] ?? 'key')] ??= issue.message;
  const lines: ReturnRequestLine[] = [];
  for (const l of order.lines) {
    const raw = (values[`qty_${l.id}`] ?? '').trim();
    const quantity = raw === '' ? 0 : /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(quantity) || quantity > l.quantity) {
      errors[`qty_${l.id}`] = 'return.error.quantity';
      continue;
    }
    const disposition = values[`to_${l.id}`] ?? 'restock';
    if (!(RETURN_DISPOSITIONS as readonly string[]).includes(disposition)) {
      errors[`to_${l.id}`] = 'return.error.disposition';
      continue;
    }
    if (quantity > 0) lines.push({ lineId: l.id, quantity, disposition: disposition as Disposition });
  }
  if (base.success) {
    const card = order.paymentMethod === 'stripe';
    if (card !== (base.data.method === 'stripe')) errors.method = 'return.error.method';
    if (!card && base.data.note.length < 3) errors.note = 'return.error.note';
  }
  if (!base.success || Object.keys(errors).length > 0) return { errors };
  return {
    data: {
      key: base.data.key,
      method: base.data.method,
      note: base.data.note,
      shipping: base.data.shipping === 'on',
      lines,
    },
  };
}

/** A fresh key for a return form: the same form submitted twice records one return. */
export function newReturnKey(): string {
  return randomBytes(18).toString('base64url');
}

/** Everything the return page shows: the order, what was returned so far, the lots, the returns. */
export interface ReturnPage {
  order: OrderView;
  returns: ReturnRow[];
  so: ReturnedSoFar;
  lots: Map<number, { id: number; code: string }>;
  /** Whether a return can be recorded now. */
  open: boolean;
}

/** The return page's data for an order number, or null when there is no such online order. */
export async function getReturnPage(db: Db, number: string): Promise<ReturnPage | null> {
  if (!/^OVP-\d{6}-\d{5}$/.test(number)) return null;
  const order = await getOrderByNumber(db, number);
  if (!order || order.channel !== 'online') return null;
  const [returns, lots] = await Promise.all([listReturns(db, order.id), lineLots(db, order)]);
  const so = returnedSoFar(returns);
  const open = order.status === 'delivered' && so.refundedMinor < order.totalChargedMinor;
  return { order, returns, so, lots, open };
}

export interface ReturnResult {
  /** False when this key's return was already recorded (a double submit). */
  changed: boolean;
  returnId: number;
}

const RETURN_ID = 'SELECT id FROM order_returns WHERE idempotency_key = ?';

/** The return row and its lines; every value NULL (refused) unless the guards hold at that moment. */
function claimStatements(
  order: OrderView,
  actor: OrderActor,
  input: ReturnInput,
  plan: ReturnPlan,
  lots: Map<number, { id: number }>,
  status: 'pending' | 'done',
): InStatement[] {
  return [
    {
      sql: `INSERT INTO order_returns (order_id, idempotency_key, status, method, items_tiyin, shipping_tiyin,
                                       amount_minor, currency, note, user_id)
            SELECT ?, ?, ?, ?, ?, ?,
                   CASE WHEN (SELECT status FROM orders WHERE id = ?) = 'delivered'
                         AND (SELECT coalesce(sum(amount_minor), 0) FROM order_returns WHERE order_id = ? AND status != 'failed') + ?
                             <= (SELECT total_charged_minor FROM orders WHERE id = ?)
                         AND (? = 0 OR NOT EXISTS (SELECT 1 FROM order_returns WHERE order_id = ? AND status != 'failed' AND shipping_tiyin > 0))
                        THEN ? END,
                   ?, ?, ?`,
      args: [
        order.id,
        input.key,
        status,
        input.method,
        plan.itemsTiyin,
        plan.shippingTiyin,
        order.id,
        order.id,
        plan.amountMinor,
        order.id,
        plan.shippingTiyin,
        order.id,
        plan.amountMinor,
        plan.currency,
        input.note || null,
        actor.userId,
      ],
    },
    ...plan.lines.map((l) => ({
      sql: `INSERT INTO order_return_lines (return_id, order_line_id, quantity, disposition, amount_tiyin, batch_id)
            SELECT (${RETURN_ID}), ?,
                   CASE WHEN (SELECT coalesce(sum(rl.quantity), 0) FROM order_return_lines rl
                                JOIN order_returns r ON r.id = rl.return_id
                               WHERE rl.order_line_id = ? AND r.status != 'failed') + ?
                             <= (SELECT quantity FROM order_lines WHERE id = ? AND order_id = ?)
                        THEN ? END,
                   ?, ?, ?`,
      args: [
        input.key,
        l.lineId,
        l.lineId,
        l.quantity,
        l.lineId,
        order.id,
        l.quantity,
        l.disposition,
        l.amountTiyin,
        lots.get(l.lineId)?.id ?? null,
      ],
    })),
  ];
}

interface CompleteFacts {
  order: OrderView;
  actor: OrderActor;
  key: string;
  method: ReturnMethod;
  note: string;
  plan: ReturnPlan;
  so: ReturnedSoFar;
  lots: Map<number, { id: number }>;
  /** Sale credit per order line id: what the producer was credited for the line. */
  credits: Map<number, { producerId: number; gross: number; commission: number; amount: number }>;
  stripeRefundId: string | null;
  mail: Mail;
}

/**
 * Stock back (or written off) with its ledger rows, the producers' credits reversed for the returned
 * units, the payment marked refunded once the whole charge is back, the audit entry and the mail.
 * With `whilePending` every statement holds only while the claimed return is still pending, and the
 * last one completes it.
 */
function completeStatements(f: CompleteFacts, whilePending: boolean): InStatement[] {
  const { order, actor, plan } = f;
  const g = whilePending
    ? { sql: `EXISTS (SELECT 1 FROM order_returns WHERE idempotency_key = ? AND status = 'pending')`, args: [f.key] }
    : { sql: '1', args: [] as string[] };
  const statements: InStatement[] = [];
  for (const l of plan.lines) {
    const line = order.lines.find((x) => x.id === l.lineId)!;
    if (line.variantId !== null && line.locationId !== null) {
      const lot = f.lots.get(l.lineId)?.id ?? null;
      if (l.disposition === 'restock') {
        statements.push(
          {
            sql: `INSERT INTO stock_levels (variant_id, location_id, on_hand) SELECT ?, ?, ? WHERE ${g.sql}
                  ON CONFLICT (variant_id, location_id)
                  DO UPDATE SET on_hand = on_hand + excluded.on_hand, updated_at = unixepoch('subsec') * 1000`,
            args: [line.variantId, line.locationId, l.quantity, ...g.args],
          },
          {
            sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, batch_id, order_id, reason, user_id)
                  SELECT ?, ?, 'return', ?, ?, ?, 'return', ? WHERE ${g.sql}`,
            args: [line.variantId, line.locationId, l.quantity, lot, order.id, actor.userId, ...g.args],
          },
        );
      } else {
        // Back in the shop's hands, and out again at once: the ledger shows both, the level does not move.
        statements.push(
          {
            sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, batch_id, order_id, reason, user_id)
                  SELECT ?, ?, 'return', ?, ?, ?, 'return_damaged', ? WHERE ${g.sql}`,
            args: [line.variantId, line.locationId, l.quantity, lot, order.id, actor.userId, ...g.args],
          },
          {
            sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, batch_id, order_id, reason, user_id)
                  SELECT ?, ?, 'adjustment', ?, ?, ?, 'return_write_off', ? WHERE ${g.sql}`,
            args: [line.variantId, line.locationId, -l.quantity, lot, order.id, actor.userId, ...g.args],
          },
        );
      }
    }
    const credit = f.credits.get(l.lineId);
    if (credit) {
      const before = f.so.units.get(l.lineId) ?? 0;
      statements.push({
        sql: `INSERT INTO payout_entries (producer_id, kind, order_line_id, gross_tiyin, commission_tiyin, amount_tiyin, note, user_id)
              SELECT ?, 'refund', ?, ?, ?, ?, ?, ? WHERE ${g.sql}`,
        args: [
          credit.producerId,
          l.lineId,
          -creditShare(credit.gross, line.quantity, before, l.quantity),
          -creditShare(credit.commission, line.quantity, before, l.quantity),
          -creditShare(credit.amount, line.quantity, before, l.quantity),
          `${order.number} × ${l.quantity}`,
          actor.userId,
          ...g.args,
        ],
      });
    }
  }
  statements.push(
    {
      // The return's own row is already written (claimed earlier, or earlier in this batch), so it counts.
      sql: `UPDATE payments SET status = 'refunded', updated_at = unixepoch('subsec') * 1000
             WHERE order_id = ? AND status = 'succeeded'
               AND (SELECT coalesce(sum(amount_minor), 0) FROM order_returns WHERE order_id = ? AND status != 'failed')
                   >= (SELECT total_charged_minor FROM orders WHERE id = ?)
               AND ${g.sql}`,
      args: [order.id, order.id, order.id, ...g.args],
    },
    auditStatement(
      {
        userId: actor.userId,
        ip: actor.ip ?? null,
        action: 'order_returned',
        entity: 'order',
        entityId: order.number,
        after: {
          lines: plan.lines.map((l) => ({
            sku: order.lines.find((x) => x.id === l.lineId)!.sku,
            quantity: l.quantity,
            disposition: l.disposition,
          })),
          shipping: plan.shippingTiyin,
          amount: plan.amountMinor,
          currency: plan.currency,
          method: f.method,
          note: f.note || null,
          stripeRefund: f.stripeRefundId,
        },
      },
      Date.now(),
      g,
    ),
    queueMailStatement(f.mail, { id: order.id }, g),
  );
  if (whilePending)
    statements.push({
      sql: `UPDATE order_returns SET status = 'done', stripe_refund_id = ?, error = NULL, updated_at = unixepoch('subsec') * 1000
             WHERE idempotency_key = ? AND status = 'pending'`,
      args: [f.stripeRefundId, f.key],
    });
  return statements;
}

/** The buyer's mail about a return: what came back and how the money returns, in their language. */
export function returnMail(
  order: OrderView,
  plan: ReturnPlan,
  method: ReturnMethod,
  origin: string,
  shop: ReturnType<typeof shopDetails>,
): Mail {
  const t = getTranslator(order.locale);
  const amount = isCurrency(plan.currency)
    ? formatMoney(order.locale, { amount: plan.amountMinor, currency: plan.currency })
    : formatPrice(order.locale, plan.itemsTiyin + plan.shippingTiyin, undefined);
  const lines = plan.lines.map((l) => {
    const line = order.lines.find((x) => x.id === l.lineId)!;
    return `• ${line.productName} — ${line.variantLabel} × ${l.quantity}`;
  });
  const text = [
    t('mail.greeting', { name: order.name }),
    '',
    t('mail.returned.intro', { number: order.number, amount }),
    t(`mail.refunded.${method}`),
    '',
    ...lines,
    ...(plan.shippingTiyin > 0 ? [`• ${t('checkout.shipping')}`] : []),
    '',
    t('mail.link'),
    `${origin}/${order.locale}/orders/${order.accessToken}`,
    '',
    t('mail.signature'),
    shop.legalName,
    [shop.phone, shop.email].filter(Boolean).join(' · '),
  ].join('\n');
  return { to: order.email, subject: t('mail.returned.subject', { number: order.number }), text, locale: order.locale };
}

function constraintOf(error: unknown): string {
  return String((error as { message?: string })?.message ?? error);
}

async function saleCredits(db: Db, orderId: number): Promise<CompleteFacts['credits']> {
  const rs = await db.$client.execute({
    sql: `SELECT pe.order_line_id, pe.producer_id, pe.gross_tiyin, pe.commission_tiyin, pe.amount_tiyin
            FROM payout_entries pe JOIN order_lines ol ON ol.id = pe.order_line_id
           WHERE ol.order_id = ? AND pe.kind = 'sale'`,
    args: [orderId],
  });
  return new Map(
    rs.rows.map((r) => [
      Number(r.order_line_id),
      {
        producerId: Number(r.producer_id),
        gross: Number(r.gross_tiyin),
        commission: Number(r.commission_tiyin),
        amount: Number(r.amount_tiyin),
      },
    ]),
  );
}

/** Asks Stripe for a partial refund; the return's key makes a retry refund once. */
async function refundThroughStripe(
  stripe: Stripe,
  order: OrderView,
  key: string,
  amountMinor: number,
): Promise<Stripe.Refund> {
  return stripe.refunds.create(
    {
      payment_intent: order.payment!.stripePaymentIntentId!,
      amount: amountMinor,
      metadata: { order_id: String(order.id), order_number: order.number, return_key: key },
    },
    { idempotencyKey: `return-${key}` },
  );
}

/** The return a form's key recorded, with what came before it, to show it again or finish it after a lost Stripe answer. */
async function returnByKey(db: Db, order: OrderView, key: string) {
  const returns = await listReturns(db, order.id);
  const rs = await db.$client.execute({
    sql: 'SELECT id, status, note FROM order_returns WHERE idempotency_key = ? AND order_id = ?',
    args: [key, order.id],
  });
  const row = rs.rows[0];
  if (!row) return null;
  const mine = returns.find((r) => r.id === Number(row.id))!;
  const so = returnedSoFar(returns.filter((r) => r.id !== mine.id));
  const plan: ReturnPlan = {
    lines: mine.lines.map((l) => ({
      lineId: l.orderLineId,
      quantity: l.quantity,
      disposition: l.disposition,
      amountTiyin: 0,
    })),
    itemsTiyin: mine.itemsTiyin,
    shippingTiyin: mine.shippingTiyin,
    amountMinor: mine.amountMinor,
    currency: mine.currency,
  };
  return { mine, so, plan };
}

/**
 * Records a return of a delivered order and gives the money back (see the module comment). Returns
 * `changed: false` when the form's key was already used (the return it made is shown again).
 */
export async function recordReturn(
  db: Db,
  actor: OrderActor,
  orderId: number,
  input: ReturnInput,
  origin: string,
  opts: { stripe?: Stripe | null } = {},
): Promise<ReturnResult> {
  const order = await getOrderById(db, orderId);
  if (!order) throw new ReturnError('not_found');
  const card = order.paymentMethod === 'stripe';
  const stripe = card ? (opts.stripe === undefined ? getStripe() : opts.stripe) : null;
  const [returns, lots, credits, settings] = await Promise.all([
    listReturns(db, order.id),
    lineLots(db, order),
    saleCredits(db, order.id),
    getShopSettings(db),
  ]);
  const shop = shopDetails(settings, order.locale);
  const existing = await returnByKey(db, order, input.key);
  if (existing) {
    // A double submit: the return exists. A card refund whose answer was lost is finished now.
    if (existing.mine.status === 'pending' && stripe)
      await finishCardReturn(db, stripe, order, actor, existing, lots, credits, shop, origin, input.key);
    return { changed: false, returnId: existing.mine.id };
  }
  if (order.status !== 'delivered') throw new ReturnError('not_delivered');
  if (card !== (input.method === 'stripe')) throw new ReturnError('method');
  if (!card && input.note.trim().length < 3) throw new ReturnError('note');
  if (card && !stripe) throw new ReturnError('stripe_unavailable');
  if (card && !order.payment?.stripePaymentIntentId) throw new ReturnError('refund_failed', 'no payment intent');
  const so = returnedSoFar(returns);
  const plan = planReturn(order, so, input);
  const mail = returnMail(order, plan, input.method, origin, shop);
  const facts: CompleteFacts = {
    order,
    actor,
    key: input.key,
    method: input.method,
    note: input.note,
    plan,
    so,
    lots,
    credits,
    stripeRefundId: null,
    mail,
  };
  try {
    if (!card) {
      await db.$client.batch(
        [...claimStatements(order, actor, input, plan, lots, 'done'), ...completeStatements(facts, false)],
        'write',
      );
    } else {
      await db.$client.batch(claimStatements(order, actor, input, plan, lots, 'pending'), 'write');
    }
  } catch (error) {
    const text = constraintOf(error);
    if (/UNIQUE constraint failed: order_returns\.idempotency_key/.test(text)) {
      const again = await returnByKey(db, order, input.key);
      return { changed: false, returnId: again?.mine.id ?? 0 };
    }
    if (/order_returns\.amount_minor/.test(text)) {
      const now = await getOrderById(db, order.id);
      throw new ReturnError(now?.status === 'delivered' ? 'over_refund' : 'not_delivered');
    }
    if (/order_return_lines\.quantity/.test(text)) throw new ReturnError('over_return');
    throw error;
  }
  const id = Number((await db.$client.execute({ sql: RETURN_ID, args: [input.key] })).rows[0]?.id ?? 0);
  if (card) {
    const claimed = await returnByKey(db, order, input.key);
    await finishCardReturn(db, stripe!, order, actor, claimed!, lots, credits, shop, origin, input.key, plan);
  }
  kickOutbox(db);
  return { changed: true, returnId: id };
}

/** Refunds a claimed card return through Stripe and completes it; a refusal marks it failed. */
async function finishCardReturn(
  db: Db,
  stripe: Stripe,
  order: OrderView,
  actor: OrderActor,
  claimed: NonNullable<Awaited<ReturnType<typeof returnByKey>>>,
  lots: Map<number, { id: number }>,
  credits: CompleteFacts['credits'],
  shop: ReturnType<typeof shopDetails>,
  origin: string,
  key: string,
  fresh?: ReturnPlan,
): Promise<void> {
  const plan = fresh ?? claimed.plan;
  let refund: Stripe.Refund;
  try {
    refund = await refundThroughStripe(stripe, order, key, plan.amountMinor);
  } catch (error) {
    const message = (error as Error).message;
    await db.$client.execute({
      sql: `UPDATE order_returns SET status = 'failed', error = ?, updated_at = unixepoch('subsec') * 1000
             WHERE idempotency_key = ? AND status = 'pending'`,
      args: [message.slice(0, 500), key],
    });
    throw new ReturnError('refund_failed', message);
  }
  const facts: CompleteFacts = {
    order,
    actor,
    key,
    method: 'stripe',
    note: claimed.mine.note ?? '',
    plan,
    so: claimed.so,
    lots,
    credits,
    stripeRefundId: refund.id,
    mail: returnMail(order, plan, 'stripe', origin, shop),
  };
  const statements = completeStatements(facts, true);
  await db.$client.batch(statements, 'write');
}
