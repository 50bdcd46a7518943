/** Accounts: producers, shop staff and admins. */
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { ROLES } from '../../../db/schema/accounts.ts';
import { LOCALES } from '../i18n/locales.ts';
import { hashPassword } from './password.ts';

export type Role = (typeof ROLES)[number];

export const NewUser = z
  .object({
    email: z
      .email()
      .max(200)
      .transform((e) => e.toLowerCase()),
    password: z.string().min(12, 'at least 12 characters').max(200),
    role: z.enum(ROLES),
    name: z.string().trim().min(2).max(120),
    locale: z.enum(LOCALES).default('ky'),
    producerId: z.number().int().positive().optional(),
  })
  .refine((u) => (u.role === 'producer') === (u.producerId !== undefined), {
    message: 'a producer account belongs to exactly one producer; staff and admins to none',
    path: ['producerId'],
  });
export type NewUser = z.input<typeof NewUser>;

export class DuplicateEmailError extends Error {
  constructor(email: string) {
    super(`An account with ${email} exists already`);
  }
}

/** Creates an account with an argon2id password hash; returns its id. */
export async function createUser(db: Db, input: NewUser): Promise<number> {
  const user = NewUser.parse(input);
  const passwordHash = await hashPassword(user.password);
  try {
    const rs = await db.$client.execute({
      sql: `INSERT INTO users (email, password_hash, role, producer_id, name, locale) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
      args: [user.email, passwordHash, user.role, user.producerId ?? null, user.name, user.locale],
    });
    return Number(rs.rows[0]!.id);
  } catch (error) {
    if (/UNIQUE constraint failed: users\.email/.test(String(error))) throw new DuplicateEmailError(user.email);
    throw error;
  }
}

export interface UserRecord {
  id: number;
  email: string;
  passwordHash: string;
  role: Role;
  producerId: number | null;
  name: string;
  locale: (typeof LOCALES)[number];
  disabled: boolean;
}

/** The account with this email (case-insensitive), or null. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRecord | null> {
  const rs = await db.$client.execute({
    sql: 'SELECT * FROM users WHERE email = ?',
    args: [email.trim().toLowerCase()],
  });
  const r = rs.rows[0];
  if (!r) return null;
  return {
    id: Number(r.id),
    email: String(r.email),
    passwordHash: String(r.password_hash),
    role: r.role as Role,
    producerId: r.producer_id === null ? null : Number(r.producer_id),
    name: String(r.name),
    locale: r.locale as UserRecord['locale'],
    disabled: Boolean(r.disabled),
  };
}
