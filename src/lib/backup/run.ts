/**
 * Running a backup as the shop does: claimed as the job `backup` (so two never run at once, and the
 * schedule runs once per interval across instances), archived, then old archives pruned to BACKUP_KEEP.
 * The server and the admins' "back up now" start it as a child process (`src/cli/backup.ts`), so the
 * database copy never blocks the process that serves buyers.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Db } from '../../../db/client.ts';
import { createBackup, pruneBackups, readJournal, type BackupResult } from './backup.ts';
import { claimJob, finishJob } from './jobs.ts';

export const BACKUP_JOB = 'backup';
// A claim outlives any sane backup; a crashed run frees the job after it.
const LEASE_MS = 60 * 60 * 1000;

export interface BackupSettings {
  databaseUrl: string;
  uploadDir: string;
  backupDir: string;
  keep: number;
  appVersion: string;
  migrationsFolder: string;
}

export type BackupRun =
  | { ok: true; result: BackupResult; pruned: string[] }
  | { ok: false; reason: 'busy' | 'not_due' }
  | { ok: false; reason: 'failed'; error: string };

/** Takes a backup now, or on the schedule (`everyHours`: only when the last one started that long ago). */
export async function runBackup(db: Db, settings: BackupSettings, { everyHours = 0 } = {}): Promise<BackupRun> {
  const everyMs = Math.round(everyHours * 3600 * 1000);
  const claim = await claimJob(db.$client, BACKUP_JOB, { leaseMs: LEASE_MS, everyMs });
  if (!claim) {
    if (everyMs === 0) return { ok: false, reason: 'busy' };
    // Not due, or running elsewhere: for a scheduled run both mean "nothing to do".
    return { ok: false, reason: 'not_due' };
  }
  try {
    const result = await createBackup({
      client: db.$client,
      databaseUrl: settings.databaseUrl,
      uploadDir: settings.uploadDir,
      backupDir: settings.backupDir,
      appVersion: settings.appVersion,
      migrationsJournal: await readJournal(settings.migrationsFolder),
    });
    const pruned = await pruneBackups(settings.backupDir, settings.keep);
    await finishJob(db.$client, claim);
    return { ok: true, result, pruned };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finishJob(db.$client, claim, message).catch(() => {});
    // The stack goes to the log (the admins' page only says that it failed).
    return { ok: false, reason: 'failed', error: error instanceof Error ? (error.stack ?? message) : message };
  }
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
