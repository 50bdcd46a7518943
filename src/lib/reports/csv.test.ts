import { describe, expect, it } from 'vitest';
import { getTranslator } from '../i18n/translate.ts';
import { salesReportCsv, salesReportFilename, somDecimal } from './csv.ts';
import type { SalesReport } from './sales.ts';

describe('sales report CSV', () => {
  it('writes tiyin as som exactly', () => {
    expect(somDecimal(0)).toBe('0.00');
    expect(somDecimal(5)).toBe('0.05');
    expect(somDecimal(123_456)).toBe('1234.56');
    expect(somDecimal(-1050)).toBe('-10.50');
    expect(somDecimal(9_007_199_254_740_900)).toBe('90071992547409.00');
  });

  it('writes a report with a localized header, one row per group and a descriptive file name', () => {
    const report: SalesReport = {
      query: { from: '2026-03-01', to: '2026-03-31', group: 'producer', channel: 'counter' },
      rows: [
        {
          key: 'toktogulovs',
          name: { text: 'Семья Токтогуловых', locale: 'ru' },
          orders: 2,
          units: 3,
          revenueTiyin: 135_000,
          commissionTiyin: 20_250,
          producersShareTiyin: 114_750,
        },
        { key: null, name: null, orders: 1, units: 1, revenueTiyin: 100, commissionTiyin: 100, producersShareTiyin: 0 },
      ],
      totals: {
        orders: 3,
        units: 4,
        revenueTiyin: 135_100,
        commissionTiyin: 20_350,
        producersShareTiyin: 114_750,
        producers: 1,
        villages: 1,
      },
    };
    const lines = salesReportCsv(report, getTranslator('ru'), 'ru').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Производитель,Код,Заказы,Штук,Выручка (сом),Доля производителей (сом),Комиссия магазина (сом)',
    );
    expect(lines[1]).toBe('Семья Токтогуловых,toktogulovs,2,3,1350.00,1147.50,202.50');
    expect(lines[2]).toBe('Неизвестно,,1,1,1.00,0.00,1.00');
    expect(lines[3]).toBe('');
    expect(salesReportFilename(report)).toBe('sales-by-producer-counter-2026-03-01-2026-03-31.csv');
  });

  it('writes periods as ISO keys with a readable label', () => {
    const report: SalesReport = {
      query: { from: '2026-01-01', to: '2026-02-10', group: 'month', channel: 'all' },
      rows: [
        {
          key: '2026-01',
          name: null,
          orders: 0,
          units: 0,
          revenueTiyin: 0,
          commissionTiyin: 0,
          producersShareTiyin: 0,
        },
      ],
      totals: {
        orders: 0,
        units: 0,
        revenueTiyin: 0,
        commissionTiyin: 0,
        producersShareTiyin: 0,
        producers: 0,
        villages: 0,
      },
    };
    const lines = salesReportCsv(report, getTranslator('en'), 'en').slice(1).split('\r\n');
    expect(lines[0]!.startsWith('Month,Period,Orders,Units,Revenue (som)')).toBe(true);
    expect(lines[1]).toBe('2026-01,January 2026,0,0,0.00,0.00,0.00');
    expect(salesReportFilename(report)).toBe('sales-by-month-2026-01-01-2026-02-10.csv');
  });
});
