/**
 * `npm run audit`: Lighthouse (mobile) with Debian Chromium on home, catalogue, search, product and producer
 * pages in ky, ru and en, against a freshly seeded demo shop. Prints the four category scores per page.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../db/client.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/browser.ts';
import { startShop } from '../support/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'ovop-audit-'));
const dbUrl = `file:${join(dir, 'shop.db')}`;
const shop = await startShop({ DATABASE_URL: dbUrl });
const db = openDb(dbUrl);
const row = (
  await db.$client.execute(
    `SELECT p.slug, pr.slug AS producer FROM products p JOIN producers pr ON pr.id = p.producer_id WHERE p.featured = 1 LIMIT 1`,
  )
).rows[0]!;
const locales = (process.env.AUDIT_LOCALES ?? 'ky,ru,en').split(',');
const paths = [
  '/',
  '/products',
  `/search?q=${encodeURIComponent('мёд')}`,
  `/products/${row.slug}`,
  `/producers/${row.producer}`,
];

const chrome = await launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const rows: string[] = [];
let worst = 100;
try {
  for (const locale of locales) {
    for (const path of paths) {
      const url = `${shop.url}/${locale}${path}`;
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
      });
      const c = result!.lhr.categories;
      const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((k) =>
        Math.round((c[k]?.score ?? 0) * 100),
      );
      worst = Math.min(worst, ...scores);
      rows.push(`| /${locale}${path} | ${scores.join(' | ')} |`);
      console.log(rows.at(-1));
    }
  }
} finally {
  chrome.kill();
  await shop.stop();
}
console.log('\n| page | performance | accessibility | best practices | SEO |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(r);
console.log(`\nlowest score: ${worst}`);
