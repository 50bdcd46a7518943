import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { latinText, sampleCertificatePdf } from '../../db/seed/documents.ts';
import { looksLikeCompletePdf, sniffType } from '../../src/lib/media/sniff.ts';

describe('sample certificate documents', () => {
  it('writes a complete PDF that says it is a demo sample', async () => {
    const bytes = await sampleCertificatePdf({
      kindName: 'EAEU declaration of conformity',
      number: 'ЕАЭС KG417/012.Д.00123',
      issuer: 'Kyrgyzstandard',
      holder: 'Toktogulov family apiary',
      validFrom: '2024-03-15',
      validUntil: null,
    });
    expect(sniffType(bytes)).toBe('pdf');
    expect(looksLikeCompletePdf(bytes)).toBe(true);
    expect((await PDFDocument.load(bytes)).getTitle()).toBe(
      'Demo sample: EAEU declaration of conformity EAES KG417/012.D.00123',
    );
    expect(bytes.byteLength).toBeLessThan(20_000);
  });
  it('spells Cyrillic in Latin letters for the standard font', () => {
    expect(latinText('ЕАЭС KG417/012.Д.00123')).toEqual({ text: 'EAES KG417/012.D.00123', changed: true });
    expect(latinText('Issyk-Kul’s OVOP')).toEqual({ text: "Issyk-Kul's OVOP", changed: true });
  });
});
