/** The audit log: who changed what, when, with the row before and after. */
import type { InStatement, InValue } from '@libsql/client';
import type { Db } from '../../../db/client.ts';

/** A row id the same batch creates, read back by a subquery (e.g. by the new row's unique slug). */
export interface EntityIdQuery {
  sql: string;
  args: InValue[];
}

export interface AuditEntry {
  userId: number | null;
  action: string;
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
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
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
    sql: `SELECT a.*, u.name AS user_name FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
           ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.id DESC LIMIT ?`,
    args,
  });
  return rs.rows.map((r) => ({
    id: Number(r.id),
    userId: r.user_id === null ? null : Number(r.user_id),
    userName: r.user_name === null ? null : String(r.user_name),
    action: String(r.action),
    entity: String(r.entity),
    entityId: String(r.entity_id),
    before: r.before === null ? null : JSON.parse(String(r.before)),
    after: r.after === null ? null : JSON.parse(String(r.after)),
    createdAt: Number(r.created_at),
  }));
}
