/** The order mail in the buyer's language: what they bought, what they pay, how, and their private link. */
import type { Db } from '../../../db/client.ts';
import { getEnv } from '../env.ts';
import { getTranslator } from '../i18n/translate.ts';
import { sendMail } from '../mail/outbox.ts';
import { formatMoney, formatPrice, isCurrency } from '../money/money.ts';
import type { OrderView } from '../orders/queries.ts';

/** Writes (and, with SMTP, sends) the confirmation of a placed or paid order. */
export async function sendOrderMail(
  db: Db,
  order: OrderView,
  origin: string,
  event: 'placed' | 'paid',
): Promise<number> {
  const t = getTranslator(order.locale);
  const env = getEnv();
  const kgs = (tiyin: number) => formatPrice(order.locale, tiyin, undefined);
  const charged = isCurrency(order.currency)
    ? formatMoney(order.locale, { amount: order.totalChargedMinor, currency: order.currency })
    : '';
  const lines = order.lines.map(
    (l) => `• ${l.productName} — ${l.variantLabel} × ${l.quantity} = ${kgs(l.lineTotalTiyin)} (${l.producerName})`,
  );
  const payment =
    order.status === 'paid'
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
  return sendMail(db, {
    to: order.email,
    subject: t('mail.subject', { number: order.number }),
    text,
    locale: order.locale,
  });
}
