/**
 * Claims on scheduled jobs, one guarded upsert each: an instance runs a job only when no other holds a
 * live claim on it and (for the schedule) its interval has passed since it last started. Several app
 * instances on one database therefore run a daily backup once a day, not once each.
 */
import { randomBytes } from 'node:crypto';
import type { Client } from '@libsql/client';

export interface JobClaim {
  name: string;
  holder: string;
}

/**
 * Claims a job for `leaseMs`; `everyMs` > 0 also requires that it last started that long ago.
 * Null when another instance holds it or its time has not come.
 */
export async function claimJob(
  client: Client,
  name: string,
  { leaseMs, everyMs = 0, now = Date.now() }: { leaseMs: number; everyMs?: number; now?: number },
): Promise<JobClaim | null> {
  const holder = randomBytes(9).toString('base64url');
  const rs = await client.execute({
    sql: `INSERT INTO scheduled_jobs (name, holder, running_until, last_started_at) VALUES (?1, ?2, ?3, ?4)
      ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, running_until = excluded.running_until,
        last_started_at = excluded.last_started_at, updated_at = ?4
      WHERE (scheduled_jobs.running_until IS NULL OR scheduled_jobs.running_until < ?4)
        AND (?5 = 0 OR scheduled_jobs.last_started_at IS NULL OR scheduled_jobs.last_started_at <= ?4 - ?5)
      RETURNING holder`,
    args: [name, holder, now + leaseMs, now, everyMs],
  });
  return rs.rows[0]?.holder === holder ? { name, holder } : null;
}

/** Ends a claim (only while this instance still holds it), recording the error if the job failed. */
export async function finishJob(client: Client, claim: JobClaim, error?: string, now = Date.now()): Promise<void> {
  await client.execute({
    sql: `UPDATE scheduled_jobs SET running_until = NULL, last_finished_at = ?, last_error = ?, updated_at = ?
      WHERE name = ? AND holder = ?`,
    args: [now, error ?? null, now, claim.name, claim.holder],
  });
}
