/** The audit log: who changed what, when, with the row before and after. */
import type { InStatement, InValue } from '@libsql/client';
import type { Db } from '../../../db/client.ts';
import { z } from 'zod';
import { AUDIT_KIND_NAMES, AUDIT_KINDS, isAuditAction, type AuditAction, type AuditKind } from './actions.ts';

/** A row id the same batch creates, read back by a subquery (e.g. by the new row's unique slug). */
export interface EntityIdQuery {
  sql: string;
  args: InValue[];
}

export interface AuditEntry {
  userId: number | null;
  /** One of AUDIT_ACTIONS (src/lib/audit/actions.ts), so every entry has a label in each language. */
  action: AuditAction;
  entity: string;
  /** The changed row's id, or an SQL query for a row the same batch inserts (e.g. by its unique slug). */
  entityId: string | number | EntityIdQuery;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

/**
 * The INSERT for one audit entry, to put in the same batch as the change it records. With `when` (an SQL
 * condition and its arguments) the entry is written only if the condition holds at that point of the
 * batch, e.g. `changes() > 0` right after the guarded UPDATE it records.
 */
export function auditStatement(entry: AuditEntry, now = Date.now(), when?: { sql: string; args: InValue[] }) {
  const id = typeof entry.entityId === 'object' ? entry.entityId : { sql: '?', args: [String(entry.entityId)] };
  return {
    sql: `INSERT INTO audit_log (user_id, action, entity, entity_id, before, after, ip, created_at)
          SELECT ?, ?, ?, CAST((${id.sql}) AS TEXT), ?, ?, ?, ? WHERE ${when?.sql ?? '1'}`,
    args: [
      entry.userId,
      entry.action,
      entry.entity,
      ...id.args,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      entry.ip ?? null,
      now,
      ...(when?.args ?? []),
    ],
  } satisfies InStatement;
}

export interface AuditRow {
  id: number;
  userId: number | null;
  userName: string | null;
  userEmail: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  createdAt: number;
}

/** The newest audit entries, optionally for one entity. */
export async function listAudit(
  db: Db,
  filter: { entity?: string; entityId?: string; limit?: number } = {},
): Promise<AuditRow[]> {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (filter.entity) {
    where.push('a.entity = ?');
    args.push(filter.entity);
  }
  if (filter.entityId) {
    where.push('a.entity_id = ?');
    args.push(filter.entityId);
  }
  args.push(filter.limit ?? 100);
  const rs = await db.$client.execute({
    sql: `SELECT a.*, u.name AS user_name, u.email AS user_email FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
           ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.id DESC LIMIT ?`,
    args,
  });
  return rs.rows.map((r) => toAuditRow(r as unknown as Record<string, unknown>));
}

function toAuditRow(r: Record<string, unknown>): AuditRow {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const json = (v: unknown) => {
    if (v === null || v === undefined) return null;
    try {
      return JSON.parse(String(v)) as unknown;
    } catch {
      return String(v);
    }
  };
  return {
    id: Number(r.id),
    userId: r.user_id === null ? null : Number(r.user_id),
    userName: text(r.user_name),
    userEmail: text(r.user_email),
    action: String(r.action),
    entity: String(r.entity),
    entityId: String(r.entity_id),
    before: json(r.before),
    after: json(r.after),
    ip: text(r.ip),
    createdAt: Number(r.created_at),
  };
}

/** The audit page's filters, read from its GET form: person (`system` or a user id), kind or action, dates. */
export const AuditFilter = z.object({
  person: z
    .union([z.literal('system'), z.coerce.number().int().positive()])
    .optional()
    .catch(undefined),
  kind: z
    .string()
    .refine((k) => (AUDIT_KIND_NAMES as string[]).includes(k) || isAuditAction(k))
    .optional()
    .catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  entity: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional()
    .catch(undefined),
  id: z.string().min(1).max(80).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

/** Midnight in Bishkek (UTC+6 all year since 2005) at the start of a YYYY-MM-DD day, as epoch ms. */
export function bishkekDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00+06:00`);
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
  page: number;
  pages: number;
}

/**
 * One page of the audit log, newest first, filtered by who (a user or the system), kind of event (a kind
 * from AUDIT_KINDS or one action), Bishkek calendar days (both ends included) and one object. The count and
 * the page are one read batch.
 */
export async function searchAudit(db: Db, filter: Partial<AuditFilter>, perPage = 50): Promise<AuditPage> {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (filter.person === 'system') where.push('a.user_id IS NULL');
  else if (typeof filter.person === 'number') {
    where.push('a.user_id = ?');
    args.push(filter.person);
  }
  if (filter.kind) {
    const actions: readonly string[] = isAuditAction(filter.kind)
      ? [filter.kind]
      : AUDIT_KINDS[filter.kind as AuditKind];
    where.push(`a.action IN (${actions.map(() => '?').join(', ')})`);
    args.push(...actions);
  }
  if (filter.from) {
    where.push('a.created_at >= ?');
    args.push(bishkekDayStart(filter.from));
  }
  if (filter.to) {
    where.push('a.created_at < ?');
    args.push(bishkekDayStart(filter.to) + 86_400_000);
  }
  if (filter.entity) {
    where.push('a.entity = ?');
    args.push(filter.entity);
  }
  if (filter.id) {
    where.push('a.entity_id = ?');
    args.push(filter.id);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const page = Math.max(1, filter.page ?? 1);
  const [count, rows] = await db.$client.batch(
    [
      { sql: `SELECT count(*) AS n FROM audit_log a ${clause}`, args },
      {
        sql: `SELECT a.*, u.name AS user_name, u.email AS user_email FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
               ${clause} ORDER BY a.id DESC LIMIT ? OFFSET ?`,
        args: [...args, perPage, (page - 1) * perPage],
      },
    ],
    'read',
  );
  const total = Number(count!.rows[0]!.n);
  return {
    rows: rows!.rows.map((r) => toAuditRow(r as unknown as Record<string, unknown>)),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / perPage)),
  };
}

/** People who appear in the audit log, for the person filter, by name. */
export async function listAuditActors(db: Db): Promise<{ id: number; name: string; email: string }[]> {
  const rs = await db.$client.execute(
    `SELECT u.id, u.name, u.email FROM users u WHERE EXISTS (SELECT 1 FROM audit_log a WHERE a.user_id = u.id)
      ORDER BY u.name COLLATE NOCASE, u.id`,
  );
  return rs.rows.map((r) => ({ id: Number(r.id), name: String(r.name), email: String(r.email) }));
}
