/**
 * Fulfilment of online orders by staff: the pick list, then pack, ship (carrier and tracking number),
 * ready for pickup, handed over or delivered; and cancel-and-refund of a paid order that has not left
 * the shop, through Stripe for card payments, with its stock back on the shelf it was sold from.
 *
 * Every step is one batch whose statements all apply only while the order still has the status it was
 * read in, with the audit entry in the same batch: a repeated click, or two staff at once, change the
 * order once. The status machine (status.ts) decides which steps exist; `allowedActions` narrows them
 * by how the order is paid and delivered, and the pages show only those.
 */
import type { InStatement } from '@libsql/client';
import type Stripe from 'stripe';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import type { AuditAction } from '../audit/actions.ts';
import { auditStatement, listAudit, type AuditRow } from '../audit/audit.ts';
import { bestLocaleSql } from '../catalog/localized.ts';
import { orderMail, sendFulfilmentMail, sendQueuedMail } from '../checkout/notify.ts';
import { getShopSettings } from '../settings/shop.ts';
import type { Locale } from '../i18n/locales.ts';
import { expireCheckoutSession, getStripe, refundPayment } from '../payments/stripe.ts';
import { CARRIERS, isValidTracking, normaliseTracking, type Carrier } from './carriers.ts';
import { getOrderById, orderLinePlaces, type LinePlace, type OrderView, getOrderByNumber } from './queries.ts';
import { listReturns, type ReturnRow } from './returns.ts';
import { canTransition, IllegalTransitionError, requireTransition, type OrderStatus } from './status.ts';
import { cancelUnpaidOrder, markOrderPaid, orderAuditStatement, type OrderActor } from './workflows.ts';
import { getLogger } from '../log/logger.ts';
import { reviewInviteStatements } from '../reviews/reviews.ts';
import { chooseBarcode, type BarcodeChoice } from '../labels/barcode.ts';

export const FULFILMENT_ACTIONS = [
  'mark_paid',
  'cancel',
  'pack',
  'ship',
  'ready_for_pickup',
  'deliver',
  'refund',
] as const;
export type FulfilmentAction = (typeof FULFILMENT_ACTIONS)[number];

/** The status each action leads to. */
export const ACTION_TARGET: Record<FulfilmentAction, OrderStatus> = {
  mark_paid: 'paid',
  cancel: 'cancelled',
  pack: 'packed',
  ship: 'shipped',
  ready_for_pickup: 'ready_for_pickup',
  deliver: 'delivered',
  refund: 'refunded',
};

export const REFUND_METHODS = ['stripe', 'cash', 'bank_transfer'] as const;
export type RefundMethod = (typeof REFUND_METHODS)[number];

/** Why a step was refused besides the status machine; each code has a message `fulfil.error.<code>`. */
export type FulfilmentErrorCode =
  | 'not_found'
  | 'pickup_order'
  | 'delivery_order'
  | 'card_payment'
  | 'tracking'
  | 'carrier_name'
  | 'refund_method'
  | 'note'
  | 'stripe_unavailable'
  | 'refund_failed'
  | 'short';

export class FulfilmentError extends Error {
  readonly code: FulfilmentErrorCode;
  constructor(code: FulfilmentErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.code = code;
  }
}

export interface StepResult {
  /** False when nothing changed: the order was already there (a repeated click) or moved meanwhile. */
  changed: boolean;
  /** The order's status afterwards. */
  status: OrderStatus;
}

type OrderShape = Pick<OrderView, 'status' | 'paymentMethod' | 'shippingMethod'> & {
  lines?: Pick<OrderView['lines'][number], 'shortQuantity'>[];
  readyAt?: number | null;
};

/**
 * An unpaid pay-at-pickup order can be packed and put out for the buyer before it is paid: it stays
 * `pending_payment` (held, not sold) with `ready_at` set, and is paid at the counter as it is handed over.
 */
function unpaidAtCounter(order: OrderShape): 'can_ready' | 'ready' | null {
  if (order.status !== 'pending_payment' || order.paymentMethod !== 'pay_at_pickup') return null;
  if (order.shippingMethod !== 'pickup' || (order.lines ?? []).some((l) => l.shortQuantity > 0)) return null;
  return order.readyAt ? 'ready' : 'can_ready';
}

/** Units of an unpaid order that the till sold from the shelf (the order can no longer be filled as placed). */
export function shortUnits(order: Pick<OrderView, 'lines'>): number {
  return order.lines.reduce((s, l) => s + l.shortQuantity, 0);
}

/** What staff may do with an order now: the status machine, narrowed by how it is paid and delivered. */
export function allowedActions(order: OrderShape): FulfilmentAction[] {
  const pickup = order.shippingMethod === 'pickup';
  const counter = unpaidAtCounter(order);
  return FULFILMENT_ACTIONS.filter((action) => {
    // Ready before paid, then paid and handed over in one step.
    if (action === 'ready_for_pickup' && counter === 'can_ready') return true;
    if (action === 'deliver' && counter === 'ready') return true;
    if (!canTransition(order.status, ACTION_TARGET[action])) return false;
    // A card payment is confirmed by Stripe's webhook, never by hand.
    // An order the till took units from cannot be confirmed as placed: staff cancel it and tell the buyer.
    if (action === 'mark_paid')
      return order.paymentMethod !== 'stripe' && !(order.lines ?? []).some((l) => l.shortQuantity > 0);
    if (action === 'ship') return !pickup;
    if (action === 'ready_for_pickup') return pickup;
    return true;
  });
}

/** The form of one action on the staff order page; messages are `fulfil.error.*` keys. */
export const OrderActionForm = z.discriminatedUnion('action', [
  z.object({ action: z.literal('mark_paid') }),
  z.object({ action: z.literal('cancel') }),
  z.object({ action: z.literal('pack') }),
  z.object({ action: z.literal('ready_for_pickup') }),
  z.object({ action: z.literal('deliver') }),
  z
    .object({
      action: z.literal('ship'),
      carrier: z.enum(CARRIERS, { error: 'fulfil.error.carrier' }),
      carrier_name: z.string().trim().max(60).default(''),
      tracking: z.string().max(80).transform(normaliseTracking),
    })
    .superRefine((f, ctx) => {
      if (f.carrier === 'other' && f.carrier_name.length < 2)
        ctx.addIssue({ code: 'custom', path: ['carrier_name'], message: 'fulfil.error.carrier_name' });
      if (!isValidTracking(f.carrier, f.tracking))
        ctx.addIssue({ code: 'custom', path: ['tracking'], message: `fulfil.error.tracking.${f.carrier}` });
    }),
  z
    .object({
      action: z.literal('refund'),
      method: z.enum(REFUND_METHODS, { error: 'fulfil.error.refund_method' }),
      note: z.string().trim().max(500).default(''),
    })
    .superRefine((f, ctx) => {
      if (f.method !== 'stripe' && f.note.length < 3)
        ctx.addIssue({ code: 'custom', path: ['note'], message: 'fulfil.error.note' });
    }),
]);
export type OrderActionForm = z.infer<typeof OrderActionForm>;

const guard = (orderId: number, status: OrderStatus) => ({
  sql: 'EXISTS (SELECT 1 FROM orders WHERE id = ? AND status = ?)',
  args: [orderId, status] as (string | number)[],
});

/** The last statement of every step: moves the order on, only from the status it was read in. */
function moveStatement(orderId: number, from: OrderStatus, to: OrderStatus, set: Record<string, string | null> = {}) {
  const columns = Object.keys(set);
  return {
    sql: `UPDATE orders SET status = ?, ${columns.map((c) => `${c} = ?, `).join('')}updated_at = unixepoch('subsec') * 1000
          WHERE id = ? AND status = ?`,
    args: [to, ...Object.values(set), orderId, from],
  };
}

async function runStep(db: Db, orderId: number, statements: InStatement[]): Promise<StepResult> {
  const results = await db.$client.batch(statements, 'write');
  const changed = (results.at(-1)?.rowsAffected ?? 0) > 0;
  const rs = await db.$client.execute({ sql: 'SELECT status FROM orders WHERE id = ?', args: [orderId] });
  return { changed, status: rs.rows[0]!.status as OrderStatus };
}

/**
 * The order, or `null` when it already has the target status (a repeated click: nothing to do).
 * Throws IllegalTransitionError when the status machine forbids the move.
 */
async function orderToMove(db: Db, orderId: number, to: OrderStatus): Promise<OrderView | null> {
  const order = await getOrderById(db, orderId);
  if (!order) throw new FulfilmentError('not_found');
  if (order.status === to) return null;
  requireTransition(order.status, to);
  return order;
}

const unchanged = (status: OrderStatus): StepResult => ({ changed: false, status });

/** A simple step with its audit entry: the order moves from its current status to `to`. */
async function simpleStep(
  db: Db,
  actor: OrderActor,
  order: OrderView,
  to: OrderStatus,
  action: AuditAction,
  set: Record<string, string | null> = {},
  after: Record<string, unknown> = {},
  /** More statements of the step, guarded by the order's status like the rest (e.g. the review invite). */
  extra: InStatement[] = [],
): Promise<StepResult> {
  return runStep(db, order.id, [
    ...extra,
    orderAuditStatement(order.id, order.status, {
      userId: actor.userId,
      ip: actor.ip ?? null,
      action,
      entityId: order.number,
      before: { status: order.status },
      after: { status: to, ...after },
    }),
    moveStatement(order.id, order.status, to, set),
  ]);
}

/** Staff confirm an offline payment (bank transfer arrived, paid at the counter): stock is sold, buyer mailed. */
export async function markPaidByStaff(db: Db, actor: OrderActor, orderId: number, origin: string): Promise<StepResult> {
  const order = await orderToMove(db, orderId, 'paid');
  if (!order) return unchanged('paid');
  if (order.paymentMethod === 'stripe') throw new FulfilmentError('card_payment');
  if (shortUnits(order) > 0) throw new FulfilmentError('short');
  const { changed } = await markOrderPaid(db, order.id, {
    actor,
    via: order.paymentMethod,
    mail: orderMail(order, origin, 'paid', await getShopSettings(db)),
    // Paid while waiting at the counter: it is still ready for pickup.
    to: order.readyAt ? 'ready_for_pickup' : 'paid',
  });
  const now = (await getOrderById(db, order.id))!;
  if (changed) sendQueuedMail(db);
  return { changed, status: now.status };
}

/**
 * Staff cancel an unpaid order: its reservation is released. A card order's open Checkout Session is
 * expired first; if Stripe says the buyer has just paid it, the order is left for that payment.
 */
export async function cancelUnpaidByStaff(db: Db, actor: OrderActor, orderId: number): Promise<StepResult> {
  const order = await orderToMove(db, orderId, 'cancelled');
  if (!order) return unchanged('cancelled');
  const stripe = getStripe();
  if (order.paymentMethod === 'stripe' && order.payment?.stripeSessionId && stripe) {
    try {
      const session = await expireCheckoutSession(stripe, order.payment.stripeSessionId);
      if (session.status === 'complete' && session.payment_status !== 'unpaid') return unchanged(order.status);
    } catch (error) {
      // Cancelled anyway: a payment that still comes is recorded and refunded (see unapplied-payments.ts).
      getLogger().error({ err: error, order: order.number }, 'could not expire the Checkout Session');
    }
  }
  const { changed } = await cancelUnpaidOrder(db, order.id, 'cancelled', { actor });
  return { changed, status: (await getOrderById(db, order.id))!.status };
}

/** The parcel is packed (paid → packed). */
export async function packOrder(db: Db, actor: OrderActor, orderId: number): Promise<StepResult> {
  const order = await orderToMove(db, orderId, 'packed');
  if (!order) return unchanged('packed');
  return simpleStep(db, actor, order, 'packed', 'order_packed');
}

export interface Shipment {
  carrier: Carrier;
  /** The carrier's name when `carrier` is 'other'. */
  carrierName?: string;
  tracking: string;
}

/** The parcel left with a carrier (packed → shipped): tracking number kept, buyer mailed in their language. */
export async function shipOrder(
  db: Db,
  actor: OrderActor,
  orderId: number,
  shipment: Shipment,
  origin: string,
): Promise<StepResult> {
  const order = await orderToMove(db, orderId, 'shipped');
  if (!order) return unchanged('shipped');
  if (order.shippingMethod === 'pickup') throw new FulfilmentError('pickup_order');
  const tracking = normaliseTracking(shipment.tracking);
  if (!isValidTracking(shipment.carrier, tracking)) throw new FulfilmentError('tracking');
  const carrier = shipment.carrier === 'other' ? (shipment.carrierName ?? '').trim() : shipment.carrier;
  if (carrier.length < 2) throw new FulfilmentError('carrier_name');
  const result = await simpleStep(
    db,
    actor,
    order,
    'shipped',
    'order_shipped',
    { carrier, tracking_number: tracking },
    { carrier, tracking },
  );
  if (result.changed) await sendFulfilmentMail(db, (await getOrderById(db, order.id))!, origin, 'shipped');
  return result;
}

/**
 * A pickup order waits at the shop (paid or packed → ready for pickup): the buyer is mailed. An unpaid
 * pay-at-pickup order may wait there too: it stays `pending_payment` with its units held until the hold
 * runs out, marked ready (`ready_at`) in one guarded write with its audit entry; the buyer's mail says
 * to pay at the counter and until when the goods are held.
 */
export async function markReadyForPickup(
  db: Db,
  actor: OrderActor,
  orderId: number,
  origin: string,
): Promise<StepResult> {
  const current = await getOrderById(db, orderId);
  if (current && current.status === 'pending_payment') {
    if (current.shippingMethod !== 'pickup') throw new FulfilmentError('delivery_order');
    if (shortUnits(current) > 0) throw new FulfilmentError('short');
    if (current.paymentMethod !== 'pay_at_pickup')
      throw new IllegalTransitionError('pending_payment', 'ready_for_pickup');
    if (current.readyAt) return unchanged('pending_payment');
    const stillWaiting = {
      sql: `EXISTS (SELECT 1 FROM orders WHERE id = ? AND status = 'pending_payment' AND ready_at IS NULL)`,
      args: [current.id],
    };
    const result = await runStep(db, current.id, [
      auditStatement(
        {
          userId: actor.userId,
          ip: actor.ip ?? null,
          action: 'order_ready_for_pickup',
          entity: 'order',
          entityId: current.number,
          before: { status: 'pending_payment' },
          after: { status: 'pending_payment', ready: true, paid: false },
        },
        Date.now(),
        stillWaiting,
      ),
      {
        sql: `UPDATE orders SET ready_at = ?, updated_at = unixepoch('subsec') * 1000
               WHERE id = ? AND status = 'pending_payment' AND ready_at IS NULL`,
        args: [Date.now(), current.id],
      },
    ]);
    if (result.changed) await sendFulfilmentMail(db, (await getOrderById(db, current.id))!, origin, 'ready_for_pickup');
    return result;
  }
  const order = await orderToMove(db, orderId, 'ready_for_pickup');
  if (!order) return unchanged('ready_for_pickup');
  if (order.shippingMethod !== 'pickup') throw new FulfilmentError('delivery_order');
  const result = await simpleStep(db, actor, order, 'ready_for_pickup', 'order_ready_for_pickup');
  if (result.changed) await sendFulfilmentMail(db, (await getOrderById(db, order.id))!, origin, 'ready_for_pickup');
  return result;
}

/**
 * The end of an order: handed over at the shop (ready for pickup) or delivered by the carrier (shipped).
 * An unpaid order waiting at the counter is paid and handed over in one batch: stock sold, producers
 * credited, payment succeeded, both audit entries and the buyer's receipt mail.
 */
export async function markDelivered(db: Db, actor: OrderActor, orderId: number, origin = ''): Promise<StepResult> {
  const current = await getOrderById(db, orderId);
  if (current && unpaidAtCounter(current) === 'ready') {
    const settings = await getShopSettings(db);
    const { changed } = await markOrderPaid(db, current.id, {
      actor,
      via: 'pay_at_pickup',
      mail: orderMail(current, origin, 'paid', settings),
      to: 'delivered',
      // The review invite goes in the same batch, only if this call is the one that hands it over.
      before: reviewInviteStatements(current, guard(current.id, 'pending_payment'), origin, settings),
    });
    if (changed) sendQueuedMail(db);
    return { changed, status: (await getOrderById(db, current.id))!.status };
  }
  const order = await orderToMove(db, orderId, 'delivered');
  if (!order) return unchanged('delivered');
  const action = order.status === 'ready_for_pickup' ? 'order_handed_over' : 'order_delivered';
  const invite = reviewInviteStatements(order, guard(order.id, order.status), origin, await getShopSettings(db));
  const result = await simpleStep(db, actor, order, 'delivered', action, {}, {}, invite);
  if (result.changed && invite.length > 0) sendQueuedMail(db);
  return result;
}

export interface RefundRecord {
  method: RefundMethod;
  note?: string;
  stripeRefundId?: string | null;
  amountMinor: number;
  currency: string;
  via?: string;
}

/**
 * The statements of a refund, all guarded by the order's status `from`: sold units go back on hand at
 * the location they were sold from (ledger 'return' rows), the producers' sale credits are reversed by
 * 'refund' entries, the payment is marked refunded, the audit entry, and the order becomes refunded.
 */
function refundStatements(order: OrderView, actor: OrderActor, record: RefundRecord): InStatement[] {
  const g = guard(order.id, order.status);
  const stock = order.lines.flatMap((l): InStatement[] =>
    l.variantId === null || l.locationId === null
      ? []
      : [
          {
            sql: `INSERT INTO stock_levels (variant_id, location_id, on_hand) SELECT ?, ?, ? WHERE ${g.sql}
                  ON CONFLICT (variant_id, location_id)
                  DO UPDATE SET on_hand = on_hand + excluded.on_hand, updated_at = unixepoch('subsec') * 1000`,
            args: [l.variantId, l.locationId, l.quantity, ...g.args],
          },
          {
            sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, order_id, reason, user_id)
                  SELECT ?, ?, 'return', ?, ?, 'refund', ? WHERE ${g.sql}`,
            args: [l.variantId, l.locationId, l.quantity, order.id, actor.userId, ...g.args],
          },
        ],
  );
  return [
    ...stock,
    {
      sql: `INSERT INTO payout_entries (producer_id, kind, order_line_id, gross_tiyin, commission_tiyin, amount_tiyin, note, user_id)
            SELECT pe.producer_id, 'refund', pe.order_line_id, -pe.gross_tiyin, -pe.commission_tiyin, -pe.amount_tiyin, ?, ?
              FROM payout_entries pe JOIN order_lines ol ON ol.id = pe.order_line_id
             WHERE ol.order_id = ? AND pe.kind = 'sale'
               AND NOT EXISTS (SELECT 1 FROM payout_entries r WHERE r.order_line_id = pe.order_line_id AND r.kind = 'refund')
               AND ${g.sql}`,
      args: [order.number, actor.userId, order.id, ...g.args],
    },
    {
      sql: `UPDATE payments SET status = 'refunded', updated_at = unixepoch('subsec') * 1000
            WHERE order_id = ? AND status = 'succeeded' AND ${g.sql}`,
      args: [order.id, ...g.args],
    },
    orderAuditStatement(order.id, order.status, {
      userId: actor.userId,
      ip: actor.ip ?? null,
      action: 'order_refunded',
      entityId: order.number,
      before: { status: order.status },
      after: {
        status: 'refunded',
        method: record.method,
        note: record.note || null,
        amount: record.amountMinor,
        currency: record.currency,
        stripeRefund: record.stripeRefundId ?? null,
        via: record.via ?? null,
      },
    }),
    moveStatement(order.id, order.status, 'refunded'),
  ];
}

/**
 * Cancels a paid order that has not left the shop and gives the money back: through Stripe's Refunds
 * API for a card payment (idempotency key `refund-<order number>`, so clicking twice refunds once), or
 * recorded as paid back by staff in cash or by bank transfer, with a note. Then one batch returns the
 * stock and reverses the producers' credits (see refundStatements), and the buyer is mailed.
 */
export async function cancelPaidOrder(
  db: Db,
  actor: OrderActor,
  orderId: number,
  input: { method: RefundMethod; note?: string },
  origin: string,
  opts: { stripe?: Stripe | null } = {},
): Promise<StepResult> {
  const order = await orderToMove(db, orderId, 'refunded');
  if (!order) return unchanged('refunded');
  const card = order.paymentMethod === 'stripe';
  if (card !== (input.method === 'stripe')) throw new FulfilmentError('refund_method');
  const note = (input.note ?? '').trim();
  if (!card && note.length < 3) throw new FulfilmentError('note');
  const payment = order.payment;
  const record: RefundRecord = {
    method: input.method,
    note,
    amountMinor: payment?.amountMinor ?? order.totalChargedMinor,
    currency: payment?.currency ?? order.currency,
  };
  if (card) {
    const stripe = opts.stripe === undefined ? getStripe() : opts.stripe;
    if (!stripe) throw new FulfilmentError('stripe_unavailable');
    if (!payment?.stripePaymentIntentId) throw new FulfilmentError('refund_failed', 'no payment intent');
    try {
      const refund = await refundPayment(stripe, {
        orderId: order.id,
        orderNumber: order.number,
        paymentIntentId: payment.stripePaymentIntentId,
        amount: record.amountMinor,
      });
      record.stripeRefundId = refund.id;
    } catch (error) {
      throw new FulfilmentError('refund_failed', (error as Error).message);
    }
  }
  const result = await runStep(db, order.id, refundStatements(order, actor, record));
  if (result.changed) {
    await sendFulfilmentMail(db, (await getOrderById(db, order.id))!, origin, 'refunded', input.method);
  }
  return result;
}

/**
 * Stripe says a card payment was refunded in full (`charge.refunded`): the refund made from the staff
 * page, which changes nothing more, or one made in Stripe's dashboard for an order that has not left
 * the shop, which is then cancelled like one refunded here. `before` (the event's record) runs in the
 * same batch, so a repeated delivery fails on its id and changes nothing.
 */
export async function applyStripeRefund(
  db: Db,
  orderId: number,
  refund: { chargeId: string; before: InStatement[] },
  origin: string,
): Promise<boolean> {
  const order = await getOrderById(db, orderId);
  if (!order || !canTransition(order.status, 'refunded')) {
    await db.$client.batch(refund.before, 'write');
    return false;
  }
  const statements = refundStatements(
    order,
    { userId: null },
    {
      method: 'stripe',
      amountMinor: order.payment?.amountMinor ?? order.totalChargedMinor,
      currency: order.payment?.currency ?? order.currency,
      stripeRefundId: refund.chargeId,
      via: 'stripe_webhook',
    },
  );
  const { changed } = await runStep(db, order.id, [...refund.before, ...statements]);
  if (changed) await sendFulfilmentMail(db, (await getOrderById(db, order.id))!, origin, 'refunded', 'stripe');
  return changed;
}

/** Runs the action a staff member chose on the order page. */
export function runOrderAction(
  db: Db,
  actor: OrderActor,
  orderId: number,
  form: OrderActionForm,
  origin: string,
): Promise<StepResult> {
  switch (form.action) {
    case 'mark_paid':
      return markPaidByStaff(db, actor, orderId, origin);
    case 'cancel':
      return cancelUnpaidByStaff(db, actor, orderId);
    case 'pack':
      return packOrder(db, actor, orderId);
    case 'ship':
      return shipOrder(
        db,
        actor,
        orderId,
        { carrier: form.carrier, carrierName: form.carrier_name, tracking: form.tracking },
        origin,
      );
    case 'ready_for_pickup':
      return markReadyForPickup(db, actor, orderId, origin);
    case 'deliver':
      return markDelivered(db, actor, orderId, origin);
    case 'refund':
      return cancelPaidOrder(db, actor, orderId, { method: form.method, note: form.note }, origin);
  }
}

export interface StaffOrder {
  order: OrderView;
  /** Where each line is kept and its barcode, by line id. */
  places: Map<number, LinePlace>;
  /** The order's audit entries, oldest first. */
  history: AuditRow[];
  actions: FulfilmentAction[];
  /** Returns and refunds of the delivered order, oldest first. */
  returns: ReturnRow[];
}

/** Everything the staff order page shows: the order, where its goods are, its history, what can be done. */
export async function getStaffOrder(db: Db, number: string, locale: Locale): Promise<StaffOrder | null> {
  if (!/^OVP-\d{6}-\d{5}$/.test(number)) return null;
  const order = await getOrderByNumber(db, number);
  if (!order || order.channel !== 'online') return null;
  const [places, history, returns] = await Promise.all([
    orderLinePlaces(db, order.id, locale),
    listAudit(db, { entity: 'order', entityId: order.number, limit: 200 }),
    listReturns(db, order.id),
  ]);
  return { order, places, history: history.reverse(), actions: allowedActions(order), returns };
}

export interface PickItem {
  sku: string;
  barcode: string | null;
  /** What the pick list's bars encode: EAN-13 of the GTIN, else Code 128 of the SKU. */
  code: BarcodeChoice;
  productName: string;
  variantLabel: string;
  quantity: number;
  orders: { number: string; quantity: number }[];
}
export interface PickProducer {
  producerName: string;
  quantity: number;
  items: PickItem[];
}
export interface PickLocation {
  locationName: string | null;
  quantity: number;
  producers: PickProducer[];
}
export interface PickList {
  locations: PickLocation[];
  orders: string[];
}

/**
 * What to take off the shelves for paid online orders: by stock location (the shop, the warehouse,
 * then producers' homes), then producer, then variant, with the quantity for each order. Names are in
 * the staff member's language, falling back like the catalogue.
 */
export async function pickList(db: Db, locale: Locale): Promise<PickList> {
  const rs = await db.$client.execute({
    sql: `SELECT ol.location_id, ol.producer_id, ol.variant_id, ol.sku, ol.quantity, o.number, v.barcode,
                 (SELECT name FROM stock_location_translations WHERE location_id = ol.location_id
                   AND locale = ${bestLocaleSql('stock_location_translations', 'location_id', 'ol.location_id', locale)}) AS location_name,
                 coalesce((SELECT name FROM producer_translations WHERE producer_id = ol.producer_id
                   AND locale = ${bestLocaleSql('producer_translations', 'producer_id', 'ol.producer_id', locale)}), ol.producer_name) AS producer_name,
                 coalesce((SELECT name FROM product_translations WHERE product_id = ol.product_id
                   AND locale = ${bestLocaleSql('product_translations', 'product_id', 'ol.product_id', locale)}), ol.product_name) AS product_name,
                 coalesce((SELECT label FROM variant_translations WHERE variant_id = ol.variant_id
                   AND locale = ${bestLocaleSql('variant_translations', 'variant_id', 'ol.variant_id', locale)}), ol.variant_label) AS variant_label
            FROM order_lines ol JOIN orders o ON o.id = ol.order_id
            LEFT JOIN variants v ON v.id = ol.variant_id
            LEFT JOIN stock_locations l ON l.id = ol.location_id
           WHERE o.status = 'paid' AND o.channel = 'online'
           ORDER BY l.id IS NULL, l.kind = 'producer_home', l.sort, l.id, producer_name, ol.producer_id,
                    product_name, variant_label, ol.sku, o.created_at, o.id`,
    args: [],
  });
  const locations = new Map<string, PickLocation>();
  const producers = new Map<string, PickProducer>();
  const items = new Map<string, PickItem>();
  const orders = new Set<string>();
  for (const r of rs.rows) {
    const quantity = Number(r.quantity);
    const number = String(r.number);
    orders.add(number);
    const lk = String(r.location_id);
    let location = locations.get(lk);
    if (!location) {
      location = {
        locationName: r.location_name === null ? null : String(r.location_name),
        quantity: 0,
        producers: [],
      };
      locations.set(lk, location);
    }
    const pk = `${lk}:${String(r.producer_id)}`;
    let producer = producers.get(pk);
    if (!producer) {
      producer = { producerName: String(r.producer_name), quantity: 0, items: [] };
      producers.set(pk, producer);
      location.producers.push(producer);
    }
    const ik = `${pk}:${String(r.sku)}`;
    let item = items.get(ik);
    if (!item) {
      item = {
        sku: String(r.sku),
        barcode: r.barcode === null ? null : String(r.barcode),
        code: chooseBarcode({ sku: String(r.sku), barcode: r.barcode === null ? null : String(r.barcode) }),
        productName: String(r.product_name),
        variantLabel: String(r.variant_label),
        quantity: 0,
        orders: [],
      };
      items.set(ik, item);
      producer.items.push(item);
    }
    const forOrder = item.orders.find((o) => o.number === number);
    if (forOrder) forOrder.quantity += quantity;
    else item.orders.push({ number, quantity });
    item.quantity += quantity;
    producer.quantity += quantity;
    location.quantity += quantity;
  }
  return { locations: [...locations.values()], orders: [...orders] };
}
