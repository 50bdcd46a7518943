/** Password reset by a one-time link sent by mail (kept in the outbox when no SMTP is configured). */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import { getTranslator } from '../i18n/translate.ts';
import { localePath } from '../i18n/paths.ts';
import { sendMail } from '../mail/outbox.ts';
import { endUserSessionsStatement } from '../sessions/session.ts';
import { hashPassword } from './password.ts';
import { clearFailuresStatement } from './throttle.ts';
import { findUserByEmail } from './users.ts';

export const RESET_LINK_MS = 60 * 60_000;
/** Links one account may be sent per hour, and one address may ask for. */
const MAX_PER_ACCOUNT = 3;
const MAX_PER_ADDRESS = 10;

export const NewPasswordForm = z
  .object({
    password: z.string().min(12, 'account.error.password_short').max(200, 'account.error.password_long'),
    confirm: z.string(),
  })
  .refine((f) => f.password === f.confirm, { message: 'account.error.password_mismatch', path: ['confirm'] });

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Mails a reset link when the email belongs to an active account. The caller answers the same either
 * way, so the form does not reveal who has an account.
 */
export async function requestPasswordReset(
  db: Db,
  email: string,
  origin: string,
  ip: string,
  now = Date.now(),
): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user || user.disabled) return;
  const hourAgo = now - 3_600_000;
  const [byUser, byIp] = await db.$client.batch(
    [
      {
        sql: 'SELECT count(*) AS n FROM password_resets WHERE user_id = ? AND created_at > ?',
        args: [user.id, hourAgo],
      },
      { sql: 'SELECT count(*) AS n FROM password_resets WHERE ip = ? AND created_at > ?', args: [ip, hourAgo] },
    ],
    'read',
  );
  if (Number(byUser!.rows[0]!.n) >= MAX_PER_ACCOUNT || Number(byIp!.rows[0]!.n) >= MAX_PER_ADDRESS) return;
  const token = randomBytes(32).toString('base64url');
  await db.$client.execute({
    sql: 'INSERT INTO password_resets (token_hash, user_id, expires_at, ip, created_at) VALUES (?, ?, ?, ?, ?)',
    args: [hashToken(token), user.id, now + RESET_LINK_MS, ip, now],
  });
  const t = getTranslator(user.locale);
  const link = `${origin}${localePath(user.locale, `/account/reset/${token}`)}`;
  await sendMail(db, {
    to: user.email,
    locale: user.locale,
    subject: t('mail.reset.subject'),
    text: t('mail.reset.body', { name: user.name, link, minutes: RESET_LINK_MS / 60_000 }),
  });
}

/** Whether a reset token is still usable (unused and not expired). */
export async function isResetTokenValid(db: Db, token: string, now = Date.now()): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  const rs = await db.$client.execute({
    sql: 'SELECT 1 FROM password_resets WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?',
    args: [hashToken(token), now],
  });
  return rs.rows.length > 0;
}

/**
 * Sets a new password with a reset token: the token is spent, every session of the account ends,
 * and failed sign-ins against it are forgotten. Returns false for an unknown, used or expired token.
 */
export async function resetPassword(
  db: Db,
  token: string,
  password: string,
  ip: string,
  now = Date.now(),
): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  const hash = hashToken(token);
  // Spend the token first with one conditional statement: two tabs racing get one success.
  const spent = await db.$client.execute({
    sql: `UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
          RETURNING user_id`,
    args: [now, hash, now],
  });
  const userId = spent.rows[0] ? Number(spent.rows[0].user_id) : null;
  if (userId === null) return false;
  const email = await db.$client.execute({ sql: 'SELECT email FROM users WHERE id = ?', args: [userId] });
  const passwordHash = await hashPassword(password);
  await db.$client.batch(
    [
      { sql: 'UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?', args: [passwordHash, now, userId] },
      { sql: 'UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL', args: [now, userId] },
      endUserSessionsStatement(userId),
      clearFailuresStatement(String(email.rows[0]!.email)),
      auditStatement({ userId, action: 'password_reset', entity: 'user', entityId: userId, ip }, now),
    ],
    'write',
  );
  return true;
}

/** Drops reset links a day after they lapsed; the minute sweeper calls it. */
export async function deleteOldResets(db: Db, now = Date.now()): Promise<void> {
  await db.$client.execute({ sql: 'DELETE FROM password_resets WHERE expires_at < ?', args: [now - 86_400_000] });
}
