/**
 * Sample documents for the demo's certificates: a one-page PDF per certificate, made with pdf-lib and
 * stored through the same pipeline as a producer's upload (src/lib/media/store.ts), so the producer's,
 * staff's and buyers' "view" and "download" links and the certificate pack have a real file to serve.
 * Each page says plainly that it is a demo sample that certifies nothing.
 */
import { PDFDocument, rgb, StandardFonts, degrees } from 'pdf-lib';
import type { Db } from '../client.ts';
import { storeDocument } from '../../src/lib/media/store.ts';

export interface SampleCertificate {
  kindName: string;
  number: string;
  issuer: string;
  holder: string;
  validFrom: string;
  validUntil: string | null;
}

// The standard PDF fonts cover Latin-1 only: Cyrillic (certificate numbers such as «ЕАЭС KG417/…»)
// is written in Latin letters, and the page says so.
const CYRILLIC: Record<string, string> = Object.fromEntries(
  [
    ...'а:a б:b в:v г:g д:d е:e ё:yo ж:zh з:z и:i й:y к:k л:l м:m н:n ң:ng о:o ө:o п:p р:r с:s т:t у:u ү:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya'.split(
      ' ',
    ),
  ].flatMap((pair) => {
    const [cy, la] = pair.split(':') as [string, string];
    return [
      [cy, la],
      [cy.toUpperCase(), la.toUpperCase()],
    ];
  }),
);

/** Text the standard Helvetica can draw: Cyrillic spelt in Latin, typographic quotes plain, the rest dropped. */
export function latinText(text: string): { text: string; changed: boolean } {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (CYRILLIC[ch] !== undefined) out += CYRILLIC[ch];
    else if (ch === '’' || ch === '‘') out += "'";
    else if (ch === '“' || ch === '”' || ch === '«' || ch === '»') out += '"';
    else if (ch === '–' || ch === '—') out += '-';
    else if (/^[\x20-\x7e\xa0-\xff]$/.test(ch)) out += ch;
  }
  return { text: out, changed: out !== text };
}

/** A one-page A4 PDF stating the certificate's details, marked DEMO SAMPLE. */
export async function sampleCertificatePdf(c: SampleCertificate): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Demo sample: ${latinText(c.kindName).text} ${latinText(c.number).text}`);
  pdf.setCreator('Made in Kyrgyzstan demo shop');
  pdf.setCreationDate(new Date(`${c.validFrom}T00:00:00Z`));
  pdf.setModificationDate(new Date(`${c.validFrom}T00:00:00Z`));
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const red = rgb(0.7, 0.1, 0.1);
  page.drawText('SAMPLE', { x: 120, y: 250, size: 110, font: bold, color: rgb(0.93, 0.85, 0.85), rotate: degrees(35) });
  page.drawText('DEMO SAMPLE - NOT A REAL CERTIFICATE', { x: 56, y: 780, size: 16, font: bold, color: red });
  page.drawText('Made in Kyrgyzstan - OVOP marketplace demo shop', { x: 56, y: 756, size: 11, font: regular });
  let y = 700;
  let transliterated = false;
  const row = (label: string, value: string) => {
    const { text, changed } = latinText(value);
    transliterated ||= changed && /[\u0400-\u04ff]/.test(value);
    page.drawText(label, { x: 56, y, size: 11, font: bold });
    page.drawText(text, { x: 190, y, size: 11, font: regular, maxWidth: 350 });
    y -= 26;
  };
  row('Certificate', c.kindName);
  row('Number', c.number);
  row('Issued by', c.issuer);
  row('Holder', c.holder);
  row('Valid from', c.validFrom);
  row('Valid until', c.validUntil ?? 'no end date');
  y -= 20;
  const notes = [
    'This page was generated for the demo catalogue. It stands in for the scan or PDF',
    'a producer uploads, and certifies nothing. The real certificate is issued by the body named above.',
    ...(transliterated ? ['Cyrillic letters are written here in Latin letters.'] : []),
  ];
  for (const line of notes) {
    page.drawText(line, { x: 56, y, size: 10, font: regular, color: rgb(0.25, 0.25, 0.25) });
    y -= 16;
  }
  return pdf.save({ useObjectStreams: false });
}

/** Stores a sample PDF for every certificate that has no document yet and links it; returns how many. */
export async function attachSampleDocuments(db: Db, dir?: string): Promise<number> {
  const rs = await db.$client.execute(`
    SELECT ce.id, ce.number, ce.issuer, ce.valid_from, ce.valid_until,
           coalesce(ce.producer_id, p.producer_id) AS owner,
           coalesce((SELECT name FROM certification_kind_translations WHERE kind_id = ce.kind_id AND locale = 'en'), '') AS kind_name,
           coalesce((SELECT name FROM product_translations WHERE product_id = ce.product_id AND locale = 'en'),
                    (SELECT name FROM producer_translations WHERE producer_id = coalesce(ce.producer_id, p.producer_id) AND locale = 'en'),
                    '') AS holder
      FROM certificates ce LEFT JOIN products p ON p.id = ce.product_id
     WHERE ce.document_path IS NULL ORDER BY ce.id`);
  let attached = 0;
  for (const r of rs.rows) {
    const bytes = await sampleCertificatePdf({
      kindName: String(r.kind_name),
      number: String(r.number),
      issuer: String(r.issuer),
      holder: String(r.holder),
      validFrom: String(r.valid_from),
      validUntil: r.valid_until === null ? null : String(r.valid_until),
    });
    const stored = await storeDocument(db, { bytes, producerId: Number(r.owner), uploadedBy: null }, dir);
    if (!stored.ok) throw new Error(`sample document for certificate ${String(r.id)}: ${stored.error}`);
    await db.$client.execute({
      sql: 'UPDATE certificates SET document_path = ? WHERE id = ? AND document_path IS NULL',
      args: [stored.key, Number(r.id)],
    });
    attached++;
  }
  return attached;
}
