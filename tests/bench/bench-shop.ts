/**
 * The benchmark scripts' shop: `src/server/start.ts` of a checkout (this one or a `--baseline` build) on the
 * benchmark's database, demo seed and backups off, its log read and dropped as a journal would, answering
 * once `/robots.txt` does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../support/server.ts';

/** Waits until `url` answers 2xx; fails when the server exits or after a minute. */
export async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      if (i > 600) throw new Error(`${url} did not start`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface BenchShopOptions {
  root: string;
  dbUrl: string;
  /** Environment beside the defaults (WORKERS 1, LOG_LEVEL info, no page cache). */
  env?: Record<string, string>;
  /** Node flags before the script, e.g. `--cpu-prof`. */
  flags?: string[];
  /** Reads the server's standard output (its log, and what flags such as `--trace-gc` print) line by line. */
  onLine?: (line: string) => void;
}

/** Starts the shop and resolves with its address once it answers. */
export async function spawnBenchShop(options: BenchShopOptions): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(options.flags ?? []), join(options.root, 'src/server/start.ts')], {
    cwd: options.root,
    env: {
      ...process.env,
      DATABASE_URL: options.dbUrl,
      SEED_DEMO: 'false',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      PAGE_CACHE_SECONDS: '0',
      BACKUP_EVERY_HOURS: '0',
      WORKERS: '1',
      LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (options.onLine) {
    let rest = '';
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      const lines = (rest + text).split('\n');
      rest = lines.pop()!;
      for (const line of lines) options.onLine!(line);
    });
  } else child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/robots.txt`, child);
  return { url, child };
}
