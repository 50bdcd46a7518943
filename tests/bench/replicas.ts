/**
 * The fresh product page on one machine three ways — the embedded file, a libSQL server (sqld) read
 * directly, and the same server read through an embedded replica — each as a ratio to a bare node:http
 * hello-world measured in the same run, and as the server process's CPU time per request (user + system from
 * /proc, every thread of the process: what other work on a shared machine does not inflate). Part of
 * `npm run bench`; alone (after `npm run bench` has generated the catalogue, or with BENCH_PRODUCTS smaller):
 *
 *   node tests/bench/replicas.ts [--rounds N] [--skip-direct] [--baseline DIR]…
 *
 * With several rounds every server stays up and the scenarios take turns, so a busy spell on the machine falls
 * on all of them; the table gives medians. `--baseline DIR` adds another checkout's build on a replica.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../../db/client.ts';
import { freePort, ROOT, startShop, type RunningServer } from '../support/server.ts';
import { startSqld } from '../support/sqld.ts';
import { generateCatalog } from './generate.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '1' },
    'skip-direct': { type: 'boolean', default: false },
    baseline: { type: 'string', multiple: true, default: [] },
  },
});
const ROUNDS = Number(values.rounds);
const COUNT = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const dir = join(ROOT, 'tmp', 'bench');
const dbFile = join(dir, `catalog-${COUNT}.db`);
mkdirSync(dir, { recursive: true });
if (!existsSync(dbFile)) (await generateCatalog(`file:${dbFile}`, COUNT)).db.$client.close();

const db = openDb(`file:${dbFile}`);
const slugs = (
  await db.$client.execute(`SELECT slug FROM products WHERE status = 'published' ORDER BY random() LIMIT 5000`)
).rows.map((r) => String(r.slug));
db.$client.close();
const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
const productPath = () => `/${pick(['ky', 'ru', 'en'])}/products/${pick(slugs)}`;

interface Figures {
  rps: number;
  p99: number;
  errors: number;
  /** Server CPU µs per request (NaN for the hello-world, which is not measured). */
  cpu: number;
}

const CLOCK_TICKS = 100;
/** A process's user + system CPU time in microseconds, all its threads (/proc/<pid>/stat, in clock ticks). */
function cpuMicros(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS;
}

async function rps(url: string, path: () => string, pid?: number, seconds = SECONDS): Promise<Figures> {
  const cpuBefore = cpuMicros(pid);
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [{ setupRequest: ((req: Record<string, unknown>) => ({ ...req, path: path() })) as never }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r['4xx'] + r['5xx'],
    cpu: (cpuMicros(pid) - cpuBefore) / Math.max(1, r.requests.total),
  };
}

async function helloWorld(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const file = join(dir, 'hello-world-1.cjs');
  writeFileSync(
    file,
    `require('node:http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/plain'});s.end('hello world')}).listen(${port},'127.0.0.1',()=>console.log('up'))`,
  );
  const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

const results = new Map<string, Figures[]>();
const record = (name: string, figures: Figures) => results.set(name, [...(results.get(name) ?? []), figures]);
const HELLO = 'hello-world (node:http)';
const FILE = 'product page (fresh), embedded file';
const DIRECT = 'product page (fresh), sqld direct';
const REPLICA = 'product page (fresh), sqld + embedded replica';

const fresh = { SEED_DEMO: 'false', PAGE_CACHE_SECONDS: '0' };
const hello = await helloWorld();
const onFile = await startShop({ ...fresh, DATABASE_URL: `file:${dbFile}` }, { logTail: true });
const sqld = await startSqld({ from: dbFile });
const replicaDir = mkdtempSync(join(tmpdir(), 'ovop-bench-replica-'));
const shops: [string, RunningServer][] = [[FILE, onFile]];
try {
  if (!values['skip-direct'])
    shops.push([DIRECT, await startShop({ ...fresh, DATABASE_URL: sqld.url }, { logTail: true })]);
  // `--baseline DIR`: another checkout's build (e.g. `git archive` of main, node_modules linked, built) on a
  // replica of its own, in the same rounds.
  for (const [i, root] of ['', ...values.baseline].entries()) {
    const started = Date.now();
    const env = { ...fresh, DATABASE_URL: sqld.url, DATABASE_REPLICA_PATH: join(replicaDir, `replica-${i}.db`) };
    const replica = await startShop(env, { startMs: 180_000, logTail: true, ...(root ? { root: resolve(root) } : {}) });
    console.log(`replica pulled the whole catalogue and started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    shops.push([root ? `${REPLICA} (${root})` : REPLICA, replica]);
  }
  // JIT and memos warm before anything is measured.
  for (const [, shop] of shops) await rps(shop.url, productPath, undefined, 2);
  for (let round = 1; round <= ROUNDS; round++) {
    record(HELLO, await rps(hello.url, () => '/'));
    const line = [`round ${round}: hello-world ${Math.round(results.get(HELLO)!.at(-1)!.rps)} req/s`];
    for (const [name, shop] of shops) {
      const figures = await rps(shop.url, productPath, shop.process.pid);
      record(name, figures);
      line.push(
        `${name.replace('product page (fresh), ', '')} ${Math.round(figures.rps)} req/s ${Math.round(figures.cpu)} µs`,
      );
    }
    if (ROUNDS > 1) console.log(line.join(' · '));
  }
} finally {
  for (const [, shop] of shops) await shop.stop();
  hello.stop();
  sqld.stop();
  rmSync(replicaDir, { recursive: true, force: true });
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const rows: [string, Figures][] = [...results].map(([name, runs]) => [
  name,
  {
    rps: median(runs.map((r) => r.rps)),
    p99: median(runs.map((r) => r.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    cpu: median(runs.map((r) => r.cpu)),
  },
]);
const base = rows[0]![1].rps;
const file = rows[1]![1];
const rounds = ROUNDS > 1 ? ` · median of ${ROUNDS} alternating rounds` : '';
console.log(
  `\n${COUNT.toLocaleString('en')} products · ${CONNECTIONS} connections · ${SECONDS} s per scenario${rounds}\n`,
);
console.log('| scenario | req/s | p99 ms | vs hello-world | vs file | CPU µs/request | CPU vs file | errors |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, r] of rows) {
  const hello = name === HELLO;
  const vsFile = hello ? '-' : `${(r.rps / file.rps).toFixed(2)}×`;
  const cpu = hello ? '-' : String(Math.round(r.cpu));
  const cpuVsFile = hello ? '-' : `${(r.cpu / file.cpu).toFixed(2)}×`;
  console.log(
    `| ${name} | ${Math.round(r.rps)} | ${r.p99} | ${((r.rps / base) * 100).toFixed(2)} % | ${vsFile} | ${cpu} | ${cpuVsFile} | ${r.errors} |`,
  );
}
