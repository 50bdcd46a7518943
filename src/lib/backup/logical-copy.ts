/**
 * A copy of a libSQL server database into a new SQLite file, through the client: the schema from
 * `sqlite_master`, then every table's rows read in ONE read batch (one transaction on the server, so the
 * copy is a consistent snapshot). Full-text indexes are copied through their shadow tables, since a
 * contentless FTS5 table cannot be read back as text. sqld's own point-in-time restore (or
 * `turso db shell <db> .dump`) remains the server's native backup; this gives the same archive either way.
 */
import Database from 'libsql';
import type { Client, InValue } from '@libsql/client';

interface SchemaRow {
  type: string;
  name: string;
  sql: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Writes a consistent copy of the client's database to `dest` (a path that must not exist yet). */
export async function copyDatabase(client: Client, dest: string): Promise<void> {
  const schema = (
    await client.execute(
      `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
        AND name NOT LIKE 'libsql_%' AND name NOT LIKE '_litestream%' ORDER BY rowid`,
    )
  ).rows as unknown as SchemaRow[];
  const virtual = schema.filter((s) => s.type === 'table' && /^CREATE\s+VIRTUAL/i.test(s.sql)).map((s) => s.name);
  const isShadow = (name: string) => virtual.some((v) => name.startsWith(`${v}_`));
  const tables = schema.filter((s) => s.type === 'table' && !virtual.includes(s.name));
  const results = await client.batch(
    tables.map((t) => `SELECT * FROM ${quote(t.name)}`),
    'read',
  );

  const out = new Database(dest);
  try {
    out.exec('PRAGMA foreign_keys = OFF');
    out.exec('BEGIN');
    // Tables first (a virtual table makes its shadow tables), rows next, then indexes and triggers,
    // so no trigger fires on the copied rows.
    for (const s of schema) if (s.type === 'table' && !isShadow(s.name)) out.exec(s.sql);
    tables.forEach((table, i) => {
      const rs = results[i]!;
      if (isShadow(table.name)) out.exec(`DELETE FROM ${quote(table.name)}`);
      if (rs.rows.length === 0) return;
      const columns = rs.columns.map(quote).join(', ');
      const insert = out.prepare(
        `INSERT INTO ${quote(table.name)} (${columns}) VALUES (${rs.columns.map(() => '?').join(', ')})`,
      );
      for (const row of rs.rows) {
        insert.run(
          ...rs.columns.map((_, c) => {
            const value = row[c] as InValue;
            return value instanceof ArrayBuffer ? Buffer.from(value) : value;
          }),
        );
      }
    });
    for (const s of schema) if (s.type !== 'table') out.exec(s.sql);
    out.exec('COMMIT');
  } finally {
    out.close();
  }
}
