import { describe, expect, it } from 'vitest';
import { barcodeSvg, chooseBarcode, ean13CheckDigit, isValidEan13 } from './barcode.ts';

/** The modules (1 = bar) an SVG drawn by bwip-js holds: each bar is a vertical stroke of width w centred on x. */
function modulesOf(svg: string, moduleWidth = 2): number[] {
  const bars: { start: number; width: number }[] = [];
  for (const m of svg.matchAll(/stroke-width="([\d.]+)" d="([^"]+)"/g)) {
    const w = Number(m[1]);
    for (const x of m[2]!.matchAll(/M([\d.]+) /g)) bars.push({ start: Number(x[1]) - w / 2, width: w });
  }
  bars.sort((a, b) => a.start - b.start);
  const first = bars[0]!.start;
  const out: number[] = [];
  for (const b of bars) {
    const from = Math.round((b.start - first) / moduleWidth);
    while (out.length < from) out.push(0);
    for (let i = 0; i < Math.round(b.width / moduleWidth); i++) out.push(1);
  }
  return out;
}

// GS1's EAN-13 tables: the L code of each digit (G is L reversed and inverted, R is L inverted).
const L = [
  '0001101',
  '0011001',
  '0010011',
  '0111101',
  '0100011',
  '0110001',
  '0101111',
  '0111011',
  '0110111',
  '0001011',
];
const invert = (s: string) => [...s].map((c) => (c === '0' ? '1' : '0')).join('');
const G = L.map((s) => [...invert(s)].reverse().join(''));
const R = L.map(invert);
const PARITY = ['LLLLLL', 'LLGLGG', 'LLGGLG', 'LLGGGL', 'LGLLGG', 'LGGLLG', 'LGGGLL', 'LGLGLG', 'LGLGGL', 'LGGLGL'];

/** Reads an EAN-13 back from its 95 modules, as a scanner would. */
function decodeEan13(modules: number[]): string {
  const bits = modules.join('').padEnd(95, '0');
  expect(bits.slice(0, 3)).toBe('101');
  expect(bits.slice(45, 50)).toBe('01010');
  expect(bits.slice(92, 95)).toBe('101');
  let parity = '';
  let left = '';
  for (let i = 0; i < 6; i++) {
    const chunk = bits.slice(3 + i * 7, 10 + i * 7);
    const l = L.indexOf(chunk);
    const g = G.indexOf(chunk);
    expect(l >= 0 || g >= 0).toBe(true);
    parity += l >= 0 ? 'L' : 'G';
    left += String(l >= 0 ? l : g);
  }
  let right = '';
  for (let i = 0; i < 6; i++) right += String(R.indexOf(bits.slice(50 + i * 7, 57 + i * 7)));
  return `${PARITY.indexOf(parity)}${left}${right}`;
}

describe('EAN-13 check digits', () => {
  it('computes GS1 check digits and refuses a wrong one', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1);
    expect(ean13CheckDigit('470000000001')).toBe(2);
    expect(isValidEan13('4006381333931')).toBe(true);
    expect(isValidEan13('4006381333932')).toBe(false);
    expect(isValidEan13('400638133393')).toBe(false);
    expect(() => ean13CheckDigit('12345')).toThrow(RangeError);
  });
});

describe('which barcode a variant gets', () => {
  it('prints EAN-13 for a valid GTIN-13, GTIN-12 (with its leading zero) or a GTIN-14 that starts with 0', () => {
    expect(chooseBarcode({ sku: 'HON-1', barcode: '4006381333931' })).toEqual({ kind: 'ean13', text: '4006381333931' });
    expect(chooseBarcode({ sku: 'HON-1', barcode: '036000291452' })).toEqual({ kind: 'ean13', text: '0036000291452' });
    expect(chooseBarcode({ sku: 'HON-1', barcode: '04006381333931' })).toEqual({
      kind: 'ean13',
      text: '4006381333931',
    });
  });
  it('prints Code 128 of the SKU without a barcode, with a wrong check digit, or for GTIN-8', () => {
    expect(chooseBarcode({ sku: 'FLT-00012-1', barcode: null })).toEqual({ kind: 'code128', text: 'FLT-00012-1' });
    expect(chooseBarcode({ sku: 'FLT-00012-1', barcode: '4006381333932' })).toEqual({
      kind: 'code128',
      text: 'FLT-00012-1',
    });
    expect(chooseBarcode({ sku: 'X-1', barcode: '96385074' }).kind).toBe('code128');
  });
});

describe('barcode SVG', () => {
  it('draws an EAN-13 that reads back as the same 13 digits, named for screen readers', () => {
    const svg = barcodeSvg({ kind: 'ean13', text: '4006381333931' }, 'Barcode 4006381333931');
    expect(svg).toMatch(
      /^<svg class="barcode" role="img" aria-label="Barcode 4006381333931" preserveAspectRatio="none" /,
    );
    expect(decodeEan13(modulesOf(svg))).toBe('4006381333931');
    expect(decodeEan13(modulesOf(barcodeSvg({ kind: 'ean13', text: '4700000000012' }, 'x')))).toBe('4700000000012');
  });
  it('draws Code 128 with start, data and stop: 11 modules a symbol, 13 for the stop', () => {
    const svg = barcodeSvg({ kind: 'code128', text: 'HON-00001-1' }, 'SKU');
    const modules = modulesOf(svg);
    // start B + 11 characters + check symbol, each 11 modules, + stop (13): trailing spaces are not drawn.
    const symbols = 1 + 'HON-00001-1'.length + 1;
    expect(modules.length).toBeLessThanOrEqual(symbols * 11 + 13);
    expect(modules.length).toBeGreaterThan(symbols * 11);
    expect(modules.slice(0, 11).join('')).toBe('11010010000'); // Start Code B
    expect(modules.slice(-13).join('')).toBe('1100011101011'); // Stop
  });
  it('escapes the accessible name and leaves text Code 128 cannot carry as no bars', () => {
    expect(barcodeSvg({ kind: 'code128', text: 'A1' }, 'a "b" <c>')).toContain('aria-label="a &quot;b&quot; &lt;c>"');
    expect(barcodeSvg({ kind: 'code128', text: 'ЖОЛ-1' }, 'x')).toBe('');
  });
});
