import { describe, expect, it } from 'vitest';
import {
  barcodeForms,
  gtin14,
  labelLink,
  labelPath,
  parseLot,
  printedLink,
  provenancePath,
  scanRedirect,
  scannerLocale,
} from './link.ts';
import { qrSvg } from './qr.ts';

describe('GTINs in label links', () => {
  it('writes a valid GTIN-8, 12, 13 or 14 in its 14-digit form and refuses anything else', () => {
    expect(gtin14('4006381333931')).toBe('04006381333931');
    expect(gtin14('96385074')).toBe('00000096385074');
    expect(gtin14('04006381333931')).toBe('04006381333931');
    expect(gtin14('4006381333932')).toBeNull();
    expect(gtin14('ABC')).toBeNull();
    expect(gtin14(null)).toBeNull();
  });

  it('finds a barcode however many leading zeros it was stored with', () => {
    expect(barcodeForms('04006381333931')).toEqual(['04006381333931', '4006381333931']);
    expect(barcodeForms('00000096385074')).toEqual(['00000096385074', '0000096385074', '000096385074', '96385074']);
    expect(barcodeForms('14006381333938')).toEqual(['14006381333938']);
  });
});

describe('the link a label carries', () => {
  it('is a GS1 Digital Link when the variant has a GTIN', () => {
    expect(labelPath({ sku: 'HON-1', barcode: '4006381333931' }, 'L251010-0001')).toBe(
      '/01/04006381333931/10/L251010-0001',
    );
    expect(labelLink('https://ovop.kg', { sku: 'HON-1', barcode: '4006381333931' }, 'L1')).toBe(
      'https://ovop.kg/01/04006381333931/10/L1',
    );
  });

  it('names the SKU instead when there is no GTIN, or the barcode is not a valid one', () => {
    expect(labelPath({ sku: 'FLT-00003-1', barcode: null }, 'K-7')).toBe('/lot/FLT-00003-1/K-7');
    expect(labelPath({ sku: 'FLT-00003-1', barcode: '12345' }, 'K-7')).toBe('/lot/FLT-00003-1/K-7');
  });

  it('encodes a lot code but keeps its slashes as path segments', () => {
    expect(labelPath({ sku: 'A1', barcode: null }, 'Л-7/2026')).toBe('/lot/A1/%D0%9B-7/2026');
    expect(provenancePath('ru', 'white-honey', 'Л-7/2026')).toBe('/ru/provenance/white-honey/%D0%9B-7/2026');
  });

  it('is printed under the code without its scheme', () => {
    expect(printedLink('https://ovop.kg/01/04006381333931/10/L1')).toBe('ovop.kg/01/04006381333931/10/L1');
    expect(printedLink('http://localhost:4321/lot/A/B')).toBe('localhost:4321/lot/A/B');
  });
});

describe('reading a scanned link', () => {
  it('takes a lot code as the batch form allows it, from a rest parameter', () => {
    expect(parseLot('L251010-0001')).toBe('L251010-0001');
    expect(parseLot('Л-7/2026/')).toBe('Л-7/2026');
    expect(parseLot('')).toBeNull();
    expect(parseLot(undefined)).toBeNull();
    expect(parseLot('a b')).toBeNull();
    expect(parseLot('<script>')).toBeNull();
    expect(parseLot('x'.repeat(31))).toBeNull();
  });

  it("answers in the scanner's language: the one chosen before, else Accept-Language", () => {
    expect(scannerLocale('en', 'ru-RU,ru;q=0.9')).toBe('en');
    expect(scannerLocale(undefined, 'ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru');
    expect(scannerLocale(undefined, 'ky-KG')).toBe('ky');
    expect(scannerLocale(undefined, 'kk-KZ')).toBe('ru');
    expect(scannerLocale(undefined, 'de-DE,de;q=0.9')).toBe('en');
    expect(scannerLocale('fr', null)).toBe('ky');
  });

  it('redirects to the provenance page without letting a shared cache keep one language', () => {
    const res = scanRedirect('en', { slug: 'white-honey', lot: 'L1' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/en/provenance/white-honey/L1');
    expect(res.headers.get('vary')).toBe('Accept-Language, Cookie');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the QR code', () => {
  it('is an inline SVG image with an accessible name and nothing that runs', async () => {
    const svg = await qrSvg('https://ovop.kg/01/04006381333931/10/L1', 'QR code: lot "L1" & <more>');
    expect(svg.startsWith('<svg class="qr" role="img" aria-label="QR code: lot &quot;L1&quot; &amp; &lt;more>"')).toBe(
      true,
    );
    expect(svg).toContain('viewBox="0 0 ');
    expect(svg).not.toMatch(/<script|on\w+=/i);
  });

  it('grows with the link it carries', async () => {
    const size = async (link: string) => Number(/viewBox="0 0 (\d+)/.exec(await qrSvg(link, 'QR'))![1]);
    expect(await size('https://ovop.kg/01/04006381333931/10/L251010-0001')).toBeGreaterThan(await size('x'));
  });
});
