import { describe, expect, it } from 'vitest';
import { autoLotPrefix, nextAutoLot, ReceiveForm } from './stock.ts';

describe('lot codes made for goods received without one', () => {
  it('start with the SKU and the day, and count on from the highest taken', () => {
    const prefix = autoLotPrefix('HON-00012-1', '2026-11-28');
    expect(prefix).toBe('HON-00012-1-261128-');
    expect(nextAutoLot(prefix, [])).toBe('HON-00012-1-261128-1');
    expect(nextAutoLot(prefix, ['HON-00012-1-261128-1', 'HON-00012-1-261128-7', 'L261128-0012'])).toBe(
      'HON-00012-1-261128-8',
    );
  });
  it('are always codes the receiving form itself accepts', () => {
    const code = nextAutoLot(autoLotPrefix('ВЕРЫ ДЛИННЫЙ АРТИКУЛ С ПРОБЕЛАМИ И #ЗНАКАМИ', '2026-01-02'), []);
    expect(code.length).toBeLessThanOrEqual(30);
    const form = ReceiveForm.safeParse({
      variant: 1,
      location: 1,
      quantity: 1,
      batch: code,
      produced_on: '2026-01-02',
    });
    expect(form.success).toBe(true);
  });
});
