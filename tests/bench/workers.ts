/**
 * What a second worker buys on fresh product pages, and where the machine's time goes. Serves the
 * benchmark's 100,000-product database (tests/bench/run.ts generates it into tmp/bench/ once) with the built
 * server (`src/server/start.ts`, page cache off) on WORKERS=1 and WORKERS=2, next to a bare node:http
 * hello-world of one and of two node:cluster processes, in alternating rounds, 10 connections, random
 * product pages. Every worker is warmed first (JIT, and one product of every producer in every language
 * fetched on a new connection as many times as there are workers, which the primary hands round, so each
 * worker's per-producer memos are full). Run after `npm run build`:
 *
 *   node tests/bench/workers.ts [--rounds N] [--seconds N] [--workers N] [--variant='<node options>']
 *
 * For each scenario it prints req/s, and from /proc: the server's CPU µs per request (user + system of the
 * primary and every worker; other work on a shared machine does not count), each process's share of a core,
 * the load generator's CPU (this process: autocannon runs in it) per request, and the machine's idle and
 * other processes' share. The ratio 2 workers / 1 worker is what decision 44 reports; the CPU per request
 * shows whether a second worker costs more per page (contention) or only lacks a core. `--variant` adds both
 * shops again with those Node options (e.g. `--max-semi-space-size=64`) to the same rounds.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../../db/client.ts';
import { freePort, ROOT } from '../support/server.ts';
import { spawnBenchShop, waitFor } from './bench-shop.ts';
import { generateCatalog } from './generate.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '8' },
    workers: { type: 'string', default: '2' },
    products: { type: 'string', default: '100000' },
    variant: { type: 'string', default: '' },
  },
});
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);
const WORKERS = Number(values.workers);
const CLOCK_TICKS = 100;
const LOCALES = ['ky', 'ru', 'en'];

const benchDir = join(ROOT, 'tmp', 'bench');
const dbFile = join(benchDir, `catalog-${values.products}.db`);
const dbUrl = `file:${dbFile}`;
mkdirSync(benchDir, { recursive: true });
if (!existsSync(dbFile)) {
  console.log(`generating ${values.products} products…`);
  (await generateCatalog(dbUrl, Number(values.products))).db.$client.close();
}

function runNode(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

await runNode([join(ROOT, 'db/setup.ts')], { DATABASE_URL: dbUrl, SEED_DEMO: 'false' });
const db = openDb(dbUrl);
const slugs = (
  await db.$client.execute(`SELECT slug FROM products WHERE status = 'published' ORDER BY random() LIMIT 5000`)
).rows.map((r) => String(r.slug));
// One product of every producer in every language: the per-producer memos (decision 62) warm in every worker.
const warmPaths = (
  await db.$client.execute(`SELECT min(slug) AS slug FROM products WHERE status = 'published' GROUP BY producer_id`)
).rows.flatMap((r) => LOCALES.map((l) => `/${l}/products/${String(r.slug)}`));
db.$client.close();
const productPath = () =>
  `/${LOCALES[Math.floor(Math.random() * 3)]}/products/${slugs[Math.floor(Math.random() * slugs.length)]}`;

interface Server {
  label: string;
  url: string;
  child: ChildProcess;
  processes: number;
}

/** The pids of a process and its children (a cluster primary's workers). */
function tree(pid: number): number[] {
  const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  return [pid, ...kids.map(Number)];
}

async function started(server: Server): Promise<Server> {
  // Wait until every worker is up: the primary and `processes` children.
  for (let i = 0; server.processes > 1 && tree(server.child.pid!).length < server.processes + 1; i++) {
    if (i > 300) throw new Error(`${server.label}: workers did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}

async function startShop(workers: number, nodeOptions = ''): Promise<Server> {
  const { url, child } = await spawnBenchShop({
    root: ROOT,
    dbUrl,
    env: { WORKERS: String(workers), ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) },
  });
  const label = `shop, ${workers} worker${workers > 1 ? 's' : ''}${nodeOptions ? ` (${nodeOptions})` : ''}`;
  return started({ label, url, child, processes: workers });
}

async function startHello(processes: number): Promise<Server> {
  const port = await freePort();
  const serve = `require('node:http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/plain'});s.end('hello world')}).listen(${port},'127.0.0.1')`;
  const code =
    processes === 1
      ? serve
      : `const c=require('node:cluster');if(c.isPrimary){for(let i=0;i<${processes};i++)c.fork()}else{${serve}}`;
  const file = join(benchDir, `hello-world-${processes}.cjs`);
  writeFileSync(file, code);
  const child = spawn(process.execPath, [file], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url, child);
  return started({ label: `hello-world, ${processes} process${processes > 1 ? 'es' : ''}`, url, child, processes });
}

function stop(server: Server): Promise<void> {
  return new Promise((done) => {
    if (server.child.exitCode !== null) return done();
    server.child.once('exit', () => done());
    server.child.kill('SIGTERM');
  });
}

/** A process's (or with `thread`, its main thread's) user + system CPU time in µs (/proc, in clock ticks). */
function cpuMicros(pid: number, thread = false): number {
  const file = thread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`;
  const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS;
}

/** The machine's busy and total CPU time in microseconds, every core together (/proc/stat). */
function machine(): { busy: number; total: number } {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = cpu[3]! + cpu[4]!;
  return { busy: ((total - idle) * 1e6) / CLOCK_TICKS, total: (total * 1e6) / CLOCK_TICKS };
}

/** This process's own CPU (the load generator) in microseconds. */
const selfMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** GETs a page on a connection of its own (the next worker's turn under node:cluster) and reads it to the end. */
function getOnNewConnection(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => res.resume().on('end', () => resolve())).on('error', reject);
  });
}

interface Sample {
  rps: number;
  p99: number;
  /** Server CPU µs per request: primary and workers together. */
  cpu: number;
  /** Each process's share of one core during the load, primary first. */
  shares: number[];
  /** The share of the server's CPU spent outside the processes' main threads (GC helpers, libuv pool). */
  helpers: number;
  /** The load generator's CPU µs per request. */
  loader: number;
  /** The machine's idle share and other processes' share (of all cores) during the load. */
  idle: number;
  others: number;
}

async function load(server: Server, seconds: number, path: () => string): Promise<Sample> {
  const pids = tree(server.child.pid!);
  const before = pids.map((pid) => cpuMicros(pid));
  const mainBefore = pids.map((pid) => cpuMicros(pid, true));
  const m0 = machine();
  const s0 = selfMicros();
  const t0 = performance.now();
  const result = await new Promise<autocannon.Result>((done, fail) =>
    autocannon(
      {
        url: server.url,
        connections: 10,
        duration: seconds,
        requests: [{ setupRequest: (req) => ({ ...req, path: path() }) }],
      },
      (error, r) => (error ? fail(error) : done(r)),
    ),
  );
  const wall = (performance.now() - t0) * 1000;
  const used = pids.map((pid, i) => cpuMicros(pid) - before[i]!);
  const main = pids.map((pid, i) => cpuMicros(pid, true) - mainBefore[i]!).reduce((a, b) => a + b, 0);
  const loader = selfMicros() - s0;
  const m1 = machine();
  const total = result.requests.total || 1;
  const server_ = used.reduce((a, b) => a + b, 0);
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${server.label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const all = m1.total - m0.total;
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    cpu: server_ / total,
    shares: used.map((u) => u / wall),
    helpers: 1 - main / (server_ || 1),
    loader: loader / total,
    idle: 1 - (m1.busy - m0.busy) / all,
    others: Math.max(0, (m1.busy - m0.busy - server_ - loader) / all),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const servers = [await startHello(1), await startShop(1), await startHello(WORKERS), await startShop(WORKERS)];
if (values.variant) servers.push(await startShop(1, values.variant), await startShop(WORKERS, values.variant));
const samples = new Map<string, Sample[]>();
try {
  for (const s of servers) {
    if (!s.label.startsWith('shop')) continue;
    const t0 = performance.now();
    await load(s, 3, productPath); // JIT warm-up in every worker (each holds some of the 10 connections)
    for (const p of warmPaths) {
      for (let i = 0; i < s.processes; i++) await getOnNewConnection(s.url + p);
    }
    console.log(`${s.label}: warmed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  // What the processes do with no load (timers, pulls): each one's share of a core over 3 s.
  for (const s of servers) {
    const pids = tree(s.child.pid!);
    const before = pids.map((pid) => cpuMicros(pid));
    await new Promise((r) => setTimeout(r, 3000));
    const idle = pids.map((pid, i) => ((cpuMicros(pid) - before[i]!) / 3e6) * 100);
    console.log(`${s.label} at rest: ${idle.map((x) => `${x.toFixed(1)} %`).join(' / ')} of a core (primary first)`);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of round % 2 ? [...servers].reverse() : servers) {
      const sample = await load(s, SECONDS, s.label.startsWith('shop') ? productPath : () => '/');
      samples.set(s.label, [...(samples.get(s.label) ?? []), sample]);
      console.log(
        `round ${round + 1} ${s.label}: ${sample.rps.toFixed(0)} req/s, server ${sample.cpu.toFixed(0)} µs/request ` +
          `(${sample.shares.map((x) => `${(x * 100).toFixed(0)} %`).join(' / ')} of a core; ${(sample.helpers * 100).toFixed(0)} % off the main threads), load generator ` +
          `${sample.loader.toFixed(0)} µs/request, machine idle ${(sample.idle * 100).toFixed(0)} %, others ${(sample.others * 100).toFixed(0)} %`,
      );
    }
  }
} finally {
  await Promise.all(servers.map(stop));
}

console.log(`\n10 connections, ${SECONDS} s × ${ROUNDS} rounds, median of rounds; CPU from /proc`);
console.log(
  '| scenario | req/s | p99 ms | server CPU µs/request | share of a core per process (primary first) | off main threads | load generator µs/request | machine idle | other processes |',
);
console.log('| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
for (const [label, xs] of samples) {
  const shares = xs[0]!.shares.map((_, i) => `${(median(xs.map((x) => x.shares[i]!)) * 100).toFixed(0)} %`);
  console.log(
    `| ${label} | ${median(xs.map((x) => x.rps)).toFixed(0)} | ${median(xs.map((x) => x.p99))} | ${median(xs.map((x) => x.cpu)).toFixed(0)} | ${shares.join(' / ')} | ${(median(xs.map((x) => x.helpers)) * 100).toFixed(0)} % | ${median(xs.map((x) => x.loader)).toFixed(0)} | ${(median(xs.map((x) => x.idle)) * 100).toFixed(0)} % | ${(median(xs.map((x) => x.others)) * 100).toFixed(0)} % |`,
  );
}
const ratio = (a: string, b: string) => {
  const xs = samples.get(a)!;
  const ys = samples.get(b)!;
  return xs.map((x, i) => x.rps / ys[i]!.rps);
};
const shopRatio = ratio(`shop, ${WORKERS} workers`, 'shop, 1 worker');
const helloRatio = ratio(`hello-world, ${WORKERS} processes`, 'hello-world, 1 process');
const f = (xs: number[]) => `${median(xs).toFixed(2)}× (rounds ${xs.map((x) => x.toFixed(2)).join(' ')})`;
console.log(`\nfresh product page, ${WORKERS} workers / 1 worker: ${f(shopRatio)}`);
console.log(`hello-world, ${WORKERS} processes / 1 process: ${f(helloRatio)}`);
// What the cores allow: one worker is bounded by its main thread (M1 µs a page; its GC and compiler threads
// and the load generator run on the other core), N workers by N cores shared with their helper threads and
// the load generator (cN + L µs a page), so at best N·M1 / (cN + L) on an otherwise idle machine.
const one = samples.get('shop, 1 worker')!;
const many = samples.get(`shop, ${WORKERS} workers`)!;
const m1 = median(one.map((x) => x.cpu * (1 - x.helpers)));
const cN = median(many.map((x) => x.cpu));
const loader = median(many.map((x) => x.loader));
console.log(
  `ceiling with the load generator on the same ${WORKERS} cores: ${WORKERS} × ${m1.toFixed(0)} / (${cN.toFixed(0)} + ${loader.toFixed(0)}) = ${((WORKERS * m1) / (cN + loader)).toFixed(2)}×`,
);
