import { sql } from 'drizzle-orm';
import { integer } from 'drizzle-orm/sqlite-core';

/** created_at / updated_at as unix epoch milliseconds, set by the database. */
export const timestamps = {
  createdAt: integer('created_at', { mode: 'number' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
  updatedAt: integer('updated_at', { mode: 'number' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
};

/** Text of a row in one locale: every translation table carries these. */
export const LOCALES = ['ky', 'ru', 'en'] as const;
