import type { Db } from '../../../db/client.ts';
import { isCurrency, type Currency, type Rate } from './money.ts';

let cache: { at: number; rates: Map<Currency, Rate> } | undefined;
const TTL_MS = 30_000;

/** The currency rates table (KGS base), memoised for 30 s: admins change it a few times a week. */
export async function getRates(db: Db, now = Date.now()): Promise<Map<Currency, Rate>> {
  if (cache && now - cache.at < TTL_MS) return cache.rates;
  const rs = await db.$client.execute('SELECT currency, kgs_per_unit_micros, set_on FROM currency_rates');
  const rates = new Map<Currency, Rate>();
  for (const r of rs.rows) {
    const currency = String(r.currency);
    if (isCurrency(currency)) {
      rates.set(currency, { currency, kgsPerUnitMicros: Number(r.kgs_per_unit_micros), setOn: String(r.set_on) });
    }
  }
  if (!rates.has('KGS')) rates.set('KGS', { currency: 'KGS', kgsPerUnitMicros: 1_000_000, setOn: '' });
  cache = { at: now, rates };
  return rates;
}

/** Forgets memoised rates (after an admin changes them, and in tests). */
export function clearRatesCache(): void {
  cache = undefined;
}
