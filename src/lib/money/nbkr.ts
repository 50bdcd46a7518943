/**
 * The National Bank of the Kyrgyz Republic's daily rates file (https://www.nbkr.kg/XML/daily.xml):
 * `<CurrencyRates Name="…" Date="dd.mm.yyyy">` with `<Currency ISOCode="USD"><Nominal>1</Nominal>
 * <Value>87,4500</Value></Currency>` children — som for `Nominal` units, with a decimal comma.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { isCurrency, type Currency } from './money.ts';
import { parseKgsPerUnit, type NewRate } from './rates.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Values stay text: "87,4500" is not a number to a JavaScript parser, and "0012" must not lose its zeros.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'Currency',
  processEntities: false,
});

const NbkrDate = z
  .string()
  .regex(/^\d{2}\.\d{2}\.\d{4}$/)
  .transform((d) => `${d.slice(6)}-${d.slice(3, 5)}-${d.slice(0, 2)}`)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d));

const NbkrFile = z.object({
  CurrencyRates: z.object({
    '@_Date': NbkrDate,
    Currency: z
      .array(
        z.object({
          '@_ISOCode': z.string().regex(/^[A-Z]{3}$/),
          Nominal: z
            .string()
            .trim()
            .regex(/^\d{1,7}$/)
            .transform(Number)
            .refine((n) => n >= 1),
          Value: z.string().trim().min(1),
        }),
      )
      .min(1),
  }),
});

export interface NbkrRates {
  /** The date the rates apply from, YYYY-MM-DD. */
  date: string;
  /** Rates of the currencies the shop shows (KGS per one unit, in millionths). */
  rates: NewRate[];
  /** Currencies in the file that the shop does not show. */
  skipped: string[];
}

/** Text of the file, decoded by the encoding its XML declaration names (the bank writes windows-1251). */
export function decodeNbkr(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /encoding=["']([\w-]+)["']/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return new TextDecoder(declared).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Reads a rates file; null when it is not well-formed XML in the bank's format or a value is not a rate. */
export function parseNbkrRates(xml: string): NbkrRates | null {
  if (XMLValidator.validate(xml) !== true) return null;
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch {
    return null;
  }
  const file = NbkrFile.safeParse(doc);
  if (!file.success) return null;
  const { '@_Date': date, Currency: list } = file.data.CurrencyRates;
  const rates: NewRate[] = [];
  const skipped: string[] = [];
  for (const c of list) {
    const code = c['@_ISOCode'];
    const perNominal = parseKgsPerUnit(c.Value);
    if (perNominal === null) return null;
    if (!isCurrency(code) || code === 'KGS') {
      skipped.push(code);
      continue;
    }
    const kgsPerUnitMicros = Math.round(perNominal / c.Nominal);
    if (kgsPerUnitMicros <= 0) return null;
    rates.push({ currency: code as Currency, effectiveOn: date, kgsPerUnitMicros });
  }
  if (rates.length === 0 && skipped.length === 0) return null;
  return { date, rates, skipped };
}
