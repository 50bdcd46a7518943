/** Server-side sessions: the cookie carries a random token, the database keeps its SHA-256 and the data. */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../../db/client.ts';

export const SESSION_COOKIE = 'sid';
/** An anonymous session (a cart) lives this long after its last use. */
export const SESSION_IDLE_MS = 30 * 24 * 3_600_000;

export interface Session {
  id: string;
  token: string;
  userId: number | null;
}

/** The stored id of a token: a leaked database does not hand out working cookies. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The live session of a cookie token, or null. Refreshes its idle timer at most once an hour. */
export async function findSession(db: Db, token: string | undefined, now = Date.now()): Promise<Session | null> {
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const id = sessionIdOf(token);
  const rs = await db.$client.execute({
    sql: 'SELECT user_id, last_seen_at, expires_at FROM sessions WHERE id = ?',
    args: [id],
  });
  const row = rs.rows[0];
  if (!row || Number(row.expires_at) <= now) return null;
  if (now - Number(row.last_seen_at) > 3_600_000) {
    await db.$client.execute({
      sql: 'UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?',
      args: [now, now + SESSION_IDLE_MS, id],
    });
  }
  return { id, token, userId: row.user_id === null ? null : Number(row.user_id) };
}

/** Creates a new anonymous session; the caller sets the cookie. */
export async function createSession(
  db: Db,
  meta: { ip?: string; userAgent?: string } = {},
  now = Date.now(),
): Promise<Session> {
  const token = randomBytes(32).toString('base64url');
  const id = sessionIdOf(token);
  await db.$client.execute({
    sql: `INSERT INTO sessions (id, ip, user_agent, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
    args: [id, meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null, now, now + SESSION_IDLE_MS],
  });
  return { id, token, userId: null };
}
