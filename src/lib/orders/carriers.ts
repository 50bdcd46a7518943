/**
 * The carriers the Karakol shop ships with, and their tracking numbers. A number is checked against its
 * carrier's format before a parcel is marked shipped, so a mistyped digit is caught at the desk and not
 * by a buyer whose tracking link finds nothing.
 */
import type { Translator } from '../i18n/translate.ts';

export const CARRIERS = ['kyrgyz_pochtasy', 'dhl', 'cdek', 'other'] as const;
export type Carrier = (typeof CARRIERS)[number];

/** A tracking number as typed, in upper case without spaces. */
export function normaliseTracking(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/**
 * A UPU S10 item number (EE123456785KG): two letters, eight digits, a check digit, the country code.
 * Kyrgyz Pochtasy and its EMS use it, like every postal operator.
 */
export function isS10(tracking: string): boolean {
  const m = /^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$/.exec(tracking);
  if (!m) return false;
  const sum = [...m[1]!].reduce((s, d, i) => s + Number(d) * S10_WEIGHTS[i]!, 0);
  const check = 11 - (sum % 11);
  return Number(m[2]) === (check === 10 ? 0 : check === 11 ? 5 : check);
}

/** True when the (normalised) tracking number fits the carrier's format. */
export function isValidTracking(carrier: Carrier, tracking: string): boolean {
  switch (carrier) {
    case 'kyrgyz_pochtasy':
      return isS10(tracking);
    case 'dhl':
      // Express waybills have 10 digits; DHL Parcel numbers start JJD or JVGL; Deutsche Post items are S10.
      return /^\d{10}$/.test(tracking) || /^(JJD|JVGL)\d{10,20}$/.test(tracking) || isS10(tracking);
    case 'cdek':
      return /^\d{8,12}$/.test(tracking);
    case 'other':
      return /^[A-Z0-9-]{5,40}$/.test(tracking) && /\d/.test(tracking);
  }
}

/** Whether a stored carrier value is one of the listed carriers (else it is the name staff typed). */
export function isListedCarrier(value: string): value is Carrier {
  return (CARRIERS as readonly string[]).includes(value);
}

/** The carrier's name in a language: a listed carrier by its key, another by the name staff typed. */
export function carrierName(t: Translator, value: string): string {
  return isListedCarrier(value) ? t(`fulfil.carrier.${value}`) : value;
}

/**
 * Each listed carrier's public tracking page, the number appended as a query value. Kyrgyz Pochtasy and
 * its EMS share one page; a carrier staff typed by name ('other') has none we know.
 */
const TRACKING_PAGES: Record<Exclude<Carrier, 'other'>, string> = {
  kyrgyz_pochtasy: 'https://kyrgyzpost.kg/ru/tracking?barcode=',
  dhl: 'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=',
  cdek: 'https://www.cdek.ru/ru/tracking?order_id=',
};

/**
 * The carrier's tracking page for a parcel, or null for another carrier or an empty number. The number is
 * URL-encoded, so a stored value can never break out of its query parameter.
 */
export function trackingUrl(carrier: string | null, tracking: string | null): string | null {
  if (!carrier || !tracking || !isListedCarrier(carrier) || carrier === 'other') return null;
  return TRACKING_PAGES[carrier] + encodeURIComponent(tracking);
}
