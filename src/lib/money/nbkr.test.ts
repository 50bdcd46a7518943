import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeNbkr, parseNbkrRates } from './nbkr.ts';

const file = (currencies: string, date = '03.12.2026') =>
  `<?xml version="1.0" encoding="windows-1251"?>\n<CurrencyRates Name="Daily Exchange Rates" Date="${date}">${currencies}</CurrencyRates>`;
const currency = (code: string, nominal: string, value: string) =>
  `<Currency ISOCode="${code}"><Nominal>${nominal}</Nominal><Value>${value}</Value></Currency>`;

describe('the National Bank rates file', () => {
  it('reads the fixture: date, decimal commas, the shown currencies', () => {
    const bytes = readFileSync(new URL('../../../tests/fixtures/nbkr-daily.xml', import.meta.url));
    const parsed = parseNbkrRates(decodeNbkr(bytes))!;
    expect(parsed.date).toBe('2026-12-03');
    expect(parsed.rates).toContainEqual({ currency: 'USD', effectiveOn: '2026-12-03', kgsPerUnitMicros: 87_910_000 });
    expect(parsed.rates).toContainEqual({ currency: 'KZT', effectiveOn: '2026-12-03', kgsPerUnitMicros: 169_200 });
    expect(parsed.rates.map((r) => r.currency).sort()).toEqual(['CNY', 'EUR', 'KZT', 'RUB', 'USD']);
  });

  it('divides by the nominal when the bank quotes 100 or 1000 units', () => {
    const parsed = parseNbkrRates(file(currency('KRW', '100', '6,1200') + currency('JPY', '10', '5,7120')))!;
    expect(parsed.rates).toEqual([
      { currency: 'KRW', effectiveOn: '2026-12-03', kgsPerUnitMicros: 61_200 },
      { currency: 'JPY', effectiveOn: '2026-12-03', kgsPerUnitMicros: 571_200 },
    ]);
  });

  it('takes a decimal point too, and leaves out currencies the shop does not show', () => {
    const parsed = parseNbkrRates(file(currency('USD', '1', ' 87.45 ') + currency('GBP', '1', '110,2000')))!;
    expect(parsed.rates).toEqual([{ currency: 'USD', effectiveOn: '2026-12-03', kgsPerUnitMicros: 87_450_000 }]);
    expect(parsed.skipped).toEqual(['GBP']);
  });

  it('refuses a file that is not the bank’s format', () => {
    expect(parseNbkrRates('')).toBeNull();
    expect(parseNbkrRates('not xml at all')).toBeNull();
    expect(parseNbkrRates('<CurrencyRates Date="03.12.2026"><Currency ISOCode="USD">')).toBeNull();
    expect(parseNbkrRates('<Rates><Rate/></Rates>')).toBeNull();
    expect(parseNbkrRates(file(''))).toBeNull();
    expect(parseNbkrRates(file(currency('USD', '1', '87,45'), '2026-12-03'))).toBeNull();
    expect(parseNbkrRates(file(currency('USD', '1', '87,45'), '31.02.2026'))).toBeNull();
    expect(parseNbkrRates(file(currency('USD', '1', 'abc')))).toBeNull();
    expect(parseNbkrRates(file(currency('USD', '1', '-87,45')))).toBeNull();
    expect(parseNbkrRates(file(currency('USD', '0', '87,45')))).toBeNull();
    expect(parseNbkrRates(file(currency('USD', '1', '0,0000')))).toBeNull();
  });
});
