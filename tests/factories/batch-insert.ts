import type { Table } from 'drizzle-orm';
import type { SQLiteInsertValue, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client.ts';

/** Inserts many rows in chunks, each chunk one multi-row INSERT, all chunks in one batch (one transaction). */
export async function insertMany<T extends SQLiteTable>(
  db: Db,
  table: T,
  rows: SQLiteInsertValue<T>[],
  chunkSize = 200,
): Promise<void> {
  if (rows.length === 0) return;
  const statements = [];
  for (let i = 0; i < rows.length; i += chunkSize) {
    statements.push(db.insert(table as T & Table).values(rows.slice(i, i + chunkSize)));
  }
  // drizzle's batch needs a non-empty tuple
  await db.batch(statements as unknown as [(typeof statements)[number], ...typeof statements]);
}
