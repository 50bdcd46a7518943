/** Starts the built shop (dist/) on a free port against a given database, for tests and the benchmark. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs a command to completion with the same Node that runs us; rejects with its output on failure. */
export function run(args: string[], env: Record<string, string | undefined> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited ${code}:\n${out}`)),
    );
  });
}

/** Builds dist/ once if it is missing. */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(`${ROOT}/dist/server/entry.mjs`)) return;
  await run([`${ROOT}/node_modules/astro/bin/astro.mjs`, 'build'], { ASTRO_TELEMETRY_DISABLED: '1' });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** What the server printed so far (stdout and stderr). */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Migrates (and seeds, unless SEED_DEMO=false) the database, then serves the shop on a free port.
 * PUBLIC_URL is the server's own address unless `env` names another, or unsets it with undefined.
 */
/** What `startShop(…, { logTail: true })` keeps of the server's log. */
const LOG_TAIL_CHARS = 64 * 1024;

export async function startShop(
  env: Record<string, string | undefined>,
  options: {
    /** How long the server may take to answer its first request (a replica pulls the whole database first). */
    startMs?: number;
    /** Another checkout, already built, to serve instead of this one (benchmarks compare builds). */
    root?: string;
    /**
     * Keep only the log's last 64 KB (for a failure's message): a benchmark's server writes a line per
     * request, and keeping hundreds of thousands of them in the load generator's process slowed its
     * measurements (garbage collection in the process that times the answers).
     */
    logTail?: boolean;
  } = {},
): Promise<RunningServer> {
  const root = options.root ?? ROOT;
  await ensureBuilt();
  await run([`${root}/db/setup.ts`], env);
  const port = await freePort();
  const child = spawn(process.execPath, [`${root}/src/server/start.ts`], {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      // Every test buyer connects from 127.0.0.1: the unpaid-order limits are tested where a test sets them.
      UNPAID_ORDERS_PER_ADDRESS: '100000',
      UNPAID_ORDERS_PER_VISITOR: '100000',
      // A long test run must not write scheduled backups of its throwaway database into db/backups.
      BACKUP_EVERY_HOURS: '0',
      // One process unless a test asks for more (npm start runs one per core).
      WORKERS: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (d: Buffer) => {
    log += d;
    if (options.logTail && log.length > LOG_TAIL_CHARS) log = log.slice(-LOG_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${url}/robots.txt`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    process: child,
    log: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
