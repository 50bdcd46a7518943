/**
 * Sign-in throttling. Failures count per (account, address) and per address, never per account alone:
 * someone guessing a producer's password from elsewhere slows only themselves, and the owner signs in
 * from their own phone as usual (a password reset also clears the failures against their account).
 */
import type { Db } from '../../../db/client.ts';

export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** Wrong passwords for one account from one address before it must wait. */
export const MAX_ACCOUNT_FAILURES = 5;
/** Wrong passwords from one address, over all accounts, before it must wait. */
export const MAX_ADDRESS_FAILURES = 30;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Whether this address may try this account's password now; if not, for how long it must wait. */
export async function checkSignInThrottle(
  db: Db,
  email: string,
  ip: string,
  now = Date.now(),
): Promise<ThrottleVerdict> {
  const since = now - THROTTLE_WINDOW_MS;
  // Failures after the last success count: a good sign-in wipes the slate for that account and address.
  const rs = await db.$client.batch(
    [
      {
        sql: `SELECT created_at FROM login_attempts
               WHERE email = ? AND ip = ? AND ok = 0 AND created_at > max(?, coalesce(
                 (SELECT max(created_at) FROM login_attempts WHERE email = ? AND ip = ? AND ok = 1), 0))
               ORDER BY created_at DESC LIMIT ?`,
        args: [email, ip, since, email, ip, MAX_ACCOUNT_FAILURES],
      },
      {
        sql: `SELECT created_at FROM login_attempts WHERE ip = ? AND ok = 0 AND created_at > ?
               ORDER BY created_at DESC LIMIT ?`,
        args: [ip, since, MAX_ADDRESS_FAILURES],
      },
    ],
    'read',
  );
  let retryAfterMs = 0;
  for (const [result, limit] of [
    [rs[0]!, MAX_ACCOUNT_FAILURES],
    [rs[1]!, MAX_ADDRESS_FAILURES],
  ] as const) {
    if (result.rows.length >= limit) {
      // The oldest of the last `limit` failures leaves the window first.
      const oldest = Number(result.rows[limit - 1]!.created_at);
      retryAfterMs = Math.max(retryAfterMs, oldest + THROTTLE_WINDOW_MS - now);
    }
  }
  return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true };
}

/**
 * Claims one attempt before the password is checked: a failure row is inserted only while both counts are
 * under their limits, in one guarded statement, so a parallel burst is counted as it arrives instead of
 * after every guess was verified. Returns the row's id, or null when the address must wait.
 */
export async function claimSignInAttempt(db: Db, email: string, ip: string, now = Date.now()): Promise<number | null> {
  const since = now - THROTTLE_WINDOW_MS;
  const rs = await db.$client.execute({
    sql: `INSERT INTO login_attempts (email, ip, ok, created_at)
          SELECT ?, ?, 0, ?
          WHERE (SELECT count(*) FROM login_attempts
                  WHERE email = ? AND ip = ? AND ok = 0 AND created_at > max(?, coalesce(
                    (SELECT max(created_at) FROM login_attempts WHERE email = ? AND ip = ? AND ok = 1), 0))) < ?
            AND (SELECT count(*) FROM login_attempts WHERE ip = ? AND ok = 0 AND created_at > ?) < ?
          RETURNING id`,
    args: [email, ip, now, email, ip, since, email, ip, MAX_ACCOUNT_FAILURES, ip, since, MAX_ADDRESS_FAILURES],
  });
  return rs.rows.length ? Number(rs.rows[0]!.id) : null;
}

/** Marks a claimed attempt as a success, which wipes the slate for that account and address. */
export async function markSignInSucceeded(db: Db, attemptId: number, userId: number, now = Date.now()): Promise<void> {
  await db.$client.batch(
    [
      { sql: 'UPDATE login_attempts SET ok = 1 WHERE id = ?', args: [attemptId] },
      { sql: 'UPDATE users SET last_sign_in_at = ? WHERE id = ?', args: [now, userId] },
    ],
    'write',
  );
}

/** Forgets failures against an account (after its owner proved control of the mailbox). */
export function clearFailuresStatement(email: string) {
  return { sql: 'DELETE FROM login_attempts WHERE email = ? AND ok = 0', args: [email] };
}

/** Drops attempts older than a day; the minute sweeper calls it. */
export async function deleteOldAttempts(db: Db, now = Date.now()): Promise<void> {
  await db.$client.execute({ sql: 'DELETE FROM login_attempts WHERE created_at < ?', args: [now - 86_400_000] });
}
