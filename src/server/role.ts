/**
 * Which of the shop's processes runs its timers. The cluster primary (src/server/start.ts) names one worker;
 * a process started on its own (WORKERS=1, `node src/server/main.ts`) runs them itself.
 */
import cluster from 'node:cluster';

/** The environment variable the primary sets on the worker that runs the timers (not for operators). */
export const WORKER_ROLE = 'OVOP_WORKER_ROLE';
export const TIMERS_ROLE = 'timers';

/** Whether this process runs the sweeps, the outbox sender, scheduled backups and the rates import. */
export function runsTimers(): boolean {
  return cluster.isPrimary || process.env[WORKER_ROLE] === TIMERS_ROLE;
}
