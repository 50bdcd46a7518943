import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  bishkekDate,
  bishkekDayStart,
  countPeriods,
  isIsoDate,
  periodKey,
  periodKeys,
  periodKeySql,
  periodLabel,
  quickRange,
  weekStart,
} from './period.ts';

describe('Bishkek calendar', () => {
  it('puts 00:30 in Bishkek on its own day although it is still the day before in UTC', () => {
    const ms = Date.parse('2026-03-01T18:30:00Z');
    expect(bishkekDate(ms)).toBe('2026-03-02');
    expect(bishkekDate(Date.parse('2026-03-01T17:59:59.999Z'))).toBe('2026-03-01');
    expect(bishkekDayStart('2026-03-02')).toBe(Date.parse('2026-03-01T18:00:00Z'));
  });

  it('validates calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('1.3.2026')).toBe(false);
  });

  it('starts weeks on Monday and lists every period of a range', () => {
    expect(weekStart('2026-03-01')).toBe('2026-02-23'); // a Sunday
    expect(weekStart('2026-03-02')).toBe('2026-03-02'); // a Monday
    expect(periodKeys('2026-02-27', '2026-03-02', 'day')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(periodKeys('2026-02-27', '2026-03-10', 'week')).toEqual(['2026-02-23', '2026-03-02', '2026-03-09']);
    expect(periodKeys('2025-11-30', '2026-02-01', 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodKeys('2026-03-02', '2026-03-01', 'day')).toEqual([]);
    expect(countPeriods('2024-01-01', '2026-01-01', 'day', 400)).toBe(401);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('buckets instants in SQLite exactly as in TypeScript', async () => {
    const client = createClient({ url: ':memory:' });
    // Around midnight in Bishkek, across month and year ends, every weekday.
    const instants = [
      '2025-12-31T17:59:59.999Z',
      '2025-12-31T18:00:00.000Z',
      '2026-02-28T18:30:00.000Z',
      '2026-03-01T17:00:00.000Z',
      ...Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2026, 5, 1 + i, (i * 7) % 24, 13)).toISOString()),
    ].map((iso) => Date.parse(iso) + 0.25); // created_at is written with sub-millisecond parts
    for (const unit of ['day', 'week', 'month'] as const) {
      for (const ms of instants) {
        const rs = await client.execute({ sql: `SELECT ${periodKeySql(unit, '?')} AS k`, args: [ms] });
        expect(String(rs.rows[0]!.k), `${unit} ${new Date(ms).toISOString()}`).toBe(periodKey(bishkekDate(ms), unit));
      }
    }
    client.close();
  });

  it('names periods in the page language', () => {
    expect(periodLabel('en', 'month', '2026-01')).toBe('January 2026');
    expect(periodLabel('ru', 'month', '2026-01')).toMatch(/январь 2026/);
    // ICU puts thin spaces around the range dash.
    expect(periodLabel('en', 'week', '2026-01-05').replace(/\s/g, ' ')).toBe('Jan 5 – 11, 2026');
    expect(periodLabel('en', 'day', '2026-01-05')).toBe('Jan 5, 2026');
    expect(periodLabel('ky', 'day', '2026-01-05', 'short')).toMatch(/5/);
  });

  it('offers quick ranges that end today', () => {
    expect(quickRange('last30', '2026-03-31')).toEqual({ from: '2026-03-02', to: '2026-03-31' });
    expect(quickRange('month', '2026-03-31')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(quickRange('last_month', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(quickRange('year', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });
});
