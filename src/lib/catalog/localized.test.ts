import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { bestTextSql, readBestText } from './localized.ts';

describe('a translated text picked field by field', () => {
  it('falls back to the language that has the text, not to an empty one', async () => {
    const db = createClient({ url: ':memory:' });
    await db.batch([
      `CREATE TABLE t (item_id INTEGER, locale TEXT, name TEXT, description TEXT NOT NULL DEFAULT '', note TEXT)`,
      // Named in all three languages, described only in Kyrgyz, with a note only in Russian.
      `INSERT INTO t VALUES (1, 'ky', 'Бал', 'Тоо балы', NULL), (1, 'ru', 'Мёд', '', 'Опт'), (1, 'en', 'Honey', '', NULL)`,
      `CREATE TABLE items (id INTEGER)`,
      `INSERT INTO items VALUES (1), (2)`,
    ]);
    const read = async (column: string, locale: 'ky' | 'ru' | 'en', id = 1) => {
      const rs = await db.execute({
        sql: `SELECT ${bestTextSql('t', 'item_id', 'items.id', column, locale)} AS v FROM items WHERE id = ?`,
        args: [id],
      });
      return readBestText(rs.rows[0]!.v, locale);
    };
    expect(await read('description', 'en')).toEqual({ text: 'Тоо балы', locale: 'ky' });
    expect(await read('description', 'ky')).toEqual({ text: 'Тоо балы', locale: 'ky' });
    expect(await read('name', 'ru')).toEqual({ text: 'Мёд', locale: 'ru' });
    expect(await read('note', 'en')).toEqual({ text: 'Опт', locale: 'ru' });
    expect(await read('description', 'en', 2)).toEqual({ text: '', locale: 'en' });
  });
});
