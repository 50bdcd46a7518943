/**
 * The order mails in the buyer's language: what they bought, what they pay, how, and their private link;
 * then the parcel's tracking number, the pickup notice, or the refund.
 */
import type { InStatement } from '@libsql/client';
import type { Db } from '../../../db/client.ts';
import { getEnv } from '../env.ts';
import { getTranslator } from '../i18n/translate.ts';
import { kickOutbox, queueMailStatement, sendMail, type Mail } from '../mail/outbox.ts';
import { formatMoney, formatPrice, isCurrency } from '../money/money.ts';
import { carrierName } from '../orders/carriers.ts';
import type { OrderView } from '../orders/queries.ts';

/** What the confirmation tells: known before the order row exists, so it can go in the order's own batch. */
export type OrderMailFacts = Pick<
  OrderView,
  | 'locale'
  | 'name'
  | 'email'
  | 'number'
  | 'accessToken'
  | 'status'
  | 'paymentMethod'
  | 'shippingTiyin'
  | 'totalTiyin'
  | 'currency'
  | 'totalChargedMinor'
> & {
  lines: Pick<
    OrderView['lines'][number],
    'productName' | 'variantLabel' | 'quantity' | 'lineTotalTiyin' | 'producerName'
  >[];
};

/** The statement queueing the confirmation of an order being placed, for placeOrder's batch. */
export function orderMailStatement(order: OrderMailFacts, origin: string, event: 'placed' | 'paid'): InStatement {
  return queueMailStatement(orderMail(order, origin, event), { accessToken: order.accessToken });
}

/** Sends what was queued in a batch (when SMTP is configured). */
export function sendQueuedMail(db: Db): void {
  kickOutbox(db);
}

/** The confirmation of a placed or paid order, in the buyer's language. */
export function orderMail(order: OrderMailFacts, origin: string, event: 'placed' | 'paid'): Mail {
  const t = getTranslator(order.locale);
  const env = getEnv();
  const kgs = (tiyin: number) => formatPrice(order.locale, tiyin, undefined);
  const charged = isCurrency(order.currency)
    ? formatMoney(order.locale, { amount: order.totalChargedMinor, currency: order.currency })
    : '';
  const lines = order.lines.map(
    (l) => `• ${l.productName} — ${l.variantLabel} × ${l.quantity} = ${kgs(l.lineTotalTiyin)} (${l.producerName})`,
  );
  // A "paid" mail is written in the batch that marks the order paid, from the order as it was just before.
  const payment =
    event === 'paid' || order.status === 'paid'
      ? t('mail.paid')
      : order.paymentMethod === 'bank_transfer'
        ? [
            t('mail.bankTransfer', { reference: order.number }),
            `${t('order.bank.recipient')}: ${env.BANK_RECIPIENT}`,
            `${t('order.bank.name')}: ${env.BANK_NAME}`,
            `${t('order.bank.account')}: ${env.BANK_ACCOUNT}`,
            `${t('order.bank.bic')}: ${env.BANK_BIC} · SWIFT: ${env.BANK_SWIFT}`,
          ].join('\n')
        : order.paymentMethod === 'pay_at_pickup'
          ? t('mail.payAtPickup')
          : t('mail.cardPending');
  const text = [
    t('mail.greeting', { name: order.name }),
    '',
    t(event === 'paid' ? 'mail.intro.paid' : 'mail.intro.placed', { number: order.number }),
    '',
    ...lines,
    `${t('checkout.shipping')}: ${kgs(order.shippingTiyin)}`,
    `${t('checkout.total')}: ${kgs(order.totalTiyin)}${order.currency !== 'KGS' ? ` (${charged})` : ''}`,
    '',
    payment,
    '',
    t('mail.link'),
    `${origin}/${order.locale}/orders/${order.accessToken}`,
    '',
    t('mail.signature'),
  ].join('\n');
  return { to: order.email, subject: t('mail.subject', { number: order.number }), text, locale: order.locale };
}

export type FulfilmentMailEvent = 'shipped' | 'ready_for_pickup' | 'refunded';

/**
 * Tells the buyer that the parcel is on its way (carrier and tracking number), that the order waits at
 * the shop, or that it was cancelled and refunded (and how the money comes back).
 */
export async function sendFulfilmentMail(
  db: Db,
  order: OrderView,
  origin: string,
  event: FulfilmentMailEvent,
  refundMethod: 'stripe' | 'cash' | 'bank_transfer' = 'stripe',
): Promise<number> {
  const t = getTranslator(order.locale);
  const kgs = (tiyin: number) => formatPrice(order.locale, tiyin, undefined);
  const amount = isCurrency(order.currency)
    ? formatMoney(order.locale, { amount: order.totalChargedMinor, currency: order.currency })
    : kgs(order.totalTiyin);
  const body =
    event === 'shipped'
      ? [
          t('mail.shipped.intro', { number: order.number }),
          '',
          `${t('fulfil.carrier')}: ${carrierName(t, order.carrier ?? '')}`,
          `${t('fulfil.tracking')}: ${order.trackingNumber ?? ''}`,
        ]
      : event === 'ready_for_pickup'
        ? [
            t('mail.ready.intro', { number: order.number }),
            t('mail.ready.where', { address: t('footer.address'), hours: t('footer.hours') }),
          ]
        : [t('mail.refunded.intro', { number: order.number, amount }), t(`mail.refunded.${refundMethod}`)];
  const lines = order.lines.map((l) => `• ${l.productName} — ${l.variantLabel} × ${l.quantity}`);
  const text = [
    t('mail.greeting', { name: order.name }),
    '',
    ...body,
    '',
    ...lines,
    '',
    t('mail.link'),
    `${origin}/${order.locale}/orders/${order.accessToken}`,
    '',
    t('mail.signature'),
  ].join('\n');
  const subject = {
    shipped: t('mail.shipped.subject', { number: order.number }),
    ready_for_pickup: t('mail.ready.subject', { number: order.number }),
    refunded: t('mail.refunded.subject', { number: order.number }),
  }[event];
  return sendMail(db, { to: order.email, subject, text, locale: order.locale });
}
