import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { LOCALES, timestamps } from './columns.ts';
import { producers } from './catalog.ts';

export const ROLES = ['producer', 'staff', 'admin'] as const;

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull().unique(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    producerId: integer('producer_id').references(() => producers.id),
    name: text('name').notNull(),
    locale: text('locale', { enum: LOCALES }).notNull().default('ky'),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    lastSignInAt: integer('last_sign_in_at', { mode: 'number' }),
    ...timestamps,
  },
  (t) => [index('users_producer_idx').on(t.producerId)],
);

/** Server-side sessions; the cookie holds only the id. Anonymous visitors get one for the cart. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    lastSeenAt: integer('last_seen_at', { mode: 'number' }).notNull(),
    /** Idle expiry: moves forward while the session is used. */
    expiresAt: integer('expires_at', { mode: 'number' }).notNull(),
    /** Signed-in sessions end at this time however busy they are. */
    absoluteExpiresAt: integer('absolute_expires_at', { mode: 'number' }),
    ...timestamps,
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Who changed what and when, with the row before and after. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    ip: text('ip'),
    createdAt: integer('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_created_idx').on(t.createdAt),
    index('audit_log_user_idx').on(t.userId),
    index('audit_log_action_idx').on(t.action),
  ],
);

/** Sign-in attempts, for throttling per account and address and per address. */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    ok: integer('ok', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('login_attempts_email_ip_idx').on(t.email, t.ip, t.createdAt),
    index('login_attempts_ip_idx').on(t.ip, t.createdAt),
  ],
);

/** One-time password-reset links: the mail carries the token, the table its SHA-256. */
export const passwordResets = sqliteTable(
  'password_resets',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at', { mode: 'number' }).notNull(),
    usedAt: integer('used_at', { mode: 'number' }),
    ip: text('ip'),
    ...timestamps,
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);

/**
 * One-time invitation links: the mail (and the admin, once) gets the token, the table its SHA-256. The
 * invited account exists from the start with an empty password hash, which no password matches.
 */
export const invitations = sqliteTable(
  'invitations',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    invitedBy: integer('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: integer('expires_at', { mode: 'number' }).notNull(),
    usedAt: integer('used_at', { mode: 'number' }),
    ...timestamps,
  },
  (t) => [index('invitations_user_idx').on(t.userId)],
);
