/**
 * What a producer sees of sales: the order lines with their goods, and the payout ledger. The shop is
 * the merchant of record; each paid line credits the producer its amount less the shop's commission.
 */
import type { InStatement } from '@libsql/client';
import type { Db } from '../../../db/client.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * Credits every producer in a paid order, in the same batch as the payment. With `whileStatus` it only
 * runs while the order still has that status (before the statement that changes it); NOT EXISTS makes
 * a repeat a no-op either way.
 */
export function saleCreditStatements(order: number | { accessToken: string }, whileStatus?: string): InStatement[] {
  // A sale written in the same batch has no id yet: it is found by its access token.
  const [ref, refArg] =
    typeof order === 'number' ? ['?', order] : ['(SELECT id FROM orders WHERE access_token = ?)', order.accessToken];
  const guard = whileStatus ? `AND EXISTS (SELECT 1 FROM orders WHERE id = ${ref} AND status = ?)` : '';
  return [
    {
      sql: `INSERT INTO payout_entries (producer_id, kind, order_line_id, gross_tiyin, commission_tiyin, amount_tiyin)
            SELECT ol.producer_id, 'sale', ol.id, ol.line_total_tiyin,
                   (ol.line_total_tiyin * pr.commission_bps + 5000) / 10000,
                   ol.line_total_tiyin - (ol.line_total_tiyin * pr.commission_bps + 5000) / 10000
              FROM order_lines ol JOIN producers pr ON pr.id = ol.producer_id
             WHERE ol.order_id = ${ref}
               AND NOT EXISTS (SELECT 1 FROM payout_entries pe WHERE pe.order_line_id = ol.id AND pe.kind = 'sale')
               ${guard}`,
      args: whileStatus ? [refArg, refArg, whileStatus] : [refArg],
    },
  ];
}

export interface ProducerOrderLine {
  orderNumber: string;
  createdAt: number;
  status: string;
  channel: string;
  shippingMethod: string | null;
  country: string | null;
  productName: string;
  variantLabel: string;
  quantity: number;
  lineTotalTiyin: number;
}

/** A line's product or variant text in the producer's reading language, else their main language, else the order's copy. */
const ownText = (table: string, fk: string, idExpr: string, column: string, snapshot: string) =>
  `coalesce((SELECT ${column} FROM ${table} WHERE ${fk} = ${idExpr} AND locale = ?1),
            (SELECT t.${column} FROM ${table} t JOIN producers pr ON pr.id = ol.producer_id
              WHERE t.${fk} = ${idExpr} AND t.locale = pr.main_locale),
            ${snapshot})`;

/**
 * Lines of orders that contain the producer's goods, newest first. No buyer contact details. Goods are
 * named in the language the producer reads the page in (the order keeps the buyer's language's copy).
 */
export async function listProducerOrderLines(
  db: Db,
  producerId: number,
  locale: Locale,
  limit = 200,
): Promise<ProducerOrderLine[]> {
  const rs = await db.$client.execute({
    sql: `SELECT o.number, o.created_at, o.status, o.channel, o.shipping_method, o.country,
                 ${ownText('product_translations', 'product_id', 'ol.product_id', 'name', 'ol.product_name')} AS product_name,
                 ${ownText('variant_translations', 'variant_id', 'ol.variant_id', 'label', 'ol.variant_label')} AS variant_label,
                 ol.quantity, ol.line_total_tiyin
            FROM order_lines ol JOIN orders o ON o.id = ol.order_id
           WHERE ol.producer_id = ?2 ORDER BY o.created_at DESC, ol.id LIMIT ?3`,
    args: [locale, producerId, limit],
  });
  return rs.rows.map((r) => ({
    orderNumber: String(r.number),
    createdAt: Number(r.created_at),
    status: String(r.status),
    channel: String(r.channel),
    shippingMethod: r.shipping_method === null ? null : String(r.shipping_method),
    country: r.country === null ? null : String(r.country),
    productName: String(r.product_name),
    variantLabel: String(r.variant_label),
    quantity: Number(r.quantity),
    lineTotalTiyin: Number(r.line_total_tiyin),
  }));
}

export interface Earnings {
  grossTiyin: number;
  commissionTiyin: number;
  earnedTiyin: number;
  paidOutTiyin: number;
  balanceTiyin: number;
  entries: {
    kind: string;
    createdAt: number;
    orderNumber: string | null;
    grossTiyin: number;
    commissionTiyin: number;
    amountTiyin: number;
    method: string | null;
    note: string | null;
  }[];
}

/** The producer's payout ledger: sales less commission, refunds, payouts made, and the balance owed. */
export async function producerEarnings(db: Db, producerId: number, limit = 200): Promise<Earnings> {
  const [totals, entries] = await db.$client.batch(
    [
      {
        sql: `SELECT coalesce(sum(CASE WHEN kind IN ('sale', 'refund') THEN gross_tiyin END), 0) AS gross,
                     coalesce(sum(CASE WHEN kind IN ('sale', 'refund') THEN commission_tiyin END), 0) AS commission,
                     coalesce(sum(CASE WHEN kind != 'payout' THEN amount_tiyin END), 0) AS earned,
                     coalesce(-sum(CASE WHEN kind = 'payout' THEN amount_tiyin END), 0) AS paid,
                     coalesce(sum(amount_tiyin), 0) AS balance
                FROM payout_entries WHERE producer_id = ?`,
        args: [producerId],
      },
      {
        sql: `SELECT pe.*, o.number FROM payout_entries pe
                LEFT JOIN order_lines ol ON ol.id = pe.order_line_id LEFT JOIN orders o ON o.id = ol.order_id
               WHERE pe.producer_id = ? ORDER BY pe.created_at DESC, pe.id DESC LIMIT ?`,
        args: [producerId, limit],
      },
    ],
    'read',
  );
  const t = totals!.rows[0]!;
  return {
    grossTiyin: Number(t.gross),
    commissionTiyin: Number(t.commission),
    earnedTiyin: Number(t.earned),
    paidOutTiyin: Number(t.paid),
    balanceTiyin: Number(t.balance),
    entries: entries!.rows.map((r) => ({
      kind: String(r.kind),
      createdAt: Number(r.created_at),
      orderNumber: r.number === null ? null : String(r.number),
      grossTiyin: Number(r.gross_tiyin),
      commissionTiyin: Number(r.commission_tiyin),
      amountTiyin: Number(r.amount_tiyin),
      method: r.method === null ? null : String(r.method),
      note: r.note === null ? null : String(r.note),
    })),
  };
}
