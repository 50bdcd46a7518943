import { createClient, type Client, type InValue } from '@libsql/client';
import { ConnectionPool, Sqlite3Client } from '@libsql/client/sqlite3';
import Database from 'libsql';
import { fileURLToPath } from 'node:url';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema/index.ts';
import { getEnv } from '../src/lib/env.ts';

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

/** How long an embedded connection waits for another process's write lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * What every embedded connection runs when it is opened. `journal_mode` is kept in the file (WAL lets
 * readers run beside the one writer); the rest belong to the connection, so each one of the pool gets them.
 */
export const CONNECTION_PRAGMAS = [
  'PRAGMA journal_mode = WAL',
  `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
  'PRAGMA synchronous = NORMAL',
  'PRAGMA foreign_keys = ON',
] as const;

/** Most connections one process's client opens (libSQL's default); they open as concurrent calls need them. */
const MAX_CONNECTIONS = 20;

type Connection = InstanceType<typeof Database>;
const configured = new WeakSet<Connection>();

/** Runs the connection pragmas on a connection the first time it is seen. */
function configure(conn: Connection): Connection {
  if (!configured.has(conn)) {
    for (const pragma of CONNECTION_PRAGMAS) conn.prepare(pragma).get();
    configured.add(conn);
  }
  return conn;
}

/**
 * libSQL's pool opens a connection whenever a call finds none idle (a `timeout` option is its only
 * per-connection setting), so a PRAGMA sent through the client lands on whichever one connection runs it:
 * `synchronous` read back FULL on the others. This pool configures each connection as it is opened.
 */
class ConfiguredPool extends ConnectionPool {
  override acquireSync(forTransaction?: boolean): Connection {
    return configure(super.acquireSync(forTransaction));
  }
}

/** The file path of a `file:` URL (`file:db/ovop.db`, `file:/abs.db`, `file:///abs.db`). */
function pathOf(url: string): string {
  return url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length);
}

const READ_ONLY = /^\s*(SELECT|PRAGMA|EXPLAIN|VALUES)\b/i;
const sqlOf = (stmt: unknown) =>
  typeof stmt === 'string'
    ? stmt
    : Array.isArray(stmt)
      ? String(stmt[0])
      : String((stmt as { sql?: string }).sql ?? '');

/** An embedded client whose every connection has CONNECTION_PRAGMAS. */
function openEmbedded(url: string): Client {
  const pool = new ConfiguredPool(pathOf(url), { timeout: BUSY_TIMEOUT_MS }, MAX_CONNECTIONS);
  // Fail fast when the file cannot be opened, as createClient does.
  pool.release(pool.acquireSync());
  const client = new Sqlite3Client(pool, 'number');
  // A batch that writes starts with BEGIN IMMEDIATE: a deferred one (libSQL's and Drizzle's default) that
  // reads first and writes later cannot wait for another process's write lock when it upgrades, and SQLite
  // answers SQLITE_BUSY at once whatever the busy timeout (https://sqlite.org/rescode.html#busy_snapshot).
  const batch = client.batch.bind(client) as (stmts: unknown[], mode?: unknown) => Promise<unknown>;
  Object.assign(client, {
    batch: (stmts: unknown[], mode?: unknown) =>
      (mode === undefined || mode === 'deferred') && stmts.some((s) => !READ_ONLY.test(sqlOf(s)))
        ? batch(stmts, 'write')
        : batch(stmts, mode),
  });
  return client;
}

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
  Object.assign(client, {
    execute: (stmt: unknown, args?: unknown) =>
      WRITE.test(sqlOf(stmt)) ? queued(() => execute(stmt, args)) : execute(stmt, args),
    batch: (stmts: unknown, mode?: unknown) =>
      mode === 'read' ? batch(stmts, mode) : queued(() => batch(stmts, mode)),
  });
}

/** Opens a libSQL database: an embedded `file:` database or a libSQL server URL. */
export function openDb(url: string, authToken?: string): Db {
  let client: Client;
  if (url.startsWith('file:')) client = openEmbedded(url);
  else {
    client = createClient({ url, authToken });
    void client.execute('PRAGMA foreign_keys = ON').catch(() => {});
    queueWrites(client);
  }
  return Object.assign(drizzle(client, { schema }), { $url: url }) as Db;
}

const SHARED = Symbol.for('ovop.db');

/**
 * The one database of this process, from DATABASE_URL. The front server (src/server/) and Astro's bundle
 * each have their own copy of this module, so the client is kept on globalThis: one client, one pool and one
 * cached-statement reader per process, whichever copy asks first.
 */
export function getDb(): Db {
  const g = globalThis as typeof globalThis & { [SHARED]?: Db };
  if (!g[SHARED]) {
    const env = getEnv();
    g[SHARED] = openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  }
  return g[SHARED];
}

type Row = Record<string, unknown>;
interface Reader {
  all(sql: string, args: InValue[]): Row[];
}
// On the Db itself (not a module's WeakMap), so both copies of this module use one reader per client.
const READER = Symbol.for('ovop.db.reader');

/**
 * For an embedded database, a second, read-only connection whose prepared statements are kept:
 * the catalogue's reads are a few dozen fixed SQL texts, and parsing them on every request cost
 * more than running them. A libSQL server URL has no such connection (null).
 */
function readerFor(db: Db): Reader | null {
  const holder = db as Db & { $url?: string; [READER]?: Reader | null };
  if (holder[READER] !== undefined) return holder[READER];
  const url = holder.$url ?? '';
  let reader: Reader | null = null;
  if (url.startsWith('file:')) {
    const conn = configure(new Database(pathOf(url), { readonly: true, timeout: BUSY_TIMEOUT_MS }));
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
  holder[READER] = reader;
  return reader;
}

/** Runs a read-only query and returns its rows as objects, through cached statements where possible. */
export async function readRows(db: Db, sql: string, args: InValue[] = []): Promise<Row[]> {
  const reader = readerFor(db);
  if (reader) return reader.all(sql, args);
  const rs = await db.$client.execute({ sql, args });
  return rs.rows as unknown as Row[];
}
