import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../../db/client.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { readHealth } from './health.ts';

describe('readHealth', () => {
  it('counts queued and failed mail and the age of the oldest queued one', async () => {
    const db = await freshDb();
    const now = Date.now();
    for (const [status, age] of [
      ['queued', 90_000],
      ['queued', 5_000],
      ['failed', 1_000],
      ['sent', 500_000],
    ] as const) {
      await db.$client.execute({
        sql: `INSERT INTO outbox ("to", subject, text, locale, status, created_at, updated_at) VALUES ('a@b.c', 's', 't', 'en', ?, ?, ?)`,
        args: [status, now - age, now - age],
      });
    }
    const health = await readHealth(db, now);
    expect(health).toMatchObject({ ok: true, outbox: { queued: 2, failed: 1, oldestQueuedSeconds: 90 } });
  });

  it('says not ok when the database cannot be read', async () => {
    // An empty database file: every read fails, as with a missing or broken database.
    const db = openDb(`file:${join(mkdtempSync(join(tmpdir(), 'ovop-health-')), 'empty.db')}`);
    expect(await readHealth(db)).toEqual({ ok: false });
  });
});
