/** The admins' backups page: the archives in BACKUP_DIR, and "back up now" with its audit entry. */
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import type { StaffActor } from '../accounts/guard.ts';
import { auditStatement } from '../audit/audit.ts';
import { listBackups, type BackupListing } from './backup.ts';
import { BACKUP_SCHEDULE } from './jobs.ts';
import { spawnBackup, type BackupRun } from './run.ts';

/** The page's one form: the "back up now" button. */
export const BackupNowForm = z.object({ intent: z.literal('backup') });

export type BackupOutcome = 'done' | 'busy' | 'failed';

export interface BackupsView {
  backups: BackupListing[];
  dir: string;
  everyHours: number;
  keep: number;
  /** When the schedule's last run wrote no archive (it failed, or another backup was running). */
  scheduledFailedAt: Date | null;
}

/** What the page lists: newest archive first, with the schedule that writes them and its last failure. */
export async function backupsView(
  db: Db,
  settings: { dir: string; everyHours: number; keep: number },
): Promise<BackupsView> {
  const rs = await db.$client.execute({
    sql: 'SELECT last_result FROM scheduled_jobs WHERE name = ?',
    args: [BACKUP_SCHEDULE],
  });
  // last_result is "<ISO time> ok <archive>" or "<ISO time> failed|busy" (runScheduledBackup).
  const [at, outcome] = String(rs.rows[0]?.last_result ?? '').split(' ');
  const failedAt = outcome && outcome !== 'ok' ? new Date(at!) : null;
  return {
    backups: await listBackups(settings.dir),
    ...settings,
    scheduledFailedAt: failedAt && !Number.isNaN(failedAt.getTime()) ? failedAt : null,
  };
}

/**
 * Takes a backup for an admin (in a child process, so the server keeps serving) and records it in the
 * audit log with the archive's name and size.
 */
export async function backUpNow(
  db: Db,
  actor: StaffActor,
  run: () => Promise<BackupRun> = () => spawnBackup(),
): Promise<BackupOutcome> {
  const outcome = await run();
  if (!outcome.ok) return outcome.reason === 'failed' ? 'failed' : 'busy';
  await db.$client.execute(
    auditStatement({
      userId: actor.userId,
      action: 'backup.created',
      entity: 'backup',
      entityId: outcome.result.name,
      after: { bytes: outcome.result.bytes, files: outcome.result.manifest.files.length, ms: outcome.result.ms },
      ip: actor.ip,
    }),
  );
  return 'done';
}
