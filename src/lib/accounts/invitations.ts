/**
 * Invitations: an admin creates an account without a password and a one-time link to set one. The link
 * goes out through the outbox in the invitee's language and is shown once to the admin (to pass on by
 * WhatsApp or SMS); the database keeps only its SHA-256. An invited account has an empty password hash,
 * which no password matches, until the link is used.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { ROLES } from '../../../db/schema/accounts.ts';
import { auditStatement } from '../audit/audit.ts';
import { getEnv } from '../env.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { getTranslator } from '../i18n/translate.ts';
import { kickOutbox, queueMailStatement } from '../mail/outbox.ts';
import type { StaffActor } from './guard.ts';
import { hashPassword } from './password.ts';
import type { Role } from './users.ts';

const DAY_MS = 86_400_000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The invitation form: who, in which role (a producer account names its producer), in which language. */
export const InviteForm = z
  .object({
    name: z.string().trim().min(2, 'people.error.name').max(120, 'people.error.name'),
    email: z.string().trim().toLowerCase().max(200, 'account.error.email').pipe(z.email('account.error.email')),
    role: z.enum(ROLES, 'people.error.role'),
    producer: z
      .string()
      .optional()
      .transform((v) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined)),
    locale: z.enum(LOCALES, 'people.error.locale'),
  })
  .refine((f) => f.role !== 'producer' || f.producer !== undefined, {
    message: 'people.error.producer',
    path: ['producer'],
  });
export type InviteForm = z.infer<typeof InviteForm>;

export type InviteResult =
  | { ok: true; userId: number; link: string; expiresAt: number }
  | { ok: false; field: 'email' | 'producer'; error: 'people.error.email_taken' | 'people.error.producer' };

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A fresh token, its stored hash, the link in the invitee's language and when it lapses. */
function newLink(origin: string, locale: Locale, now: number) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = now + getEnv().INVITE_DAYS * DAY_MS;
  return { hash: hashToken(token), link: `${origin}${localePath(locale, `/account/invite/${token}`)}`, expiresAt };
}

/** The invitation mail, in the invitee's language. */
function inviteMail(to: { email: string; name: string; locale: Locale; role: Role }, link: string) {
  const t = getTranslator(to.locale);
  return {
    to: to.email,
    locale: to.locale,
    subject: t('mail.invite.subject'),
    text: t('mail.invite.body', {
      name: to.name,
      role: t(`people.role.${to.role}`),
      link,
      days: getEnv().INVITE_DAYS,
    }),
  };
}

/**
 * Creates the account, its invitation, the mail and the audit entry in one batch. Answers the link to show
 * the admin once, or which field to fix (the email has an account already, the producer does not exist).
 */
export async function inviteAccount(
  db: Db,
  actor: StaffActor,
  form: InviteForm,
  origin: string,
  now = Date.now(),
): Promise<InviteResult> {
  const producerId = form.role === 'producer' ? form.producer! : null;
  if (producerId !== null) {
    const rs = await db.$client.execute({ sql: 'SELECT 1 FROM producers WHERE id = ?', args: [producerId] });
    if (!rs.rows[0]) return { ok: false, field: 'producer', error: 'people.error.producer' };
  }
  const { hash, link, expiresAt } = newLink(origin, form.locale, now);
  const userId = { sql: '(SELECT id FROM users WHERE email = ?)', args: [form.email] };
  try {
    const rs = await db.$client.batch(
      [
        {
          sql: `INSERT INTO users (email, password_hash, role, producer_id, name, locale, created_at, updated_at)
                VALUES (?, '', ?, ?, ?, ?, ?, ?) RETURNING id`,
          args: [form.email, form.role, producerId, form.name, form.locale, now, now],
        },
        {
          sql: `INSERT INTO invitations (token_hash, user_id, invited_by, expires_at, created_at, updated_at)
                VALUES (?, ${userId.sql}, ?, ?, ?, ?)`,
          args: [hash, ...userId.args, actor.userId, expiresAt, now, now],
        },
        queueMailStatement(inviteMail({ ...form, role: form.role }, link)),
        auditStatement(
          {
            userId: actor.userId,
            action: 'user_invited',
            entity: 'user',
            entityId: userId,
            after: { email: form.email, name: form.name, role: form.role, producerId, locale: form.locale },
            ip: actor.ip,
          },
          now,
        ),
      ],
      'write',
    );
    kickOutbox(db);
    return { ok: true, userId: Number(rs[0]!.rows[0]!.id), link, expiresAt };
  } catch (error) {
    if (/UNIQUE constraint failed: users\.email/.test(String(error))) {
      return { ok: false, field: 'email', error: 'people.error.email_taken' };
    }
    if (/FOREIGN KEY constraint failed/.test(String(error))) {
      return { ok: false, field: 'producer', error: 'people.error.producer' };
    }
    throw error;
  }
}

/**
 * Sends a new invitation to an account that has not set its password yet: every earlier link stops
 * working in the same batch. Answers the new link, or null when the account is not waiting for one
 * (unknown, disabled, or its password is set).
 */
export async function resendInvitation(
  db: Db,
  actor: StaffActor,
  userId: number,
  origin: string,
  now = Date.now(),
): Promise<{ link: string; expiresAt: number } | null> {
  const rs = await db.$client.execute({
    sql: `SELECT email, name, locale, role FROM users WHERE id = ? AND password_hash = '' AND disabled = 0`,
    args: [userId],
  });
  const user = rs.rows[0];
  if (!user) return null;
  const to = {
    email: String(user.email),
    name: String(user.name),
    locale: user.locale as Locale,
    role: user.role as Role,
  };
  const { hash, link, expiresAt } = newLink(origin, to.locale, now);
  const waiting = {
    sql: `EXISTS (SELECT 1 FROM users WHERE id = ? AND password_hash = '' AND disabled = 0)`,
    args: [userId],
  };
  const done = await db.$client.batch(
    [
      {
        sql: `UPDATE invitations SET expires_at = ?, updated_at = ? WHERE user_id = ? AND used_at IS NULL AND expires_at > ?`,
        args: [now, now, userId, now],
      },
      {
        sql: `INSERT INTO invitations (token_hash, user_id, invited_by, expires_at, created_at, updated_at)
              SELECT ?, ?, ?, ?, ?, ? WHERE ${waiting.sql}`,
        args: [hash, userId, actor.userId, expiresAt, now, now, ...waiting.args],
      },
      queueMailStatement(inviteMail(to, link), undefined, waiting),
      auditStatement(
        { userId: actor.userId, action: 'invitation_resent', entity: 'user', entityId: userId, ip: actor.ip },
        now,
        waiting,
      ),
    ],
    'write',
  );
  if (done[1]!.rowsAffected === 0) return null;
  kickOutbox(db);
  return { link, expiresAt };
}

/** Who a still-usable invitation is for, or null (unknown, used, expired, or the account is disabled). */
export async function findInvitation(
  db: Db,
  token: string,
  now = Date.now(),
): Promise<{ userId: number; name: string; email: string } | null> {
  if (!TOKEN.test(token)) return null;
  const rs = await db.$client.execute({
    sql: `SELECT u.id, u.name, u.email FROM invitations i JOIN users u ON u.id = i.user_id
           WHERE i.token_hash = ? AND i.used_at IS NULL AND i.expires_at > ? AND u.disabled = 0 AND u.password_hash = ''`,
    args: [hashToken(token), now],
  });
  const row = rs.rows[0];
  return row ? { userId: Number(row.id), name: String(row.name), email: String(row.email) } : null;
}

/**
 * Sets the invitee's first password with the link: the link is spent and the password set in one batch
 * (two tabs racing get one success), every other link of the account dies, the audit log records it.
 * Answers the account's id to sign in, or null for an unknown, used or expired link.
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  password: string,
  ip: string,
  now = Date.now(),
): Promise<number | null> {
  const invitation = await findInvitation(db, token, now);
  if (!invitation) return null;
  const { userId } = invitation;
  const hash = hashToken(token);
  const passwordHash = await hashPassword(password);
  // Everything after the first statement happens only if that statement spent the link.
  const spent = {
    sql: 'EXISTS (SELECT 1 FROM invitations WHERE token_hash = ? AND used_at = ? AND user_id = ?)',
    args: [hash, now, userId],
  };
  const rs = await db.$client.batch(
    [
      {
        sql: `UPDATE invitations SET used_at = ?, updated_at = ?
               WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
                 AND user_id IN (SELECT id FROM users WHERE disabled = 0 AND password_hash = '')`,
        args: [now, now, hash, now],
      },
      {
        sql: `UPDATE users SET password_hash = ?, last_sign_in_at = ?, updated_at = ?
               WHERE id = ? AND password_hash = '' AND ${spent.sql}`,
        args: [passwordHash, now, now, userId, ...spent.args],
      },
      {
        sql: `UPDATE invitations SET expires_at = ?, updated_at = ? WHERE user_id = ? AND used_at IS NULL AND ${spent.sql}`,
        args: [now, now, userId, ...spent.args],
      },
      auditStatement(
        { userId, action: 'invitation_accepted', entity: 'user', entityId: userId, after: { status: 'active' }, ip },
        now,
        spent,
      ),
    ],
    'write',
  );
  return rs[0]!.rowsAffected === 1 ? userId : null;
}
