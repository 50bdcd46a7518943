/**
 * The change mark of an embedded file (decision 71): read from the file's WAL-index header, it must move on
 * every commit by anyone — this client, another connection, another process — and stay while nothing is
 * written, since cached answers keep the visitor's row and the catalogue version under it.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeMark, openDb, type Db } from '../../db/client.ts';
import { getCatalogVersion } from '../../src/lib/catalog/queries.ts';
import { ROOT } from '../support/server.ts';
import { freshDb } from '../support/db.ts';

let db: Db;
let path: string;
beforeAll(async () => {
  db = await freshDb();
  path = (db as Db & { $url: string }).$url.slice('file:'.length);
  // The reader's first statement opens the file's -shm, as the front server's first answer does.
  await getCatalogVersion(db);
});

/** Bumps the catalogue version from a separate Node process, as another worker would. */
function bumpFromAnotherProcess(): void {
  const script = `import Database from 'libsql';
    const db = new Database(${JSON.stringify(path)}, { timeout: 5000 });
    db.prepare('UPDATE catalog_version SET version = version + 1 WHERE id = 1').run();`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
}

describe('the change mark of an embedded file', () => {
  it('stays while only reads happen and moves on every commit, whoever makes it', async () => {
    const start = changeMark(db);
    expect(start).toBeTypeOf('number');
    await db.$client.execute('SELECT count(*) FROM products');
    await getCatalogVersion(db);
    expect(changeMark(db)).toBe(start);

    await db.$client.execute('UPDATE catalog_version SET version = version + 1 WHERE id = 1');
    const afterOwn = changeMark(db);
    expect(afterOwn).not.toBe(start);

    const other = openDb(`file:${path}`);
    await other.$client.execute('UPDATE catalog_version SET version = version + 1 WHERE id = 1');
    const afterOther = changeMark(db);
    expect(afterOther).not.toBe(afterOwn);

    bumpFromAnotherProcess();
    const afterProcess = changeMark(db);
    expect(afterProcess).not.toBe(afterOther);

    // A checkpoint that empties the WAL, then a write into the restarted WAL (new salts, frame count from 0).
    await other.$client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    const afterCheckpoint = changeMark(db);
    await other.$client.execute('UPDATE catalog_version SET version = version + 1 WHERE id = 1');
    expect(changeMark(db)).not.toBe(afterCheckpoint);
    other.$client.close();
  });

  it('gives the catalogue version written by another process on the very next read', async () => {
    const before = await getCatalogVersion(db);
    expect(await getCatalogVersion(db)).toBe(before);
    bumpFromAnotherProcess();
    expect(await getCatalogVersion(db)).toBe(before + 1);
  });

  it('is unknown on a libSQL server, where nothing may be kept under it', () => {
    const remote = openDb('http://127.0.0.1:9');
    expect(changeMark(remote)).toBeUndefined();
    remote.$client.close();
  });
});
