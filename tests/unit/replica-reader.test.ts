/**
 * An embedded replica's reads go through cached statements on a plain read-only connection of the replica's
 * file (db/client.ts, decision 64). They must show every pull and this process's own writes at once, as the
 * client's reads did: a statement prepared before a pull answers with what the pull brought.
 */
import Database from 'libsql';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { catchUp, openDb, readRows, syncReplica, type Db } from '../../db/client.ts';
import { startSqld, type RunningSqld } from '../support/sqld.ts';

let sqld: RunningSqld;
let server: Db;
let replica: Db;
const dir = mkdtempSync(join(tmpdir(), 'ovop-replica-reader-'));

const COUNT = 'SELECT count(*) AS n FROM notes';
const count = async () => Number((await readRows(replica, COUNT))[0]!.n);
const text = async (id: number) => (await readRows(replica, 'SELECT body FROM notes WHERE id = ?', [id]))[0]?.body;

beforeAll(async () => {
  sqld = await startSqld();
  server = openDb(sqld.url);
  await server.$client.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  await server.$client.execute("INSERT INTO notes (body) VALUES ('first')");
  replica = openDb(sqld.url, undefined, { path: join(dir, 'replica.db'), syncInterval: 3600 });
  await syncReplica(replica);
}, 30_000);

afterAll(() => {
  replica?.$client.close();
  server?.$client.close();
  sqld?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('reads the replica, and sees another instance’s write once a pull brought it', async () => {
  expect(await count()).toBe(1);
  expect(await text(1)).toBe('first');
  await server.$client.execute("INSERT INTO notes (body) VALUES ('from elsewhere')");
  // Not pulled yet: the read is local, not a round trip to the server.
  expect(await count()).toBe(1);
  catchUp(replica, Number.MAX_SAFE_INTEGER);
  // The same cached statements answer with what the pull brought.
  expect(await count()).toBe(2);
  expect(await text(2)).toBe('from elsewhere');
});

it('shows this process’s own writes at once, a statement and a batch', async () => {
  const before = await count();
  await replica.$client.execute({ sql: 'INSERT INTO notes (body) VALUES (?)', args: ['mine'] });
  expect(await count()).toBe(before + 1);
  await replica.$client.batch(
    [
      { sql: 'UPDATE notes SET body = ? WHERE id = 1', args: ['changed'] },
      { sql: 'INSERT INTO notes (body) VALUES (?)', args: ['mine too'] },
    ],
    'write',
  );
  expect(await count()).toBe(before + 2);
  expect(await text(1)).toBe('changed');
});

it('keeps up over a long pull of many frames', async () => {
  const before = await count();
  const body = 'x'.repeat(4000);
  for (let i = 0; i < 200; i++)
    await server.$client.execute({ sql: 'INSERT INTO notes (body) VALUES (?)', args: [body] });
  await server.$client.execute("UPDATE notes SET body = 'last word' WHERE id = 2");
  expect(await count()).toBe(before);
  catchUp(replica, Number.MAX_SAFE_INTEGER);
  expect(await count()).toBe(before + 200);
  expect(await text(2)).toBe('last word');
});

it('reads a new file put in the replica’s place, after the next pull', async () => {
  const path = join(dir, 'replica.db');
  const before = await count();
  // A file in the replica's place: the same notes and one more, renamed over it with the old file's WAL moved
  // aside (as a pull that swapped files would leave it). The reader must not go on reading the old file.
  const copy = join(dir, 'swapped.db');
  const source = new Database(path, { readonly: true });
  source.exec(`VACUUM INTO '${copy}'`);
  source.close();
  const writer = new Database(copy);
  writer.exec("INSERT INTO notes (body) VALUES ('only in the new file')");
  writer.close();
  for (const suffix of ['-wal', '-shm']) renameSync(path + suffix, `${path}.old${suffix}`);
  renameSync(copy, path);
  catchUp(replica, Number.MAX_SAFE_INTEGER);
  expect(await count()).toBe(before + 1);
});
