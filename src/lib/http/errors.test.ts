import { describe, expect, it } from 'vitest';
import { HttpError, isDatabaseOutage, statusOfError } from './errors.ts';
import { errorLocale, errorPageHeaders, errorPageHtml } from './error-page.ts';

describe('statusOfError', () => {
  it('answers a refused request with its status, an outage with 503, anything else with 500', () => {
    expect(statusOfError(new HttpError(415))).toBe(415);
    const refused = Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    expect(isDatabaseOutage(refused)).toBe(true);
    expect(statusOfError(Object.assign(new Error('x'), { code: 'SQLITE_IOERR_READ' }))).toBe(503);
    expect(statusOfError(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBe(500);
    expect(statusOfError(new TypeError('undefined is not a function'))).toBe(500);
  });
});

describe('error page', () => {
  it('speaks the address language, then the cookie, then Kyrgyz', () => {
    expect(errorLocale('/ru/cart', 'en')).toBe('ru');
    expect(errorLocale('/api/x', 'en')).toBe('en');
    expect(errorLocale('/api/x', undefined)).toBe('ky');
    const html = errorPageHtml(503, 'en', 'ab12cd34');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Reference: ab12cd34');
    expect(errorPageHtml(415, 'ky')).toContain('Форма күтүлбөгөн форматта келди');
  });
  it('asks to retry when the database is down, and is never stored', () => {
    expect(errorPageHeaders(503)).toMatchObject({ 'Retry-After': '30', 'Cache-Control': 'no-store' });
    expect(errorPageHeaders(400)['X-Content-Type-Options']).toBe('nosniff');
  });
});
