/** A fresh migrated database for a test file, with optional demo or small catalogue. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../db/client.ts';
import { migrateDb } from '../../db/migrate.ts';

/** Opens a new embedded database in a temp folder and applies all migrations. */
export async function freshDb(): Promise<Db> {
  const dir = mkdtempSync(join(tmpdir(), 'ovop-unit-'));
  const db = openDb(`file:${join(dir, 'test.db')}`);
  await migrateDb(db);
  return db;
}
