/**
 * What a page-cache hit costs the server, for an anonymous visitor and for a cart holder (a cached page
 * with holes, decision 71). Serves the benchmark's 100,000-product database (tests/bench/run.ts generates it
 * into tmp/bench/ once) with the built server (`src/server/start.ts`, WORKERS=1, page cache on, LOG_LEVEL=info),
 * warms 1,500 product pages (500 products in three languages, as `npm run bench` does) and asks for random
 * ones at 10 connections, without a cookie and with one of 200 cart holders' session cookies, in rounds
 * alternating with a bare node:http hello-world. Run after `npm run build`:
 *
 *   node tests/bench/holes-cost.ts [--baseline DIR]… [--rounds N] [--seconds N] [--profile]
 *
 * Prints req/s, the ratio to the same round's hello-world and the server's CPU µs per request (user + system
 * from /proc, which other work on a shared machine does not change). `--baseline DIR` serves another
 * checkout's build in the same rounds. `--profile` runs each build once more under `node --cpu-prof` with
 * cart holders and prints its top functions by self time (files in tmp/profile/holes-*).
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../../db/client.ts';
import { sessionIdOf } from '../../src/lib/sessions/session.ts';
import { freePort, ROOT } from '../support/server.ts';
import { spawnBenchShop, waitFor } from './bench-shop.ts';
import { generateCatalog } from './generate.ts';

const { values } = parseArgs({
  options: {
    baseline: { type: 'string', multiple: true, default: [] },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '5' },
    profile: { type: 'boolean', default: false },
  },
});
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);
const CLOCK_TICKS = 100;

const benchDir = join(ROOT, 'tmp', 'bench');
const dbFile = join(benchDir, 'catalog-100000.db');
const dbUrl = `file:${dbFile}`;
mkdirSync(benchDir, { recursive: true });
if (!existsSync(dbFile)) {
  console.log('generating 100,000 products…');
  (await generateCatalog(dbUrl, 100_000)).db.$client.close();
}

function runNode(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

// Migrate once (every build shares the file), then 200 cart holders with one line each, as `npm run bench`.
await runNode([join(ROOT, 'db/setup.ts')], { DATABASE_URL: dbUrl, SEED_DEMO: 'false' });
const db = openDb(dbUrl);
const slugs = (
  await db.$client.execute(`SELECT slug FROM products WHERE status = 'published' ORDER BY random() LIMIT 500`)
).rows.map((r) => String(r.slug));
const variants = (await db.$client.execute('SELECT id FROM variants WHERE active = 1 LIMIT 200')).rows.map(
  (r) => r.id!,
);
const holders: string[] = [];
const statements = [];
for (let i = 0; i < 200; i++) {
  const token = randomBytes(32).toString('base64url');
  const cart = randomBytes(16).toString('hex');
  holders.push(token);
  statements.push(
    {
      sql: 'INSERT INTO sessions (id, last_seen_at, expires_at) VALUES (?, ?, ?)',
      args: [sessionIdOf(token), Date.now(), Date.now() + 86_400_000],
    },
    { sql: 'INSERT INTO carts (id, session_id) VALUES (?, ?)', args: [cart, sessionIdOf(token)] },
    {
      sql: 'INSERT INTO cart_items (cart_id, variant_id, quantity, seen_price_tiyin) SELECT ?, id, 2, price_tiyin FROM variants WHERE id = ?',
      args: [cart, variants[i % variants.length]!],
    },
  );
}
await db.$client.batch(statements, 'write');
db.$client.close();
const pages = slugs.flatMap((s) => ['ky', 'ru', 'en'].map((l) => `/${l}/products/${s}`));
const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;

interface Server {
  label: string;
  url: string;
  child: ChildProcess;
}

async function startShop(root: string, label: string, profileDir?: string): Promise<Server> {
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const { url, child } = await spawnBenchShop({ root, dbUrl, flags, env: { PAGE_CACHE_SECONDS: '3600' } });
  for (const p of pages) await fetch(url + p).then((r) => r.arrayBuffer());
  const check = await fetch(url + pages[0], { headers: { cookie: `sid=${holders[0]}` } });
  if (check.headers.get('x-cache') !== 'HIT' || !(await check.text()).includes('<span class="count">2</span>'))
    throw new Error(`${label}: a cart holder is not served from the page cache with their cart count`);
  return { label, url, child };
}

async function startHello(): Promise<Server> {
  const port = await freePort();
  const serve = `require('node:http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/plain'});s.end('hello world')}).listen(${port},'127.0.0.1')`;
  const child = spawn(process.execPath, ['-e', serve], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url, child);
  return { label: 'hello-world', url, child };
}

function stop(server: Server): Promise<void> {
  return new Promise((done) => {
    if (server.child.exitCode !== null) return done();
    server.child.once('exit', () => done());
    server.child.kill('SIGTERM');
  });
}

/** The process's user + system CPU time in microseconds (/proc/<pid>/stat, in clock ticks). */
function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS;
}

/** The system (kernel) part of it. */
function systemMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[12]) * 1e6) / CLOCK_TICKS;
}

interface Sample {
  rps: number;
  p99: number;
  cpu: number;
  /** The kernel's part of cpu. */
  sys: number;
}

async function load(server: Server, seconds: number, path: () => string, holder: boolean): Promise<Sample> {
  const before = cpuMicros(server.child.pid!);
  const sysBefore = systemMicros(server.child.pid!);
  const result = await new Promise<autocannon.Result>((done, fail) => {
    autocannon(
      {
        url: server.url,
        connections: 10,
        duration: seconds,
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              path: path(),
              headers: holder ? { cookie: `sid=${pick(holders)}` } : {},
            }),
          },
        ],
      },
      (error, r) => (error ? fail(error) : done(r)),
    );
  });
  const total = result.requests.total || 1;
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${server.label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    cpu: (cpuMicros(server.child.pid!) - before) / total,
    sys: (systemMicros(server.child.pid!) - sysBefore) / total,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const builds = [
  { root: ROOT, label: 'this build' },
  ...values.baseline.map((dir) => ({ root: resolve(dir), label: dir })),
];
const KINDS = [
  ['anonymous', false],
  ['cart holder', true],
] as const;

if (ROUNDS > 0) {
  const hello = await startHello();
  const shops = [];
  for (const b of builds) shops.push(await startShop(b.root, b.label));
  const rows = new Map<string, { rps: number[]; ratio: number[]; cpu: number[]; p99: number[] }>();
  const helloCpu: number[] = [];
  try {
    for (const shop of shops) for (const [, holder] of KINDS) await load(shop, 2, () => pick(pages), holder); // JIT warm-up
    for (let round = 0; round < ROUNDS; round++) {
      const h = await load(hello, SECONDS, () => '/', false);
      helloCpu.push(h.cpu);
      console.log(
        `round ${round + 1}: hello-world ${h.rps.toFixed(0)} req/s, ${h.cpu.toFixed(1)} µs CPU (${h.sys.toFixed(1)} system)`,
      );
      for (const shop of round % 2 ? [...shops].reverse() : shops) {
        for (const [kind, holder] of KINDS) {
          const s = await load(shop, SECONDS, () => pick(pages), holder);
          const key = `${shop.label}\t${kind}`;
          const r = rows.get(key) ?? { rps: [], ratio: [], cpu: [], p99: [] };
          r.rps.push(s.rps);
          r.ratio.push((100 * s.rps) / h.rps);
          r.cpu.push(s.cpu);
          r.p99.push(s.p99);
          rows.set(key, r);
          console.log(
            `  ${shop.label}, ${kind}: ${s.rps.toFixed(0)} req/s, ${((100 * s.rps) / h.rps).toFixed(1)} %, ${s.cpu.toFixed(1)} µs CPU (${s.sys.toFixed(1)} system), p99 ${s.p99} ms`,
          );
        }
      }
    }
  } finally {
    await Promise.all([hello, ...shops].map(stop));
  }
  console.log(`\ncached product page, 10 connections, ${SECONDS} s × ${ROUNDS} rounds, median:`);
  console.log(`hello-world: ${median(helloCpu).toFixed(1)} µs CPU/request`);
  console.log('build\tvisitor\treq/s\tvs hello-world\tserver CPU µs/request\tp99 ms');
  for (const [key, r] of rows) {
    console.log(
      `${key}\t${median(r.rps).toFixed(0)}\t${median(r.ratio).toFixed(1)} % (${r.ratio.map((x) => x.toFixed(1)).join(' ')})\t${median(r.cpu).toFixed(1)} (${r.cpu.map((x) => x.toFixed(0)).join(' ')})\t${median(r.p99)}`,
    );
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Top functions by self time under the measured load (start-up and warm-up left out). */
function summarise(file: string, skipMicros: number): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let busy = 0;
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    at += profile.timeDeltas[i] ?? 0;
    if (at < skipMicros) continue;
    const leaf = byId.get(profile.samples[i]!)!;
    if (leaf.callFrame.functionName === '(idle)') continue;
    busy += dt;
    const where = `${leaf.callFrame.functionName || '(anonymous)'} ${basename(leaf.callFrame.url || '(native)')}:${leaf.callFrame.lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + dt);
  }
  console.log(`\n${file}: ${(busy / 1e6).toFixed(1)} s busy under the measured load`);
  for (const [where, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`  ${((100 * t) / busy).toFixed(1).padStart(5)} %  ${where}`);
  }
}

if (values.profile) {
  for (const b of builds) {
    const dir = join(ROOT, 'tmp', 'profile', `holes-${b.label.replace(/[^\w.-]+/g, '_')}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const spawned = performance.now();
    const shop = await startShop(b.root, b.label, dir);
    let skipMicros = 0;
    try {
      await load(shop, 2, () => pick(pages), true);
      skipMicros = (performance.now() - spawned) * 1000;
      const s = await load(shop, SECONDS * 2, () => pick(pages), true);
      console.log(
        `\n${b.label} under --cpu-prof, cart holders: ${s.rps.toFixed(0)} req/s, ${s.cpu.toFixed(0)} µs CPU/request`,
      );
    } finally {
      await stop(shop);
    }
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) summarise(join(dir, f), skipMicros);
  }
}
