import { describe, expect, it } from 'vitest';
import { getTranslator } from '../i18n/translate.ts';
import { DASHBOARD_TEXT, dashboardTextVars } from './overview.ts';

const limits = { lowStock: 3, expiringDays: 30 };

describe('the overview words agree with their numbers (issue 11, acceptance 5)', () => {
  it('a caption after a count takes the plural form of that count', () => {
    const t = getTranslator('ru');
    const caption = (count: number) =>
      t(DASHBOARD_TEXT.review.label, dashboardTextVars({ id: 'review', count }, limits));
    expect(`1 ${caption(1)}`).toBe('1 товар ждёт проверки');
    expect(`3 ${caption(3)}`).toBe('3 товара ждут проверки');
    expect(`5 ${caption(5)}`).toBe('5 товаров ждут проверки');
  });
  it('words that count days follow the limits, whatever the count of certificates', () => {
    const ru = getTranslator('ru');
    const vars = (days: number, count: number) =>
      dashboardTextVars({ id: 'certificates_expiring', count }, { ...limits, expiringDays: days });
    expect(ru(DASHBOARD_TEXT.certificates_expiring.none, vars(30, 0))).toBe(
      'В ближайшие 30 дней ни один сертификат не истекает.',
    );
    expect(ru(DASHBOARD_TEXT.certificates_expiring.label, vars(21, 4))).toContain('в ближайший 21 день');
    expect(getTranslator('en')(DASHBOARD_TEXT.certificates_expiring.label, vars(1, 2))).toContain('within 1 day,');
  });
});
