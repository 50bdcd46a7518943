/**
 * Two processes writing one embedded database (the server and `npm run backup`'s job claim, a CLI, a
 * second instance) wait for each other's lock: before `timeout` was given to the client, the second
 * writer failed at once with SQLITE_BUSY (`PRAGMA busy_timeout` read back 0 on libsql's connections).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const client = fileURLToPath(new URL('../../db/client.ts', import.meta.url));
const WRITER = `
const { openDb } = await import(${JSON.stringify(client)});
const db = openDb(process.env.URL);
await db.$client.execute('CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)');
let busy = 0;
const end = Date.now() + 1500;
while (Date.now() < end) {
  try { await db.$client.batch([{ sql: 'INSERT INTO t (v) VALUES (?)', args: ['x'.repeat(200)] }], 'write'); }
  catch (e) { if (String(e).includes('SQLITE_BUSY')) busy++; else throw e; }
}
console.log(busy);
`;

function writer(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', WRITER], {
      env: { ...process.env, URL: url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`exit ${code}`))));
  });
}

it('lets two processes write one embedded database without SQLITE_BUSY', async () => {
  const url = `file:${join(mkdtempSync(join(tmpdir(), 'ovop-busy-')), 'busy.db')}`;
  const busy = await Promise.all([writer(url), writer(url)]);
  expect(busy).toEqual([0, 0]);
});
