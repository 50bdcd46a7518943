/**
 * The papers of a parcel abroad: the address label and the UPU customs declaration (CN22 up to the
 * contents value in `CUSTOMS_CN22_MAX_SOM`, CN23 above it), filled from a packed order: a line per
 * order line with its English description, quantity, net weight, value in the order's currency,
 * HS code and country of origin; the sender is the shop (its settings), the addressee the buyer.
 */
import type { Db } from '../../../db/client.ts';
import { getEnv } from '../env.ts';
import type { BarcodeChoice } from '../labels/barcode.ts';
import { convertFromKgs, isCurrency, type Currency, type Money } from '../money/money.ts';
import { getShopSettings } from '../settings/shop.ts';

export type DeclarationForm = 'CN22' | 'CN23';

/** Why an order has no parcel papers. */
export type ParcelRefusal = 'not_international' | 'not_packed';

/** Countries whose customs read Russian: their lines also carry the Russian name the buyer saw. */
const RUSSIAN_READING = new Set(['RU', 'BY', 'KZ', 'KG', 'TJ', 'UZ', 'AM']);

/** CN22 while the contents are worth at most the limit (in tiyin), CN23 above it. */
export function declarationForm(contentsTiyin: number, limitTiyin: number): DeclarationForm {
  return contentsTiyin <= limitTiyin ? 'CN22' : 'CN23';
}

/** An HS code as the form prints it: its digits, six or more (`0409.00` → `040900`), or null. */
export function formatHsCode(code: string | null): string | null {
  const digits = (code ?? '').replace(/\D/g, '');
  return digits.length >= 6 ? digits : null;
}

export interface CustomsLineInput {
  sku: string;
  quantity: number;
  lineTotalTiyin: number;
  englishName: string;
  russianName: string | null;
  hsCode: string | null;
  /** Per unit; null when the variant has none (the shipping weight is used and flagged). */
  netWeightGrams: number | null;
  weightGrams: number;
  originCountry: string;
}

export interface CustomsLine {
  sku: string;
  quantity: number;
  description: string;
  /** The same goods in the destination's language, when it is one the shop writes (Russian). */
  localDescription: string | null;
  /** Net weight of the line (all its units), in grams. */
  netWeightGrams: number;
  /** True when the variant had no net weight and its shipping weight stands in. */
  netWeightEstimated: boolean;
  value: Money;
  hsCode: string | null;
  originCountry: string;
}

export interface CustomsTotals {
  lines: CustomsLine[];
  netWeightGrams: number;
  grossWeightGrams: number;
  /** The sum of the lines' values (each converted and rounded once), so the form adds up. */
  value: Money;
}

/** The declaration's lines and totals in the order's currency at the rate locked into the order. */
export function customsLines(
  inputs: CustomsLineInput[],
  rate: { currency: Currency; kgsPerUnitMicros: number },
  destination: string,
): CustomsTotals {
  const lines = inputs.map((l): CustomsLine => {
    const perUnit = l.netWeightGrams ?? l.weightGrams;
    return {
      sku: l.sku,
      quantity: l.quantity,
      description: l.englishName,
      localDescription:
        RUSSIAN_READING.has(destination) && l.russianName && l.russianName !== l.englishName ? l.russianName : null,
      netWeightGrams: perUnit * l.quantity,
      netWeightEstimated: l.netWeightGrams === null,
      value: convertFromKgs(l.lineTotalTiyin, rate),
      hsCode: formatHsCode(l.hsCode),
      originCountry: l.originCountry,
    };
  });
  return {
    lines,
    netWeightGrams: lines.reduce((s, l) => s + l.netWeightGrams, 0),
    grossWeightGrams: inputs.reduce((s, l) => s + l.weightGrams * l.quantity, 0),
    value: { amount: lines.reduce((s, l) => s + l.value.amount, 0), currency: rate.currency },
  };
}

export interface PostalAddress {
  name: string;
  lines: string[];
  country: string;
  phone: string | null;
  email: string | null;
}

export interface ParcelPapers extends CustomsTotals {
  form: DeclarationForm;
  number: string;
  status: string;
  carrier: string | null;
  trackingNumber: string | null;
  sender: PostalAddress;
  addressee: PostalAddress;
  /** Postage the buyer paid, in the declaration's currency (CN23's "postal charges"). */
  postage: Money;
  contentsTiyin: number;
  limitTiyin: number;
  orderBarcode: BarcodeChoice;
  trackingBarcode: BarcodeChoice | null;
}

export type ParcelResult = { ok: true; papers: ParcelPapers } | { ok: false; reason: ParcelRefusal };

/** The printable statuses: packed, and shipped (a label lost on the way is printed again). */
const PRINTABLE = new Set(['packed', 'shipped']);

/** Why an order has no parcel papers (not going abroad; not packed yet), or null when it has them. */
export function parcelRefusal(order: {
  country: string | null;
  shippingMethod: string | null;
  status: string;
}): ParcelRefusal | null {
  if (!order.country || order.country === 'KG' || order.shippingMethod === 'pickup') return 'not_international';
  return PRINTABLE.has(order.status) ? null : 'not_packed';
}

/** The parcel papers of an order by number, a refusal when it is not a packed parcel abroad, or null. */
export async function loadParcelPapers(db: Db, number: string): Promise<ParcelResult | null> {
  const rs = await db.$client.execute({
    sql: `SELECT id, number, status, name, phone, email, address, country, shipping_method, currency,
                 kgs_per_unit_micros, shipping_tiyin, carrier, tracking_number
            FROM orders WHERE number = ?`,
    args: [number],
  });
  const o = rs.rows[0];
  if (!o) return null;
  const country = o.country === null ? '' : String(o.country);
  const refusal = parcelRefusal({
    country,
    shippingMethod: o.shipping_method === null ? null : String(o.shipping_method),
    status: String(o.status),
  });
  if (refusal) return { ok: false, reason: refusal };

  const [lines, settings] = await Promise.all([
    db.$client.execute({
      sql: `SELECT ol.sku, ol.quantity, ol.line_total_tiyin, ol.product_name, ol.variant_label,
                   v.hs_code, v.net_weight_grams, v.weight_grams, v.origin_country,
                   (SELECT name FROM product_translations WHERE product_id = ol.product_id AND locale = 'en') AS en_name,
                   (SELECT label FROM variant_translations WHERE variant_id = ol.variant_id AND locale = 'en') AS en_label,
                   (SELECT name FROM product_translations WHERE product_id = ol.product_id AND locale = 'ru') AS ru_name,
                   (SELECT label FROM variant_translations WHERE variant_id = ol.variant_id AND locale = 'ru') AS ru_label
              FROM order_lines ol LEFT JOIN variants v ON v.id = ol.variant_id
             WHERE ol.order_id = ? ORDER BY ol.id`,
      args: [Number(o.id)],
    }),
    getShopSettings(db),
  ]);
  const named = (name: unknown, label: unknown) => [name, label].filter((x) => x !== null && x !== '').join(', ');
  const inputs = lines.rows.map((r): CustomsLineInput => ({
    sku: String(r.sku),
    quantity: Number(r.quantity),
    lineTotalTiyin: Number(r.line_total_tiyin),
    englishName: named(r.en_name ?? r.product_name, r.en_label ?? r.variant_label),
    russianName: r.ru_name === null ? null : named(r.ru_name, r.ru_label ?? r.variant_label),
    hsCode: r.hs_code === null ? null : String(r.hs_code),
    netWeightGrams: r.net_weight_grams === null ? null : Number(r.net_weight_grams),
    weightGrams: r.weight_grams === null ? 0 : Number(r.weight_grams),
    originCountry: r.origin_country === null ? 'KG' : String(r.origin_country),
  }));
  const currency: Currency = isCurrency(o.currency) ? o.currency : 'KGS';
  const rate = { currency, kgsPerUnitMicros: Number(o.kgs_per_unit_micros) };
  const totals = customsLines(inputs, rate, country);
  const contentsTiyin = inputs.reduce((s, l) => s + l.lineTotalTiyin, 0);
  const limitTiyin = getEnv().CUSTOMS_CN22_MAX_SOM * 100;
  const address = (o.address ? JSON.parse(String(o.address)) : {}) as Record<string, string>;
  const trackingNumber = o.tracking_number === null ? null : String(o.tracking_number);
  const orderNumber = String(o.number);
  return {
    ok: true,
    papers: {
      ...totals,
      form: declarationForm(contentsTiyin, limitTiyin),
      number: orderNumber,
      status: String(o.status),
      carrier: o.carrier === null ? null : String(o.carrier),
      trackingNumber,
      sender: {
        name: settings.legalName,
        lines: settings.address.en
          .split(/\n|,\s*/)
          .map((s) => s.trim())
          .filter(Boolean),
        country: 'KG',
        phone: settings.phone || null,
        email: settings.email || null,
      },
      addressee: {
        name: String(o.name),
        lines: [address.address, [address.postalCode, address.city].filter(Boolean).join(' ')].filter(
          (x): x is string => Boolean(x),
        ),
        country,
        phone: o.phone === null ? null : String(o.phone),
        email: String(o.email),
      },
      postage: convertFromKgs(Number(o.shipping_tiyin), rate),
      contentsTiyin,
      limitTiyin,
      orderBarcode: { kind: 'code128', text: orderNumber },
      trackingBarcode: trackingNumber ? { kind: 'code128', text: trackingNumber } : null,
    },
  };
}

/** A weight in kilograms as the forms want it: three decimals (0.250). */
export function kilograms(grams: number): string {
  return (grams / 1000).toFixed(3);
}
