/**
 * Currency rates with their history: a row per currency and the date it applies from (Bishkek time). The
 * current rate of a currency is its latest row on or before today; orders lock the rate they were placed
 * at, so editing or importing rates never changes an order.
 */
import type { InStatement } from '@libsql/client';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import { getCatalogVersion, todayInBishkek } from '../catalog/queries.ts';
import { LOCALE_TAGS, type Locale } from '../i18n/locales.ts';
import { CURRENCIES, isCurrency, type Currency, type Rate } from './money.ts';

const caches = new WeakMap<Db, { key: string; rates: Map<Currency, Rate> }>();

/**
 * The rates in force today (KGS base), memoised while the catalogue version and the day stay the same: every
 * write to the rates table bumps the version (a trigger), so another process's edit is seen on the next request.
 */
export async function getRates(db: Db, now = Date.now()): Promise<Map<Currency, Rate>> {
  const today = todayInBishkek(new Date(now));
  const key = `${await getCatalogVersion(db)}:${today}`;
  const cache = caches.get(db);
  if (cache?.key === key) return cache.rates;
  const rs = await db.$client.execute({
    sql: `SELECT r.currency, r.kgs_per_unit_micros, r.effective_on FROM currency_rates r
          WHERE r.effective_on = (SELECT max(effective_on) FROM currency_rates x
                                  WHERE x.currency = r.currency AND x.effective_on <= ?)`,
    args: [today],
  });
  const rates = new Map<Currency, Rate>();
  for (const r of rs.rows) {
    const currency = String(r.currency);
    if (isCurrency(currency)) {
      rates.set(currency, { currency, kgsPerUnitMicros: Number(r.kgs_per_unit_micros), setOn: String(r.effective_on) });
    }
  }
  if (!rates.has('KGS')) rates.set('KGS', { currency: 'KGS', kgsPerUnitMicros: 1_000_000, setOn: '' });
  caches.set(db, { key, rates });
  return rates;
}

/** Forgets memoised rates of a database (in tests). */
export function clearRatesCache(db: Db): void {
  caches.delete(db);
}

/**
 * The shown currencies (besides KGS) whose rate in force is older than `staleDays` days on `today` (YYYY-MM-DD),
 * oldest first: the bank's daily file leaves some out (JPY, KRW), and those need an admin's hand.
 */
export function staleCurrencies(rates: Map<Currency, Rate>, today: string, staleDays: number): Currency[] {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  return CURRENCIES.filter((c) => c !== 'KGS')
    .filter((c) => {
      const rate = rates.get(c);
      return !rate || day(today) - day(rate.setOn) > staleDays;
    })
    .sort((a, b) => (rates.get(a)?.setOn ?? '').localeCompare(rates.get(b)?.setOn ?? ''));
}

export interface RateHistoryRow {
  currency: Currency;
  effectiveOn: string;
  kgsPerUnitMicros: number;
  source: 'seed' | 'manual' | 'nbkr';
  setByName: string | null;
  createdAt: number;
}

/** The newest rate rows, every currency, for the admin's history table. */
export async function listRateHistory(db: Db, limit = 100): Promise<RateHistoryRow[]> {
  const rs = await db.$client.execute({
    sql: `SELECT r.currency, r.effective_on, r.kgs_per_unit_micros, r.source, r.created_at, u.name
          FROM currency_rates r LEFT JOIN users u ON u.id = r.set_by
          WHERE r.currency != 'KGS' ORDER BY r.effective_on DESC, r.currency LIMIT ?`,
    args: [limit],
  });
  return rs.rows.map((r) => ({
    currency: String(r.currency) as Currency,
    effectiveOn: String(r.effective_on),
    kgsPerUnitMicros: Number(r.kgs_per_unit_micros),
    source: String(r.source) as RateHistoryRow['source'],
    setByName: r.name === null ? null : String(r.name),
    createdAt: Number(r.created_at),
  }));
}

/** "87,45" or "87.4500" som → micros (6 decimals at most); null when it is not a positive amount. */
export function parseKgsPerUnit(text: string): number | null {
  const m = /^(\d{1,9})(?:[.,](\d{1,6}))?$/.exec(text.replace(/[\s\u00a0]/g, ''));
  if (!m) return null;
  const micros = Number(m[1]) * 1_000_000 + Number((m[2] ?? '').padEnd(6, '0'));
  return micros > 0 && Number.isSafeInteger(micros) ? micros : null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar date written YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .trim()
  .regex(ISO_DATE, 'rates.error.date')
  .refine((d) => {
    const time = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d);
  }, 'rates.error.date');

/** An admin's rate: a shown currency (not KGS), KGS per unit, the date it applies from. */
export const RateForm = z.object({
  currency: z.enum(CURRENCIES.filter((c) => c !== 'KGS') as [Currency, ...Currency[]], {
    error: 'rates.error.currency',
  }),
  rate: z
    .string()
    .transform((s) => parseKgsPerUnit(s) ?? 0)
    .refine((n) => n > 0, 'rates.error.rate'),
  effectiveOn: IsoDate,
});
export type RateForm = z.infer<typeof RateForm>;

export interface RateActor {
  userId: number;
  ip: string;
}

export interface NewRate {
  currency: Currency;
  effectiveOn: string;
  kgsPerUnitMicros: number;
}

/**
 * Writes rates (one per currency and date; the same currency and date again replaces the value) with one audit
 * row, in one batch. Returns how many rows were written.
 */
export async function saveRates(
  db: Db,
  actor: RateActor,
  rates: NewRate[],
  source: 'manual' | 'nbkr',
  now = Date.now(),
): Promise<number> {
  if (rates.length === 0) return 0;
  const statements: InStatement[] = rates.map((r) => ({
    sql: `INSERT INTO currency_rates (currency, effective_on, kgs_per_unit_micros, source, set_by)
          VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (currency, effective_on) DO UPDATE SET kgs_per_unit_micros = excluded.kgs_per_unit_micros,
            source = excluded.source, set_by = excluded.set_by, updated_at = unixepoch('subsec') * 1000`,
    args: [r.currency, r.effectiveOn, r.kgsPerUnitMicros, source, actor.userId || null],
  }));
  statements.push(
    auditStatement(
      {
        userId: actor.userId || null,
        action: source === 'nbkr' ? 'rates.import' : 'rates.set',
        entity: 'currency_rate',
        entityId: rates.map((r) => r.currency).join(','),
        after: rates,
        ip: actor.ip,
      },
      now,
    ),
  );
  await db.$client.batch(statements, 'write');
  return rates.length;
}

/** A rate as som per unit in the page's language: 87,45 · 0,0612. */
export function formatRate(locale: Locale, kgsPerUnitMicros: number): string {
  return new Intl.NumberFormat(LOCALE_TAGS[locale], { minimumFractionDigits: 2, maximumFractionDigits: 6 }).format(
    kgsPerUnitMicros / 1_000_000,
  );
}
