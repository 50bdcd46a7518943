/**
 * With RATES_URL set, the National Bank's file is imported on a schedule, once per period however many
 * processes serve the shop: two servers on one database fetch it once.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { freePort, startShop, type RunningServer } from '../support/server.ts';

const fixture = readFileSync(new URL('../fixtures/nbkr-daily.xml', import.meta.url));
let bank: Server;
let hits = 0;
let bankUrl = '';
const shops: RunningServer[] = [];
let db: Db;
let databaseUrl = '';

beforeAll(async () => {
  const port = await freePort();
  bank = createServer((_, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'application/xml; charset=windows-1251' }).end(fixture);
  });
  await new Promise<void>((resolve) => bank.listen(port, '127.0.0.1', resolve));
  bankUrl = `http://127.0.0.1:${port}/XML/daily.xml`;
  databaseUrl = `file:${join(mkdtempSync(join(tmpdir(), 'ovop-rates-')), 'shop.db')}`;
  db = openDb(databaseUrl);
});
afterAll(async () => {
  await Promise.all(shops.map((s) => s.stop()));
  await new Promise<void>((resolve) => bank?.close(() => resolve()));
});

async function until(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('imports the bank’s rates from RATES_URL once per period across two processes', async () => {
  const env = {
    DATABASE_URL: databaseUrl,
    RATES_URL: bankUrl,
    RATES_EVERY_HOURS: '6',
    UPLOAD_DIR: join(tmpdir(), 'ovop-rates-up'),
  };
  shops.push(await startShop(env));
  await until(async () => {
    const rs = await db.$client.execute("SELECT count(*) AS n FROM currency_rates WHERE source = 'nbkr'");
    return Number(rs.rows[0]!.n) === 5;
  });
  shops.push(await startShop(env));
  // The second process ticks at start too; give it time to (not) fetch.
  await new Promise((r) => setTimeout(r, 1500));
  expect(hits).toBe(1);
  const usd = await db.$client.execute(
    "SELECT kgs_per_unit_micros, effective_on FROM currency_rates WHERE currency = 'USD' AND source = 'nbkr'",
  );
  expect(usd.rows[0]).toMatchObject({ kgs_per_unit_micros: 87_910_000, effective_on: '2026-12-03' });
  const job = await db.$client.execute("SELECT last_result FROM scheduled_jobs WHERE name = 'rates-import'");
  expect(String(job.rows[0]!.last_result)).toMatch(/ ok 2026-12-03 USD,EUR,CNY,KZT,RUB$/);
});
