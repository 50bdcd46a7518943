import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import { MESSAGES } from '../i18n/translate.ts';
import { AUDIT_ACTIONS, AUDIT_KIND_NAMES } from './actions.ts';
import { AUDIT_FIELDS } from './describe.ts';

const SRC = join(import.meta.dirname, '..', '..');

/** Every TypeScript and Astro source file under src/, tests left out. */
function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|astro)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('audit actions', () => {
  for (const locale of LOCALES) {
    it(`each action, kind and field has a label in ${locale}`, () => {
      const missing = [
        ...AUDIT_ACTIONS.map((a) => `audit.action.${a}`),
        ...AUDIT_KIND_NAMES.flatMap((k) => [`audit.kind.${k}`, `audit.kind.${k}.all`]),
        ...AUDIT_FIELDS.map((f) => `audit.field.${f}`),
      ].filter((key) => !MESSAGES[locale][key]?.trim());
      expect(missing).toEqual([]);
    });
  }

  it('lists every action the code writes (each action name literal next to an audit entry)', () => {
    const known = new Set<string>(AUDIT_ACTIONS);
    const unknown: string[] = [];
    for (const file of sources()) {
      const text = readFileSync(file, 'utf8');
      if (!/auditStatement\(|orderAuditStatement\(|simpleStep\(/.test(text)) continue;
      // `action: 'x'`, `action: cond ? 'x' : 'y'`, and the action argument of simpleStep(…, 'order_packed').
      for (const m of text.matchAll(/action:\s*([^\n,]+)/g)) {
        const expr = m[1]!;
        if (/z\.(literal|enum)/.test(expr)) continue; // a form's own "action" field, not an audit entry
        // In `cond ? 'a' : 'b'` only the results are action names.
        const results = expr.includes('?') ? expr.slice(expr.indexOf('?')) : expr;
        for (const lit of results.matchAll(/'([a-z][a-z_.]*)'/g))
          if (!known.has(lit[1]!)) unknown.push(`${file}: ${lit[1]}`);
      }
      for (const m of text.matchAll(/simpleStep\([^)]*'(order_[a-z_]+)'/g))
        if (!known.has(m[1]!)) unknown.push(`${file}: ${m[1]}`);
    }
    expect(unknown).toEqual([]);
  });

  it('has every audit row written through auditStatement (no hand-written INSERT INTO audit_log)', () => {
    const offenders = sources()
      .filter((f) => !f.endsWith(join('audit', 'audit.ts')))
      .filter((f) => /INSERT\s+INTO\s+audit_log/i.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
