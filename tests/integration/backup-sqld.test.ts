/**
 * A libSQL server (sqld) has no file to VACUUM INTO: `npm run backup` copies it through the client in
 * one read batch. The restored copy has the same rows, passes integrity_check, and its full-text index
 * (copied through FTS5's shadow tables) finds the same products.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { afterAll, expect, it } from 'vitest';
import { openDb } from '../../db/client.ts';
import { restoreBackup } from '../../src/lib/backup/restore.ts';
import type { BackupRun } from '../../src/lib/backup/run.ts';
import { ROOT, run } from '../support/server.ts';
import { startSqld } from '../support/sqld.ts';

const dir = mkdtempSync(join(tmpdir(), 'ovop-backup-sqld-'));
const stops: (() => void)[] = [];
afterAll(() => stops.forEach((stop) => stop()));

it('backs up a libSQL server with a logical copy that restores whole', async () => {
  const sqld = await startSqld();
  stops.push(sqld.stop);
  const url = sqld.url;
  const env = { DATABASE_URL: url, UPLOAD_DIR: join(dir, 'uploads'), BACKUP_DIR: join(dir, 'backups') };
  await run([`${ROOT}/db/setup.ts`], env);
  const out = await run([`${ROOT}/src/cli/backup.ts`, '--json'], env);
  const outcome = JSON.parse(out.trim().split('\n').pop()!) as BackupRun;
  expect(outcome.ok, out).toBe(true);
  if (!outcome.ok) return;
  expect(outcome.result.manifest.method).toBe('logical');
  console.log(`sqld backup: ${outcome.result.bytes} bytes in ${outcome.result.ms} ms`);

  const restored = await restoreBackup(outcome.result.file, join(dir, 'restored'));
  const live = openDb(url);
  const copy = new Database(restored.databaseFile, { readonly: true });
  try {
    for (const table of ['products', 'variants', 'producers', 'stock_levels', 'users', '__drizzle_migrations']) {
      const want = Number((await live.$client.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
      const got = Number((copy.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
      expect(got, table).toBe(want);
      expect(want, table).toBeGreaterThan(0);
    }
    const search = `SELECT count(*) AS n FROM product_search WHERE product_search MATCH 'бал*'`;
    const want = Number((await live.$client.execute(search)).rows[0]!.n);
    expect(want).toBeGreaterThan(0);
    expect(Number((copy.prepare(search).get() as { n: number }).n)).toBe(want);
    const triggers = `SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger'`;
    expect(Number((copy.prepare(triggers).get() as { n: number }).n)).toBe(
      Number((await live.$client.execute(triggers)).rows[0]!.n),
    );
  } finally {
    copy.close();
    live.$client.close();
  }
}, 180_000);
