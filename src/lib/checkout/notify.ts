/**
 * The order mails in the buyer's language: what they bought, what they pay, how, and their private link;
 * then the parcel's tracking number, the pickup notice, or the refund.
 */
import type { InStatement } from '@libsql/client';
import type { Db } from '../../../db/client.ts';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import { getTranslator } from '../i18n/translate.ts';
import { kickOutbox, queueMailStatement, sendMail, type Mail } from '../mail/outbox.ts';
import { formatMoney, formatPrice, isCurrency } from '../money/money.ts';
import { carrierName, trackingUrl } from '../orders/carriers.ts';
import type { OrderView } from '../orders/queries.ts';
import { getShopSettings, shopDetails, type ShopDetails, type ShopSettings } from '../settings/shop.ts';

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
export function orderMailStatement(
  order: OrderMailFacts,
  origin: string,
  event: 'placed' | 'paid',
  shop: ShopSettings,
): InStatement {
  return queueMailStatement(orderMail(order, origin, event, shop), { accessToken: order.accessToken });
}

/** Sends what was queued in a batch (when SMTP is configured). */
export function sendQueuedMail(db: Db): void {
  kickOutbox(db);
}

/** The shop's name, address, hours and contacts under every mail, in the buyer's language. */
function signature(t: ReturnType<typeof getTranslator>, shop: ShopDetails): string[] {
  return [
    t('mail.signature'),
    shop.legalName,
    `${shop.address}. ${shop.hours}`,
    [shop.phone, shop.email].filter(Boolean).join(' · '),
    shop.whatsapp ? `WhatsApp: ${shop.whatsapp}` : '',
    shop.telegram ? `Telegram: @${shop.telegram.replace(/^@/, '')}` : '',
  ].filter(Boolean);
}

/** The confirmation of a placed or paid order, in the buyer's language, with the shop's current details. */
export function orderMail(
  order: OrderMailFacts,
  origin: string,
  event: 'placed' | 'paid',
  settings: ShopSettings,
): Mail {
  const t = getTranslator(order.locale);
  const shop = shopDetails(settings, order.locale);
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
            `${t('order.bank.recipient')}: ${shop.bankRecipient}`,
            `${t('order.bank.name')}: ${shop.bankName}`,
            `${t('order.bank.account')}: ${shop.bankAccount}`,
            `${t('order.bank.bic')}: ${shop.bankBic} · SWIFT: ${shop.bankSwift}`,
          ].join('\n')
        : order.paymentMethod === 'pay_at_pickup'
          ? [t('mail.payAtPickup'), t('mail.ready.where', { address: shop.address, hours: shop.hours })].join('\n')
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
    ...signature(t, shop),
  ].join('\n');
  return { to: order.email, subject: t('mail.subject', { number: order.number }), text, locale: order.locale };
}

/**
 * The invitation to review what was delivered, in the buyer's language: the products and the private
 * link (`link`, with its token) that works until `expiresAt`. Queued in the delivering batch.
 */
export function reviewInviteMail(
  order: Pick<OrderView, 'locale' | 'name' | 'email' | 'number'> & {
    lines: Pick<OrderView['lines'][number], 'productName'>[];
  },
  link: string,
  expiresAt: number,
  settings: ShopSettings,
): Mail {
  const t = getTranslator(order.locale);
  const shop = shopDetails(settings, order.locale);
  const products = [...new Set(order.lines.map((l) => l.productName))].map((name) => `• ${name}`);
  const text = [
    t('mail.greeting', { name: order.name }),
    '',
    t('mail.review.intro', { number: order.number }),
    '',
    ...products,
    '',
    t('mail.review.link'),
    link,
    t('mail.review.until', { date: formatDate(order.locale, expiresAt) }),
    '',
    ...signature(t, shop),
  ].join('\n');
  return { to: order.email, subject: t('mail.review.subject', { number: order.number }), text, locale: order.locale };
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
  const shop = shopDetails(await getShopSettings(db), order.locale);
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
          ...[trackingUrl(order.carrier, order.trackingNumber)].filter((url) => url !== null),
        ]
      : event === 'ready_for_pickup'
        ? [
            t('mail.ready.intro', { number: order.number }),
            t('mail.ready.where', { address: shop.address, hours: shop.hours }),
            // Ready before paid: they pay at the counter, and the goods wait only until the hold ends.
            ...(order.status === 'pending_payment'
              ? [
                  t('mail.ready.payAtCounter', { amount }),
                  ...(order.reservationExpiresAt
                    ? [
                        t('mail.ready.heldUntil', {
                          deadline: formatDateTime(order.locale, order.reservationExpiresAt),
                        }),
                      ]
                    : []),
                ]
              : []),
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
    ...signature(t, shop),
  ].join('\n');
  const subject = {
    shipped: t('mail.shipped.subject', { number: order.number }),
    ready_for_pickup: t('mail.ready.subject', { number: order.number }),
    refunded: t('mail.refunded.subject', { number: order.number }),
  }[event];
  return sendMail(db, { to: order.email, subject, text, locale: order.locale });
}
