/**
 * The fresh product page on one machine three ways — the embedded file, a libSQL server (sqld) read
 * directly, and the same server read through an embedded replica — each as a ratio to a bare node:http
 * hello-world measured in the same run. Part of `npm run bench`; alone: `node tests/bench/replicas.ts`
 * (after `npm run bench` has generated the catalogue, or with BENCH_PRODUCTS smaller).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../db/client.ts';
import { freePort, ROOT, startShop } from '../support/server.ts';
import { startSqld } from '../support/sqld.ts';
import { generateCatalog } from './generate.ts';

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

async function rps(url: string, path: () => string): Promise<{ rps: number; p99: number; errors: number }> {
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
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts + r['4xx'] + r['5xx'] };
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

const rows: [string, { rps: number; p99: number; errors: number }][] = [];
const hello = await helloWorld();
rows.push(['hello-world (node:http)', await rps(hello.url, () => '/')]);
hello.stop();

const fresh = { SEED_DEMO: 'false', PAGE_CACHE_SECONDS: '0' };
const onFile = await startShop({ ...fresh, DATABASE_URL: `file:${dbFile}` });
rows.push(['product page (fresh), embedded file', await rps(onFile.url, productPath)]);
await onFile.stop();

const sqld = await startSqld({ from: dbFile });
try {
  const direct = await startShop({ ...fresh, DATABASE_URL: sqld.url });
  rows.push(['product page (fresh), sqld direct', await rps(direct.url, productPath)]);
  await direct.stop();
  const replicaDir = mkdtempSync(join(tmpdir(), 'ovop-bench-replica-'));
  const started = Date.now();
  const replica = await startShop({
    ...fresh,
    DATABASE_URL: sqld.url,
    DATABASE_REPLICA_PATH: join(replicaDir, 'replica.db'),
  });
  console.log(`replica pulled the whole catalogue and started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  rows.push(['product page (fresh), sqld + embedded replica', await rps(replica.url, productPath)]);
  await replica.stop();
} finally {
  sqld.stop();
}

const base = rows[0]![1].rps;
const file = rows[1]![1].rps;
console.log(`\n${COUNT.toLocaleString('en')} products · ${CONNECTIONS} connections · ${SECONDS} s per scenario\n`);
console.log('| scenario | req/s | p99 ms | vs hello-world | vs file | errors |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, r] of rows) {
  const vsFile = name.startsWith('hello') ? '-' : `${(r.rps / file).toFixed(2)}×`;
  console.log(
    `| ${name} | ${Math.round(r.rps)} | ${r.p99} | ${((r.rps / base) * 100).toFixed(2)} % | ${vsFile} | ${r.errors} |`,
  );
}
