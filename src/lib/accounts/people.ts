/**
 * People: the accounts admins see and change (role, disabled). Each change is one guarded batch with its
 * audit entry; an admin can neither change nor disable themselves, and the shop never loses its last
 * active admin.
 */
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { ROLES } from '../../../db/schema/accounts.ts';
import { auditStatement } from '../audit/audit.ts';
import { localizedColumnSql } from '../catalog/localized.ts';
import { foldText } from '../catalog/search-text.ts';
import type { Locale } from '../i18n/locales.ts';
import type { StaffActor } from './guard.ts';
import type { Role } from './users.ts';

export const PERSON_STATUSES = ['active', 'invited', 'disabled'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const PEOPLE_PAGE_SIZE = 50;

/** The list's search: words in the name or email, a role, a status, a page. Bad values fall back to none. */
export const PeopleQuery = z.object({
  q: z.string().trim().max(100).catch(''),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(PERSON_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type PeopleQuery = z.infer<typeof PeopleQuery>;

export interface Person {
  id: number;
  name: string;
  email: string;
  role: Role;
  locale: Locale;
  producerId: number | null;
  producerName: string | null;
  status: PersonStatus;
  lastSignInAt: number | null;
  createdAt: number;
  /** When the newest unused invitation lapses (invited accounts only). */
  inviteExpiresAt: number | null;
}

const STATUS_SQL = `CASE WHEN u.disabled = 1 THEN 'disabled' WHEN u.password_hash = '' THEN 'invited' ELSE 'active' END`;

function personSelect(locale: Locale): string {
  return `SELECT u.id, u.name, u.email, u.role, u.locale, u.producer_id, u.last_sign_in_at, u.created_at,
                 ${STATUS_SQL} AS status,
                 ${localizedColumnSql('producer_translations', 'producer_id', 'u.producer_id', 'name', locale)} AS producer_name,
                 (SELECT max(expires_at) FROM invitations i WHERE i.user_id = u.id AND i.used_at IS NULL) AS invite_expires_at
            FROM users u`;
}

function toPerson(r: Record<string, unknown>): Person {
  return {
    id: Number(r.id),
    name: String(r.name),
    email: String(r.email),
    role: r.role as Role,
    locale: r.locale as Locale,
    producerId: r.producer_id === null ? null : Number(r.producer_id),
    producerName: r.producer_name === null ? null : String(r.producer_name),
    status: r.status as PersonStatus,
    lastSignInAt: r.last_sign_in_at === null ? null : Number(r.last_sign_in_at),
    createdAt: Number(r.created_at),
    inviteExpiresAt: r.status === 'invited' && r.invite_expires_at !== null ? Number(r.invite_expires_at) : null,
  };
}

/** What a person is found by: name, email and their producer's names in every language. */
const HAYSTACK_SQL = `u.name || ' ' || u.email || ' ' ||
  coalesce((SELECT group_concat(name, ' ') FROM producer_translations WHERE producer_id = u.producer_id), '')`;

/**
 * One page of accounts matching the search, newest first, with how many match in all. Words are compared
 * folded (case, ё, ң ө ү) in JavaScript: SQLite's lower() and LIKE fold ASCII only, so «айгүл» would
 * not find «Айгүл». A shop has hundreds of accounts, so the search reads them all.
 */
export async function listPeople(
  db: Db,
  query: PeopleQuery,
  locale: Locale,
): Promise<{ people: Person[]; total: number }> {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (query.role) {
    where.push('u.role = ?');
    args.push(query.role);
  }
  if (query.status) {
    where.push(`${STATUS_SQL} = ?`);
    args.push(query.status);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const offset = (query.page - 1) * PEOPLE_PAGE_SIZE;
  const words = foldText(query.q).split(/\s+/).filter(Boolean).slice(0, 5);
  if (words.length) {
    const rs = await db.$client.execute({
      sql: `SELECT u.id, ${HAYSTACK_SQL} AS haystack FROM users u ${filter} ORDER BY u.id DESC`,
      args,
    });
    const ids = rs.rows
      .filter((r) => {
        const haystack = foldText(String(r.haystack ?? ''));
        return words.every((w) => haystack.includes(w));
      })
      .map((r) => Number(r.id));
    const page = ids.slice(offset, offset + PEOPLE_PAGE_SIZE);
    const people = page.length
      ? await db.$client.execute({
          sql: `${personSelect(locale)} WHERE u.id IN (${page.map(() => '?').join(', ')}) ORDER BY u.id DESC`,
          args: page,
        })
      : { rows: [] };
    return { people: people.rows.map((r) => toPerson(r)), total: ids.length };
  }
  const [rows, count] = await db.$client.batch(
    [
      {
        sql: `${personSelect(locale)} ${filter} ORDER BY u.id DESC LIMIT ? OFFSET ?`,
        args: [...args, PEOPLE_PAGE_SIZE, offset],
      },
      { sql: `SELECT count(*) AS n FROM users u ${filter}`, args },
    ],
    'read',
  );
  return { people: rows!.rows.map((r) => toPerson(r)), total: Number(count!.rows[0]!.n) };
}

/** One account, or null. */
export async function findPerson(db: Db, id: number, locale: Locale): Promise<Person | null> {
  const rs = await db.$client.execute({ sql: `${personSelect(locale)} WHERE u.id = ?`, args: [id] });
  return rs.rows[0] ? toPerson(rs.rows[0]) : null;
}

/**
 * Producers to bind an account to, by name in the page's language, optionally narrowed by a search of
 * their names in any language (compared folded, as the people search does).
 */
export async function listProducerChoices(
  db: Db,
  locale: Locale,
  search = '',
): Promise<{ id: number; name: string }[]> {
  const words = foldText(search.slice(0, 100)).split(/\s+/).filter(Boolean);
  const rs = await db.$client.execute(
    `SELECT p.id, ${localizedColumnSql('producer_translations', 'producer_id', 'p.id', 'name', locale)} AS name,
            (SELECT group_concat(name, ' ') FROM producer_translations WHERE producer_id = p.id) AS names
       FROM producers p ORDER BY name COLLATE NOCASE`,
  );
  return rs.rows
    .filter((r) => {
      const names = foldText(String(r.names ?? ''));
      return words.every((w) => names.includes(w));
    })
    .map((r) => ({ id: Number(r.id), name: String(r.name ?? `#${r.id}`) }));
}

/** A change on a person's page: a new role (with its producer), disable, or enable. */
export const PersonChange = z.discriminatedUnion(
  'intent',
  [
    z
      .object({
        intent: z.literal('role'),
        role: z.enum(ROLES, 'people.error.role'),
        producer: z
          .string()
          .optional()
          .transform((v) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined)),
      })
      .refine((f) => f.role !== 'producer' || f.producer !== undefined, {
        message: 'people.error.producer',
        path: ['producer'],
      }),
    z.object({ intent: z.literal('disable') }),
    z.object({ intent: z.literal('enable') }),
    z.object({ intent: z.literal('resend') }),
  ],
  'people.error.intent',
);
export type PersonChange = z.infer<typeof PersonChange>;

export type ChangeResult = 'done' | 'unchanged' | 'self' | 'last_admin' | 'not_found' | 'producer';

/** Keeps at least one other active admin when this statement changes an admin. */
const OTHER_ADMIN = `(role != 'admin' OR EXISTS (SELECT 1 FROM users o WHERE o.role = 'admin' AND o.disabled = 0 AND o.id != users.id))`;

async function before(db: Db, id: number) {
  const rs = await db.$client.execute({
    sql: 'SELECT role, producer_id, disabled FROM users WHERE id = ?',
    args: [id],
  });
  const r = rs.rows[0];
  return r
    ? {
        role: r.role as Role,
        producerId: r.producer_id === null ? null : Number(r.producer_id),
        disabled: Boolean(r.disabled),
      }
    : null;
}

/**
 * Gives an account another role (a producer account names its producer; other roles have none). The role
 * is read from the database on every request, so the change applies to open sessions at once.
 */
export async function changeRole(
  db: Db,
  actor: StaffActor,
  id: number,
  role: Role,
  producer: number | undefined,
  now = Date.now(),
): Promise<ChangeResult> {
  if (id === actor.userId) return 'self';
  const was = await before(db, id);
  if (!was) return 'not_found';
  const producerId = role === 'producer' ? (producer ?? null) : null;
  if (role === 'producer') {
    const rs = await db.$client.execute({ sql: 'SELECT 1 FROM producers WHERE id = ?', args: [producerId] });
    if (!rs.rows[0]) return 'producer';
  }
  if (was.role === role && was.producerId === producerId) return 'unchanged';
  const rs = await db.$client.batch(
    [
      {
        sql: `UPDATE users SET role = ?, producer_id = ?, updated_at = ?
               WHERE id = ? AND role = ? AND producer_id IS ? AND ${OTHER_ADMIN}`,
        args: [role, producerId, now, id, was.role, was.producerId],
      },
      auditStatement(
        {
          userId: actor.userId,
          action: 'user_role_changed',
          entity: 'user',
          entityId: id,
          before: { role: was.role, producerId: was.producerId },
          after: { role, producerId },
          ip: actor.ip,
        },
        now,
        { sql: 'changes() > 0', args: [] },
      ),
    ],
    'write',
  );
  return rs[0]!.rowsAffected === 1 ? 'done' : 'last_admin';
}

/**
 * Disables an account (its sessions end in the same batch, so its next request is signed out, and it
 * cannot sign in) or enables it again.
 */
export async function setDisabled(
  db: Db,
  actor: StaffActor,
  id: number,
  disabled: boolean,
  now = Date.now(),
): Promise<ChangeResult> {
  if (id === actor.userId) return 'self';
  const was = await before(db, id);
  if (!was) return 'not_found';
  if (was.disabled === disabled) return 'unchanged';
  const rs = await db.$client.batch(
    [
      {
        sql: `UPDATE users SET disabled = ?, updated_at = ? WHERE id = ? AND disabled = ? ${disabled ? `AND ${OTHER_ADMIN}` : ''}`,
        args: [disabled ? 1 : 0, now, id, disabled ? 0 : 1],
      },
      auditStatement(
        {
          userId: actor.userId,
          action: disabled ? 'user_disabled' : 'user_enabled',
          entity: 'user',
          entityId: id,
          before: { disabled: !disabled },
          after: { disabled },
          ip: actor.ip,
        },
        now,
        { sql: 'changes() > 0', args: [] },
      ),
      // Its sessions end only if the account is now disabled (the guard above may have refused).
      ...(disabled
        ? [
            {
              sql: 'DELETE FROM sessions WHERE user_id = ? AND EXISTS (SELECT 1 FROM users WHERE id = ? AND disabled = 1)',
              args: [id, id],
            },
          ]
        : []),
    ],
    'write',
  );
  if (rs[0]!.rowsAffected === 1) return 'done';
  return disabled && was.role === 'admin' ? 'last_admin' : 'unchanged';
}
