/**
 * `npm run bench`: generates a 100,000-product catalogue into its own database, serves it, and measures
 * the product, catalogue and search pages with autocannon against a bare node:http hello-world measured
 * in the same run. Prints req/s, p50/p95/p99 latency and each page's ratio to hello-world.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDb } from '../../db/client.ts';
import { sessionIdOf } from '../../src/lib/sessions/session.ts';
import { searchCatalog } from '../../src/lib/catalog/search.ts';
import { PICKUP_FORM } from '../support/client.ts';
import { freePort, ROOT, startShop } from '../support/server.ts';
import { generateCatalog } from './generate.ts';
import { BENCH_SEARCHES } from './searches.ts';
import { parse } from 'node-html-parser';

const COUNT = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;
// The shops log a line per request, as in production; this process (the load generator) keeps only the end.
const TAIL = { logTail: true };
const dir = join(ROOT, 'tmp', 'bench');
const generated = join(dir, `catalog-${COUNT}.db`);

mkdirSync(dir, { recursive: true });
if (!existsSync(generated) || process.env.BENCH_REGENERATE) {
  for (const f of [generated, `${generated}-wal`, `${generated}-shm`]) rmSync(f, { force: true });
  console.log(`generating ${COUNT.toLocaleString('en')} products…`);
  const { ms, db } = await generateCatalog(`file:${generated}`, COUNT);
  db.$client.close();
  console.log(`generated in ${(ms / 1000).toFixed(1)} s`);
}
// Every run measures a fresh copy of the generated catalogue: the checkout scenario places thousands of orders
// and queues their mails, which left on the generated file made each later run's checkout and /api/health
// slower (26,200 orders and queued mails after a day of runs).
const dbFile = join(dir, `catalog-${COUNT}-run.db`);
{
  const source = openDb(`file:${generated}`);
  await source.$client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  source.$client.close();
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  copyFileSync(generated, dbFile);
}
const dbUrl = `file:${dbFile}`;
const db = openDb(dbUrl);
const slugs = (
  await db.$client.execute(`SELECT slug FROM products WHERE status = 'published' ORDER BY random() LIMIT 5000`)
).rows.map((r) => String(r.slug));
const total = Number((await db.$client.execute(`SELECT count(*) AS n FROM products`)).rows[0]!.n);
const categories = (await db.$client.execute('SELECT slug FROM categories')).rows.map((r) => String(r.slug));
const SEARCHES = BENCH_SEARCHES;
const LOCALES = ['ky', 'ru', 'en'];
const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;

interface Result {
  name: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** req/s of the hello-world of the same shape (as many processes); the first row's when absent. */
  vs?: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

type RequestShape = { method?: string; path: string; headers?: Record<string, string>; body?: string };

async function measure(
  name: string,
  url: string,
  path: () => string | RequestShape,
  connections = CONNECTIONS,
): Promise<Result> {
  // BENCH_ONLY (a regular expression) runs only the scenarios it names; the rest answer nothing.
  if (ONLY && !ONLY.test(name)) return { name, rps: NaN, p50: NaN, p95: NaN, p99: NaN, errors: 0 };
  const latencies: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: SECONDS,
        // autocannon's types describe setupRequest narrower than it behaves: it merges the returned fields.
        requests: [
          {
            setupRequest: ((req: Record<string, unknown>) => {
              const next = path();
              return typeof next === 'string' ? { ...req, path: next } : { ...req, ...next };
            }) as never,
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  return {
    name,
    rps: r.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    // Redirects are answers too (a placed order is a 303); errors are failed connections and 4xx/5xx.
    errors: r.errors + r.timeouts + r['4xx'] + r['5xx'],
  };
}

/** A bare node:http hello-world; with `processes` above 1, that many node:cluster workers on one port. */
async function helloWorld(processes = 1): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  return new Promise((resolve) => {
    const serve = `require('node:http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/plain'});s.end('hello world')}).listen(${port},'127.0.0.1',()=>{if(${processes}===1)console.log('up')})`;
    const code =
      processes === 1
        ? serve
        : `const c=require('node:cluster');if(c.isPrimary){let up=0;for(let i=0;i<${processes};i++)c.fork().on('listening',()=>{if(++up===${processes})console.log('up')})}else{${serve}}`;
    // node:cluster forks the primary's script again, so the hello-world is a file, not `-e`.
    const file = join(dir, `hello-world-${processes}.cjs`);
    writeFileSync(file, code);
    const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => resolve({ url: `http://127.0.0.1:${port}`, stop: () => child.kill() }));
  });
}

/** GETs a page on a connection of its own (a new worker's turn under node:cluster) and reads it to the end. */
function warmOnNewConnection(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => res.resume().on('end', () => resolve())).on('error', reject);
  });
}

/** One product of every producer in every language: what fills a process's per-producer memos (decision 62). */
const producerPaths = (
  await db.$client.execute(`SELECT min(slug) AS slug FROM products WHERE status = 'published' GROUP BY producer_id`)
).rows.flatMap((r) => LOCALES.map((l) => `/${l}/products/${String(r.slug)}`));

/**
 * Warms every one of `processes` workers before a fresh-page scenario, so one worker and several are
 * measured alike: each path on new connections, which node:cluster's primary hands round, as many times as
 * there are workers (compiled code and per-producer memos in each), unless BENCH_ONLY skips `scenario`.
 */
async function warmEvery(url: string, processes: number, scenario: string): Promise<void> {
  if (ONLY && !ONLY.test(scenario)) return;
  for (const p of producerPaths) for (let i = 0; i < processes; i++) await warmOnNewConnection(`${url}${p}`);
}

const results: Result[] = [];
const hello = await helloWorld();
results.push(await measure('hello-world (node:http)', hello.url, () => '/'));
hello.stop();

const productPath = () => `/${pick(LOCALES)}/products/${pick(slugs)}`;
const catalogPath = () =>
  `/${pick(LOCALES)}/products?category=${pick(categories)}&page=${1 + Math.floor(Math.random() * 20)}${Math.random() < 0.3 ? '&sort=price_asc' : ''}`;
const searchPath = () => `/${pick(LOCALES)}/search?q=${encodeURIComponent(pick(SEARCHES))}`;

const fresh = await startShop({ DATABASE_URL: dbUrl, SEED_DEMO: 'false', PAGE_CACHE_SECONDS: '0' }, TAIL);
const page = await (await fetch(`${fresh.url}${productPath()}`)).text();
// The framework's floor: an endpoint that reads one row and renders no page.
results.push(await measure('/api/health (Astro endpoint, 1 row)', fresh.url, () => '/api/health'));
await warmEvery(fresh.url, 1, 'product page (fresh)');
results.push(await measure('product page (fresh)', fresh.url, productPath));
results.push(await measure('catalogue page (fresh)', fresh.url, catalogPath));
results.push(await measure('search page (fresh)', fresh.url, searchPath));
// One visitor at a time: the latency of the server itself, without queueing behind other requests.
results.push(await measure('search page, 1 connection', fresh.url, searchPath, 1));
results.push(await measure('product page, 1 connection', fresh.url, productPath, 1));

// Checkout: buyers with one item in their cart place pickup orders at the same time.
const checkoutVariants = (await db.$client.execute(`SELECT id FROM variants ORDER BY random() LIMIT 20`)).rows.map(
  (r) => Number(r.id),
);
const shop = Number(
  (await db.$client.execute(`SELECT id FROM stock_locations WHERE code = 'karakol-shop'`)).rows[0]!.id,
);
await db.$client.batch(
  checkoutVariants.flatMap((v) => [
    {
      sql: 'UPDATE stock_levels SET on_hand = on_hand + 100000 WHERE variant_id = ? AND location_id = ?',
      args: [v, shop],
    },
    {
      sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, reason) VALUES (?, ?, 'receive', 100000, 'benchmark')`,
      args: [v, shop],
    },
  ]),
  'write',
);
const tokens: string[] = [];
const buyers = [];
for (let i = 0; i < 6000; i++) {
  const token = randomBytes(32).toString('base64url');
  const cart = randomBytes(16).toString('base64url');
  tokens.push(token);
  const variant = checkoutVariants[i % checkoutVariants.length]!;
  buyers.push(
    {
      sql: 'INSERT INTO sessions (id, last_seen_at, expires_at) VALUES (?, ?, ?)',
      args: [sessionIdOf(token), Date.now(), Date.now() + 86_400_000],
    },
    { sql: 'INSERT INTO carts (id, session_id) VALUES (?, ?)', args: [cart, sessionIdOf(token)] },
    {
      sql: 'INSERT INTO cart_items (cart_id, variant_id, quantity, seen_price_tiyin) SELECT ?, id, 1, price_tiyin FROM variants WHERE id = ?',
      args: [cart, variant],
    },
  );
}
await db.$client.batch(buyers, 'write');
const ordersBefore = Number((await db.$client.execute('SELECT count(*) AS n FROM orders')).rows[0]!.n);
let nextBuyer = 0;
// Each buyer reviews first (the quote's digest depends only on the cart, shipping and rate, so one review
// per variant serves every buyer of that variant), then places the order from the review's form.
const placeBodies: string[] = [];
for (let v = 0; v < checkoutVariants.length; v++) {
  const review = await fetch(`${fresh.url}/en/checkout`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: fresh.url, cookie: `sid=${tokens[v]}` },
    body: new URLSearchParams({ ...PICKUP_FORM, email: 'bench@example.com', step: 'review' }),
  });
  const fields = parse(await review.text()).querySelectorAll('form.place input[type="hidden"]');
  const body = new URLSearchParams(fields.map((i) => [i.getAttribute('name')!, i.getAttribute('value') ?? '']));
  body.set('step', 'place');
  placeBodies.push(body.toString());
}
const checkout = await measure('checkout (place a reviewed pickup order)', fresh.url, () => {
  const n = nextBuyer++;
  return {
    method: 'POST',
    path: '/en/checkout',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: fresh.url,
      cookie: `sid=${tokens[n % tokens.length]}`,
    },
    body: placeBodies[n % placeBodies.length]!,
  };
});
const ordersPlaced = Number((await db.$client.execute('SELECT count(*) AS n FROM orders')).rows[0]!.n) - ordersBefore;
results.push({
  ...checkout,
  name: `checkout: ${ordersPlaced} orders, ${(ordersPlaced / SECONDS).toFixed(0)} orders/s`,
});
await fresh.stop();

const cached = await startShop({ DATABASE_URL: dbUrl, SEED_DEMO: 'false', PAGE_CACHE_SECONDS: '300' }, TAIL);
// Warm the cache with a fixed set of pages a crawler or shoppers would hit.
const warmProducts = slugs.slice(0, 500).flatMap((s) => LOCALES.map((l) => `/${l}/products/${s}`));
for (const p of warmProducts) await fetch(`${cached.url}${p}`).then((r) => r.arrayBuffer());
results.push(await measure('product page (page cache)', cached.url, () => pick(warmProducts)));
// Cart holders: the same cached pages, with each visitor's cart count filled into the page's holes from
// one read of their session (decision 71). 200 sessions with one line in their cart each.
const holders: string[] = [];
const holderRows = [];
for (let i = 0; i < 200; i++) {
  const token = randomBytes(32).toString('base64url');
  const cart = randomBytes(16).toString('base64url');
  holders.push(token);
  holderRows.push(
    {
      sql: 'INSERT INTO sessions (id, last_seen_at, expires_at) VALUES (?, ?, ?)',
      args: [sessionIdOf(token), Date.now(), Date.now() + 86_400_000],
    },
    { sql: 'INSERT INTO carts (id, session_id) VALUES (?, ?)', args: [cart, sessionIdOf(token)] },
    {
      sql: 'INSERT INTO cart_items (cart_id, variant_id, quantity, seen_price_tiyin) SELECT ?, id, 2, price_tiyin FROM variants WHERE id = ?',
      args: [cart, checkoutVariants[i % checkoutVariants.length]!],
    },
  );
}
await db.$client.batch(holderRows, 'write');
const holderCheck = await fetch(`${cached.url}${warmProducts[0]}`, { headers: { cookie: `sid=${holders[0]}` } });
if (
  holderCheck.headers.get('x-cache') !== 'HIT' ||
  !(await holderCheck.text()).includes('<span class="count">2</span>')
)
  throw new Error('a cart holder is not served from the page cache with their cart count');
results.push(
  await measure('product page (page cache), cart holder', cached.url, () => ({
    path: pick(warmProducts),
    headers: { cookie: `sid=${pick(holders)}` },
  })),
);
await cached.stop();

// Every core: the same pages on WORKERS = every core, next to a hello-world of as many processes.
const cores = availableParallelism();
if (cores > 1) {
  const helloAll = await helloWorld(cores);
  const helloRow = await measure(`hello-world, ${cores} processes`, helloAll.url, () => '/');
  const vs = helloRow.rps;
  results.push({ ...helloRow, vs });
  helloAll.stop();
  const freshAll = await startShop(
    {
      DATABASE_URL: dbUrl,
      SEED_DEMO: 'false',
      PAGE_CACHE_SECONDS: '0',
      WORKERS: String(cores),
    },
    TAIL,
  );
  await warmEvery(freshAll.url, cores, `product page (fresh), ${cores} workers`);
  results.push({ ...(await measure(`product page (fresh), ${cores} workers`, freshAll.url, productPath)), vs });
  await freshAll.stop();
  const cachedAll = await startShop(
    {
      DATABASE_URL: dbUrl,
      SEED_DEMO: 'false',
      PAGE_CACHE_SECONDS: '300',
      WORKERS: String(cores),
    },
    TAIL,
  );
  // Each worker has its own cache: every page is fetched on new connections, which the primary hands round.
  for (const p of warmProducts) {
    for (let i = 0; i < cores * 2; i++) await warmOnNewConnection(`${cachedAll.url}${p}`);
  }
  results.push({
    ...(await measure(`product page (page cache), ${cores} workers`, cachedAll.url, () => pick(warmProducts))),
    vs,
  });
  await cachedAll.stop();
}

// The search query itself, in-process, for a term that matches most of the catalogue and a rare one.
const queryTimes: Record<string, number[]> = {};
for (const term of ['region', 'облусу', 'мёд', 'shyrdak', 'арстанбап']) {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    // The search itself, not the page of results kept for it (decision 68).
    const r = await searchCatalog(
      db,
      pick(LOCALES) as 'en',
      term,
      { sort: 'recommended' },
      { plain: true, keep: false },
    );
    times.push(performance.now() - t0);
    if (i === 0) queryTimes[`${term} (${r.capped ? `>${r.total}` : r.total} matches)`] = times;
  }
  times.sort((a, b) => a - b);
}

const base = results[0]!.rps;
const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
console.log(
  `\nCatalogue: ${total.toLocaleString('en')} products · ${CONNECTIONS} connections · ${SECONDS} s per scenario · Node ${process.version}\n`,
);
console.log('| scenario | req/s | p50 ms | p95 ms | p99 ms | vs hello-world | errors |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  if (Number.isNaN(r.rps)) continue;
  console.log(
    `| ${r.name} | ${Math.round(r.rps)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${((r.rps / (r.vs ?? base)) * 100).toFixed(1)} % | ${r.errors} |`,
  );
}
console.log('\n| search query in-process | p50 ms | p95 ms | p99 ms |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, times] of Object.entries(queryTimes)) {
  console.log(`| ${name} | ${f(percentile(times, 50))} | ${f(percentile(times, 95))} | ${f(percentile(times, 99))} |`);
}
const scripts = (page.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? []).length;
console.log(
  `\nproduct page: ${(Buffer.byteLength(page) / 1024).toFixed(1)} KB of HTML (CSS inlined), ${scripts} script tags`,
);
db.$client.close();

// The same fresh product page on the file, on sqld directly and on sqld through an embedded replica.
await import('./replicas.ts');
