/**
 * Card payments Stripe took that cannot be applied to their order: a second payment of an order already
 * paid, a payment that arrives after the order's hold lapsed, or one whose amount or currency is not the
 * order's. Each is recorded (once per PaymentIntent) and refunded in full through the Refunds API; when
 * the refund fails it waits on the staff page `/…/staff/payments` until staff retry it or resolve it.
 */
import type { InStatement } from '@libsql/client';
import type Stripe from 'stripe';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import type { UNAPPLIED_REASONS, UNAPPLIED_STATUSES } from '../../../db/schema/commerce.ts';
import { auditStatement } from '../audit/audit.ts';
import { getStripe, refundUnappliedPayment } from '../payments/stripe.ts';
import { getLogger } from '../log/logger.ts';

export type UnappliedReason = (typeof UNAPPLIED_REASONS)[number];
export type UnappliedStatus = (typeof UNAPPLIED_STATUSES)[number];

/** Statuses that need someone: a refund not yet confirmed, or one Stripe refused. */
export const OPEN_UNAPPLIED: readonly UnappliedStatus[] = ['refund_pending', 'refund_failed'];

export interface UnappliedInput {
  orderId: number;
  orderNumber: string;
  reason: UnappliedReason;
  amountMinor: number;
  currency: string;
  eventId: string | null;
  sessionId: string | null;
  paymentIntentId: string | null;
}

/**
 * The statements that record an unapplied payment, with an audit entry on its order. A PaymentIntent is
 * recorded once: the same payment told again (another event for it) adds nothing.
 */
export function recordUnappliedStatements(input: UnappliedInput): InStatement[] {
  // The audit entry first, written only while this PaymentIntent is not yet recorded.
  const audit = auditStatement(
    {
      userId: null,
      action: 'order_payment_unapplied',
      entity: 'order',
      entityId: input.orderNumber,
      after: {
        reason: input.reason,
        amount: input.amountMinor,
        currency: input.currency.toUpperCase(),
        paymentIntent: input.paymentIntentId,
        event: input.eventId,
      },
    },
    Date.now(),
    {
      sql: 'NOT EXISTS (SELECT 1 FROM unapplied_payments WHERE stripe_payment_intent_id = ?)',
      args: [input.paymentIntentId],
    },
  );
  return [
    audit,
    {
      sql: `INSERT INTO unapplied_payments (order_id, reason, amount_minor, currency, stripe_event_id, stripe_session_id, stripe_payment_intent_id)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stripe_payment_intent_id) DO NOTHING`,
      args: [
        input.orderId,
        input.reason,
        input.amountMinor,
        input.currency.toUpperCase(),
        input.eventId,
        input.sessionId,
        input.paymentIntentId,
      ],
    },
  ];
}

/** The recorded payment of a PaymentIntent, or null. */
export async function unappliedIdByPaymentIntent(db: Db, paymentIntentId: string): Promise<number | null> {
  const rs = await db.$client.execute({
    sql: 'SELECT id FROM unapplied_payments WHERE stripe_payment_intent_id = ?',
    args: [paymentIntentId],
  });
  return rs.rows[0] ? Number(rs.rows[0].id) : null;
}

export interface UnappliedPayment {
  id: number;
  orderId: number | null;
  orderNumber: string | null;
  reason: UnappliedReason;
  status: UnappliedStatus;
  amountMinor: number;
  currency: string;
  eventId: string | null;
  sessionId: string | null;
  paymentIntentId: string | null;
  refundId: string | null;
  error: string | null;
  note: string | null;
  createdAt: number;
  updatedAt: number;
}

const SELECT = `SELECT u.*, o.number AS order_number FROM unapplied_payments u LEFT JOIN orders o ON o.id = u.order_id`;

function toUnapplied(r: Record<string, unknown>): UnappliedPayment {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: Number(r.id),
    orderId: r.order_id === null ? null : Number(r.order_id),
    orderNumber: text(r.order_number),
    reason: r.reason as UnappliedReason,
    status: r.status as UnappliedStatus,
    amountMinor: Number(r.amount_minor),
    currency: String(r.currency),
    eventId: text(r.stripe_event_id),
    sessionId: text(r.stripe_session_id),
    paymentIntentId: text(r.stripe_payment_intent_id),
    refundId: text(r.stripe_refund_id),
    error: text(r.error),
    note: text(r.note),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

/** Unapplied payments for staff: those waiting for someone first (oldest first), then the newest settled (unless `openOnly`). */
export async function listUnappliedPayments(
  db: Db,
  limit = 100,
  options: { openOnly?: boolean } = {},
): Promise<UnappliedPayment[]> {
  const rs = await db.$client.execute({
    sql: `${SELECT} ${options.openOnly ? `WHERE u.status IN ('refund_pending', 'refund_failed')` : ''} ORDER BY u.status IN ('refund_pending', 'refund_failed') DESC,
            CASE WHEN u.status IN ('refund_pending', 'refund_failed') THEN u.id ELSE -u.id END LIMIT ?`,
    args: [limit],
  });
  return rs.rows.map((r) => toUnapplied(r as unknown as Record<string, unknown>));
}

/** One unapplied payment by id, or null. */
export async function getUnappliedPayment(db: Db, id: number): Promise<UnappliedPayment | null> {
  const rs = await db.$client.execute({ sql: `${SELECT} WHERE u.id = ?`, args: [id] });
  return rs.rows[0] ? toUnapplied(rs.rows[0] as unknown as Record<string, unknown>) : null;
}

/** How many unapplied payments wait for staff (for the dashboard). */
export async function countOpenUnappliedPayments(db: Db): Promise<number> {
  const rs = await db.$client.execute(
    `SELECT count(*) AS n FROM unapplied_payments WHERE status IN ('refund_pending', 'refund_failed')`,
  );
  return Number(rs.rows[0]!.n);
}

export type RefundOutcome = 'refunded' | 'failed' | 'settled';

/**
 * Refunds an unapplied payment through Stripe (once, whoever asks and however often): the row becomes
 * `refunded`, or `refund_failed` with Stripe's reason so it stays on the staff page. `settled` when it
 * was already refunded or resolved.
 */
export async function refundUnapplied(
  db: Db,
  id: number,
  opts: { actor?: { userId: number; ip?: string | null }; stripe?: Stripe | null } = {},
): Promise<RefundOutcome> {
  const payment = await getUnappliedPayment(db, id);
  if (!payment || !OPEN_UNAPPLIED.includes(payment.status)) return 'settled';
  const stripe = opts.stripe === undefined ? getStripe() : opts.stripe;
  let refund: Stripe.Refund | null = null;
  let error: string | null = null;
  if (!payment.paymentIntentId) error = 'Stripe named no PaymentIntent for this payment';
  else if (!stripe) error = 'Stripe is not configured';
  else {
    try {
      refund = await refundUnappliedPayment(stripe, {
        paymentIntentId: payment.paymentIntentId,
        amount: payment.amountMinor,
        orderNumber: payment.orderNumber,
      });
    } catch (e) {
      error = (e as Error).message || String(e);
    }
  }
  const guard = `WHERE id = ? AND status IN ('refund_pending', 'refund_failed')`;
  if (!refund) {
    getLogger().error({ unappliedPayment: id, reason: error }, 'refund of an unapplied payment failed');
    await db.$client.execute({
      sql: `UPDATE unapplied_payments SET status = 'refund_failed', error = ?, updated_at = unixepoch('subsec') * 1000 ${guard}`,
      args: [error, id],
    });
    return 'failed';
  }
  const results = await db.$client.batch(
    [
      {
        sql: `UPDATE unapplied_payments SET status = 'refunded', stripe_refund_id = ?, error = NULL, updated_at = unixepoch('subsec') * 1000 ${guard}`,
        args: [refund.id, id],
      },
      ...(payment.orderNumber
        ? [
            auditStatement({
              userId: opts.actor?.userId ?? null,
              ip: opts.actor?.ip ?? null,
              action: 'order_unapplied_refunded',
              entity: 'order',
              entityId: payment.orderNumber,
              after: { amount: payment.amountMinor, currency: payment.currency, refund: refund.id },
            }),
          ]
        : []),
    ],
    'write',
  );
  return (results[0]?.rowsAffected ?? 0) > 0 ? 'refunded' : 'settled';
}

/**
 * Staff settle an unapplied payment by hand (refunded in Stripe's dashboard, or applied to the order after
 * talking to the buyer), with a note that goes to the audit log.
 */
export async function resolveUnapplied(
  db: Db,
  id: number,
  actor: { userId: number; ip?: string | null },
  note: string,
): Promise<boolean> {
  const payment = await getUnappliedPayment(db, id);
  if (!payment || !OPEN_UNAPPLIED.includes(payment.status)) return false;
  const [result] = await db.$client.batch(
    [
      {
        sql: `UPDATE unapplied_payments SET status = 'resolved', note = ?, resolved_by = ?, updated_at = unixepoch('subsec') * 1000
              WHERE id = ? AND status IN ('refund_pending', 'refund_failed')`,
        args: [note, actor.userId, id],
      },
      auditStatement({
        userId: actor.userId,
        ip: actor.ip ?? null,
        action: 'order_unapplied_resolved',
        entity: 'order',
        entityId: payment.orderNumber ?? `payment-${id}`,
        after: { note, amount: payment.amountMinor, currency: payment.currency },
      }),
    ],
    'write',
  );
  return (result?.rowsAffected ?? 0) > 0;
}

/**
 * Stripe says an unapplied payment's charge was refunded in full (by this module, or by staff in Stripe's
 * dashboard): it is settled. `record` is the event's idempotency row, in the same batch.
 */
export async function markUnappliedRefunded(
  db: Db,
  id: number,
  refundId: string | null,
  record: InStatement,
): Promise<boolean> {
  const [, result] = await db.$client.batch(
    [
      record,
      {
        sql: `UPDATE unapplied_payments SET status = 'refunded', stripe_refund_id = coalesce(stripe_refund_id, ?), error = NULL,
                updated_at = unixepoch('subsec') * 1000 WHERE id = ? AND status IN ('refund_pending', 'refund_failed')`,
        args: [refundId, id],
      },
    ],
    'write',
  );
  return (result?.rowsAffected ?? 0) > 0;
}

/** What staff may do with an unapplied payment on `/…/staff/payments`. */
export const UnappliedActionForm = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('retry'), id: z.coerce.number().int().positive() }),
  z.object({
    intent: z.literal('resolve'),
    id: z.coerce.number().int().positive(),
    note: z.string().trim().min(3, 'staff.payments.error.note').max(500, 'staff.payments.error.note'),
  }),
]);
export type UnappliedActionForm = z.infer<typeof UnappliedActionForm>;

export type UnappliedActionResult = { done: 'refunded' | 'resolved' } | { error: 'gone' } | { failed: string };

/** Runs what staff chose: refund again through Stripe, or mark settled by hand with a note. */
export async function runUnappliedAction(
  db: Db,
  actor: { userId: number; ip?: string | null },
  form: UnappliedActionForm,
): Promise<UnappliedActionResult> {
  if (form.intent === 'resolve') {
    return (await resolveUnapplied(db, form.id, actor, form.note)) ? { done: 'resolved' } : { error: 'gone' };
  }
  const outcome = await refundUnapplied(db, form.id, { actor });
  if (outcome === 'refunded') return { done: 'refunded' };
  if (outcome === 'settled') return { error: 'gone' };
  return { failed: (await getUnappliedPayment(db, form.id))?.error ?? '' };
}
