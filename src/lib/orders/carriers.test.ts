import { describe, expect, it } from 'vitest';
import { isS10, isValidTracking, normaliseTracking } from './carriers.ts';

describe('tracking numbers', () => {
  it('checks the S10 check digit of postal items', () => {
    expect(isS10('EE123456785KG')).toBe(true);
    expect(isS10('EA987654326KG')).toBe(true);
    expect(isS10('EE123456784KG')).toBe(false);
    expect(isS10('EE12345678KG')).toBe(false);
    expect(isS10('1E123456785KG')).toBe(false);
  });
  it('fits each carrier’s format', () => {
    expect(isValidTracking('kyrgyz_pochtasy', 'RR123456785KG')).toBe(true);
    expect(isValidTracking('kyrgyz_pochtasy', '1234567890')).toBe(false);
    expect(isValidTracking('dhl', '1234567890')).toBe(true);
    expect(isValidTracking('dhl', 'JJD00012345678901234')).toBe(true);
    expect(isValidTracking('dhl', '12345')).toBe(false);
    expect(isValidTracking('cdek', '1523456789')).toBe(true);
    expect(isValidTracking('cdek', 'CDEK123')).toBe(false);
    expect(isValidTracking('other', 'AB-12345')).toBe(true);
    expect(isValidTracking('other', 'ABCDEF')).toBe(false);
  });
  it('reads a number typed with spaces and in lower case', () => {
    expect(normaliseTracking(' ee 1234 5678 5kg ')).toBe('EE123456785KG');
  });
});
