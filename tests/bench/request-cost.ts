/**
 * What the request log line costs: serves the demo shop twice (LOG_LEVEL=info and LOG_LEVEL=silent, each on
 * a fresh demo database, stdout piped as under systemd) and measures the server process's CPU time per
 * request — user + system from /proc, so other work on a shared machine does not count — for a cached
 * product page and /api/health, in alternating rounds. Run after `npm run build`:
 * `node tests/bench/request-cost.ts [--baseline DIR]… [--requests N] [--rounds N]` (`--baseline` also serves
 * other checkouts' builds, e.g. one without request logging, in the same rounds).
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../../db/client.ts';
import { freePort, ROOT } from '../support/server.ts';

const { values } = parseArgs({
  options: {
    baseline: { type: 'string', multiple: true, default: [] },
    requests: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '3' },
    levels: { type: 'string', default: 'info,silent' },
  },
});
const REQUESTS = Number(values.requests);
const ROUNDS = Number(values.rounds);
const CLOCK_TICKS = 100;

interface Shop {
  label: string;
  url: string;
  child: ChildProcess;
  product: string;
}

/** The process's user + system CPU time in microseconds (/proc/<pid>/stat, in clock ticks). */
function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS;
}

function runNode(root: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

async function startShop(root: string, level: string, label: string): Promise<Shop> {
  const dir = mkdtempSync(join(tmpdir(), 'ovop-cost-'));
  const port = await freePort();
  const env = {
    DATABASE_URL: `file:${join(dir, 'shop.db')}`,
    UPLOAD_DIR: join(dir, 'uploads'),
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: level,
    BACKUP_EVERY_HOURS: '0',
  };
  await runNode(root, [join(root, 'db/setup.ts')], env);
  const db = openDb(env.DATABASE_URL);
  const slug = (await db.$client.execute(`SELECT slug FROM products WHERE status = 'published' LIMIT 1`)).rows[0]!
    .slug as string;
  db.$client.close();
  const child = spawn(process.execPath, [join(root, 'src/server/main.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Read and drop the log as a journal would, so the pipe never fills.
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) break;
    } catch {
      if (i > 300) throw new Error('server did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const product = `/en/products/${slug}`;
  await fetch(url + product);
  const warm = await fetch(url + product);
  if (warm.headers.get('x-cache') !== 'HIT') throw new Error(`${product} is not served from the page cache`);
  return { label, url, child, product };
}

/** Sends `REQUESTS` requests with 10 connections; CPU µs per request and requests/s. */
async function measure(shop: Shop, path: string, amount: number): Promise<{ cpu: number; rps: number }> {
  const before = cpuMicros(shop.child.pid!);
  const result = await new Promise<autocannon.Result>((done, fail) =>
    autocannon({ url: shop.url + path, connections: 10, amount }, (error, r) => (error ? fail(error) : done(r))),
  );
  const cpu = (cpuMicros(shop.child.pid!) - before) / result.requests.total;
  if (result.non2xx > 0) throw new Error(`${path}: ${result.non2xx} answers were not 2xx`);
  return { cpu, rps: result.requests.average };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const shops: Shop[] = [];
for (const level of values.levels.split(',')) shops.push(await startShop(ROOT, level, level));
for (const dir of values.baseline) shops.push(await startShop(resolve(dir), 'info', `${dir} (info)`));
const samples = new Map<string, { cpu: number[]; rps: number[] }>();
try {
  for (const shop of shops) await measure(shop, shop.product, 3000); // JIT warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const shop of shops) {
      for (const [name, path, amount] of [
        ['cached product page', shop.product, REQUESTS],
        ['/api/health', '/api/health', Math.round(REQUESTS / 5)],
      ] as const) {
        const key = `${name}\t${shop.label}`;
        const { cpu, rps } = await measure(shop, path, amount);
        const s = samples.get(key) ?? { cpu: [], rps: [] };
        s.cpu.push(cpu);
        s.rps.push(rps);
        samples.set(key, s);
      }
    }
  }
} finally {
  for (const shop of shops) shop.child.kill('SIGTERM');
}
console.log(`${REQUESTS} requests a round (health: a fifth), ${ROUNDS} rounds, median of rounds`);
console.log('page\tLOG_LEVEL\tCPU µs/request\treq/s (shared machine)');
for (const [key, s] of samples) {
  const cpu = s.cpu.map((x) => x.toFixed(0)).join(' ');
  console.log(`${key}\t${median(s.cpu).toFixed(0)} (${cpu})\t${median(s.rps).toFixed(0)}`);
}
