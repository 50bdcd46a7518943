/**
 * Running a backup as the shop does: under the `backup-running` lease (so two never write at once),
 * archived, then old archives pruned to BACKUP_KEEP; on the schedule, only by the instance that claimed
 * the schedule's run. The server and the admins' "back up now" start it as a child process
 * (`src/cli/backup.ts`), so the database copy never blocks the process that serves buyers.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Db } from '../../../db/client.ts';
import type { MediaStorage } from '../media/storage.ts';
import { createBackup, pruneBackups, readJournal, type BackupResult } from './backup.ts';
import { claimBackupRun, claimScheduledBackup, recordScheduledBackup, releaseBackupRun } from './jobs.ts';

export interface BackupSettings {
  databaseUrl: string;
  uploadDir: string;
  /** The uploads' bucket when S3_BUCKET is set (the files are downloaded into the archive). */
  media?: MediaStorage;
  backupDir: string;
  keep: number;
  appVersion: string;
  migrationsFolder: string;
}

export type BackupRun =
  | { ok: true; result: BackupResult; pruned: string[] }
  | { ok: false; reason: 'busy' | 'not_due' }
  | { ok: false; reason: 'failed'; error: string };

/** Takes a backup now, unless another run is writing one ('busy'). */
export async function runBackup(db: Db, settings: BackupSettings): Promise<BackupRun> {
  const lease = await claimBackupRun(db);
  if (!lease) return { ok: false, reason: 'busy' };
  try {
    const result = await createBackup({
      client: db.$client,
      databaseUrl: settings.databaseUrl,
      uploadDir: settings.uploadDir,
      ...(settings.media ? { media: settings.media } : {}),
      backupDir: settings.backupDir,
      appVersion: settings.appVersion,
      migrationsJournal: await readJournal(settings.migrationsFolder),
    });
    const pruned = await pruneBackups(settings.backupDir, settings.keep);
    await releaseBackupRun(db, lease, `ok ${result.name}`);
    return { ok: true, result, pruned };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await releaseBackupRun(db, lease, `failed: ${message}`).catch(() => {});
    // The stack goes to the log (the admins' page only says that it failed).
    return { ok: false, reason: 'failed', error: error instanceof Error ? (error.stack ?? message) : message };
  }
}

/**
 * One look of the schedule: when BACKUP_EVERY_HOURS have passed and this instance claimed the run, `run`
 * takes the backup (the server passes a child process) and the outcome is recorded; a run that wrote no
 * archive is due again in 15 minutes. 'not_due' when there was nothing to do here.
 */
export async function runScheduledBackup(
  db: Db,
  everyHours: number,
  run: () => Promise<BackupRun>,
  now = Date.now(),
): Promise<BackupRun> {
  if (!(await claimScheduledBackup(db, everyHours, now))) return { ok: false, reason: 'not_due' };
  const outcome = await run().catch((error: unknown): BackupRun => ({
    ok: false,
    reason: 'failed',
    error: String(error),
  }));
  const summary = outcome.ok ? `ok ${outcome.result.name}` : outcome.reason === 'failed' ? 'failed' : 'busy';
  await recordScheduledBackup(db, `${new Date(now).toISOString()} ${summary}`, outcome.ok, now);
  return outcome;
}

/**
 * Runs `src/cli/backup.ts --json` as a child process with this process's environment and returns its
 * outcome. The working directory is the app's (the server is always started there, as UPLOAD_DIR is).
 */
export function spawnBackup(args: string[] = []): Promise<BackupRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(process.cwd(), 'src/cli/backup.ts'), '--json', ...args], {
      cwd: process.cwd(),
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (error) => done({ ok: false, reason: 'failed', error: error.message }));
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        done(JSON.parse(last) as BackupRun);
      } catch {
        done({ ok: false, reason: 'failed', error: `backup exited ${code}: ${(err || out).slice(-500)}` });
      }
    });
  });
}
