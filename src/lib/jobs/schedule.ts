/**
 * Scheduled work that several processes of the shop share (the rates import, backups): each job
 * is a row of `scheduled_jobs` with its next run time, and a process runs the job only when its one guarded
 * statement moved that time ahead, so two processes never both run it.
 */
import type { Db } from '../../../db/client.ts';

/**
 * Claims a scheduled job for this process: true when it was due and this call moved its next run
 * `everyMs` ahead (one guarded statement, so two processes never both get it).
 */
export async function claimScheduledJob(db: Db, name: string, everyMs: number, now = Date.now()): Promise<boolean> {
  const rs = await db.$client.execute({
    sql: `INSERT INTO scheduled_jobs (name, next_run_at, updated_at) VALUES (?, ?, ?)
          ON CONFLICT (name) DO UPDATE SET next_run_at = excluded.next_run_at, updated_at = excluded.updated_at
          WHERE scheduled_jobs.next_run_at <= ?
          RETURNING name`,
    args: [name, now + everyMs, now, now],
  });
  return rs.rows.length === 1;
}

/**
 * Records how a claimed run went (`last_result`, shown to admins); with `retryAt` the job is due again
 * then rather than a whole period later.
 */
export async function recordScheduledRun(db: Db, name: string, result: string, retryAt: number | null): Promise<void> {
  await db.$client.execute({
    sql: `UPDATE scheduled_jobs SET last_result = ?, next_run_at = min(next_run_at, coalesce(?, next_run_at)),
          updated_at = ? WHERE name = ?`,
    args: [result, retryAt, Date.now(), name],
  });
}
