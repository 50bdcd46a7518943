/**
 * Where a fresh product page's time goes, and what it serves against a hello-world. Serves the benchmark's
 * 100,000-product database (tests/bench/run.ts generates it into tmp/bench/ once) with the built server
 * (`src/server/start.ts`, WORKERS=1, page cache off) and asks for random product pages with a cart holder's
 * session cookie, 10 connections, in rounds alternating with a bare node:http hello-world. Run after
 * `npm run build`:
 *
 *   node tests/bench/fresh-profile.ts [--baseline DIR]… [--rounds N] [--seconds N] [--profile] [--page P]
 *
 * `--page search` asks for the benchmark's searches instead, `--page health` for `/api/health`, `--page /path`
 * for that one path.
 *
 * `--baseline DIR` serves another checkout's build in the same rounds (e.g. `git archive main` extracted
 * into tmp/base, node_modules linked, built). `--profile` also runs each build once under `node --cpu-prof`
 * and prints its time by category (inclusive: a sample counts for every category on its stack) and its
 * top functions by self time; the .cpuprofile files stay in tmp/profile/.
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
import { BENCH_SEARCHES } from './searches.ts';

const { values } = parseArgs({
  options: {
    baseline: { type: 'string', multiple: true, default: [] },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '10' },
    profile: { type: 'boolean', default: false },
    products: { type: 'string', default: '100000' },
    page: { type: 'string', default: 'product' },
  },
});
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);
const CLOCK_TICKS = 100;

const benchDir = join(ROOT, 'tmp', 'bench');
const dbFile = join(benchDir, `catalog-${values.products}.db`);
const dbUrl = `file:${dbFile}`;
mkdirSync(benchDir, { recursive: true });
if (!existsSync(dbFile)) {
  console.log(`generating ${values.products} products…`);
  (await generateCatalog(dbUrl, Number(values.products))).db.$client.close();
}

function runNode(root: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

// Migrate once (every build shares the file), then one cart holder: a session with one line in its cart.
await runNode(ROOT, [join(ROOT, 'db/setup.ts')], { DATABASE_URL: dbUrl, SEED_DEMO: 'false' });
const db = openDb(dbUrl);
const slugs = (
  await db.$client.execute(`SELECT slug FROM products WHERE status = 'published' ORDER BY random() LIMIT 5000`)
).rows.map((r) => String(r.slug));
const token = randomBytes(32).toString('base64url');
const cart = randomBytes(16).toString('hex');
const variant = (await db.$client.execute('SELECT id, price_tiyin FROM variants WHERE active = 1 LIMIT 1')).rows[0]!;
await db.$client.batch(
  [
    {
      sql: 'INSERT INTO sessions (id, last_seen_at, expires_at) VALUES (?, ?, ?)',
      args: [sessionIdOf(token), Date.now(), Date.now() + 7 * 86_400_000],
    },
    { sql: 'INSERT INTO carts (id, session_id) VALUES (?, ?)', args: [cart, sessionIdOf(token)] },
    {
      sql: 'INSERT INTO cart_items (cart_id, variant_id, quantity, seen_price_tiyin) VALUES (?, ?, 1, ?)',
      args: [cart, variant.id!, variant.price_tiyin!],
    },
  ],
  'write',
);
// One product of every producer in every language: the per-producer memos are warm, as in a shop whose
// catalogue version has not moved for a while.
const warmPaths = (
  await db.$client.execute(`SELECT min(slug) AS slug FROM products WHERE status = 'published' GROUP BY producer_id`)
).rows.flatMap((r) => ['ky', 'ru', 'en'].map((l) => `/${l}/products/${String(r.slug)}`));
db.$client.close();
const cookie = `sid=${token}`;
const randomLocale = () => ['ky', 'ru', 'en'][Math.floor(Math.random() * 3)];
// `--page health`: Astro's pipeline with no page to render (an endpoint reading one row), the floor under every page.
const productPath =
  values.page === 'search'
    ? () =>
        `/${randomLocale()}/search?q=${encodeURIComponent(BENCH_SEARCHES[Math.floor(Math.random() * BENCH_SEARCHES.length)]!)}`
    : values.page === 'health'
      ? () => '/api/health'
      : values.page.startsWith('/')
        ? () => values.page
        : () => `/${randomLocale()}/products/${slugs[Math.floor(Math.random() * slugs.length)]}`;

interface Server {
  label: string;
  url: string;
  child: ChildProcess;
}

async function startShop(root: string, label: string, profileDir?: string): Promise<Server> {
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const { url, child } = await spawnBenchShop({ root, dbUrl, flags });
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

interface Sample {
  rps: number;
  p99: number;
  cpu: number;
}

/** Asks once for every path of `paths` (10 connections). */
async function visit(server: Server, paths: string[]): Promise<void> {
  let next = 0;
  await new Promise<void>((done, fail) =>
    autocannon(
      {
        url: server.url,
        connections: 10,
        amount: paths.length,
        headers: { cookie },
        requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
      },
      (error) => (error ? fail(error) : done()),
    ),
  );
}

async function load(server: Server, seconds: number, path: () => string, withCookie: boolean): Promise<Sample> {
  const before = cpuMicros(server.child.pid!);
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: server.url,
        connections: 10,
        duration: seconds,
        headers: withCookie ? { cookie } : {},
        requests: [{ setupRequest: (req) => ({ ...req, path: path() }) }],
      },
      (error, r) => (error ? fail(error) : done(r)),
    );
    void instance;
  });
  const total = result.requests.total || 1;
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${server.label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    cpu: (cpuMicros(server.child.pid!) - before) / total,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const builds = [
  { root: ROOT, label: 'this build' },
  ...values.baseline.map((dir) => ({ root: resolve(dir), label: dir })),
];

// A/B: hello-world and every build in alternating rounds; ratios against the same round's hello-world.
if (ROUNDS > 0) {
  const hello = await startHello();
  const shops = [];
  for (const b of builds) shops.push(await startShop(b.root, b.label));
  const ratios = new Map<string, { rps: number[]; ratio: number[]; cpu: number[]; p99: number[] }>();
  try {
    for (const shop of shops) {
      await load(shop, 3, productPath, true); // JIT warm-up
      await visit(shop, warmPaths);
    }
    for (let round = 0; round < ROUNDS; round++) {
      const h = await load(hello, SECONDS, () => '/', false);
      console.log(`round ${round + 1}: hello-world ${h.rps.toFixed(0)} req/s`);
      // Alternate the order of the builds from round to round, so neither always runs first.
      for (const shop of round % 2 ? [...shops].reverse() : shops) {
        const s = await load(shop, SECONDS, productPath, true);
        const r = ratios.get(shop.label) ?? { rps: [], ratio: [], cpu: [], p99: [] };
        r.rps.push(s.rps);
        r.ratio.push((100 * s.rps) / h.rps);
        r.cpu.push(s.cpu);
        r.p99.push(s.p99);
        ratios.set(shop.label, r);
        console.log(
          `  ${shop.label}: ${s.rps.toFixed(0)} req/s, ${((100 * s.rps) / h.rps).toFixed(2)} %, ${s.cpu.toFixed(0)} µs CPU, p99 ${s.p99} ms`,
        );
      }
    }
  } finally {
    await Promise.all([hello, ...shops].map(stop));
  }
  console.log(
    `\nfresh ${values.page} page with a session cookie, 10 connections, ${SECONDS} s × ${ROUNDS} rounds, median:`,
  );
  console.log('build\treq/s\tvs hello-world\tserver CPU µs/request\tp99 ms');
  for (const [label, r] of ratios) {
    console.log(
      `${label}\t${median(r.rps).toFixed(0)}\t${median(r.ratio).toFixed(2)} % (${r.ratio.map((x) => x.toFixed(2)).join(' ')})\t${median(r.cpu).toFixed(0)}\t${median(r.p99)}`,
    );
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Categories a stack frame belongs to (inclusive time: a sample counts once for each category on its stack). */
const CATEGORIES: [string, (fn: string, url: string) => boolean][] = [
  ['SQL (libsql, every statement)', (fn, url) => /node_modules\/(libsql|@libsql)\//.test(url)],
  ['  session, cart units and version (readSession)', (fn) => fn === 'readSession'],
  ['  catalogue version', (fn) => fn === 'getCatalogVersion'],
  ['product page data (getProductPage)', (fn) => fn === 'getProductPage'],
  ['  more from this producer (getProductCards)', (fn) => fn === 'getProductCards'],
  ['  producer summary', (fn) => fn === 'producerSummary'],
  ['  certificates', (fn) => fn === 'certificatesOf'],
  ['  product page memo', (fn) => fn === 'productPageParts' || fn === 'memoized'],
  ['Response body: web streams (undici) + TextEncoder', (fn, url) => /undici|internal\/webstreams|encoding/.test(url)],
  [
    'Astro runtime (render, pipeline; bundled chunks)',
    (fn, url) => /chunks\/(console|parts|sequence|compiler)_/.test(url),
  ],
  [
    'adapter static-file check (lstat + send)',
    (fn, url) => /node_modules\/send\//.test(url) || fn === 'lstatSync' || fn === 'sendFile',
  ],
  ['page templates (.astro components)', (fn, url) => /chunks\/([A-Z]\w*|_slug_)_/.test(url)],
  ['i18next', (fn, url) => /node_modules\/i18next\//.test(url)],
  ['zod', (fn, url) => /node_modules\/zod\//.test(url)],
  ['front server (src/server/main.ts)', (fn, url) => /src\/server\/main\.ts/.test(url)],
  ['request log + metrics (pino, prom-client)', (fn, url) => /node_modules\/(pino|sonic-boom|prom-client)\//.test(url)],
  ['node:http', (fn, url) => /node:_http|node:internal\/http|_http_/.test(url)],
  ['garbage collector', (fn) => fn === '(garbage collector)'],
];

function summarise(file: string, skipMicros: number): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  let busy = 0;
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    // Start-up and the warm-up load are left out: only the measured load counts.
    at += profile.timeDeltas[i] ?? 0;
    if (at < skipMicros) continue;
    const leaf = byId.get(profile.samples[i]!)!;
    if (leaf.callFrame.functionName === '(idle)') continue;
    busy += dt;
    const where = `${leaf.callFrame.functionName || '(anonymous)'} ${basename(leaf.callFrame.url || '(native)')}:${leaf.callFrame.lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + dt);
    const file = basename(leaf.callFrame.url || '(native)');
    files.set(file, (files.get(file) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const { functionName, url } = byId.get(id)!.callFrame;
      for (const [name, test] of CATEGORIES) if (!seen.has(name) && test(functionName, url)) seen.add(name);
    }
    for (const name of seen) total.set(name, (total.get(name) ?? 0) + dt);
  }
  console.log(
    `\n${file}: ${(busy / 1e6).toFixed(1)} s busy under the measured load (idle, start-up and warm-up left out)`,
  );
  for (const [name] of CATEGORIES) {
    console.log(`  ${name.padEnd(46)} ${((100 * (total.get(name) ?? 0)) / busy).toFixed(1).padStart(5)} %`);
  }
  console.log('  self time by file:');
  for (const [file, t] of [...files].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`    ${((100 * t) / busy).toFixed(1).padStart(5)} %  ${file}`);
  }
  console.log('  top self time:');
  for (const [where, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`    ${((100 * t) / busy).toFixed(1).padStart(5)} %  ${where}`);
  }
}

if (values.profile) {
  for (const b of builds) {
    const dir = join(ROOT, 'tmp', 'profile', b.label.replace(/[^\w.-]+/g, '_'));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const spawned = performance.now();
    const shop = await startShop(b.root, b.label, dir);
    let skipMicros = 0;
    try {
      await load(shop, 3, productPath, true);
      await visit(shop, warmPaths);
      skipMicros = (performance.now() - spawned) * 1000;
      const s = await load(shop, SECONDS * 2, productPath, true);
      console.log(`\n${b.label} under --cpu-prof: ${s.rps.toFixed(0)} req/s, ${s.cpu.toFixed(0)} µs CPU/request`);
    } finally {
      await stop(shop);
    }
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) summarise(join(dir, f), skipMicros);
  }
}
