import { createClient, type Client, type InValue } from '@libsql/client';
import Database from 'libsql';
import { fileURLToPath } from 'node:url';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema/index.ts';
import { getEnv } from '../src/lib/env.ts';

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

/** How long an embedded connection waits for another process's write lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

const WRITE = /^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b/i;

/**
 * A libSQL server takes one write transaction at a time anyway; under a burst (200 buyers at once) sqld
 * 0.24 was seen spinning on its write lock. So this process sends its writes one after another, and
 * reads as they come. Embedded databases need no queue: one connection runs statements in order.
 */
function queueWrites(client: Client): void {
  let tail: Promise<unknown> = Promise.resolve();
  const queued = <T>(run: () => Promise<T>): Promise<T> => {
    const result = tail.then(run, run);
    tail = result.catch(() => undefined);
    return result;
  };
  const execute = client.execute.bind(client) as (stmt: unknown, args?: unknown) => Promise<unknown>;
  const batch = client.batch.bind(client) as (stmts: unknown, mode?: unknown) => Promise<unknown>;
  const sqlOf = (stmt: unknown) => (typeof stmt === 'string' ? stmt : String((stmt as { sql?: string }).sql ?? ''));
  Object.assign(client, {
    execute: (stmt: unknown, args?: unknown) =>
      WRITE.test(sqlOf(stmt)) ? queued(() => execute(stmt, args)) : execute(stmt, args),
    batch: (stmts: unknown, mode?: unknown) =>
      mode === 'read' ? batch(stmts, mode) : queued(() => batch(stmts, mode)),
  });
}

/** Opens a libSQL database: an embedded `file:` database or a libSQL server URL. */
export function openDb(url: string, authToken?: string): Db {
  // `timeout` is the embedded connections' busy timeout (ms): another process writing the same file (a
  // CLI, a backup's job claim, a second instance) waits for the lock instead of failing with SQLITE_BUSY.
  // `PRAGMA busy_timeout` does not stick on libsql's connections (it read back 0), so it is set here.
  const client = createClient({ url, authToken, ...(url.startsWith('file:') ? { timeout: BUSY_TIMEOUT_MS } : {}) });
  if (url.startsWith('file:')) {
    // WAL lets readers run beside the single writer.
    void client.execute('PRAGMA journal_mode = WAL').catch(() => {});
    void client.execute('PRAGMA synchronous = NORMAL').catch(() => {});
  }
  void client.execute('PRAGMA foreign_keys = ON').catch(() => {});
  if (!url.startsWith('file:')) queueWrites(client);
  return Object.assign(drizzle(client, { schema }), { $url: url }) as Db;
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

type Row = Record<string, unknown>;
interface Reader {
  all(sql: string, args: InValue[]): Row[];
}
const readers = new WeakMap<Db, Reader | null>();

/**
 * For an embedded database, a second, read-only connection whose prepared statements are kept:
 * the catalogue's reads are a few dozen fixed SQL texts, and parsing them on every request cost
 * more than running them. A libSQL server URL has no such connection (null).
 */
function readerFor(db: Db): Reader | null {
  if (readers.has(db)) return readers.get(db) ?? null;
  const url = (db as Db & { $url?: string }).$url ?? '';
  let reader: Reader | null = null;
  if (url.startsWith('file:')) {
    const path = url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length);
    const conn = new Database(path, { readonly: true, timeout: BUSY_TIMEOUT_MS });
    const statements = new Map<string, ReturnType<typeof conn.prepare>>();
    reader = {
      all(sql, args) {
        let stmt = statements.get(sql);
        if (!stmt) {
          stmt = conn.prepare(sql);
          statements.set(sql, stmt);
        }
        return (stmt.all as (...params: unknown[]) => Row[]).apply(stmt, args);
      },
    };
  }
  readers.set(db, reader);
  return reader;
}

/** Runs a read-only query and returns its rows as objects, through cached statements where possible. */
export async function readRows(db: Db, sql: string, args: InValue[] = []): Promise<Row[]> {
  const reader = readerFor(db);
  if (reader) return reader.all(sql, args);
  const rs = await db.$client.execute({ sql, args });
  return rs.rows as unknown as Row[];
}
