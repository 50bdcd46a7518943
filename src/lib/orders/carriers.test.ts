import { describe, expect, it } from 'vitest';
import { isS10, isValidTracking, normaliseTracking, trackingUrl } from './carriers.ts';

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
  it('links each listed carrier’s tracking page, the number escaped, and nothing for another carrier', () => {
    expect(trackingUrl('kyrgyz_pochtasy', 'EE123456785KG')).toBe(
      'https://kyrgyzpost.kg/ru/tracking?barcode=EE123456785KG',
    );
    expect(trackingUrl('dhl', '1234567890')).toBe(
      'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=1234567890',
    );
    expect(trackingUrl('cdek', '1523456789')).toBe('https://www.cdek.ru/ru/tracking?order_id=1523456789');
    expect(trackingUrl('dhl', 'JJD 1&x=<y>"')).toBe(
      'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=JJD%201%26x%3D%3Cy%3E%22',
    );
    expect(trackingUrl('other', 'AB-12345')).toBeNull();
    expect(trackingUrl('Aramex', 'AB-12345')).toBeNull();
    expect(trackingUrl('dhl', null)).toBeNull();
    expect(trackingUrl(null, '1234567890')).toBeNull();
  });
});
