/** Choices for listing forms: categories and certification kinds named in the page's language. */
import type { Db } from '../../../db/client.ts';
import { localizedColumnSql } from '../catalog/localized.ts';
import type { Locale } from '../i18n/locales.ts';

/** Categories with their id, for the category select. */
export async function listCategoryChoices(
  db: Db,
  locale: Locale,
): Promise<{ id: number; slug: string; name: string }[]> {
  const rs = await db.$client.execute({
    sql: `SELECT c.id, c.slug, ${localizedColumnSql('category_translations', 'category_id', 'c.id', 'name', locale)} AS name
            FROM categories c ORDER BY c.sort`,
    args: [],
  });
  return rs.rows.map((r) => ({ id: Number(r.id), slug: String(r.slug), name: String(r.name ?? r.slug) }));
}

/** Certification kinds, for the certificate form. */
export async function listKindChoices(db: Db, locale: Locale): Promise<{ slug: string; name: string }[]> {
  const rs = await db.$client.execute({
    sql: `SELECT k.slug, ${localizedColumnSql('certification_kind_translations', 'kind_id', 'k.id', 'name', locale)} AS name
            FROM certification_kinds k ORDER BY k.sort`,
    args: [],
  });
  return rs.rows.map((r) => ({ slug: String(r.slug), name: String(r.name ?? r.slug) }));
}
