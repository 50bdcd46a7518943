/**
 * Starts the shop on every core: with WORKERS above 1 this process becomes node:cluster's primary and forks
 * that many workers, each a whole shop (src/server/main.ts) on the same port and database; the primary only
 * keeps them running. With WORKERS=1 the shop runs in this process, as `node src/server/main.ts` does.
 * Run after `astro build`: `node src/server/start.ts`.
 */
import cluster, { type Worker } from 'node:cluster';
import { getEnv } from '../lib/env.ts';
import { flushLogs, getLogger } from '../lib/log/logger.ts';
import { serveWorkersMetrics } from '../lib/metrics/metrics.ts';
import { TIMERS_ROLE, WORKER_ROLE } from './role.ts';

/** A worker that ran at least this long before exiting starts its restart delay over. */
const STEADY_MS = 30_000;
/** Restart delays double from the first to the last after crashes in a row. */
const FIRST_DELAY_MS = 500;
const LAST_DELAY_MS = 30_000;
/** Workers still running this long after SIGTERM are killed. */
const STOP_GRACE_MS = 30_000;

interface Slot {
  worker: Worker | undefined;
  startedAt: number;
  crashes: number;
}

/** Forks `count` workers, restarts any that exits (with backoff) and stops them all on SIGTERM or SIGINT. */
function runPrimary(count: number): void {
  const log = getLogger();
  const slots: Slot[] = Array.from({ length: count }, () => ({ worker: undefined, startedAt: 0, crashes: 0 }));
  let stopping = false;

  // The first slot runs the shop's timers (sweeps, outbox, backups, rates): once per machine, not per worker.
  const fork = (index: number) => {
    const slot = slots[index]!;
    slot.startedAt = Date.now();
    slot.worker = cluster.fork(index === 0 ? { [WORKER_ROLE]: TIMERS_ROLE } : {});
  };

  cluster.on('exit', (worker, code, signal) => {
    const index = slots.findIndex((s) => s.worker === worker);
    const slot = slots[index];
    if (!slot) return;
    slot.worker = undefined;
    if (stopping) {
      if (slots.every((s) => !s.worker)) {
        log.info('all workers stopped');
        flushLogs();
        process.exit(0);
      }
      return;
    }
    slot.crashes = Date.now() - slot.startedAt >= STEADY_MS ? 1 : slot.crashes + 1;
    const delay = Math.min(LAST_DELAY_MS, FIRST_DELAY_MS * 2 ** (slot.crashes - 1));
    log.error({ worker: index, pid: worker.process.pid, code, signal, restartInMs: delay }, 'worker exited');
    setTimeout(() => {
      if (!stopping) fork(index);
    }, delay);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'stopping workers');
      const running = slots.filter((s) => s.worker);
      if (running.length === 0) process.exit(0);
      // Each worker stops taking connections, finishes its requests and writes out its logs.
      for (const slot of running) slot.worker?.process.kill('SIGTERM');
      setTimeout(() => {
        for (const slot of slots) slot.worker?.process.kill('SIGKILL');
      }, STOP_GRACE_MS).unref();
    });
  }

  serveWorkersMetrics();
  log.info({ workers: count }, 'starting workers');
  for (let i = 0; i < count; i++) fork(i);
}

const workers = getEnv().WORKERS;
if (workers > 1 && cluster.isPrimary) runPrimary(workers);
else await import('./main.ts');
