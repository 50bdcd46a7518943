/**
 * Every connection of an embedded client carries the pragmas, not only the one that ran them: libSQL's
 * client pools connections and opens a new one whenever a call finds none idle, so pragmas sent through the
 * client landed on one connection each (`synchronous` read back FULL on the others). And the front server
 * and Astro's bundle, two copies of db/client.ts in one process, share one client.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { BUSY_TIMEOUT_MS, getDb, openDb, readRows } from '../../db/client.ts';

const EXPECTED = { journal_mode: 'wal', timeout: BUSY_TIMEOUT_MS, synchronous: 1, foreign_keys: 1 };
const CHECKS = ['PRAGMA journal_mode', 'PRAGMA busy_timeout', 'PRAGMA synchronous', 'PRAGMA foreign_keys'];
const freshUrl = () => `file:${join(mkdtempSync(join(tmpdir(), 'ovop-pragmas-')), 'p.db')}`;

it('gives every pooled connection WAL, the busy timeout, synchronous NORMAL and foreign keys', async () => {
  const db = openDb(freshUrl());
  // Open transactions each hold their own connection, so the pool has to open six.
  const held = await Promise.all(Array.from({ length: 6 }, () => db.$client.transaction('deferred')));
  const seen = [];
  for (const tx of held) {
    const answers = await tx.batch(CHECKS);
    seen.push(Object.assign({}, ...answers.map((rs) => ({ ...rs.rows[0] }))));
  }
  for (const tx of held) tx.close();
  expect(seen).toEqual(Array.from({ length: 6 }, () => EXPECTED));
  // Calls made at once also borrow connections side by side.
  const concurrent = await Promise.all(Array.from({ length: 8 }, () => db.$client.batch(CHECKS, 'read')));
  for (const answers of concurrent) {
    expect(Object.assign({}, ...answers.map((rs) => ({ ...rs.rows[0] })))).toEqual(EXPECTED);
  }
  // The cached-statement reader is a connection too.
  expect((await readRows(db, 'PRAGMA busy_timeout'))[0]).toEqual({ timeout: BUSY_TIMEOUT_MS });
  db.$client.close();
});

it('is one client per process, whichever copy of the module asks', async () => {
  process.env.DATABASE_URL = freshUrl();
  // A second module instance of db/client.ts, as Astro's bundle has beside the front server's.
  vi.resetModules();
  const copy = await import('../../db/client.ts');
  expect(copy.getDb).not.toBe(getDb);
  expect(copy.getDb()).toBe(getDb());
  expect(copy.getDb().$client).toBe(getDb().$client);
});

it('is one page cache per process, whichever copy of the module asks', async () => {
  const { sharedPageCache } = await import('../../src/lib/http/page-cache.ts');
  vi.resetModules();
  const copy = await import('../../src/lib/http/page-cache.ts');
  expect(copy.sharedPageCache).not.toBe(sharedPageCache);
  expect(copy.sharedPageCache(300)).toBe(sharedPageCache(300));
});
