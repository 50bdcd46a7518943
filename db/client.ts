import { createClient, type Client, type InValue } from '@libsql/client';
import { ConnectionPool, Sqlite3Client } from '@libsql/client/sqlite3';
import Database from 'libsql';
import { closeSync, openSync, readFileSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
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

/** An embedded replica of a libSQL server: where it lives and how often it pulls. */
export interface ReplicaOptions {
  path: string;
  /** Seconds between pulls from the server (libSQL's `syncInterval`). */
  syncInterval: number;
}

/** The replica's one connection, for read-your-writes (see catchUp) and its own pulls. */
interface Replica {
  conn: Connection;
  /** The replica's file, which the cached-statement reader opens a connection of its own on (readerFor). */
  path: string;
  /** Pulls this process has made, so the reader looks at the file again after each (readerFor). */
  pulls: number;
  /** The highest frame this process knows the server has: its own writes and its own pulls. */
  known: number;
}
const REPLICA = Symbol.for('ovop.db.replica');

/**
 * Claims a replica file for this process. libSQL keeps a replica's sync state in the connection, so two
 * processes pulling into one file corrupt it ("database is locked", "malformed"): a second one is refused
 * here with a readable message instead. A lock left by a process that died is taken over.
 */
function lockReplica(path: string): void {
  const lock = `${path}.lock`;
  for (let tries = 0; tries < 2; tries++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      process.once('exit', () => rmSync(lock, { force: true }));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lock, 'utf8'));
      let alive = pid > 0 && pid !== process.pid;
      try {
        if (alive) process.kill(pid, 0);
      } catch {
        alive = false;
      }
      if (alive) throw new Error(`Replica file ${path} is in use by process ${pid}; give each process its own`);
      rmSync(lock, { force: true });
    }
  }
}

/**
 * An embedded replica of the libSQL server at `url`: reads run on the local file, writes are sent to the
 * server by libSQL and read back at once on the same connection (`readYourWrites`); other instances' writes
 * arrive with this process's pulls every `syncInterval` seconds. One connection (libSQL keeps one per replica).
 */
function openReplica(url: string, authToken: string | undefined, options: ReplicaOptions): Client {
  lockReplica(options.path);
  // No `syncPeriod`: libSQL's own pulls run on a thread of their own and tell this process nothing. Pulling on
  // this process's timer keeps every pull between statements and records the frame reached (catchUp uses it).
  // libsql's types list `syncUrl` only; its constructor also reads `authToken` and `readYourWrites`.
  const replicaOptions = { syncUrl: url, authToken, readYourWrites: true };
  const pool = new ConnectionPool(options.path, replicaOptions as ConstructorParameters<typeof ConnectionPool>[1], 1);
  const conn = pool.acquireSync() as Connection;
  pool.release(conn);
  const client = new Sqlite3Client(pool, 'number');
  const replica: Replica = { conn, path: options.path, known: 0, pulls: 0 };
  Object.assign(client, { [REPLICA]: replica });
  const pull = setInterval(() => {
    try {
      pulled(replica, (conn as unknown as { sync(): { frame_no?: number } }).sync());
    } catch {
      // The server is unreachable: reads go on from the replica as it is; the next pull catches up.
    }
  }, options.syncInterval * 1000);
  pull.unref();
  const close = client.close.bind(client);
  client.close = () => {
    clearInterval(pull);
    close();
  };
  return client;
}

function pulled(replica: Replica, result: { frame_no?: number } | undefined): void {
  replica.pulls++;
  const reached = Number(result?.frame_no ?? 0);
  if (reached > replica.known) replica.known = reached;
}

const replicaOf = (db: Db): Replica | undefined => (db.$client as Client & { [REPLICA]?: Replica })[REPLICA];

/** Whether this database reads from an embedded replica. */
export function isReplica(db: Db): boolean {
  return replicaOf(db) !== undefined;
}

/**
 * The server frame of the last write this process made through its replica (0 when none, or no replica).
 * A visitor whose request wrote is given it, so any instance can catch up to it before reading (catchUp).
 */
export function replicaWriteFrame(db: Db): number {
  const replica = replicaOf(db);
  if (!replica) return 0;
  const frame = Number(
    (replica.conn as unknown as { maxWriteReplicationIndex(): unknown }).maxWriteReplicationIndex() ?? 0,
  );
  if (frame > replica.known) replica.known = frame;
  return frame;
}

/**
 * Pulls the replica up to `frame` (a frame a visitor's own write reached on the server), so their next read
 * here sees it. Free when the replica is already there; otherwise one pull from the server. A frame above any
 * this process has seen (another instance's write, or a forged cookie) costs one pull, never a wait.
 */
export function catchUp(db: Db, frame: number): void {
  const replica = replicaOf(db);
  if (!replica || !(frame > 0)) return;
  const conn = replica.conn as unknown as {
    syncUntil(frame: number): { frame_no?: number };
    sync(): { frame_no?: number };
  };
  pulled(replica, frame <= replica.known ? conn.syncUntil(frame) : conn.sync());
}

/**
 * Pulls everything the server has into the replica now (before serving the first request). A server still
 * writing the snapshot a new replica starts from answers "snapshot not found" for a few seconds: retried
 * every second for up to `tries` seconds.
 */
export async function syncReplica(db: Db, tries = 60): Promise<void> {
  const replica = replicaOf(db);
  if (!replica) return;
  for (let attempt = 1; ; attempt++) {
    try {
      pulled(replica, (await db.$client.sync()) as { frame_no?: number } | undefined);
      return;
    } catch (error) {
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/**
 * Opens a libSQL database: an embedded `file:` database, a libSQL server URL, or a libSQL server read
 * through an embedded replica file (`replica`).
 */
export function openDb(url: string, authToken?: string, replica?: ReplicaOptions): Db {
  let client: Client;
  if (url.startsWith('file:')) {
    if (replica) throw new Error('DATABASE_REPLICA_PATH needs a libSQL server as DATABASE_URL, not a file: URL');
    client = openEmbedded(url);
  } else if (replica) client = openReplica(url, authToken, replica);
  else {
    client = createClient({ url, authToken });
    void client.execute('PRAGMA foreign_keys = ON').catch(() => {});
    queueWrites(client);
  }
  return Object.assign(drizzle(client, { schema }), { $url: url }) as Db;
}

const SHARED = Symbol.for('ovop.db');

/** The environment variable the cluster primary sets on each worker: its slot, 0-based (not for operators). */
export const WORKER_INDEX = 'OVOP_WORKER_INDEX';

/**
 * This process's replica file: DATABASE_REPLICA_PATH itself for a single process, `<path>.<worker>` for each
 * worker of a cluster (a restarted worker takes over its slot's file).
 */
export function replicaPathFor(path: string, worker = process.env[WORKER_INDEX]): string {
  return worker === undefined || worker === '' ? path : `${path}.${worker}`;
}

/**
 * The one database of this process, from DATABASE_URL. The front server (src/server/) and Astro's bundle
 * each have their own copy of this module, so the client is kept on globalThis: one client, one pool and one
 * cached-statement reader per process, whichever copy asks first.
 *
 * Only the shop's server processes read through DATABASE_REPLICA_PATH (`{ replica: true }`, asked by
 * src/server/main.ts before anything else opens the database); command-line tools, setup and tests talk to
 * the server directly, so they never open a file a running server is syncing.
 */
export function getDb(options: { replica?: boolean } = {}): Db {
  const g = globalThis as typeof globalThis & { [SHARED]?: Db };
  if (!g[SHARED]) {
    const env = getEnv();
    const replica =
      options.replica && env.DATABASE_REPLICA_PATH
        ? { path: replicaPathFor(env.DATABASE_REPLICA_PATH), syncInterval: env.DATABASE_SYNC_INTERVAL }
        : undefined;
    g[SHARED] = openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN, replica);
  }
  return g[SHARED];
}

type Row = Record<string, unknown>;
interface Reader {
  all(sql: string, args: InValue[]): Row[];
  /** The first row's values in column order, or undefined: no row object is built. */
  first(sql: string, args: InValue[]): unknown[] | undefined;
}
// On the Db itself (not a module's WeakMap), so both copies of this module use one reader per client.
const READER = Symbol.for('ovop.db.reader');
/**
 * How much of the file the reader maps into memory (decision 74): a page read from the OS cache without a
 * read() call and a copy into SQLite's own 2 MB page cache, which a 100,000-product file (800 MB) overflows on
 * every random product page. Address space only; the pages are the OS cache's, shared by every process.
 */
export const READER_MMAP_BYTES = 1 << 30;

/**
 * For an embedded database or an embedded replica, a second, read-only connection on its file whose prepared
 * statements are kept: the catalogue's reads are a few dozen fixed SQL texts, and parsing them on every
 * request cost more than running them. A libSQL server URL has no such connection (null).
 *
 * On a replica the reader is a plain SQLite connection beside libSQL's replica connection, never that
 * connection itself: statements kept on the replica's own connection went on answering from before later
 * pulls (a checkout rush across two instances read carts as empty that the replica already had, decision 64).
 * Pulls and the read-back of this process's writes add WAL frames to the file, which a plain connection sees
 * at its next statement, as it sees another process's writes; every pull and every write runs on this thread,
 * between the reader's statements, each of which is read to its end (`all`), so none holds a snapshot open.
 * Should a pull ever put a new file in the replica's place, the reader (which would go on reading the old
 * one) opens the new one: after each pull it compares the file's inode with its own, one `stat` a pull.
 */
function readerFor(db: Db): Reader | null {
  const holder = db as Db & { $url?: string; [READER]?: Reader | null };
  if (holder[READER] !== undefined) return holder[READER];
  const url = holder.$url ?? '';
  const replica = replicaOf(db);
  let reader: Reader | null = null;
  if (url.startsWith('file:') || replica) {
    const path = replica ? replica.path : pathOf(url);
    let conn: Connection;
    let inode = 0;
    let statements = new Map<string, ReturnType<Connection['prepare']>>();
    // Statements in raw mode (rows as arrays) are kept apart: the mode belongs to the statement.
    let rawStatements = new Map<string, ReturnType<Connection['prepare']>>();
    const open = () => {
      conn = configure(new Database(path, { readonly: true, timeout: BUSY_TIMEOUT_MS }));
      conn.prepare(`PRAGMA mmap_size = ${READER_MMAP_BYTES}`).get();
      inode = statSync(path).ino;
      statements = new Map();
      rawStatements = new Map();
    };
    open();
    let pulls = replica?.pulls ?? 0;
    const follow = () => {
      if (replica && replica.pulls !== pulls) {
        pulls = replica.pulls;
        if (statSync(path).ino !== inode) {
          const old = conn;
          open();
          old.close();
        }
      }
    };
    reader = {
      all(sql, args) {
        follow();
        let stmt = statements.get(sql);
        if (!stmt) {
          stmt = conn.prepare(sql);
          statements.set(sql, stmt);
        }
        return (stmt.all as (...params: unknown[]) => Row[]).apply(stmt, args);
      },
      first(sql, args) {
        follow();
        let stmt = rawStatements.get(sql);
        if (!stmt) {
          stmt = conn.prepare(sql).raw();
          rawStatements.set(sql, stmt);
        }
        return (stmt.get as (...params: unknown[]) => unknown[] | undefined).apply(stmt, args);
      },
    };
  }
  holder[READER] = reader;
  return reader;
}

/** The WAL-index header's two copies (https://www.sqlite.org/walformat.html#the_wal_index_header). */
const WAL_HEADER_BYTES = 48;
const MARK = Symbol.for('ovop.db.changeMark');
interface MarkReader {
  fd: number;
  read: Buffer;
  last: Buffer;
  mark: number;
}

/**
 * A number that moves whenever anything at all is committed to this plain embedded file: by this process,
 * another worker, or anything else on the machine. Read from the WAL-index header at the start of the `-shm`
 * file, which every connection on the file maps and every commit rewrites (its frame count and checksums; a
 * restarted WAL gets new salts): one 96-byte read, no statement and no lock — a statement to ask
 * `PRAGMA data_version` cost a read transaction's locks on every cached answer (decision 71). A value kept
 * with the mark it was read under is exactly what reading it again would give while the mark stays.
 *
 * Undefined when it cannot tell: not a plain embedded file (a replica's file can be swapped by a pull, a
 * server has no file), no `-shm` file, or a writer half-way through the header (its two copies differ).
 * Read the database then, and keep nothing.
 */
export function changeMark(db: Db): number | undefined {
  const holder = db as Db & { [MARK]?: MarkReader | null };
  let reader = holder[MARK];
  if (reader === undefined) {
    reader = null;
    const url = (db as Db & { $url?: string }).$url ?? '';
    // The reader's first statement has opened the file's -shm (WAL mode), and keeps it while the process runs.
    if (url.startsWith('file:') && !isReplica(db) && readerFor(db)) {
      try {
        const fd = openSync(`${pathOf(url)}-shm`, 'r');
        reader = { fd, read: Buffer.alloc(2 * WAL_HEADER_BYTES), last: Buffer.alloc(WAL_HEADER_BYTES), mark: 0 };
      } catch {
        // Not in WAL mode (no -shm): callers read the database every time.
      }
    }
    holder[MARK] = reader;
  }
  if (!reader) return undefined;
  const { read, last } = reader;
  if (readSync(reader.fd, read, 0, read.length, 0) !== read.length) return undefined;
  // isInit (byte 12) of both copies, and the copies alike: a writer updates the second copy, then the first.
  if (read[12] !== 1 || read.compare(read, 0, WAL_HEADER_BYTES, WAL_HEADER_BYTES) !== 0) return undefined;
  if (read.compare(last, 0, WAL_HEADER_BYTES, 0, WAL_HEADER_BYTES) !== 0) {
    read.copy(last, 0, 0, WAL_HEADER_BYTES);
    reader.mark++;
  }
  return reader.mark;
}

interface QueuedRead {
  sql: string;
  args: InValue[];
  resolve(rows: Row[]): void;
  reject(error: unknown): void;
}
const QUEUE = Symbol.for('ovop.db.reads');
type Queued = Db & { [QUEUE]?: QueuedRead[] };

/**
 * Sends the reads queued on a libSQL server's client as one read batch: one HTTP round trip for every read
 * this process asked for in the same turn of the event loop (a page's independent reads, and other pages'
 * beside them). Should one statement fail, each is sent alone, so only its own caller sees the error.
 */
async function flushReads(db: Queued, queue: QueuedRead[]): Promise<void> {
  if (db[QUEUE] === queue) db[QUEUE] = undefined;
  const one = (q: QueuedRead) =>
    db.$client.execute({ sql: q.sql, args: q.args }).then((rs) => q.resolve(rs.rows as unknown as Row[]), q.reject);
  if (queue.length === 1) return one(queue[0]!);
  try {
    const results = await db.$client.batch(
      queue.map((q) => ({ sql: q.sql, args: q.args })),
      'read',
    );
    results.forEach((rs, i) => queue[i]!.resolve(rs.rows as unknown as Row[]));
  } catch {
    await Promise.all(queue.map(one));
  }
}

/**
 * Whether a read costs no round trip (an embedded file or a replica): a page may then read one thing after
 * another instead of everything at once by what it was asked for (decision 74).
 */
export function readsLocally(db: Db): boolean {
  return readerFor(db) !== null || isReplica(db);
}

/**
 * The first row of a read-only query as its values in column order (undefined for none): for the few reads
 * on every cached answer (the catalogue version, a visitor's holes), where building a row object for one row
 * cost about as much as running the statement. Same paths as readRows: a cached statement on an embedded file or
 * a replica's file, batched reads on a libSQL server (whose rows are array-like).
 */
export async function readFirst(db: Db, sql: string, args: InValue[] = []): Promise<unknown[] | undefined> {
  const reader = readerFor(db);
  if (reader) return reader.first(sql, args);
  const [row] = await readRows(db, sql, args);
  return row === undefined ? undefined : Array.prototype.slice.call(row as unknown as ArrayLike<unknown>);
}

/**
 * Runs a read-only query and returns its rows as objects: through cached statements on an embedded file;
 * batched with the other reads of this turn on a libSQL server (decision 73); through cached statements on an
 * embedded replica's file as on a plain one.
 */
export async function readRows(db: Db, sql: string, args: InValue[] = []): Promise<Row[]> {
  const reader = readerFor(db);
  if (reader) return reader.all(sql, args);
  const holder = db as Queued;
  return new Promise<Row[]>((resolve, reject) => {
    let queue = holder[QUEUE];
    if (!queue) {
      const fresh: QueuedRead[] = [];
      queue = holder[QUEUE] = fresh;
      // After the promises of this turn have run: reads they start on the way join the same batch.
      setImmediate(() => void flushReads(holder, fresh));
    }
    queue.push({ sql, args, resolve, reject });
  });
}
