/**
 * Linear barcodes for shelf labels, pick lists and parcel labels, drawn on the server by bwip-js
 * (Barcode Writer in Pure PostScript) as inline SVG: no script, no image request, sharp in print.
 * A variant with a valid GTIN-13 (or a GTIN-12 written as 13 digits) gets an EAN-13, which every
 * till scanner reads as the same 13 digits; any other variant a Code 128 of its SKU. Either way the
 * scanner types the text the till looks up (`findVariantByCode`).
 */
// The Node entry by name: TypeScript's bundler resolution does not pick the package's `node` condition.
import bwipjs from 'bwip-js/node';
import { isValidGtin } from '../listings/draft.ts';

export type BarcodeKind = 'ean13' | 'code128';

export interface BarcodeChoice {
  kind: BarcodeKind;
  /** What the bars encode, and what a scanner types. */
  text: string;
}

/** The EAN-13 check digit of 12 digits (GS1: weights 1 and 3 from the left). */
export function ean13CheckDigit(body: string): number {
  if (!/^\d{12}$/.test(body)) throw new RangeError(`EAN-13 body must be 12 digits: ${body}`);
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10;
}

/** Whether a text is 13 digits whose last is the right check digit. */
export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}

/**
 * EAN-13 for a variant whose barcode is a valid GTIN that fits 13 digits (a GTIN-12 gets its leading
 * zero, as scanners read it), else Code 128 of the SKU. GTIN-8 and GTIN-14 (packaging levels) are not
 * printed as EAN-13: the SKU is.
 */
export function chooseBarcode(variant: { sku: string; barcode: string | null }): BarcodeChoice {
  const b = variant.barcode?.trim() ?? '';
  if (b && isValidGtin(b)) {
    if (b.length === 13) return { kind: 'ean13', text: b };
    if (b.length === 12) return { kind: 'ean13', text: `0${b}` };
    if (b.length === 14 && b.startsWith('0')) return { kind: 'ean13', text: b.slice(1) };
  }
  return { kind: 'code128', text: variant.sku };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

const svgs = new Map<string, string>();

/**
 * The bars of a barcode as an inline `<svg class="barcode">` with an accessible name; the digits or
 * SKU are printed beside it as text by the page (real text is smaller than bwip-js's drawn glyphs).
 * Memoised: a pick list repeats a handful of codes and a label sheet one.
 */
export function barcodeSvg(choice: BarcodeChoice, name: string): string {
  const key = `${choice.kind}:${choice.text}`;
  let svg = svgs.get(key);
  if (svg === undefined) {
    // bwip-js would encode other text as mangled bytes: a code that scans as something else. Print none.
    if (choice.kind === 'code128' && !/^[\x20-\x7e]{1,80}$/.test(choice.text)) return '';
    let drawn = '';
    try {
      drawn = bwipjs.toSVG({ bcid: choice.kind, text: choice.text, height: 10, scale: 2 }).trim();
    } catch {
      // Text bwip-js refuses (an EAN-13 with a wrong check digit): the text alone is printed.
    }
    if (svgs.size > 5000) svgs.clear();
    svgs.set(key, drawn);
    svg = drawn;
  }
  return (
    svg &&
    svg.replace(
      '<svg ',
      `<svg class="barcode" role="img" aria-label="${escapeAttribute(name)}" preserveAspectRatio="none" `,
    )
  );
}
