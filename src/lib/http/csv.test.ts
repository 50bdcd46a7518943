import { describe, expect, it } from 'vitest';
import { BOM, csvDownload, toCsv } from './csv.ts';

describe('CSV', () => {
  it('starts with a BOM, ends records with CRLF and quotes what needs quoting', () => {
    const csv = toCsv([
      ['name', 'n'],
      ['Мёд, «белый»', 2],
      ['say "hi"', 0],
      ['two\nlines', -1],
      [null, undefined],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('name,n\r\n"Мёд, «белый»",2\r\n"say ""hi""",0\r\n"two\nlines",-1\r\n,\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, but keeps plain numbers', () => {
    const csv = toCsv([['=HYPERLINK("http://x")', '+1', '@SUM(A1)', '-2+3', '-12.50', '12.50', '\t=1', '\r=1']]);
    expect(csv.slice(1)).toBe(`"'=HYPERLINK(""http://x"")",'+1,'@SUM(A1),'-2+3,-12.50,12.50,'\t=1,"'\r=1"\r\n`);
  });

  it('answers a private download with a safe file name', async () => {
    const res = csvDownload(toCsv([['a']]), 'stock "levels".csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="stock__levels_.csv"');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(new Uint8Array(await res.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
