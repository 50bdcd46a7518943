/**
 * Where a fresh page's garbage collection goes. Serves the benchmark's 100,000-product database (generated
 * into tmp/bench/ by `npm run bench`) with the built server under `--trace-gc` (page cache off, WORKERS=1) and
 * runs fresh product, catalogue and search pages one after another at 10 connections, as `npm run bench`
 * does, then prints for each: req/s, p50/p95/p99 and the collections V8 made meanwhile (scavenges, full
 * mark-compacts with their pause and their incremental marking steps on the main thread). Run after
 * `npm run build`:
 *
 *   node tests/bench/gc.ts [--seconds N] [--flags='<node options>'] [--scenarios product,catalogue,search]
 *
 * `--flags` adds Node options to the server (e.g. `--trace-gc-verbose`, whose space and external-memory
 * figures are printed as they come with `--verbose`). Figures in decision 76.
 */
import autocannon from 'autocannon';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../../db/client.ts';
import { ROOT } from '../support/server.ts';
import { spawnBenchShop } from './bench-shop.ts';
import { BENCH_SEARCHES } from './searches.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    flags: { type: 'string', default: '' },
    scenarios: { type: 'string', default: 'product,catalogue,search' },
    verbose: { type: 'boolean', default: false },
  },
});
const dbFile = join(ROOT, 'tmp', 'bench', 'catalog-100000.db');
if (!existsSync(dbFile)) throw new Error(`${dbFile} is missing: run npm run bench once to generate it`);
const dbUrl = `file:${dbFile}`;
const db = openDb(dbUrl);
const slugs = (
  await db.$client.execute(`SELECT slug FROM products WHERE status = 'published' ORDER BY random() LIMIT 5000`)
).rows.map((r) => String(r.slug));
const categories = (await db.$client.execute('SELECT slug FROM categories')).rows.map((r) => String(r.slug));
db.$client.close();
const LOCALES = ['ky', 'ru', 'en'];
const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
const PATHS: Record<string, () => string> = {
  product: () => `/${pick(LOCALES)}/products/${pick(slugs)}`,
  catalogue: () =>
    `/${pick(LOCALES)}/products?category=${pick(categories)}&page=${1 + Math.floor(Math.random() * 20)}${Math.random() < 0.3 ? '&sort=price_asc' : ''}`,
  search: () => `/${pick(LOCALES)}/search?q=${encodeURIComponent(pick(BENCH_SEARCHES))}`,
};

interface Collection {
  kind: string;
  ms: number;
}
let current: Collection[] = [];
// "Scavenge 119.8 (189.9) -> 70.7 (194.9) MB, pooled: 0 MB, 10.35 / 1.15 ms  (+ 10.6 ms in 375 steps …"
const TRACE = /(Scavenge|Mark-Compact|Minor Mark-Sweep)\b.*? ([\d.]+) \/ [\d.]+ ms(?:\s+\(\+ ([\d.]+) ms in)?/;
const onLine = (line: string) => {
  if (line.startsWith('{')) return; // the request log
  const m = TRACE.exec(line);
  if (m) {
    current.push({ kind: m[1]!, ms: Number(m[2]) });
    if (m[3]) current.push({ kind: 'incremental marking steps', ms: Number(m[3]) });
  } else if (values.verbose && /External memory|Old space|New space/.test(line)) console.log(`  ${line}`);
};
const flags = ['--trace-gc', ...values.flags.split(' ').filter(Boolean)];
const { url, child } = await spawnBenchShop({ root: ROOT, dbUrl, flags, onLine });
try {
  // Compiled code and the per-producer memos warm, as the benchmark's warm-up leaves them.
  for (let i = 0; i < 300; i++) await (await fetch(url + PATHS.product!())).arrayBuffer();
  console.log(`server flags: ${flags.join(' ')}`);
  for (const name of values.scenarios.split(',')) {
    const path = PATHS[name];
    if (!path) throw new Error(`unknown scenario ${name}`);
    current = [];
    const latencies: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const run = autocannon(
        {
          url,
          connections: 10,
          duration: Number(values.seconds),
          requests: [{ setupRequest: ((req: Record<string, unknown>) => ({ ...req, path: path() })) as never }],
        },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
      run.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
    });
    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
    const kinds = new Map<string, { n: number; total: number; max: number }>();
    for (const c of current) {
      const k = kinds.get(c.kind) ?? { n: 0, total: 0, max: 0 };
      k.n++;
      k.total += c.ms;
      k.max = Math.max(k.max, c.ms);
      kinds.set(c.kind, k);
    }
    console.log(
      `${name}: ${Math.round(result.requests.average)} req/s, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms`,
    );
    for (const [kind, k] of kinds) {
      console.log(`  ${kind}: ${k.n}, ${Math.round(k.total)} ms in all, longest ${k.max.toFixed(1)} ms`);
    }
  }
} finally {
  child.kill();
}
