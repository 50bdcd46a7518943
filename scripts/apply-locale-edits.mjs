// Applies i11-locale-edits.json ({ ky: { key: text | null }, ru: …, en: … }) to the locale files:
// changed keys keep their place, null deletes a key, a new key goes right after its base key
// (plural forms "x_one", "x_few"… after "x" or after the forms already there), else at the end.
// Usage: node scripts/apply-locale-edits.mjs [edits.json] [locales-dir]
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const editsPath = new URL(process.argv[2] ?? 'i11-locale-edits.json', root);
const dir = new URL(`${(process.argv[3] ?? 'src/lib/i18n/locales').replace(/\/?$/, '/')}`, root);
const edits = JSON.parse(readFileSync(editsPath, 'utf8'));
const PLURAL = /_(zero|one|two|few|many|other)$/;
const ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

for (const [locale, changes] of Object.entries(edits)) {
  const file = new URL(`${locale}.json`, dir);
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  let entries = Object.entries(messages);
  let changed = 0;
  let added = 0;
  let deleted = 0;
  for (const [key, value] of Object.entries(changes)) {
    const at = entries.findIndex(([k]) => k === key);
    if (value === null) {
      if (at >= 0) (entries.splice(at, 1), deleted++);
      continue;
    }
    if (typeof value !== 'string') throw new Error(`${locale}.${key}: a text or null, not ${typeof value}`);
    if (at >= 0) {
      if (entries[at][1] !== value) changed++;
      entries[at] = [key, value];
      continue;
    }
    // A new key: after its base key and the plural forms before it in CLDR order.
    const base = key.replace(PLURAL, '');
    const rank = (k) => (k === base ? -1 : ORDER.indexOf(k.slice(base.length + 1)));
    const mine = rank(key);
    let after = -1;
    entries.forEach(([k], i) => {
      if ((k === base || (PLURAL.test(k) && k.replace(PLURAL, '') === base)) && rank(k) < mine) after = i;
    });
    if (after < 0) after = entries.length - 1;
    entries.splice(after + 1, 0, [key, value]);
    added++;
  }
  writeFileSync(file, `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`);
  console.log(`${locale}: ${changed} changed, ${added} added, ${deleted} deleted`);
}
