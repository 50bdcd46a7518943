import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { claimScheduledJob } from '../jobs/schedule.ts';
import { importRatesFromUrl } from './rates-import.ts';
import { clearRatesCache, getRates, listRateHistory, parseKgsPerUnit, staleCurrencies, saveRates } from './rates.ts';

let db: Db;
const actor = { userId: 0, ip: 'test' };
const fixture = readFileSync(new URL('../../../tests/fixtures/nbkr-daily.xml', import.meta.url));
const at = (day: string) => Date.parse(`${day}T06:00:00Z`);

beforeAll(async () => {
  db = await freshDb();
  await saveRates(
    db,
    actor,
    [
      { currency: 'USD', effectiveOn: '2026-11-20', kgsPerUnitMicros: 87_450_000 },
      { currency: 'JPY', effectiveOn: '2026-11-20', kgsPerUnitMicros: 571_200 },
    ],
    'manual',
  );
});

describe('rates with history', () => {
  it('uses the latest rate on or before today, so a rate dated tomorrow waits for its day', async () => {
    await saveRates(
      db,
      actor,
      [{ currency: 'USD', effectiveOn: '2026-12-04', kgsPerUnitMicros: 88_000_000 }],
      'manual',
    );
    clearRatesCache(db);
    expect((await getRates(db, at('2026-12-03'))).get('USD')).toMatchObject({ kgsPerUnitMicros: 87_450_000 });
    expect((await getRates(db, at('2026-12-04'))).get('USD')).toMatchObject({ kgsPerUnitMicros: 88_000_000 });
    expect((await listRateHistory(db)).filter((r) => r.currency === 'USD')).toHaveLength(2);
  });

  it('imports the bank file and keeps currencies the bank does not publish', async () => {
    const fake = (async () => new Response(fixture)) as unknown as typeof fetch;
    const result = await importRatesFromUrl(db, 'https://nbkr.example/daily.xml', fake);
    expect(result).toEqual({ ok: true, date: '2026-12-03', currencies: ['USD', 'EUR', 'CNY', 'KZT', 'RUB'] });
    const rates = await getRates(db, at('2026-12-03'));
    expect(rates.get('USD')!.kgsPerUnitMicros).toBe(87_910_000);
    expect(rates.get('JPY')).toMatchObject({ kgsPerUnitMicros: 571_200, setOn: '2026-11-20' });
    const bad = (async () => new Response('<html>maintenance</html>')) as unknown as typeof fetch;
    expect(await importRatesFromUrl(db, 'https://nbkr.example/daily.xml', bad)).toEqual({
      ok: false,
      reason: 'bad_file',
    });
    const down = (async () => new Response('', { status: 503 })) as unknown as typeof fetch;
    expect(await importRatesFromUrl(db, 'https://nbkr.example/daily.xml', down)).toEqual({
      ok: false,
      reason: 'unreachable',
    });
  });

  it('lets one of several processes claim a scheduled run', async () => {
    const now = Date.now();
    const claims = await Promise.all(Array.from({ length: 5 }, () => claimScheduledJob(db, 'x', 3_600_000, now)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimScheduledJob(db, 'x', 3_600_000, now + 1000)).toBe(false);
    expect(await claimScheduledJob(db, 'x', 3_600_000, now + 3_600_000)).toBe(true);
  });

  it('calls rates stale past the configured days', async () => {
    const rates = await getRates(db, at('2026-12-03'));
    // KRW has no rate at all, JPY is the oldest in force (2026-11-20), the rest are of 2026-12-03.
    expect(staleCurrencies(rates, '2026-11-23', 3)).toEqual(['KRW']);
    expect(staleCurrencies(rates, '2026-11-24', 3)).toEqual(['KRW', 'JPY']);
    expect(staleCurrencies(rates, '2026-12-07', 3)).toEqual(['KRW', 'JPY', 'USD', 'EUR', 'RUB', 'KZT', 'CNY']);
  });

  it('reads rates as som with a comma or a point', () => {
    expect(parseKgsPerUnit('87,45')).toBe(87_450_000);
    expect(parseKgsPerUnit('0.061234')).toBe(61_234);
    expect(parseKgsPerUnit('0')).toBeNull();
    expect(parseKgsPerUnit('1,2345678')).toBeNull();
  });
});

describe('the rate form', () => {
  it('refuses impossible dates and rates without throwing', async () => {
    const { RateForm } = await import('./rates.ts');
    const bad = RateForm.safeParse({ currency: 'KGS', rate: '-3', effectiveOn: '2026-13-01' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['currency', 'rates.error.currency'],
      ['rate', 'rates.error.rate'],
      ['effectiveOn', 'rates.error.date'],
    ]);
    expect(RateForm.safeParse({ currency: 'USD', rate: '87,45', effectiveOn: '2026-02-29' }).success).toBe(false);
    expect(RateForm.parse({ currency: 'USD', rate: '87,45', effectiveOn: '2028-02-29' })).toEqual({
      currency: 'USD',
      rate: 87_450_000,
      effectiveOn: '2028-02-29',
    });
  });
});

describe('the scheduled import', () => {
  it('tries again after 15 minutes when the bank cannot be reached, else after the whole period', async () => {
    const { runScheduledRatesImport } = await import('./rates-import.ts');
    const next = async () =>
      Number(
        (await db.$client.execute("SELECT next_run_at FROM scheduled_jobs WHERE name = 'rates-import'")).rows[0]!
          .next_run_at,
      );
    const now = Date.now();
    // Nothing listens on port 9 of this machine: unreachable.
    await runScheduledRatesImport(db, 'http://127.0.0.1:9/daily.xml', 6, now);
    expect(await next()).toBe(now + 15 * 60_000);
  });
});
