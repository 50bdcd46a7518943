/** Valid HTML per the Nu Html Checker (vnu-jar), zero errors, on the main pages and the admin's money settings in every language. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb } from '../../db/client.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
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
    '/contact',
    '/shipping-returns',
    '/faq',
    '/terms',
    '/privacy',
    '/no-such-page',
  ];
});

it('has zero HTML errors on the main pages, the buyer’s cart, checkout and order pages and the admin’s money settings and backups in ky, ru and en', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ovop-vnu-'));
  const files: string[] = [];
  const keep = (name: string, html: string) => {
    const file = join(dir, `${name}-${files.length}.html`);
    writeFileSync(file, html);
    files.push(file);
  };
  const db = openDb(inject('databaseUrl'));
  const variant = Number(
    (
      await db.$client.execute(
        `SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.status = 'published' AND p.available > 3 ORDER BY v.id LIMIT 1`,
      )
    ).rows[0]!.id,
  );
  for (const locale of ['ky', 'ru', 'en']) {
    for (const path of paths) keep(locale, (await get(`/${locale}${path}`)).html);
    // The buyer's pages: cart, checkout (empty and with errors) and the private order page.
    const buyer = new Buyer(inject('baseUrl'));
    await buyer.post(`/${locale}/cart`, { intent: 'add', variant, quantity: 1 });
    keep(locale, (await buyer.get(`/${locale}/cart`)).html);
    keep(locale, (await buyer.get(`/${locale}/checkout`)).html);
    keep(
      locale,
      (await buyer.post(`/${locale}/checkout`, { ...PICKUP_FORM, email: 'x', shipping: 'international' })).html,
    );
    const placed = await buyer.checkout(`/${locale}/checkout`, { ...PICKUP_FORM, payment: 'bank_transfer' });
    keep(locale, placed.review.html);
    keep(locale, (await buyer.get(placed.location!)).html);
    // The admin's money settings and backups, as shown and with errors.
    const admin = new Buyer(inject('baseUrl'), { localAddress: '127.0.0.32' });
    await admin.signIn('admin@ovop.kg', 'demo-admin-2026', locale);
    for (const page of ['rates', 'shipping', 'settings', 'backups']) {
      keep(locale, (await admin.get(`/${locale}/staff/${page}`)).html);
      keep(locale, (await admin.post(`/${locale}/staff/${page}`, { intent: 'rate', zone: 'new', rate: 'x' })).html);
    }
    // The overview and the lists it links to, the audit log with its filters, the outbox with an error.
    for (const page of ['', '/audit?kind=orders&from=2020-01-01', '/audit', '/outbox', '/inquiries?status=new']) {
      keep(locale, (await admin.get(`/${locale}/staff${page}`)).html);
    }
    keep(locale, (await admin.post(`/${locale}/staff/outbox`, { id: 'x' })).html);
    // The shop's pages in the editor: the list, one page, its preview and an error.
    keep(locale, (await admin.get(`/${locale}/staff/pages`)).html);
    keep(locale, (await admin.get(`/${locale}/staff/pages/faq?lang=${locale}`)).html);
    const faq = `/${locale}/staff/pages/faq?lang=${locale}`;
    keep(
      locale,
      (await admin.post(faq, { markdown: '## A\n\n| a | b |\n|:-|-:|\n| 1 | 2 |', revision: '1', intent: 'preview' }))
        .html,
    );
    keep(locale, (await admin.post(faq, { markdown: 'x', revision: 'x', intent: 'save' })).html);
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
