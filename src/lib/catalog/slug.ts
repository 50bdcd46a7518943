/** URL slugs made from names (products, producers, villages): Latin, kebab-case, unique in their table. */
import type { Db } from '../../../db/client.ts';
import { romanize } from './search-text.ts';

/** A kebab-case Latin slug for a name in any of the shop's scripts ("Үй-бүлө Асановдор" → "uy-bulo-asanovdor"). */
export function slugFromName(name: string, fallback: string): string {
  const slug = romanize(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** The first of `base`, `base-2`, `base-3`… that `taken` does not hold. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A slug for a new producer or village that no row of its table has yet. Two people saving the
 * same name at once can still pick the same one: the UNIQUE index refuses the second, which retries.
 */
export async function freeSlug(db: Db, table: 'producers' | 'villages', base: string): Promise<string> {
  const rs = await db.$client.execute({
    sql: `SELECT slug FROM ${table} WHERE slug = ? OR slug LIKE ? ESCAPE '\\'`,
    args: [base, `${base.replace(/[%_\\]/g, '\\$&')}-%`],
  });
  // 'new' is the path of the form that adds a village (/staff/places/villages/new), never a slug.
  return firstFreeSlug(base, new Set(['new', ...rs.rows.map((r) => String(r.slug))]));
}

/** True for the error of a UNIQUE index on a slug column (a concurrent save took the slug). */
export function isSlugTaken(error: unknown): boolean {
  return /UNIQUE constraint failed: \w+\.slug/.test(String((error as Error)?.message ?? error));
}
