/**
 * The fresh product page on one machine three ways — the embedded file, a libSQL server (sqld) read
 * directly, and the same server read through an embedded replica — each as a ratio to a bare node:http
 * hello-world measured in the same run, and as the server process's CPU time per request (user + system from
 * /proc, every thread of the process: what other work on a shared machine does not inflate). Part of
 * `npm run bench`; alone: `node tests/bench/replicas.ts [--rounds N] [--skip-direct]` (after `npm run bench`
 * has generated the catalogue, or with BENCH_PRODUCTS smaller). With several rounds every server stays up and
 * the scenarios take turns, so a busy spell on the machine falls on all of them; the table gives medians.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../../db/client.ts';
import { freePort, ROOT, startShop } from '../support/server.ts';
import { startSqld } from '../support/sqld.ts';
import { generateCatalog } from './generate.ts';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '1' }, 'skip-direct': { type: 'boolean', default: false } },
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

async function rps(url: string, path: () => string, pid?: number): Promise<Figures> {
  const cpuBefore = cpuMicros(pid);
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
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
const onFile = await startShop({ ...fresh, DATABASE_URL: `file:${dbFile}` });
const sqld = await startSqld({ from: dbFile });
const replicaDir = mkdtempSync(join(tmpdir(), 'ovop-bench-replica-'));
try {
  const direct = values['skip-direct'] ? undefined : await startShop({ ...fresh, DATABASE_URL: sqld.url });
  const started = Date.now();
  const replica = await startShop({
    ...fresh,
    DATABASE_URL: sqld.url,
    DATABASE_REPLICA_PATH: join(replicaDir, 'replica.db'),
  });
  console.log(`replica pulled the whole catalogue and started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (let round = 1; round <= ROUNDS; round++) {
    record(HELLO, await rps(hello.url, () => '/'));
    record(FILE, await rps(onFile.url, productPath, onFile.process.pid));
    if (direct) record(DIRECT, await rps(direct.url, productPath, direct.process.pid));
    record(REPLICA, await rps(replica.url, productPath, replica.process.pid));
    if (ROUNDS > 1) {
      const last = (name: string) => results.get(name)?.at(-1);
      const line = [FILE, DIRECT, REPLICA]
        .map((name) => last(name))
        .map((f) => (f ? `${Math.round(f.rps)} req/s ${Math.round(f.cpu)} µs` : '-'));
      console.log(
        `round ${round}: hello ${Math.round(last(HELLO)!.rps)} · file ${line[0]} · direct ${line[1]} · replica ${line[2]}`,
      );
    }
  }
  await direct?.stop();
  await replica.stop();
} finally {
  hello.stop();
  await onFile.stop();
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
