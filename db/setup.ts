/** Prepares the database before the server starts: migrations, then the demo catalogue if empty. */
import { getDb } from './client.ts';
import { migrateDb } from './migrate.ts';
import { seedDemo } from './seed/index.ts';
import { getEnv } from '../src/lib/env.ts';

const env = getEnv();
const db = getDb();
const started = performance.now();
await migrateDb(db);
const seeded = env.SEED_DEMO ? await seedDemo(db) : false;
console.log(
  `database ready (${env.DATABASE_URL.replace(/\/\/[^@]*@/, '//')})${seeded ? ', demo catalogue seeded' : ''} in ${Math.round(performance.now() - started)} ms`,
);
db.$client.close();
