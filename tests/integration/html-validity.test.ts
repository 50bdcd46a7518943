/** Valid HTML per the Nu Html Checker (vnu-jar), zero errors, on the main pages in every language. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb } from '../../db/client.ts';
import { get } from '../support/http.ts';

const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
let paths: string[] = [];

beforeAll(async () => {
  const db = openDb(inject('databaseUrl'));
  const rs = await db.$client.execute(`SELECT p.slug, pr.slug AS producer, v.slug AS village FROM products p
    JOIN producers pr ON pr.id = p.producer_id JOIN villages v ON v.id = pr.village_id WHERE p.status = 'published' LIMIT 1`);
  const row = rs.rows[0]!;
  paths = [
    '/',
    '/products?category=felt',
    '/search?q=мёд',
    `/products/${row.slug}`,
    `/producers/${row.producer}`,
    `/villages/${row.village}`,
    '/regions/naryn',
    '/certifications',
    '/impact',
    '/about',
    '/no-such-page',
  ];
});

it('has zero HTML errors on the main pages in ky, ru and en', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ovop-vnu-'));
  const files: string[] = [];
  for (const locale of ['ky', 'ru', 'en']) {
    for (const path of paths) {
      const page = await get(`/${locale}${path}`);
      const file = join(dir, `${locale}-${files.length}.html`);
      writeFileSync(file, page.html);
      files.push(file);
    }
  }
  const { stdout } = await promisify(execFile)(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files],
    {
      maxBuffer: 32 * 1024 * 1024,
    },
  );
  const messages = (
    JSON.parse(stdout) as { messages: { type: string; url: string; message: string; extract?: string }[] }
  ).messages;
  const errors = messages
    .filter((m) => m.type === 'error')
    .map((m) => `${m.url.split('/').pop()}: ${m.message} ${m.extract ?? ''}`);
  expect(errors).toEqual([]);
});
