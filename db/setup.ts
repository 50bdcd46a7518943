/** Prepares the database before the server starts: migrations, the demo catalogue if empty, the shop pages' default texts. */
import { getDb } from './client.ts';
import { migrateDb } from './migrate.ts';
import { seedDemo } from './seed/index.ts';
import { seedShopPages } from './seed/shop-pages.ts';
import { getEnv } from '../src/lib/env.ts';
import { publicOrigin } from '../src/lib/http/origin.ts';

const env = getEnv();
const db = getDb();
const started = performance.now();
await migrateDb(db);
const seeded = env.SEED_DEMO ? await seedDemo(db) : false;
// The shop's pages (contact, shipping and returns, privacy, terms, FAQ) get their default text once.
const pages = await seedShopPages(db, publicOrigin());
console.log(
  `database ready (${env.DATABASE_URL.replace(/\/\/[^@]*@/, '//')})${seeded ? ', demo catalogue seeded' : ''}${pages ? `, ${pages} shop pages added` : ''} in ${Math.round(performance.now() - started)} ms`,
);
db.$client.close();
