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
    expiresAt: integer('expires_at', { mode: 'number' }).notNull(),
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
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_created_idx').on(t.createdAt)],
);
