import { LOCALE_TAGS, type Locale } from '../i18n/locales.ts';
import { currencySymbol } from '../i18n/names.ts';

/** Display currencies, KGS first (the base: prices are stored in KGS tiyin). */
export const CURRENCIES = ['KGS', 'USD', 'EUR', 'RUB', 'KZT', 'CNY', 'JPY', 'KRW'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Digits after the decimal point of each currency's minor unit (ISO 4217; JPY and KRW have none). */
export const MINOR_DIGITS: Record<Currency, number> = {
  KGS: 2,
  USD: 2,
  EUR: 2,
  RUB: 2,
  KZT: 2,
  CNY: 2,
  JPY: 0,
  KRW: 0,
};

/** An amount in minor units with its currency beside it. */
export interface Money {
  amount: number;
  currency: Currency;
}

/** A rate: how many KGS one unit of the currency costs, in millionths. */
export interface Rate {
  currency: Currency;
  kgsPerUnitMicros: number;
  setOn: string;
}

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

/** Integer division rounding half away from zero. */
function divRound(numerator: bigint, denominator: bigint): bigint {
  const q = numerator / denominator;
  const r = numerator % denominator;
  return r * 2n >= denominator ? q + 1n : q;
}

/**
 * Converts KGS tiyin into minor units of another currency at a rate, rounding half up.
 * Integer arithmetic throughout, so the same inputs always give the same cents.
 */
export function convertFromKgs(tiyin: number, rate: Pick<Rate, 'currency' | 'kgsPerUnitMicros'>): Money {
  if (!Number.isSafeInteger(tiyin) || tiyin < 0) throw new RangeError(`Bad amount: ${tiyin}`);
  if (rate.currency === 'KGS') return { amount: tiyin, currency: 'KGS' };
  if (!Number.isSafeInteger(rate.kgsPerUnitMicros) || rate.kgsPerUnitMicros <= 0) {
    throw new RangeError(`Bad rate for ${rate.currency}: ${rate.kgsPerUnitMicros}`);
  }
  const scale = 10n ** BigInt(MINOR_DIGITS[rate.currency]);
  // tiyin / 100 KGS  ÷  (micros / 1e6 KGS per unit)  ×  10^digits minor units per unit
  const amount = divRound(BigInt(tiyin) * 1_000_000n * scale, 100n * BigInt(rate.kgsPerUnitMicros));
  return { amount: Number(amount), currency: rate.currency };
}

/**
 * A cart or order line in a rate's currency as the payment adds it up: the unit price converted, then times
 * the quantity. Converting the line's KGS total instead can differ by a minor unit (2 × $4.35 is $8.70, but
 * 760 som converted is $8.69), and the buyer is charged this.
 */
export function lineMinor(
  unitTiyin: number,
  quantity: number,
  rate: Pick<Rate, 'currency' | 'kgsPerUnitMicros'>,
): number {
  return convertFromKgs(unitTiyin, rate).amount * quantity;
}

/** Formats lines' total in the visitor's display currency exactly as checkout charges it (`lineMinor`, summed). */
export function formatLines(
  locale: Locale,
  lines: readonly { unitPriceTiyin: number; quantity: number }[],
  rate: Rate | undefined,
): string {
  const at: Pick<Rate, 'currency' | 'kgsPerUnitMicros'> = rate ?? { currency: 'KGS', kgsPerUnitMicros: 1_000_000 };
  const amount = lines.reduce((sum, l) => sum + lineMinor(l.unitPriceTiyin, l.quantity, at), 0);
  return formatMoney(locale, { amount, currency: at.currency });
}

/** The amount Stripe expects: its smallest unit, which for these currencies is the ISO minor unit. */
export function toStripeAmount(money: Money): number {
  return money.amount;
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Formats money for a page's language. Whole amounts drop the decimals; the som is written
 * «сом» in Kyrgyz and Russian because few fonts carry the new ⃀ sign.
 */
export function formatMoney(locale: Locale, money: Money): string {
  const digits = MINOR_DIGITS[money.currency];
  const value = money.amount / 10 ** digits;
  const whole = Number.isInteger(value);
  const key = `${locale}:${money.currency}:${whole}`;
  let f = formats.get(key);
  if (!f) {
    const somWord = money.currency === 'KGS' && locale !== 'en';
    f = new Intl.NumberFormat(LOCALE_TAGS[locale], {
      style: somWord ? 'decimal' : 'currency',
      currency: money.currency,
      currencyDisplay: money.currency === 'KGS' ? 'code' : 'narrowSymbol',
      minimumFractionDigits: whole ? 0 : digits,
      maximumFractionDigits: whole ? 0 : digits,
    });
    formats.set(key, f);
  }
  if (money.currency === 'KGS') return locale !== 'en' ? `${f.format(value)}\u00a0сом` : f.format(value);
  // CLDR's narrow sign is "¥" for both yuan and yen: print the shop's own sign (CN¥, JP¥).
  const sign = currencySymbol(money.currency);
  return f
    .formatToParts(value)
    .map((part) => (part.type === 'currency' ? sign : part.value))
    .join('');
}

/** Formats a KGS price in the visitor's display currency. */
export function formatPrice(locale: Locale, tiyin: number, rate: Rate | undefined): string {
  const money = rate ? convertFromKgs(tiyin, rate) : { amount: tiyin, currency: 'KGS' as const };
  return formatMoney(locale, money);
}

/** Converts an amount typed in a display currency's major units (e.g. 12.5 USD) into KGS tiyin. */
export function majorToKgsTiyin(major: number, rate: Pick<Rate, 'kgsPerUnitMicros'> | undefined): number {
  const micros = rate?.kgsPerUnitMicros ?? 1_000_000;
  return Math.round((major * micros) / 10_000);
}
