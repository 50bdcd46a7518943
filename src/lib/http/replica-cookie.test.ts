import { describe, expect, it } from 'vitest';
import { withCookie, writeFrameCookie, writeFrameMaxAge, writeFrameOf } from './replica-cookie.ts';

describe('the write-frame cookie', () => {
  it('reads the frame a visitor was given, and nothing else', () => {
    expect(writeFrameOf(undefined)).toBe(0);
    expect(writeFrameOf('sid=abc')).toBe(0);
    expect(writeFrameOf('sid=abc; ovop_frame=1538; lang=ky')).toBe(1538);
    expect(writeFrameOf('ovop_frame=42')).toBe(42);
    expect(writeFrameOf('xovop_frame=42')).toBe(0);
    expect(writeFrameOf('ovop_frame=-1')).toBe(0);
    expect(writeFrameOf('ovop_frame=1e99')).toBe(0);
    expect(writeFrameOf(`ovop_frame=${'9'.repeat(40)}`)).toBe(0);
  });

  it('lives past several pulls, at least ten seconds', () => {
    expect(writeFrameMaxAge(1)).toBe(10);
    expect(writeFrameMaxAge(5)).toBe(20);
    expect(writeFrameCookie(7, 1, true)).toBe('ovop_frame=7; Path=/; Max-Age=10; HttpOnly; SameSite=Lax; Secure');
    expect(writeFrameCookie(7, 1, false)).not.toContain('Secure');
  });

  it('adds itself beside the cookies a response already sets', () => {
    expect(withCookie({ 'content-type': 'text/html' }, 'c=1')).toEqual({
      'content-type': 'text/html',
      'set-cookie': 'c=1',
    });
    expect(withCookie({ 'Set-Cookie': 'sid=a' }, 'c=1')).toEqual({ 'Set-Cookie': ['sid=a', 'c=1'] });
    expect(withCookie({ 'set-cookie': ['sid=a', 'lang=ky'] }, 'c=1')).toEqual({
      'set-cookie': ['sid=a', 'lang=ky', 'c=1'],
    });
    expect(withCookie(['location', '/en/cart'], 'c=1')).toEqual(['location', '/en/cart', 'set-cookie', 'c=1']);
  });
});
