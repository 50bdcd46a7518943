import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/db.ts';
import {
  BACKUP_LEASE_MS,
  BACKUP_RETRY_MS,
  claimBackupRun,
  claimScheduledBackup,
  recordScheduledBackup,
  releaseBackupRun,
} from './jobs.ts';
import { runScheduledBackup, type BackupRun } from './run.ts';

const HOUR = 3600_000;

describe('the backup lease', () => {
  it('lets one run write an archive at a time; a crashed run frees it when its lease lapses', async () => {
    const db = await freshDb();
    const t = Date.now();
    const first = await claimBackupRun(db, t);
    expect(first).not.toBeNull();
    expect(await claimBackupRun(db, t + 1000)).toBeNull();
    await releaseBackupRun(db, first!, 'ok', t + 2000);
    const second = await claimBackupRun(db, t + 3000);
    expect(second).not.toBeNull();
    // Never released: after the lease another run takes over.
    expect(await claimBackupRun(db, t + 3000 + BACKUP_LEASE_MS - 1)).toBeNull();
    const third = await claimBackupRun(db, t + 3000 + BACKUP_LEASE_MS);
    expect(third).not.toBeNull();
    // The crashed run, coming back late, cannot end the lease it lost.
    await releaseBackupRun(db, second!, 'late', t + 4000 + BACKUP_LEASE_MS);
    expect(await claimBackupRun(db, t + 5000 + BACKUP_LEASE_MS)).toBeNull();
  });
});

describe('the backup schedule', () => {
  it('runs once per interval, however many instances ask', async () => {
    const db = await freshDb();
    const t = Date.now();
    const asks = await Promise.all([0, 1, 2, 3].map(() => claimScheduledBackup(db, 24, t)));
    expect(asks.filter(Boolean)).toHaveLength(1);
    await recordScheduledBackup(db, 'ok', true, t + 1000);
    expect(await claimScheduledBackup(db, 24, t + 24 * HOUR - 1)).toBe(false);
    expect(await claimScheduledBackup(db, 24, t + 24 * HOUR)).toBe(true);
  });

  it('tries a run that wrote no archive again after 15 minutes, and records how it went', async () => {
    const db = await freshDb();
    const t = Date.now();
    const failed = async (): Promise<BackupRun> => ({ ok: false, reason: 'failed', error: 'disk full' });
    expect(await runScheduledBackup(db, 24, failed, t)).toMatchObject({ reason: 'failed' });
    expect(await runScheduledBackup(db, 24, failed, t + BACKUP_RETRY_MS - 1)).toEqual({ ok: false, reason: 'not_due' });
    let runs = 0;
    const busy = async (): Promise<BackupRun> => {
      runs++;
      return { ok: false, reason: 'busy' };
    };
    expect(await runScheduledBackup(db, 24, busy, t + BACKUP_RETRY_MS)).toEqual({ ok: false, reason: 'busy' });
    expect(runs).toBe(1);
    const row = await db.$client.execute("SELECT last_result, next_run_at FROM scheduled_jobs WHERE name = 'backup'");
    expect(String(row.rows[0]!.last_result)).toMatch(/ busy$/);
    expect(Number(row.rows[0]!.next_run_at)).toBe(t + 2 * BACKUP_RETRY_MS);
  });
});
