/** The audit log page: filters from the query string, one page of entries described for reading, counts. */
import type { InStatement } from '@libsql/client';
import type { Db } from '../../../db/client.ts';
import { localizedColumnSql } from '../catalog/localized.ts';
import type { Locale } from '../i18n/locales.ts';
import { AUDIT_KIND_NAMES, AUDIT_KINDS, type AuditKind } from './actions.ts';
import { AuditFilter, listAuditActors, searchAudit, type AuditRow } from './audit.ts';
import { describeAuditEntry, emptyNames, type AuditEntryView, type AuditNames } from './describe.ts';

/** Entries on one page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

export interface AuditPageView {
  filter: AuditFilter;
  entries: AuditEntryView[];
  total: number;
  page: number;
  pages: number;
  actors: { id: number; name: string; email: string }[];
  kinds: { kind: AuditKind; actions: readonly string[] }[];
  /** The query string of the current filters without the page, to build page links. */
  query: string;
}

const ids = (rows: AuditRow[], entity: string) => [
  ...new Set(rows.filter((r) => r.entity === entity).map((r) => r.entityId)),
];
const place = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Every id in the entries' before/after under these keys (producers of role changes, stock locations). */
function valuesOf(rows: AuditRow[], keys: string[]): string[] {
  const out = new Set<string>();
  for (const r of rows) {
    for (const side of [r.before, r.after]) {
      if (!side || typeof side !== 'object' || Array.isArray(side)) continue;
      for (const k of keys) {
        const v = (side as Record<string, unknown>)[k];
        if (typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v))) out.add(String(v));
      }
    }
  }
  return [...out];
}

/** Names of the products, producers, people, variants, places and stock locations a page of entries names. */
async function lookUpNames(db: Db, locale: Locale, rows: AuditRow[]): Promise<AuditNames> {
  const names = emptyNames();
  const wanted: { key: keyof AuditNames; ids: string[]; sql: (marks: string) => string }[] = [
    {
      key: 'products',
      ids: ids(rows, 'product'),
      sql: (
        m,
      ) => `SELECT p.id, p.slug, p.status, ${localizedColumnSql('product_translations', 'product_id', 'p.id', 'name', locale)} AS name
                     FROM products p WHERE p.id IN (${m})`,
    },
    {
      key: 'producers',
      ids: [...new Set([...ids(rows, 'producer'), ...valuesOf(rows, ['producerId'])])],
      sql: (
        m,
      ) => `SELECT pr.id, ${localizedColumnSql('producer_translations', 'producer_id', 'pr.id', 'name', locale)} AS name
                     FROM producers pr WHERE pr.id IN (${m})`,
    },
    { key: 'users', ids: ids(rows, 'user'), sql: (m) => `SELECT id, name FROM users WHERE id IN (${m})` },
    {
      key: 'variants',
      ids: ids(rows, 'variant'),
      sql: (
        m,
      ) => `SELECT v.id, v.sku, ${localizedColumnSql('product_translations', 'product_id', 'v.product_id', 'name', locale)} AS name
                     FROM variants v WHERE v.id IN (${m})`,
    },
    {
      key: 'villages',
      ids: ids(rows, 'village'),
      sql: (
        m,
      ) => `SELECT v.id, v.slug, ${localizedColumnSql('village_translations', 'village_id', 'v.id', 'name', locale)} AS name
                     FROM villages v WHERE v.id IN (${m})`,
    },
    {
      key: 'regions',
      ids: ids(rows, 'region'),
      sql: (
        m,
      ) => `SELECT r.id, r.slug, ${localizedColumnSql('region_translations', 'region_id', 'r.id', 'name', locale)} AS name
                     FROM regions r WHERE r.id IN (${m})`,
    },
    {
      key: 'locations',
      ids: valuesOf(rows, ['location', 'from', 'to']),
      sql: (
        m,
      ) => `SELECT l.id, ${localizedColumnSql('stock_location_translations', 'location_id', 'l.id', 'name', locale)} AS name
                     FROM stock_locations l WHERE l.id IN (${m})`,
    },
  ];
  const asked = wanted.filter((w) => w.ids.length > 0);
  if (asked.length === 0) return names;
  const statements: InStatement[] = asked.map((w) => ({ sql: w.sql(place(w.ids.length)), args: w.ids }));
  const results = await db.$client.batch(statements, 'read');
  asked.forEach((w, i) => {
    for (const r of results[i]!.rows) {
      const id = String(r.id);
      const name = String(r.name ?? r.slug ?? r.sku ?? id);
      if (w.key === 'products')
        names.products.set(id, { name, slug: r.status === 'published' ? String(r.slug) : null });
      else if (w.key === 'variants') names.variants.set(id, { name, sku: String(r.sku) });
      else if (w.key === 'villages' || w.key === 'regions') names[w.key].set(id, { name, slug: String(r.slug) });
      else names[w.key].set(id, name);
    }
  });
  return names;
}

/** Audit rows described for reading, with the names of the objects they point at looked up in one batch. */
export async function describeAuditRows(
  db: Db,
  locale: Locale,
  rows: AuditRow[],
  options: { isAdmin: boolean },
): Promise<AuditEntryView[]> {
  const names = await lookUpNames(db, locale, rows);
  return rows.map((r) => describeAuditEntry(r, locale, names, options));
}

/** The audit page's data for a query string (already a plain record) and the reader's role. */
export async function auditPageView(
  db: Db,
  locale: Locale,
  query: Record<string, string>,
  options: { isAdmin: boolean },
): Promise<AuditPageView> {
  const filter = AuditFilter.parse(query);
  const [found, actors] = await Promise.all([searchAudit(db, filter, AUDIT_PAGE_SIZE), listAuditActors(db)]);
  const keep = new URLSearchParams();
  for (const key of ['person', 'kind', 'from', 'to', 'entity', 'id'] as const) {
    const v = filter[key];
    if (v !== undefined && v !== '') keep.set(key, String(v));
  }
  return {
    filter,
    entries: await describeAuditRows(db, locale, found.rows, options),
    total: found.total,
    page: found.page,
    pages: found.pages,
    actors,
    kinds: AUDIT_KIND_NAMES.map((kind) => ({ kind, actions: AUDIT_KINDS[kind] })),
    query: keep.toString(),
  };
}
