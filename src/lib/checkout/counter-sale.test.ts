import { describe, expect, it } from 'vitest';
import { PayForm } from './counter-sale.ts';

const cash = (tendered: string) => PayForm.safeParse({ payment: 'cash', receipt_locale: 'ru', tendered });

describe('PayForm', () => {
  it('reads cash the way a cashier types som', () => {
    for (const [typed, tiyin] of [
      ['1500', 150_000],
      ['1 500', 150_000],
      ['1\u00a0500,5', 150_050],
      ['1500.50', 150_050],
      [' 20,05 ', 2_005],
    ] as const) {
      expect(cash(typed)).toMatchObject({ success: true, data: { cashGivenTiyin: tiyin, receiptLocale: 'ru' } });
    }
  });

  it('refuses cash that is missing, unreadable, zero or negative', () => {
    for (const typed of ['', 'abc', '0', '-5', '1,2,3', '12.345', '1e3']) {
      const result = cash(typed);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ message: 'till.error.tendered', path: ['tendered'] });
    }
  });

  it('needs no cash for card or QR', () => {
    expect(PayForm.safeParse({ payment: 'card', tendered: 'abc' })).toMatchObject({
      success: true,
      data: { payment: 'card', cashGivenTiyin: null, receiptLocale: 'ky' },
    });
  });
});
