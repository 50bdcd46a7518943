/** The front server's list of built static files: pages never look for a file, files are still found. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathOfUrl, staticFiles } from '../../src/server/static-files.ts';

describe('pathOfUrl', () => {
  it('drops the query and fragment and decodes the path', () => {
    expect(pathOfUrl('/img/og/honey.png?v=2')).toBe('/img/og/honey.png');
    expect(pathOfUrl('/img/a%20b.svg#x')).toBe('/img/a b.svg');
    expect(pathOfUrl('/ky/products/бал')).toBe('/ky/products/бал');
  });
  it('refuses a URL that does not decode, query included, as the adapter did', () => {
    expect(pathOfUrl('/%E0%A4%A')).toBeNull();
    expect(pathOfUrl('/en/products?q=%E0%A4%A')).toBeNull();
  });
});

describe('staticFiles', () => {
  it('knows the files under the folder and nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'ovop-static-'));
    mkdirSync(join(root, 'img', 'og'), { recursive: true });
    writeFileSync(join(root, 'img', 'og', 'honey.png'), 'png');
    writeFileSync(join(root, 'robots-static.txt'), 'txt');
    const files = staticFiles(root);
    expect(files.has('/img/og/honey.png')).toBe(true);
    expect(files.has('/robots-static.txt')).toBe(true);
    for (const path of ['/img', '/img/', '/img/og', '/en/products/honey', '/img/../img/og/honey.png'])
      expect(files.has(path)).toBe(false);
  });
  it('is empty when the folder is missing', () => {
    expect(staticFiles('/nonexistent/ovop-client').has('/img/logo.svg')).toBe(false);
  });
});
