import { describe, expect, it } from 'vitest';
import { documentHeaders, documentHref } from './document-headers.ts';

describe('certificate document headers', () => {
  const pdf = { mime: 'application/pdf', filename: 'document-abc.pdf' };
  it('shows a document inline for "view" and saves it otherwise, sandboxed both ways', () => {
    expect(documentHeaders(pdf, true)['Content-Disposition']).toBe('inline; filename="document-abc.pdf"');
    expect(documentHeaders(pdf, false)['Content-Disposition']).toBe('attachment; filename="document-abc.pdf"');
    for (const view of [true, false]) expect(documentHeaders(pdf, view)['Content-Security-Policy']).toBe('sandbox');
  });
  it('links the view and the download', () => {
    expect(documentHref(7, true)).toBe('/documents/certificates/7?view=1');
    expect(documentHref(7, false)).toBe('/documents/certificates/7');
  });
});
