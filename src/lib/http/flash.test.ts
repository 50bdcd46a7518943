import { describe, expect, it } from 'vitest';
import { flashCookie, flashTarget, hasFlash, isArmedFor, withoutFlash } from './flash.ts';

describe('flash messages', () => {
  it('arms a redirect that announces something, naming its exact address', () => {
    expect(flashTarget('/en/producer/profile?saved=1')).toBe('/en/producer/profile?saved=1');
    expect(flashTarget('/en/staff/orders/OVP-1?done=return#returns')).toBe('/en/staff/orders/OVP-1?done=return');
    expect(flashTarget('/en/staff/orders?status=paid')).toBeNull();
    expect(flashTarget('https://evil.example/?done=1')).toBeNull();
    expect(flashTarget('//evil.example/?done=1')).toBeNull();
    expect(flashTarget(null)).toBeNull();
  });

  it('shows it once: only for the armed address, and strips it otherwise', () => {
    const url = new URL('http://shop/en/producer/profile?saved=1');
    const cookie = encodeURIComponent('/en/producer/profile?saved=1');
    expect(flashCookie('/en/producer/profile?saved=1', false)).toContain(`flash=${cookie};`);
    expect(isArmedFor(url, cookie)).toBe(true);
    expect(isArmedFor(url, undefined)).toBe(false);
    expect(isArmedFor(new URL('http://shop/en/producer/profile?saved=2'), cookie)).toBe(false);
    expect(isArmedFor(url, '%E0%A4%A')).toBe(false);
    expect(hasFlash(url)).toBe(true);
    expect(withoutFlash(new URL('http://shop/en/staff/orders?status=paid&done=pack')).href).toBe(
      'http://shop/en/staff/orders?status=paid',
    );
  });
});
