/** Server-side sessions: the cookie carries a random token, the database keeps its SHA-256 and the data. */
import { hash, randomBytes } from 'node:crypto';
import { changeMark, readFirst, type Db } from '../../../db/client.ts';
import type { Role } from '../accounts/users.ts';
import type { Locale } from '../i18n/locales.ts';

/** The cookie's name: over HTTPS it carries the `__Host-` prefix, which browsers bind to this exact origin. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-sid' : 'sid';
}
/** Both names, for code that only needs to know whether a visitor has a session at all. */
export const SESSION_COOKIES = ['sid', '__Host-sid'] as const;

/** An anonymous session (a cart) lives this long after its last use. */
export const SESSION_IDLE_MS = 30 * 24 * 3_600_000;
/** A signed-in session ends after two hours without use... */
export const USER_IDLE_MS = 2 * 3_600_000;
/** ...and twelve hours after sign-in, however busy: a working day at the counter. */
export const USER_ABSOLUTE_MS = 12 * 3_600_000;

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  producerId: number | null;
  locale: Locale;
}

export interface Session {
  id: string;
  token: string;
  userId: number | null;
  user: SessionUser | null;
}

/** The stored id of a token: a leaked database does not hand out working cookies. */
export function sessionIdOf(token: string): string {
  return hash('sha256', token, 'hex');
}

/** Signed-in sessions track use to the minute (their idle limit is short); carts to the hour. */
async function touch(db: Db, id: string, signedIn: boolean, lastSeen: number, absolute: number, now: number) {
  if (now - lastSeen <= (signedIn ? 60_000 : 3_600_000)) return;
  const expires = Math.min(now + (signedIn ? USER_IDLE_MS : SESSION_IDLE_MS), absolute);
  await db.$client.execute({
    sql: 'UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?',
    args: [now, expires, id],
  });
}

/** What a cached page's holes need about a visitor: cart units, and the signed-in name and role. */
export interface VisitorBits {
  cartCount: number;
  user: { name: string; role: Role } | null;
}

// One statement for a cached answer with a session cookie: the catalogue version (is the cached page still
// current?) and the session's bits, from one snapshot. The LEFT JOINs from the version's single row give one
// row whether or not the id names a session.
const VISITOR_SQL = `SELECT cv.version,
            s.user_id, s.last_seen_at, s.expires_at, s.absolute_expires_at, u.name, u.role, u.disabled,
            (SELECT coalesce(sum(ci.quantity), 0) FROM cart_items ci JOIN carts c ON c.id = ci.cart_id
              WHERE c.session_id = s.id) AS cart_units,
            u.email, u.producer_id, u.locale
       FROM catalog_version cv LEFT JOIN sessions s ON s.id = ? LEFT JOIN users u ON u.id = s.user_id
      WHERE cv.id = 1`;

/** A visitor's row as read: the catalogue version and, when the id names a session, its raw fields. */
interface VisitorRow {
  version: number;
  session: {
    userId: unknown;
    lastSeen: number;
    expires: number;
    absolute: number;
    name: unknown;
    role: unknown;
    disabled: boolean;
    cartUnits: number;
    email: unknown;
    producerId: unknown;
    locale: unknown;
  } | null;
}

/**
 * Rows read under one change mark of an embedded file (`changeMark`), by session id. The mark moves whenever
 * anything at all is committed to the file — this process's writes, another worker's, another machine's —
 * so a row kept under the current mark is exactly what reading it again would give: a look at the file's
 * WAL-index header replaces the statement, and the first write anywhere empties the memo. Liveness
 * (expiry) is judged per request from the kept fields.
 */
interface VisitorMemo {
  mark: number;
  rows: Map<string, VisitorRow>;
}
const MEMO_ENTRIES = 10_000;
const visitorMemos = new WeakMap<Db, VisitorMemo>();

function visitorRowOf(row: unknown[] | undefined): VisitorRow {
  const version = Number(row?.[0] ?? 0);
  if (row?.[3] == null) return { version, session: null };
  return {
    version,
    session: {
      userId: row[1],
      lastSeen: Number(row[2]),
      expires: Number(row[3]),
      absolute: row[4] === null ? Infinity : Number(row[4]),
      name: row[5],
      role: row[6],
      disabled: Boolean(Number(row[7])),
      cartUnits: Number(row[8]),
      email: row[9],
      producerId: row[10],
      locale: row[11],
    },
  };
}

/** A session id's row under the file's current change mark: from the memo, or read (and kept when nothing moved). */
async function visitorRow(db: Db, id: string): Promise<VisitorRow> {
  const mark = changeMark(db);
  let memo: VisitorMemo | undefined;
  if (mark !== undefined) {
    memo = visitorMemos.get(db);
    if (!memo || memo.mark !== mark) {
      memo = { mark, rows: new Map() };
      visitorMemos.set(db, memo);
    }
  }
  let read = memo?.rows.get(id);
  if (!read) {
    read = visitorRowOf(await readFirst(db, VISITOR_SQL, [id]));
    // Kept only when nothing was committed between the two looks at the mark: the row is then of that mark.
    if (memo && changeMark(db) === memo.mark) {
      if (memo.rows.size >= MEMO_ENTRIES) memo.rows.delete(memo.rows.keys().next().value!);
      memo.rows.set(id, read);
    }
  }
  return read;
}

/** What a request knows of its visitor: the catalogue version, the live session (or null) and its cart units. */
export interface VisitorSession {
  version: number;
  session: Session | null;
  cartUnits: number;
}

/**
 * The catalogue version, and a cookie's live session with its signed-in user and cart units (null for no
 * live session): one cached-statement read, or on an embedded file none while nothing was committed since
 * the session's row was read (decision 71). Moves the idle timer forward; that write moves the change mark
 * on, so the next request reads the row again.
 */
export async function readSession(db: Db, token: string | undefined, now = Date.now()): Promise<VisitorSession> {
  const valid = token !== undefined && /^[A-Za-z0-9_-]{43}$/.test(token);
  const id = valid ? sessionIdOf(token) : '';
  const { version, session: row } = await visitorRow(db, id);
  if (!valid || !row || row.expires <= now || row.absolute <= now) return { version, session: null, cartUnits: 0 };
  const signedIn = row.userId !== null;
  if (signedIn && row.disabled) return { version, session: null, cartUnits: 0 };
  await touch(db, id, signedIn, row.lastSeen, row.absolute, now);
  const user: SessionUser | null = signedIn
    ? {
        id: Number(row.userId),
        email: String(row.email),
        name: String(row.name),
        role: row.role as Role,
        producerId: row.producerId === null ? null : Number(row.producerId),
        locale: row.locale as Locale,
      }
    : null;
  return { version, session: { id, token, userId: user?.id ?? null, user }, cartUnits: row.cartUnits };
}

/**
 * The catalogue version and what a cached page's holes need about a cookie's visitor (null for no live
 * session), for every answer from the cache with a session cookie. Same row, memo, liveness rules and idle
 * timer as readSession.
 */
export async function readVisitor(
  db: Db,
  token: string | undefined,
  now = Date.now(),
): Promise<{ version: number; visitor: VisitorBits | null }> {
  const { version, session, cartUnits } = await readSession(db, token, now);
  if (!session) return { version, visitor: null };
  return {
    version,
    visitor: { cartCount: cartUnits, user: session.user && { name: session.user.name, role: session.user.role } },
  };
}

/** The live session of a cookie token (with its signed-in user), or null. Moves the idle timer forward. */
export async function findSession(db: Db, token: string | undefined, now = Date.now()): Promise<Session | null> {
  return (await readSession(db, token, now)).session;
}

interface SessionMeta {
  ip?: string;
  userAgent?: string;
}

/** Creates a new anonymous session; the caller sets the cookie. */
export async function createSession(db: Db, meta: SessionMeta = {}, now = Date.now()): Promise<Session> {
  const token = randomBytes(32).toString('base64url');
  const id = sessionIdOf(token);
  await db.$client.execute({
    sql: `INSERT INTO sessions (id, ip, user_agent, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
    args: [id, meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null, now, now + SESSION_IDLE_MS],
  });
  return { id, token, userId: null, user: null };
}

/**
 * Starts a signed-in session under a NEW id (a token planted before sign-in is worthless after it),
 * carries the visitor's cart over and ends the old session, all in one batch.
 */
export async function startUserSession(
  db: Db,
  previous: Session | null,
  userId: number,
  meta: SessionMeta = {},
  now = Date.now(),
): Promise<{ token: string; maxAgeSeconds: number }> {
  const token = randomBytes(32).toString('base64url');
  const id = sessionIdOf(token);
  const absolute = now + USER_ABSOLUTE_MS;
  const statements = [
    {
      sql: `INSERT INTO sessions (id, user_id, ip, user_agent, last_seen_at, expires_at, absolute_expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)`,
      args: [id, userId, meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null, now, now + USER_IDLE_MS, absolute],
    },
  ];
  if (previous) {
    statements.push(
      { sql: 'UPDATE carts SET session_id = ? WHERE session_id = ?', args: [id, previous.id] },
      { sql: 'DELETE FROM sessions WHERE id = ?', args: [previous.id] },
    );
  }
  await db.$client.batch(statements, 'write');
  return { token, maxAgeSeconds: Math.floor(USER_ABSOLUTE_MS / 1000) };
}

/** Ends a session on the server; the cookie is cleared by the caller. */
export async function endSession(db: Db, session: Session): Promise<void> {
  await db.$client.execute({ sql: 'DELETE FROM sessions WHERE id = ?', args: [session.id] });
}

/** Ends every session of an account (after a password reset, or when it is disabled). */
export function endUserSessionsStatement(userId: number) {
  return { sql: 'DELETE FROM sessions WHERE user_id = ?', args: [userId] };
}

/** Deletes sessions past their expiry; the minute sweeper calls it. */
export async function deleteExpiredSessions(db: Db, now = Date.now()): Promise<number> {
  const rs = await db.$client.execute({
    sql: `DELETE FROM sessions WHERE expires_at <= ? OR absolute_expires_at <= ?`,
    args: [now, now],
  });
  return rs.rowsAffected;
}
