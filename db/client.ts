import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema/index.ts';
import { getEnv } from '../src/lib/env.ts';

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

/** Opens a libSQL database: an embedded `file:` database or a libSQL server URL. */
export function openDb(url: string, authToken?: string): Db {
  const client = createClient({ url, authToken });
  if (url.startsWith('file:')) {
    // WAL lets readers run beside the single writer; busy_timeout queues writers instead of failing.
    void client.execute('PRAGMA journal_mode = WAL').catch(() => {});
    void client.execute('PRAGMA busy_timeout = 5000').catch(() => {});
    void client.execute('PRAGMA synchronous = NORMAL').catch(() => {});
  }
  void client.execute('PRAGMA foreign_keys = ON').catch(() => {});
  return drizzle(client, { schema }) as Db;
}

let instance: Db | undefined;

/** The one database of this process, from DATABASE_URL. */
export function getDb(): Db {
  if (!instance) {
    const env = getEnv();
    instance = openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  }
  return instance;
}
