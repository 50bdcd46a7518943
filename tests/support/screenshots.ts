/** Takes phone and desktop screenshots of pages in ky, ru and en: `node tests/support/screenshots.ts URL [path...]`. */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser.ts';

const [base = 'http://localhost:4321', ...paths] = process.argv.slice(2);
const out = 'tmp/screenshots';
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
for (const [name, width, height] of [
  ['phone', 390, 844],
  ['desktop', 1280, 900],
] as const) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  for (const path of paths.length ? paths : ['/en/']) {
    await page.goto(`${base}${path}`);
    const file = `${out}/${name}-${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
}
await browser.close();
