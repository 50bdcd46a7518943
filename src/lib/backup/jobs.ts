/**
 * When backups run, through the shop's shared scheduled-job rows (`claimScheduledJob`, one guarded upsert
 * on `scheduled_jobs`): the row `backup` is the schedule (its next run time moves ahead by
 * BACKUP_EVERY_HOURS when one instance claims it), and the row `backup-running` is a lease held while an
 * archive is written, so a manual backup, the CLI and the schedule never write two at once. A run that
 * crashed frees the lease when it lapses.
 */
import type { Db } from '../../../db/client.ts';
import { claimScheduledJob, recordScheduledRun } from '../jobs/schedule.ts';

export const BACKUP_SCHEDULE = 'backup';
export const BACKUP_RUNNING = 'backup-running';
/** A lease outlives any sane backup; a crashed run frees the job after it. */
export const BACKUP_LEASE_MS = 60 * 60 * 1000;
/** A scheduled backup that failed (or met another one running) is tried again after this long. */
export const BACKUP_RETRY_MS = 15 * 60 * 1000;

/** This instance's hold on writing an archive: the lease's end, which only its holder knows. */
export interface BackupLease {
  until: number;
}

/** Takes the lease for writing an archive; null while another run holds it. */
export async function claimBackupRun(db: Db, now = Date.now()): Promise<BackupLease | null> {
  return (await claimScheduledJob(db, BACKUP_RUNNING, BACKUP_LEASE_MS, now)) ? { until: now + BACKUP_LEASE_MS } : null;
}

/**
 * Gives the lease back (only while this run still holds it: after a lapse another run may have taken it)
 * with how the run went.
 */
export async function releaseBackupRun(db: Db, lease: BackupLease, result: string, now = Date.now()): Promise<void> {
  await db.$client.execute({
    sql: 'UPDATE scheduled_jobs SET next_run_at = ?, last_result = ?, updated_at = ? WHERE name = ? AND next_run_at = ?',
    args: [now, result, now, BACKUP_RUNNING, lease.until],
  });
}

/** Claims the schedule's next backup: true when BACKUP_EVERY_HOURS have passed and this call moved it on. */
export function claimScheduledBackup(db: Db, everyHours: number, now = Date.now()): Promise<boolean> {
  return claimScheduledJob(db, BACKUP_SCHEDULE, Math.round(everyHours * 3_600_000), now);
}

/** Records a scheduled backup's outcome; one that did not write an archive is due again in 15 minutes. */
export function recordScheduledBackup(db: Db, result: string, wrote: boolean, now = Date.now()): Promise<void> {
  return recordScheduledRun(db, BACKUP_SCHEDULE, result, wrote ? null : now + BACKUP_RETRY_MS);
}
