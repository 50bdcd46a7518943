import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { LOCALES, timestamps } from './columns.ts';
import { users } from './accounts.ts';

/**
 * The shop's own pages (contact, shipping and returns, privacy, terms, FAQ) per language, written by admins
 * in Markdown; `html` is the sanitised rendering made at save time (src/lib/pages). Migration 0014.
 */
export const shopPages = sqliteTable(
  'shop_pages',
  {
    slug: text('slug').notNull(),
    locale: text('locale', { enum: LOCALES }).notNull(),
    markdown: text('markdown').notNull(),
    html: text('html').notNull(),
    /** Counts saves: a save made from an older form is refused instead of overwriting. */
    revision: integer('revision').notNull().default(1),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [primaryKey({ name: 'shop_pages_pk', columns: [t.slug, t.locale] })],
);
